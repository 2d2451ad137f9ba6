// Shared pieces of the editor-feature tests: a letter with every component, written for them, and helpers
// that read a range back out of the text.
import type { Range } from '../../server/src/core/index';

/** The lines of a công văn with every component the outline shows, items two levels deep and citations. */
export const FEATURE_LETTER_LINES: readonly string[] = [
	'ỦY BAN NHÂN DÂN',
	'XÃ ĐỒNG TÂM',
	'Số: 05/UBND-VP',
	'Đồng Tâm, ngày 29 tháng 01 năm 2021',
	'',
	'V/v họp giao ban',
	'tháng 02 năm 2021',
	'',
	'Kính gửi:',
	'- Các thôn;',
	'- Các ban ngành.',
	'',
	'Thực hiện Công văn số 12/UBND-VP ngày 05/01/2021 của Ủy ban nhân dân huyện về việc họp giao ban, Ủy ban nhân dân xã đề nghị:',
	'',
	'1. Các thôn cử người dự họp:',
	'a) Trưởng thôn;',
	'b) Công an viên.',
	'',
	'2. Gửi báo cáo theo Công văn số 12/UBND-VP.',
	'',
	'Ủy ban nhân dân xã đề nghị các thôn thực hiện./.',
	'',
	'Nơi nhận:',
	'- Như trên;',
	'- Lưu: VT, VP.',
	'',
	'KT. CHỦ TỊCH',
	'PHÓ CHỦ TỊCH',
	'',
	'Nguyễn Văn A',
];

/** The letter above with a line ending. */
export function featureLetter(eol = '\n'): string {
	return FEATURE_LETTER_LINES.join(eol);
}

/** The original text of a range. */
export function textOf(text: string, range: Range): string {
	return text.slice(range.start, range.end);
}

/** The offset just after the first occurrence of `needle` (after `from`), for placing a cursor. */
export function after(text: string, needle: string, from = 0): number {
	const at = text.indexOf(needle, from);
	if (at < 0) {
		throw new Error(`"${needle}" is not in the text`);
	}
	return at + needle.length;
}

/** The offset of the first occurrence of `needle` (after `from`). */
export function at(text: string, needle: string, from = 0): number {
	return after(text, needle, from) - needle.length;
}

/** The names of the five shared letters. */
export const SHARED_LETTERS = [
	'000_421e170032c2d4c4.txt',
	'001_7be023b102d61987.txt',
	'002_d020e18a9f77c476.txt',
	'003_5418981208059e29.txt',
	'004_d5b89adf6b17fad0.txt',
] as const;

/** The offset of a line and character in a text whose lines are joined with `eol`. */
export function offsetOf(lines: readonly string[], line: number, character: number, eol = '\n'): number {
	let offset = 0;
	for (let i = 0; i < line; i++) {
		offset += (lines[i] ?? '').length + eol.length;
	}
	return offset + character;
}

/** An offset range from lines and characters, in a text whose lines are joined with `eol`. */
export function rangeOf(
	lines: readonly string[],
	startLine: number,
	startCharacter: number,
	endLine: number,
	endCharacter: number,
	eol = '\n',
): Range {
	return { start: offsetOf(lines, startLine, startCharacter, eol), end: offsetOf(lines, endLine, endCharacter, eol) };
}

/** The length of a line, for ranges that end with it. */
export function lineLength(lines: readonly string[], line: number): number {
	return (lines[line] ?? '').length;
}
