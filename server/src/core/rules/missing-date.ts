// Văn bản hành chính phải có địa danh và thời gian ban hành ("Hà Nội, ngày 05 tháng 01 năm 2021") dưới Quốc
// hiệu và Tiêu ngữ. Đây là cảnh báo "không tìm thấy", chỉ đưa ra khi đã thấy thành phần khác của phần đầu.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm d; Phụ lục I, Phần I, Mục II.4 (reference R3.1).
import type { Rule } from '../types';

export default {
	id: 'missing-date',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm d; Phụ lục I, Phần I, Mục II.4',
	description: 'Phần đầu văn bản phải có dòng địa danh và thời gian ban hành ("Hà Nội, ngày 05 tháng 01 năm 2021").',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		missing: 'Không tìm thấy dòng địa danh và thời gian ban hành (ví dụ "Hà Nội, ngày 05 tháng 01 năm 2021").',
	},
	check(ctx) {
		const { letter } = ctx;
		const parts = letter.header;
		const first = parts.components[0];
		// A biên bản writes its time in the body (Phụ lục III, Mẫu 1.9): its header has no date line.
		if (letter.date || !first || parts.typeName?.type.name === 'BIÊN BẢN') {
			return;
		}
		// Where the line belongs: under the Tiêu ngữ, on the level of the Số line.
		const anchor = letter.tieuNgu ?? parts.quocHieu ?? letter.so?.span ?? first;
		ctx.report({ messageId: 'missing', range: anchor.range });
	},
} satisfies Rule;
