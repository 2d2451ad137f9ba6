// Tên loại của văn bản được viện dẫn phải khớp với chữ viết tắt tên loại trong ký hiệu của nó:
// "Quyết định số 12/KH-UBND" (KH là Kế hoạch) hay "Kết luận số 22/TB-VPCP" (TB là Thông báo) là sai tên
// loại hoặc sai số, ký hiệu.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3.b và II.6.b; Phụ lục III, Mục I
// (reference R1.2, R5.2, §2).
// Only administrative numbers whose first ký hiệu group is a type abbreviation of Nghị định 30 or Thông
// tư 01/2011 are read; Party numbers (1332-CV/TU), legal-normative numbers (30/2020/NĐ-CP) and the
// generic "Văn bản" (citation-generic-type) are never judged. After a type without an abbreviation of
// its own (Công văn, Kết luận …) only the abbreviations that no agency uses for itself count, so that
// "Công văn số 3286/CT-TTHT" of a Cục Thuế is accepted.
import { abbreviationsOfType, firstKyHieuGroup, typeOfAbbreviation, type Citation } from '../letter/citations';
import type { Rule } from '../types';

export default {
	id: 'citation-type-mismatch',
	category: 'trich-dan',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3.b và II.6.b',
	description: 'Tên loại của văn bản được viện dẫn phải khớp với chữ viết tắt tên loại trong ký hiệu của văn bản đó.',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		mismatch: '"{citation}": ký hiệu "{abbreviation}" là của {abbreviationType}, không khớp với tên loại "{type}".',
	},
	check(ctx) {
		// One finding per list and abbreviation: "các kết luận số 86/TB-VPVP, 89/TB-VPVP" is reported once.
		const found = new Map<string, { first: Citation; numbers: string[]; abbreviationType: string; abbreviation: string }>();
		let listStart: Citation | undefined;
		for (const citation of ctx.letter.citations) {
			if (citation.listIndex === 0) {
				listStart = citation;
			}
			// The generic "Văn bản" first: its number is not read here.
			if (citation.typeName === 'Văn bản') {
				continue;
			}
			const group = firstKyHieuGroup(citation);
			if (group === undefined) {
				continue;
			}
			const own = abbreviationsOfType(citation.typeName);
			const abbreviationType = own ? typeOfAbbreviation(group, false) : typeOfAbbreviation(group, true);
			if (abbreviationType === undefined || own?.has(group.toUpperCase())) {
				continue;
			}
			const key = `${listStart?.number.range.start ?? -1}|${group.toUpperCase()}`;
			const entry = found.get(key);
			if (entry) {
				entry.numbers.push(citation.number.text);
			} else {
				found.set(key, { first: citation, numbers: [citation.number.text], abbreviationType, abbreviation: group });
			}
		}
		for (const { first, numbers, abbreviationType, abbreviation } of found.values()) {
			ctx.report({
				messageId: 'mismatch',
				data: { citation: `${first.type.text} số ${numbers.join(', ')}`, abbreviation, abbreviationType, type: first.type.text },
				range: first.listIndex === 0 ? { start: first.type.range.start, end: first.number.range.end } : first.number.range,
			});
		}
	},
} satisfies Rule;
