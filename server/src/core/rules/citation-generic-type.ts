// Khi viện dẫn văn bản phải ghi tên loại của nó. "Văn bản số 2628/TB-VP" dùng danh từ chung trong khi
// ký hiệu TB cho biết đây là một Thông báo: phải ghi "Thông báo số 2628/TB-VP".
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b (reference R5.2, §12 văn bản 002).
// Only the abbreviations that no agency uses as its own first group are read, so that "Văn bản số
// 3286/CT-TTHT" (a công văn of a Cục Thuế) is accepted; a công văn has no type abbreviation, and "Văn bản số
// 216/UBND-VX" is left to citation-generic-cong-van (a hint: "Công văn số …").
import { firstKyHieuGroup, typeOfAbbreviation, type Citation } from '../letter/citations';
import type { Rule } from '../types';

export default {
	id: 'citation-generic-type',
	category: 'trich-dan',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b',
	description:
		'Văn bản được viện dẫn phải ghi tên loại của nó ("Thông báo số …"), không ghi chung là "Văn bản số …" khi ký hiệu cho biết tên loại.',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		generic: '"{citation}": ký hiệu "{abbreviation}" cho biết đây là {type}; ghi tên loại "{type}" thay cho "{written}".',
	},
	check(ctx) {
		// One finding per list and type.
		const found = new Map<string, { first: Citation; numbers: string[]; type: string; abbreviation: string; listTypes: Set<string> }>();
		const listTypes = new Map<Citation, Set<string>>();
		let listStart: Citation | undefined;
		for (const citation of ctx.letter.citations) {
			if (citation.listIndex === 0) {
				listStart = citation;
			}
			if (citation.typeName !== 'Văn bản' || !listStart) {
				continue;
			}
			const group = firstKyHieuGroup(citation);
			const type = group === undefined ? undefined : typeOfAbbreviation(group, true);
			const types = listTypes.get(listStart) ?? new Set<string>();
			listTypes.set(listStart, types);
			types.add(type ?? '');
			if (group === undefined || type === undefined) {
				continue;
			}
			const key = `${listStart.number.range.start}|${type}`;
			const entry = found.get(key);
			if (entry) {
				entry.numbers.push(citation.number.text);
			} else {
				found.set(key, { first: citation, numbers: [citation.number.text], type, abbreviation: group, listTypes: types });
			}
		}
		for (const { first, numbers, type, abbreviation, listTypes: types } of found.values()) {
			const written = first.type.text;
			// Renaming the type is offered only when every number of the list shows the same type.
			const suggestions =
				types.size === 1 ? [{ message: `Ghi tên loại "${type}".`, edits: [{ range: first.type.range, text: type }] }] : undefined;
			ctx.report({
				messageId: 'generic',
				data: { citation: `${written} số ${numbers.join(', ')}`, abbreviation, type, written },
				range: first.listIndex === 0 ? { start: first.type.range.start, end: first.number.range.end } : first.number.range,
				...(suggestions ? { suggestions } : {}),
			});
		}
	},
} satisfies Rule;
