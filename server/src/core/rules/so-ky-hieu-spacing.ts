// Khoảng trắng quanh dấu "/" của dòng "Số:" ("Số: 283 /STNMT-VP") thường sót lại khi điền số vào chỗ trống
// của mẫu; không phải lỗi thể thức, chỉ là gợi ý.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3 (reference R1.1, R1.7).
import { originalText } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'so-ky-hieu-spacing',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3',
	description: 'Giữa số và dấu "/" của dòng "Số:" không nên có khoảng trắng (thường sót lại khi điền số vào mẫu).',
	defaultSeverity: 'hint',
	fixable: true,
	judges: ['so'],
	messages: {
		space: 'Khoảng trắng thừa quanh dấu "/" trong "{value}" (thường sót lại khi điền số vào mẫu).',
	},
	check(ctx) {
		const { letter } = ctx;
		const so = letter.so;
		const number = so?.number;
		if (!so?.value || !number || letter.regime !== 'administrative') {
			return;
		}
		// Only a filled-in number: a blank number keeps its slot of spaces until the văn thư assigns it.
		const digits = number.number;
		const separator = number.separator;
		if (number.blank || number.value === undefined || !digits || separator?.text !== '/') {
			return;
		}
		// The spaces the reader saw between the number and the "/", and between the "/" and what follows it.
		const spaces = number.defects.filter(
			(d) => d.kind === 'space' && (d.range.end === separator.range.start || d.range.start === separator.range.end),
		);
		if (spaces.length === 0) {
			return;
		}
		const start = digits.range.end;
		const end = Math.max(separator.range.end, ...spaces.map((d) => d.range.end));
		const range = { start, end };
		ctx.report({
			messageId: 'space',
			data: { value: originalText(letter, number.span.range) },
			range,
			fix: [{ range, text: '/' }],
		});
	},
} satisfies Rule;
