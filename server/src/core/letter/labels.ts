// Small readings around the labels and the end of the body that two hint rules judge (label-punctuation,
// closing-mark). They live here, in core/letter/, because they turn text into structure (invariant 6): the
// white space between a label and its colon, and the last line of the body that is text of the letter and
// not a trailer after it.
import { lineSpanOf, type Letter, type Span } from '../letter';
import type { Range } from '../types';

// Lines that may follow the body's last sentence without being part of it: a note of what is attached
// ("(Kèm theo danh sách …)"), the Lưu line of a Nơi nhận the parser left in the body, a file path
// (isFilePath).
const TRAILER = /^(?:\(\s*(?:Kèm|kèm|Gửi|gửi) (?:theo )?|-\s*Lưu\s*[:\s])/u;
// A line that is only the path of a file, left by a copy from Word or a PDF ("D:\2024\CV\CV215.doc",
// "\\server\share\…", "/home/…/x.docx"; reference H10 line 11).
const FILE_PATH = /^(?:[A-Za-z]:\\|\\\\)[^\n]*$|^(?:~|\/(?:home|Users|mnt|media))\/\S*\.(?:docx?|pdf|odt|rtf|xlsx?)$/u;

/** Whether a line's content (trimmed) is only the path of a file: FILE_PATH, tried on the lines that start as one can. */
function isFilePath(content: string): boolean {
	// Code units read only below the length: an index past the end deoptimises the caller's loop ("out of bounds").
	if (content.length < 2) {
		return false;
	}
	const first = content.charCodeAt(0);
	const letter = (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a);
	const mayBe = first === 0x5c || first === 0x2f || first === 0x7e || (letter && content.charCodeAt(1) === 0x3a);
	return mayBe && FILE_PATH.test(content);
}

/** The lines of a letter that are only the path of a file, as spans of their content. */
export function filePathLines(letter: Letter): Span[] {
	const found: Span[] = [];
	for (const line of letter.lines) {
		if (isFilePath(line.content)) {
			found.push(lineSpanOf(letter, line.index));
		}
	}
	return found;
}

/** The white space between a label ("Số", "Kính gửi", "Nơi nhận") and the colon after it, or undefined. */
export function spaceBeforeColon(letter: Letter, label: Span, line: number): Range | undefined {
	const lineEnd = letter.lines[line]?.contentEnd ?? 0;
	const labelEnd = label.offset + label.text.length;
	const gap = /^[ \t]+:/u.exec(letter.norm.text.slice(labelEnd, lineEnd));
	return gap ? letter.norm.range(labelEnd, labelEnd + gap[0].length - 1) : undefined;
}

/** The last line of the body that is not a trailer, as a span of its content, or undefined when it is blank. */
export function lastBodyTextLine(letter: Letter): Span | undefined {
	const body = letter.body;
	if (!body) {
		return undefined;
	}
	let lastLine = body.lastLine;
	while (lastLine > body.firstLine && isTrailer(letter.lines[lastLine]?.content.trim() ?? '')) {
		lastLine -= 1;
		while (lastLine > body.firstLine && letter.lines[lastLine]?.content.trim() === '') {
			lastLine -= 1;
		}
	}
	const line = letter.lines[lastLine];
	return line && line.content !== '' ? lineSpanOf(letter, line.index) : undefined;
}

/** Whether a line may follow the body's last sentence without being part of it (TRAILER, or a file path). */
function isTrailer(content: string): boolean {
	return TRAILER.test(content) || isFilePath(content);
}
