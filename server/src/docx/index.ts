// The .docx reader's entry: readDocx (read.ts) and the letter of a Word file, parsed once from the text
// view with its formatting attached, for the rules and the editor features.
import { lintLetter, type LintConfig, type Problem } from '../core/index';
import { parseLetter, type Letter } from '../core/letter';
import type { DocxReadSuccess } from './read';

export {
	readDocx,
	snippetOf,
	type DocxNote,
	type DocxReadFailure,
	type DocxReadOptions,
	type DocxReadResult,
	type DocxReadSuccess,
} from './read';
export type { DocxErrorCode, DocxNoteCode } from './messages';

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
export { wordLocationAt, type FindingLocation } from '../core/letter/format';
