// Chữ "Đ" tiếng Việt là U+0110. Các ký tự trông giống hệt như "Ð" (U+00D0, chữ eth của tiếng Iceland),
// "Ɖ" (U+0189) hay "ð" (U+00F0) làm sai việc tìm kiếm, sắp xếp và so khớp ký hiệu ("QÐ" khác "QĐ").
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4 (bộ mã TCVN 6909:2001); reference §10.3.
import { hasLookalikeD } from '../text';
import type { Rule, TextEdit } from '../types';

const LOOKALIKE = /[\u00d0\u0189\u00f0]/gu;
// The word around a lookalike: letters and combining marks on both sides.
const LETTER_BEFORE = /[\p{L}\p{M}]$/u;
const WORD_AT = /[\p{L}\p{M}]*/uy;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;

/**
 * Whether a lookalike stands for the Vietnamese letter. "Đ/đ" only ever starts a syllable, so a lookalike at
 * the start of a word is one ("Ðà Nẵng", "ðơn vị"), and so is a capital inside a word in capitals, an
 * abbreviation ("QÐ-UBND", "NÐ"). An eth inside a word of mixed or lower case is not: "Guðmundur" is an
 * Icelandic name written right, and the checker does not change it. The word around a lookalike is read
 * once, however many lookalikes it holds (`word` keeps the last one read), so the scan stays linear.
 */
function standsForD(source: string, at: number, word: { end: number; upper: boolean }): boolean {
	if (!LETTER_BEFORE.test(source.slice(Math.max(0, at - 2), at))) {
		return true;
	}
	if (source[at] === '\u00f0') {
		return false;
	}
	if (at >= word.end) {
		let start = at;
		while (start > 0 && LETTER_OR_MARK.test(source[start - 1] ?? '')) {
			start--;
		}
		WORD_AT.lastIndex = start;
		const text = WORD_AT.exec(source)?.[0] ?? '';
		word.end = start + text.length;
		word.upper = !/\p{Ll}/u.test(text);
	}
	return word.upper;
}

export default {
	id: 'lookalike-d',
	category: 'chinh-ta',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4 (Unicode TCVN 6909:2001)',
	description: 'Chữ "Đ/đ" phải là ký tự tiếng Việt (U+0110/U+0111), không phải ký tự trông giống như "Ð" (U+00D0) hay "ð".',
	defaultSeverity: 'warning',
	fixable: true,
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		lookalike: 'Chữ "{char}" ở đây không phải chữ "Đ/đ" tiếng Việt ({count} chỗ trong văn bản); thay bằng "{fixed}".',
	},
	check(ctx) {
		const source = ctx.letter.source;
		// Almost no letter has one, and the letter's normalisation, which rewrote them, knows.
		if (!hasLookalikeD(source)) {
			return;
		}
		// One edit per line, from its first lookalike to its last, that replaces only the lookalikes; a line where
		// a comment switches the rule off is left out, edits and count alike.
		const edits: TextEdit[] = [];
		let count = 0;
		let firstChar = '';
		let run: { start: number; end: number; text: string; count: number; char: string } | undefined;
		const word = { end: -1, upper: false };
		const flush = (): void => {
			if (run && !ctx.disabledAt?.({ start: run.start, end: run.end })) {
				edits.push({ range: { start: run.start, end: run.end }, text: run.text });
				count += run.count;
				firstChar ||= run.char;
			}
			run = undefined;
		};
		for (const match of source.matchAll(LOOKALIKE)) {
			const at = match.index;
			if (!standsForD(source, at, word)) {
				continue;
			}
			const fixed = match[0] === '\u00f0' ? 'đ' : 'Đ';
			if (run && /[\r\n]/u.test(source.slice(run.end, at))) {
				flush();
			}
			if (run) {
				run.text += source.slice(run.end, at) + fixed;
				run.end = at + 1;
				run.count++;
			} else {
				run = { start: at, end: at + 1, text: fixed, count: 1, char: match[0] };
			}
		}
		flush();
		const head = edits[0];
		if (head) {
			const range = { start: head.range.start, end: head.range.start + 1 };
			ctx.report({
				messageId: 'lookalike',
				data: { char: firstChar, count, fixed: head.text.charAt(0) },
				range,
				fix: edits,
			});
		}
	},
} satisfies Rule;
