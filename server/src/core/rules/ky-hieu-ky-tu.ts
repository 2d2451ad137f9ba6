// Ký hiệu của văn bản gồm chữ viết tắt tên loại, tên cơ quan và đơn vị soạn thảo, viết bằng chữ cái và chữ số; dấu
// "&" trong chữ viết tắt tên đơn vị ("VH&GĐ", "GD&ĐT") rất phổ biến nhưng không có trong thể thức, nên chỉ cảnh báo.
// Trong số văn bản được viện dẫn, "&" là một phần của số văn bản và không bị báo (issue 9, quyết định F2).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3 (reference R1.2, R1.6).
import { originalText } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'ky-hieu-ky-tu',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3',
	description: 'Ký hiệu của văn bản chỉ nên gồm chữ cái và chữ số: dấu "&" trong chữ viết tắt tên đơn vị không có trong thể thức.',
	defaultSeverity: 'warning',
	fixable: false,
	judges: ['so'],
	messages: {
		ampersand: 'Ký hiệu chỉ nên gồm chữ cái và chữ số: nhóm "{group}" có dấu "&".',
	},
	check(ctx) {
		const { letter } = ctx;
		for (const defect of letter.so?.number?.defects ?? []) {
			if (defect.kind === 'ampersand') {
				ctx.report({ messageId: 'ampersand', data: { group: originalText(letter, defect.range) }, range: defect.range });
			}
		}
	},
} satisfies Rule;
