// Văn bản hành chính phải có số, ký hiệu: dòng "Số: <số>/<ký hiệu>" dưới tên cơ quan ban hành. Đây là cảnh báo
// "không tìm thấy", chỉ đưa ra khi đã thấy thành phần khác của phần đầu (không thấy gì thì missing-header báo).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm c; Phụ lục I, Phần I, Mục II.3 (reference R1.1).
import type { Rule } from '../types';

export default {
	id: 'missing-so',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm c; Phụ lục I, Phần I, Mục II.3',
	description: 'Phần đầu văn bản phải có dòng số, ký hiệu "Số: …/…" dưới tên cơ quan ban hành.',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		missing: 'Không tìm thấy dòng số, ký hiệu của văn bản ("Số: 05/UBND-VP"), đặt dưới tên cơ quan ban hành.',
	},
	check(ctx) {
		const { letter } = ctx;
		const parts = letter.header;
		const first = parts.components[0];
		if (letter.so || !first) {
			return;
		}
		// Where the line belongs: under the agency name.
		const anchor = parts.agencyNames[parts.agencyNames.length - 1] ?? first;
		ctx.report({ messageId: 'missing', range: anchor.range });
	},
} satisfies Rule;
