// The letter of a Word file read by readDocx (read.ts): the text view parsed, with its formatting attached,
// for the rules and the editor features. Apart from read.ts, so that the CLI can check text letters without
// loading the reader (with its XML and zip packages), which it loads for the first Word file only.
import { lintLetter, type LintConfig, type Problem } from '../core/index';
import { parseLetter, type Letter } from '../core/letter';
import type { DocxReadSuccess } from './read';

/** The letter model of a Word file read by readDocx: the text view parsed, `format` holding its layout. */
export function letterFromDocx(read: DocxReadSuccess): Letter {
	const letter = parseLetter(read.text);
	letter.format = read.format;
	return letter;
}

/** The findings of a Word file read by readDocx, ranges into its text view. */
export function lintDocx(read: DocxReadSuccess, config: LintConfig = {}): Problem[] {
	return lintLetter(letterFromDocx(read), config);
}
