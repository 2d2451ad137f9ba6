// Chỉ công văn ghi trích yếu sau chữ "V/v"; văn bản có tên loại (QUYẾT ĐỊNH, KẾ HOẠCH, TỜ TRÌNH …) ghi trích
// yếu ngay dưới tên loại, không có "V/v".
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.5.b (reference R4.1, R4.2).
import type { Rule } from '../types';

export default {
	id: 'vv-not-cong-van',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.5.b',
	description: 'Chỉ công văn có trích yếu "V/v …"; văn bản có tên loại ghi trích yếu ngay dưới tên loại.',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		named: 'Văn bản có tên loại {typeName} ghi trích yếu ngay dưới tên loại, không dùng "V/v" (chỉ công văn mới có "V/v …").',
	},
	check(ctx) {
		const parts = ctx.letter.header;
		const typeName = parts.typeName;
		const vv = parts.vvLines[0];
		// "CÔNG VĂN" and "THƯ CÔNG" are not printed type names: such a letter is a công văn.
		if (!typeName || !vv || typeName.type.abbreviation === undefined) {
			return;
		}
		ctx.report({
			messageId: 'named',
			data: { typeName: typeName.type.name },
			range: vv.label.range,
			related: [{ range: typeName.span.range, message: 'Tên loại văn bản' }],
		});
	},
} satisfies Rule;
