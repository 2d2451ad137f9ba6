// Ngày ban hành phải là một ngày có thật: tháng từ 1 đến 12, ngày không vượt quá số ngày của tháng
// (31/02, tháng 13 hay ngày 0 là nhầm khi gõ). Đây là kiểm tra nhất quán, không phải một điều khoản.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.4.b (thời gian ban hành là ngày, tháng,
// năm văn bản được ban hành; reference R3.5).
// Một ngày trong nội dung ("báo cáo trước ngày 31 tháng 02 năm 2024") cũng phải có thật (real-world shapes H10);
// ngày đi kèm một văn bản được viện dẫn do citation-date-invalid báo.
import { daysInMonth } from '../dates';
import { bodyDates, type BodyDate } from '../letter/body-dates';
import type { Range, Rule } from '../types';

export default {
	id: 'date-invalid',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.4.b',
	description:
		'Ngày ban hành ở dòng địa danh, ngày tháng và các ngày viết bằng chữ trong nội dung phải là ngày có thật (không có ngày 31/02, tháng 13, ngày 0).',
	defaultSeverity: 'error',
	fixable: false,
	// A date that does not exist is a mistake under any regime.
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		month: 'Không có tháng {month}: tháng phải từ 1 đến 12.',
		dayZero: 'Không có ngày {day}: ngày phải từ 01 trở lên.',
		day: 'Không có ngày {day} {period}: {period} chỉ có {max} ngày.',
		bodyMonth: 'Ngày "{date}" không có thật: không có tháng {month}.',
		bodyDay: 'Ngày "{date}" không có thật: tháng {month} năm {year} chỉ có {max} ngày.',
	},
	check(ctx) {
		checkBody();
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

		/** The dates in words of the body, except those of a citation (citation-date-invalid's). */
		function checkBody(): void {
			const dates = bodyDates(ctx.letter);
			if (dates.length === 0) {
				return;
			}
			// The citations' dates are read only for a date that does not exist: most dates do, and then nothing
			// depends on whether a citation holds them.
			let cited: Range[] | undefined;
			const inCitation = (found: BodyDate): boolean => {
				cited ??= ctx.letter.citations.map((c) => c.date?.span.range).filter((r) => r !== undefined);
				return cited.some((r) => r.start < found.range.end && found.range.start < r.end);
			};
			for (const found of dates) {
				const { day, month, year } = found;
				const monthValid = month.value >= 1 && month.value <= 12;
				if (monthValid && day.value >= 1 && day.value <= daysInMonth(month.value, year.value)) {
					continue;
				}
				if (inCitation(found)) {
					continue;
				}
				const written = `${found.day.text} tháng ${found.month.text} năm ${found.year.text}`;
				if (!monthValid) {
					ctx.report({ messageId: 'bodyMonth', data: { date: written, month: month.text }, range: found.range });
					continue;
				}
				const max = daysInMonth(month.value, year.value);
				ctx.report({ messageId: 'bodyDay', data: { date: written, month: month.value, year: year.text, max }, range: found.range });
			}
		}
	},
} satisfies Rule;
