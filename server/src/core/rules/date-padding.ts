// Trong dòng địa danh, ngày tháng, ngày nhỏ hơn 10 và tháng 1, 2 phải viết thêm số 0 ở trước:
// "ngày 05 tháng 01 năm 2021". Số 0 ngăn việc thêm chữ số vào ngày, tháng sau khi văn bản đã ký.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.4.b (reference R3.2).
// Only the header date is checked: dates in the body ("ngày 4/3/2020") are not governed by this clause.
// A blank day or month is a draft, reported by draft-blank; a date in figures is left to date-format.
import type { NumberSpan } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'date-padding',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.4.b',
	description: 'Trong dòng địa danh, ngày tháng, ngày nhỏ hơn 10 và tháng 1, 2 phải viết thêm số 0 ở trước ("ngày 05 tháng 01").',
	defaultSeverity: 'error',
	fixable: true,
	judges: ['date'],
	messages: {
		day: 'Ngày nhỏ hơn 10 phải viết thêm số 0 ở trước: "ngày 0{value}" thay cho "ngày {value}".',
		month: 'Tháng 1, 2 phải viết thêm số 0 ở trước: "tháng 0{value}" thay cho "tháng {value}".',
	},
	check(ctx) {
		const date = ctx.letter.date;
		if (date?.form !== 'words') {
			return;
		}
		const pad = (part: NumberSpan | undefined, messageId: 'day' | 'month', max: number): void => {
			// Day 0 is not a date at all (date-invalid says so); a zero in front would not make it one.
			if (!part || part.text.length !== 1 || part.value < 1 || part.value > max) {
				return;
			}
			const at = part.range.start;
			ctx.report({ messageId, data: { value: part.text }, range: part.range, fix: [{ range: { start: at, end: at }, text: '0' }] });
		};
		pad(date.day, 'day', 9);
		pad(date.month, 'month', 2);
	},
} satisfies Rule;
