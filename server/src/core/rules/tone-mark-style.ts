// Hai kiểu đặt dấu thanh đều được dùng: kiểu cũ "hòa, khỏe, ủy" và kiểu mới "hoà, khoẻ, uỷ". Chính Nghị
// định 30 dùng cả hai. Trong một văn bản nên dùng thống nhất một kiểu; đây chỉ là gợi ý.
// Căn cứ: không có quy định; reference §10.2 (thói quen trình bày).
import { isLetterCode } from '../text';
import type { Rule } from '../types';

// Open syllables with oa, oe, uy: the traditional style puts the tone on the first vowel, the modern style
// on the second. Syllables after "q" and "gi" are the same in both styles and are skipped.
// One scan of the letter finds the two vowels at the end of a word (not followed by a letter); only there is
// the word itself read, back to its first letter. Most letters have a few such words, or none. Both cases are
// written out instead of the `i` flag: with `u`, that flag makes V8 close \p{L} under case folding when it
// compiles the pattern, which cost more than the scans of a whole cold pass.
const ENDING = /(?:[òóỏõọÒÓỎÕỌ][aeAE]|[ùúủũụÙÚỦŨỤ][yY]|[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/gu;
const OLD = /[òóỏõọ][ae]$|[ùúủũụ]y$/u;
// The modern style at the end of a word, which few letters use ("Ủy ban" is in almost every letter): without
// one, no word is of the modern style and the styles are not mixed.
const MODERN_ENDING = /(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})/u;
const LETTER = /^\p{L}$/u;

/** The start of the word (a run of letters, as /\p{L}+/u finds it) that ends at `end`. */
function wordStart(text: string, end: number): number {
	let start = end;
	while (start > 0) {
		let previous = start - 1;
		// A letter outside the BMP is a surrogate pair.
		const unit = text.charCodeAt(previous);
		if (unit >= 0xdc00 && unit <= 0xdfff && previous > 0) {
			const high = text.charCodeAt(previous - 1);
			if (high >= 0xd800 && high <= 0xdbff) {
				previous--;
			}
		}
		// The case table decides the letters of Vietnamese text without a slice and a regex per character.
		const letter = previous === start - 1 ? isLetterCode(unit) : undefined;
		if (letter === false || (letter === undefined && !LETTER.test(text.slice(previous, start)))) {
			break;
		}
		start = previous;
	}
	return start;
}

export default {
	id: 'tone-mark-style',
	category: 'chinh-ta',
	source: 'Thói quen trình bày (reference §10.2); Nghị định 30/2020/NĐ-CP không quy định kiểu đặt dấu thanh',
	description: 'Trong một văn bản nên đặt dấu thanh theo một kiểu thống nhất (kiểu cũ "hòa, ủy" hoặc kiểu mới "hoà, uỷ").',
	defaultSeverity: 'hint',
	fixable: false,
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		mixed:
			'Văn bản dùng lẫn hai kiểu đặt dấu thanh: {old} chữ kiểu cũ (như "{oldExample}") và {new} chữ kiểu mới (như "{newExample}"). Nên dùng thống nhất một kiểu.',
	},
	check(ctx) {
		const text = ctx.letter.norm.text;
		if (!MODERN_ENDING.test(text)) {
			return;
		}
		const old: { start: number; word: string }[] = [];
		const modern: { start: number; word: string }[] = [];
		for (const match of text.matchAll(ENDING)) {
			const end = match.index + match[0].length;
			const start = wordStart(text, match.index);
			const word = text.slice(start, end);
			const lower = word.toLowerCase();
			if (lower.startsWith('q') || lower.startsWith('gi')) {
				continue;
			}
			(OLD.test(lower) ? old : modern).push({ start, word });
		}
		if (old.length === 0 || modern.length === 0) {
			return;
		}
		// Point at the first word of the less used style: that is the one to change.
		const minority = old.length <= modern.length ? old[0] : modern[0];
		if (!minority) {
			return;
		}
		ctx.report({
			messageId: 'mixed',
			data: { old: old.length, new: modern.length, oldExample: old[0]?.word ?? '', newExample: modern[0]?.word ?? '' },
			range: ctx.letter.norm.range(minority.start, minority.start + minority.word.length),
		});
	},
} satisfies Rule;
