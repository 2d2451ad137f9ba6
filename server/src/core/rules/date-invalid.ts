// Ngày ban hành phải là một ngày có thật: tháng từ 1 đến 12, ngày không vượt quá số ngày của tháng
// (31/02, tháng 13 hay ngày 0 là nhầm khi gõ). Đây là kiểm tra nhất quán, không phải một điều khoản.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.4.b (thời gian ban hành là ngày, tháng,
// năm văn bản được ban hành; reference R3.5).
import { daysInMonth } from '../dates';
import type { Rule } from '../types';

export default {
	id: 'date-invalid',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.4.b',
	description: 'Ngày ban hành ở dòng địa danh, ngày tháng phải là một ngày có thật (không có ngày 31/02, tháng 13, ngày 0).',
	defaultSeverity: 'error',
	fixable: false,
	// A date that does not exist is a mistake under any regime.
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		month: 'Không có tháng {month}: tháng phải từ 1 đến 12.',
		dayZero: 'Không có ngày {day}: ngày phải từ 01 trở lên.',
		day: 'Không có ngày {day} {period}: {period} chỉ có {max} ngày.',
	},
	check(ctx) {
		const date = ctx.letter.date;
		if (!date) {
			return;
		}
		const { day, month, year } = date;
		if (month && (month.value < 1 || month.value > 12)) {
			ctx.report({ messageId: 'month', data: { month: month.text }, range: month.range });
			return;
		}
		if (!day) {
			return;
		}
		if (day.value < 1) {
			ctx.report({ messageId: 'dayZero', data: { day: day.text }, range: day.range });
			return;
		}
		// Without a month (a draft) any day up to 31 may exist; without a year, 29 February may.
		const max = month ? daysInMonth(month.value, year?.value ?? 2000) : 31;
		if (day.value > max) {
			const period = month ? (year ? `tháng ${month.value} năm ${year.text}` : `tháng ${month.value}`) : 'một tháng';
			ctx.report({ messageId: 'day', data: { day: day.text, period, max }, range: day.range });
		}
	},
} satisfies Rule;
