// Chỉ công văn, tờ trình và báo cáo gửi cấp trên có phần "Kính gửi"; các văn bản có tên loại khác (thông báo,
// quyết định, kế hoạch, hướng dẫn …) ghi nơi nhận ở phần "Nơi nhận" cuối văn bản.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.b–c (reference R7.1; real-world shapes H10).
// Only the types whose forms in the decree never carry a Kính gửi are judged (data/document-types.ts): tờ trình
// and báo cáo may have one, and giấy mời, biên bản, hợp đồng, công điện and the other forms are left alone.
// noi-nhan-nhu-tren does not then ask for "- Như trên;": the Kính gửi itself is the defect, reported once here.
import { NOI_NHAN_ONLY_TYPES } from '../data/document-types';
import type { Rule } from '../types';

export default {
	id: 'kinh-gui-not-cong-van',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.b–c',
	description:
		'Chỉ công văn, tờ trình và báo cáo gửi cấp trên có phần "Kính gửi"; thông báo, quyết định, kế hoạch … ghi nơi nhận ở phần "Nơi nhận".',
	defaultSeverity: 'warning',
	fixable: false,
	judges: ['kinhGui'],
	messages: {
		named:
			'Văn bản có tên loại {typeName} không có phần "Kính gửi": nơi nhận ghi ở phần "Nơi nhận" cuối văn bản (chỉ công văn, tờ trình và báo cáo gửi cấp trên có "Kính gửi").',
	},
	check(ctx) {
		const typeName = ctx.letter.header.typeName;
		const kinhGui = ctx.letter.kinhGui;
		if (!typeName || !kinhGui || !NOI_NHAN_ONLY_TYPES.has(typeName.type.name)) {
			return;
		}
		ctx.report({
			messageId: 'named',
			data: { typeName: typeName.type.name },
			range: kinhGui.label.range,
			related: [{ range: typeName.span.range, message: 'Tên loại văn bản' }],
		});
	},
} satisfies Rule;
