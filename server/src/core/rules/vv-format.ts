// Trích yếu của công văn ghi sau chữ "V/v" (V hoa, gạch chéo, v thường) và một dấu cách: "V/v nâng bậc lương".
// Các biến thể "V/V", "v/v", "V/ v", "V/v:" (có dấu hai chấm) được sửa thành "V/v "; "Về việc" ở chỗ của V/v
// chỉ được gợi ý sửa. Chữ "v/v" trong nội dung văn bản không phải trích yếu và không bị xét (reference §12, 000
// dòng 13).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.5.b; Phụ lục III, Mẫu 1.5 (reference R4.2).
import { originalText, subSpan } from '../letter';
import type { Rule, TextEdit } from '../types';

export default {
	id: 'vv-format',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.5.b; Phụ lục III, Mẫu 1.5',
	description: 'Trích yếu của công văn bắt đầu bằng "V/v" (V hoa, v thường) và một dấu cách, không có dấu hai chấm.',
	defaultSeverity: 'warning',
	fixable: true,
	messages: {
		label: 'Trích yếu của công văn bắt đầu bằng "V/v" (V hoa, gạch chéo, v thường, không cách), không phải "{value}".',
		colon: 'Không đặt dấu hai chấm sau "V/v": viết "V/v {start}".',
		veViec: 'Trích yếu của công văn dùng "V/v" thay cho "{value}".',
	},
	check(ctx) {
		const { letter } = ctx;
		const parts = letter.header;
		for (const vv of parts.vvLines) {
			const content = vv.span.text;
			const labelLength = vv.label.text.length;
			const gap = /^(\s*)(:?)(\s*)/u.exec(content.slice(labelLength));
			const colon = gap?.[2] === ':';
			const labelWrong = vv.label.text !== 'V/v';
			if (!labelWrong && !colon) {
				continue;
			}
			const restStart = labelLength + (gap?.[0].length ?? 0);
			const rest = content.slice(restStart);
			const whole = subSpan(vv.span, 0, restStart);
			const original = originalText(letter, whole.range);
			let fix: TextEdit[];
			if (!original.includes('*')) {
				fix = [{ range: whole.range, text: rest === '' ? 'V/v' : 'V/v ' }];
			} else {
				// Emphasis markers in the gap ("**V/V:** …") stay where they are: change the label and drop the colon only.
				fix = [];
				if (labelWrong) {
					fix.push({ range: vv.label.range, text: 'V/v' });
				}
				if (colon) {
					const at = labelLength + (gap?.[1]?.length ?? 0);
					fix.push({ range: subSpan(vv.span, at, at + 1).range, text: (gap?.[1] ?? '') === '' && (gap?.[3] ?? '') === '' ? ' ' : '' });
				}
			}
			const end = colon ? labelLength + (gap?.[1]?.length ?? 0) + 1 : labelLength;
			const range = subSpan(vv.span, 0, end).range;
			const value = originalText(letter, range);
			const start = rest.split(/\s+/u).slice(0, 3).join(' ');
			ctx.report({ messageId: labelWrong ? 'label' : 'colon', data: { value, start: start === '' ? '…' : `${start} …` }, range, fix });
		}
		const veViec = parts.veViec;
		if (veViec) {
			const value = originalText(letter, veViec.label.range);
			ctx.report({
				messageId: 'veViec',
				data: { value },
				range: veViec.label.range,
				suggestions: [{ message: `Thay "${value}" bằng "V/v"`, edits: [{ range: veViec.label.range, text: 'V/v' }] }],
			});
		}
	},
} satisfies Rule;
