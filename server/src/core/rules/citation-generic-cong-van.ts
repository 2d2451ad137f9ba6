// Khi viện dẫn văn bản nên ghi tên loại của nó. Số, ký hiệu của công văn không có chữ viết tắt tên loại (chỉ
// có chữ viết tắt tên cơ quan và đơn vị soạn thảo, "12/UBND-VP"), nên "văn bản số 12/UBND-VP" là một công văn:
// ghi "Công văn số 12/UBND-VP". Đây là thói quen viết, không phải quy định bắt buộc, nên chỉ là gợi ý.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b (viện dẫn ghi tên loại) và Phụ lục III, Mục II
// (ký hiệu của công văn) (reference R1.3, R5.2; real-world shapes H10).
// A number whose first group is a type abbreviation, also one that agencies use as their own ("CT", "TB"), is
// citation-generic-type's or left alone; Party and legal-normative numbers are never judged.
import { citationKey } from '../letter/citation-completeness';
import { firstKyHieuGroup, typeOfAbbreviation, type Citation } from '../letter/citations';
import { startsUpper } from '../text';
import type { Rule } from '../types';

export default {
	id: 'citation-generic-cong-van',
	category: 'trich-dan',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b; Phụ lục III, Mục II',
	description: '"Văn bản số …" có ký hiệu không chứa chữ viết tắt tên loại là một công văn: nên ghi "Công văn số …".',
	defaultSeverity: 'hint',
	fixable: false,
	messages: {
		congVan: '"{citation}": ký hiệu không có chữ viết tắt tên loại, nên đây là công văn; ghi "Công văn" thay cho "{written}".',
	},
	check(ctx) {
		// One finding per list, naming its numbers of công văn; a number already reported is not reported again.
		// A list whose first number is not a công văn's ("văn bản số 12/QĐ-UBND, 15/UBND-VP") gets its finding on
		// the first công văn number, without the suggestion to rename the type the list shares.
		const seen = new Set<string>();
		const lists: { first: Citation; numbers: string[]; all: boolean }[] = [];
		let current: (typeof lists)[number] | undefined;
		let others = false;
		for (const citation of ctx.letter.citations) {
			if (citation.listIndex === 0) {
				current = undefined;
				others = false;
			}
			if (citation.typeName !== 'Văn bản') {
				continue;
			}
			const group = firstKyHieuGroup(citation);
			const congVan = group !== undefined && typeOfAbbreviation(group, false) === undefined;
			const key = citationKey(citation);
			if (!congVan || seen.has(key)) {
				others = true;
				if (current) {
					current.all = false;
				}
				continue;
			}
			seen.add(key);
			if (current) {
				current.numbers.push(citation.number.text);
			} else {
				current = { first: citation, numbers: [citation.number.text], all: !others };
				lists.push(current);
			}
		}
		for (const { first, numbers, all } of lists) {
			const written = first.type.text;
			const type = startsUpper(written) ? 'Công văn' : 'công văn';
			ctx.report({
				messageId: 'congVan',
				data: { citation: `${written} số ${numbers.join(', ')}`, written },
				range: first.listIndex === 0 ? { start: first.type.range.start, end: first.number.range.end } : first.number.range,
				// Renaming the type is offered only when every number of the list is a công văn's.
				...(all ? { suggestions: [{ message: `Ghi "${type}".`, edits: [{ range: first.type.range, text: type }] }] } : {}),
			});
		}
	},
} satisfies Rule;
