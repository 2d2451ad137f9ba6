// Ngay dưới Quốc hiệu là Tiêu ngữ "Độc lập - Tự do - Hạnh phúc". Quy tắc chỉ báo khi có Quốc hiệu mà không
// có Tiêu ngữ; khi thiếu cả hai, missing-quoc-hieu báo một lần cho cả hai.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm a; Phụ lục I, Phần I, Mục II.1.b (reference R8.1).
import type { Rule } from '../types';

export default {
	id: 'missing-tieu-ngu',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm a; Phụ lục I, Phần I, Mục II.1.b',
	description: 'Dưới Quốc hiệu phải có Tiêu ngữ "Độc lập - Tự do - Hạnh phúc".',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		missing: 'Không tìm thấy Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" dưới Quốc hiệu.',
	},
	check(ctx) {
		const { letter } = ctx;
		const quocHieu = letter.header.quocHieu;
		if (!quocHieu || letter.tieuNgu) {
			return;
		}
		ctx.report({ messageId: 'missing', range: quocHieu.range });
	},
} satisfies Rule;
