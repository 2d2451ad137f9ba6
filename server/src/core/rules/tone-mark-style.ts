// Hai kiểu đặt dấu thanh đều được dùng: kiểu cũ "hòa, khỏe, ủy" và kiểu mới "hoà, khoẻ, uỷ". Chính Nghị
// định 30 dùng cả hai. Trong một văn bản nên dùng thống nhất một kiểu; đây chỉ là gợi ý.
// Căn cứ: không có quy định; reference §10.2 (thói quen trình bày).
import type { Rule } from '../types';

// Open syllables with oa, oe, uy: the traditional style puts the tone on the first vowel, the modern style
// on the second. Syllables after "q" and "gi" are the same in both styles and are skipped.
const OLD = /[òóỏõọ][ae]$|[ùúủũụ]y$/u;
const NEW = /o[àáảãạèéẻẽẹ]$|u[ỳýỷỹỵ]$/u;
const WORD = /\p{L}+/gu;

export default {
	id: 'tone-mark-style',
	category: 'chinh-ta',
	source: 'Thói quen trình bày (reference §10.2); Nghị định 30/2020/NĐ-CP không quy định kiểu đặt dấu thanh',
	description: 'Trong một văn bản nên đặt dấu thanh theo một kiểu thống nhất (kiểu cũ "hòa, ủy" hoặc kiểu mới "hoà, uỷ").',
	defaultSeverity: 'hint',
	fixable: false,
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		mixed: 'Văn bản dùng lẫn hai kiểu đặt dấu thanh: {old} chữ kiểu cũ (như "{oldExample}") và {new} chữ kiểu mới (như "{newExample}"). Nên dùng thống nhất một kiểu.',
	},
	check(ctx) {
		const text = ctx.letter.norm.text;
		const old: { start: number; word: string }[] = [];
		const modern: { start: number; word: string }[] = [];
		for (const match of text.matchAll(WORD)) {
			const word = match[0].toLowerCase();
			if (word.startsWith('q') || word.startsWith('gi')) {
				continue;
			}
			if (OLD.test(word)) {
				old.push({ start: match.index, word: match[0] });
			} else if (NEW.test(word)) {
				modern.push({ start: match.index, word: match[0] });
			}
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
