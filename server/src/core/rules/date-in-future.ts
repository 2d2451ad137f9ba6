// Ngày ban hành không thể sau ngày hôm nay: văn bản ghi ngày trong tương lai là gõ nhầm (thường là nhầm
// năm). Bản dự thảo để trống ngày thì so theo tháng. Đây là kiểm tra nhất quán, không phải một điều khoản.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2, 3 (văn thư ghi thời gian ban hành khi phát hành);
// Phụ lục I, Phần I, Mục II.4.b (reference R3.5).
// "Today" comes from the host (the CLI's --today, the editor's clock); without it the rule does nothing.
import { dateKey, formatDate } from '../dates';
import type { Rule } from '../types';

export default {
	id: 'date-in-future',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2, 3; Phụ lục I, Phần I, Mục II.4.b',
	description: 'Ngày ban hành ở dòng địa danh, ngày tháng không được sau ngày hôm nay.',
	defaultSeverity: 'warning',
	fixable: false,
	judges: ['date'],
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		day: 'Ngày ban hành {date} sau ngày hôm nay ({today}): kiểm tra lại ngày, tháng, năm.',
		month: 'Tháng ban hành {date} sau tháng hiện tại ({today}): kiểm tra lại tháng, năm.',
		year: 'Năm ban hành {date} sau năm hiện tại ({today}): kiểm tra lại năm.',
	},
	check(ctx) {
		const { today } = ctx;
		const date = ctx.letter.date;
		const year = date?.year;
		if (!today || !date || !year) {
			return;
		}
		const month = date.month?.value;
		const day = date.day?.value;
		// A date that does not exist is date-invalid's finding, not this one's.
		if (month !== undefined && (month < 1 || month > 12)) {
			return;
		}
		const first = date.day ?? date.dayKeyword ?? date.month ?? date.monthKeyword ?? year;
		const range = { start: first.range.start, end: year.range.end };
		if (month === undefined) {
			if (year.value > today.year) {
				ctx.report({ messageId: 'year', data: { date: `năm ${year.value}`, today: `năm ${today.year}` }, range });
			}
			return;
		}
		if (day === undefined) {
			if (year.value * 100 + month > today.year * 100 + today.month) {
				ctx.report({ messageId: 'month', data: { date: `${month}/${year.value}`, today: `${today.month}/${today.year}` }, range });
			}
			return;
		}
		if (dateKey({ year: year.value, month, day }) > dateKey(today)) {
			ctx.report({ messageId: 'day', data: { date: formatDate({ year: year.value, month, day }), today: formatDate(today) }, range });
		}
	},
} satisfies Rule;
