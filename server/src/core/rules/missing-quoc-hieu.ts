// Văn bản hành chính phải có Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ở trên cùng, bên phải trang đầu,
// và Tiêu ngữ ngay dưới. Khi không tìm thấy cả hai, một cảnh báo nói cả hai; thiếu riêng Tiêu ngữ là việc
// của missing-tieu-ngu. Đây là cảnh báo "không tìm thấy": khi chép văn bản ra dạng chữ, bảng hai cột ở phần
// đầu hay bị mất (reference §12: 000, 002, 004).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm a; Phụ lục I, Phần I, Mục II.1 (reference R8.1).
import type { Rule } from '../types';

export default {
	id: 'missing-quoc-hieu',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm a; Phụ lục I, Phần I, Mục II.1',
	description: 'Phần đầu văn bản phải có Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (và Tiêu ngữ ngay dưới).',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		missing: 'Không tìm thấy Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" ở phần đầu văn bản.',
		missingBoth:
			'Không tìm thấy Quốc hiệu "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" và Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" ở phần đầu văn bản.',
	},
	check(ctx) {
		const { letter } = ctx;
		const parts = letter.header;
		const first = parts.components[0];
		// With no header component at all, missing-header reports once instead.
		if (parts.quocHieu || !first) {
			return;
		}
		ctx.report({ messageId: letter.tieuNgu ? 'missing' : 'missingBoth', range: first.range });
	},
} satisfies Rule;
