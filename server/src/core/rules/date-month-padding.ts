// Chỉ tháng 1, 2 được viết thêm số 0 ở trước; tháng 3 đến tháng 9 viết một chữ số ("tháng 3", không
// viết "tháng 03"). Cách viết "tháng 03" rất phổ biến trong thực tế nên quy tắc chỉ cảnh báo.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.4.b (reference R3.2); mẫu của chính Nghị
// định: "Hà Nội, ngày 05 tháng 3 năm 2020".
import { subRange } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'date-month-padding',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.4.b',
	description: 'Trong dòng địa danh, ngày tháng, chỉ tháng 1, 2 có số 0 ở trước; tháng 3 đến tháng 9 viết một chữ số ("tháng 3").',
	defaultSeverity: 'warning',
	fixable: true,
	judges: ['date'],
	messages: {
		extraZero: 'Chỉ tháng 1, 2 viết thêm số 0: viết "tháng {value}" thay cho "tháng 0{value}".',
	},
	check(ctx) {
		const date = ctx.letter.date;
		const month = date?.month;
		// In a date written in figures, date-format rewrites the whole date with the right padding.
		if (date?.form !== 'words' || !month || !/^0[3-9]$/u.test(month.text)) {
			return;
		}
		const zero = subRange(month, 0, 1);
		ctx.report({ messageId: 'extraZero', data: { value: month.value }, range: month.range, fix: [{ range: zero, text: '' }] });
	},
} satisfies Rule;
