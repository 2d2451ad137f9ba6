// Ngày ban hành ghi kèm văn bản được viện dẫn phải là một ngày có thật: "ngày 31/02/2021" hay "ngày
// 05/13/2021" là gõ nhầm.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b (reference R3.5, R5.2).
import { daysInMonth } from '../dates';
import type { Rule } from '../types';

export default {
	id: 'citation-date-invalid',
	category: 'trich-dan',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b',
	description: 'Ngày ban hành ghi kèm văn bản được viện dẫn phải là một ngày có thật.',
	defaultSeverity: 'error',
	fixable: false,
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		badMonth: '{type} số {number} ghi ngày "{date}": không có tháng {month}.',
		badDay: '{type} số {number} ghi ngày "{date}": tháng {month} năm {year} không có ngày {day}.',
	},
	check(ctx) {
		for (const citation of ctx.letter.citations) {
			const date = citation.date;
			if (!date) {
				continue;
			}
			const { day, month, year } = date.value;
			const data = {
				type: citation.type.text,
				number: citation.number.text,
				date: date.span.text.replace(/^ngày\s+/iu, ''),
				day,
				month,
				year,
			};
			if (month < 1 || month > 12) {
				ctx.report({ messageId: 'badMonth', data, range: date.span.range });
			} else if (day < 1 || day > daysInMonth(month, year)) {
				ctx.report({ messageId: 'badDay', data, range: date.span.range });
			}
		}
	},
} satisfies Rule;
