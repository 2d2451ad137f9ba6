// Khoảng trắng quanh dấu "/" của dòng "Số:" ("Số: 283 /STNMT-VP") thường sót lại khi điền số vào chỗ trống
// của mẫu; không phải lỗi thể thức, chỉ là gợi ý.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3 (reference R1.1, R1.7).
import { subRange } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'so-ky-hieu-spacing',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3',
	description: 'Giữa số và dấu "/" của dòng "Số:" không nên có khoảng trắng (thường sót lại khi điền số vào mẫu).',
	defaultSeverity: 'hint',
	fixable: true,
	messages: {
		space: 'Khoảng trắng thừa quanh dấu "/" trong "{value}" (thường sót lại khi điền số vào mẫu).',
	},
	check(ctx) {
		const { letter } = ctx;
		const value = letter.so?.value;
		if (!value || letter.regime !== 'administrative') {
			return;
		}
		// Only a filled-in number: a blank number keeps its slot of spaces until the văn thư assigns it.
		const match = /^(\d+)([ \t]*)\/([ \t]*)(?=\S)/u.exec(value.text);
		if (!match?.[1] || (match[2] === '' && match[3] === '')) {
			return;
		}
		const start = match[1].length;
		const end = match[0].length;
		ctx.report({
			messageId: 'space',
			data: { value: value.text },
			range: subRange(value, start, end),
			fix: [{ range: subRange(value, start, end), text: '/' }],
		});
	},
} satisfies Rule;
