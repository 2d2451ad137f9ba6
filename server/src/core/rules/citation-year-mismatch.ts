// Số, ký hiệu của văn bản quy phạm pháp luật ghi năm ban hành ("30/2020/NĐ-CP"); năm đó phải trùng với năm
// của ngày ban hành ghi kèm: "Nghị định số 30/2020/NĐ-CP ngày 05/3/2021" là sai năm hoặc sai số.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b (reference R1.8, R5.2, R5.9).
import type { Rule } from '../types';

export default {
	id: 'citation-year-mismatch',
	category: 'trich-dan',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b',
	description: 'Năm trong số, ký hiệu của văn bản quy phạm pháp luật được viện dẫn phải trùng với năm của ngày ban hành ghi kèm.',
	defaultSeverity: 'error',
	fixable: false,
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		mismatch: '{type} số {number}: năm trong số, ký hiệu ({numberYear}) khác năm ban hành ghi kèm ({dateYear}).',
	},
	check(ctx) {
		for (const citation of ctx.letter.citations) {
			const date = citation.date;
			// The date first: the number is read (lazily) only for a citation with a date.
			if (!date || citation.numberForm !== 'legal-normative') {
				continue;
			}
			// The year group as the one reader of a ký hiệu read it ("2019" of "12/2019/TT-BVHTT" or "12 / 2019 / TT").
			const year = citation.reading.year;
			const numberYear = Number(year?.text);
			if (!year || numberYear === date.value.year) {
				continue;
			}
			ctx.report({
				messageId: 'mismatch',
				data: { type: citation.type.text, number: citation.number.text, numberYear, dateYear: date.value.year },
				range: year.range,
				related: [{ range: date.span.range, message: 'Ngày ban hành ghi kèm.' }],
			});
		}
	},
} satisfies Rule;
