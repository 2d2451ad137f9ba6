// Phần đầu văn bản phải có tên cơ quan, tổ chức ban hành (và tên cơ quan chủ quản trực tiếp, nếu có), bằng
// chữ in hoa, ở góc trên bên trái. Đây là cảnh báo "không tìm thấy": bảng hai cột ở phần đầu hay bị mất khi
// chép văn bản ra dạng chữ (reference §12: 000, 002, 004).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm b; Phụ lục I, Phần I, Mục II.2 (reference R8.2).
import type { Rule } from '../types';

export default {
	id: 'missing-co-quan',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm b; Phụ lục I, Phần I, Mục II.2',
	description: 'Phần đầu văn bản phải có tên cơ quan, tổ chức ban hành văn bản (bằng chữ in hoa, góc trên bên trái).',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		missing: 'Không tìm thấy tên cơ quan, tổ chức ban hành văn bản (dòng chữ in hoa ở góc trên bên trái, ví dụ "SỞ NỘI VỤ").',
	},
	check(ctx) {
		const parts = ctx.letter.header;
		const first = parts.components[0];
		// With no header component at all, missing-header reports once instead. A name not in capitals is
		// there: co-quan-viet-hoa reports it.
		if (!first || parts.agencyNames.length > 0 || parts.agencyNotUpperCase.length > 0) {
			return;
		}
		ctx.report({ messageId: 'missing', range: first.range });
	},
} satisfies Rule;
