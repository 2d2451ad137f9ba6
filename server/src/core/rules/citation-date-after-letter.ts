// Văn bản được viện dẫn phải ban hành trước (hoặc cùng ngày với) văn bản đang soạn: một văn bản dẫn
// "Công văn số … ngày …" có ngày sau ngày của chính nó là sai ngày hoặc sai số.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b (reference R3.5, R5.2).
import { formatDate } from '../dates';
import type { Rule } from '../types';

export default {
	id: 'citation-date-after-letter',
	category: 'trich-dan',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b',
	description: 'Văn bản được viện dẫn không thể có ngày ban hành sau ngày của văn bản đang soạn.',
	defaultSeverity: 'error',
	fixable: false,
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		after: '{type} số {number} ghi ngày {cited}, sau ngày ban hành của văn bản này ({own}).',
		afterMonth: '{type} số {number} ghi ngày {cited}, sau tháng ban hành của văn bản này ({own}).',
	},
	check(ctx) {
		const { letter } = ctx;
		const own = letter.issueDate;
		if (own?.year === undefined || own.month === undefined || !letter.date) {
			return;
		}
		// With a blank day (a draft), compare by month only.
		const ownKey = own.year * 10000 + own.month * 100 + (own.day ?? 99);
		for (const citation of letter.citations) {
			const date = citation.date;
			if (!date) {
				continue;
			}
			const { year, month, day } = date.value;
			const citedKey = year * 10000 + month * 100 + (own.day === undefined ? 0 : day);
			if (citedKey <= ownKey) {
				continue;
			}
			const ownText =
				own.day === undefined
					? `tháng ${own.month} năm ${own.year}`
					: `ngày ${formatDate({ day: own.day, month: own.month, year: own.year })}`;
			ctx.report({
				messageId: own.day === undefined ? 'afterMonth' : 'after',
				data: { type: citation.typeName, number: citation.number.text, cited: formatDate(date.value), own: ownText },
				range: date.span.range,
				related: [{ range: letter.date.span.range, message: 'Ngày ban hành của văn bản này.' }],
			});
		}
	},
} satisfies Rule;
