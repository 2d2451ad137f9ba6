// Phần đầu văn bản hành chính gồm Quốc hiệu và Tiêu ngữ, tên cơ quan ban hành, số và ký hiệu, địa danh và
// thời gian ban hành, tên loại và trích yếu. Khi không tìm thấy thành phần nào, có lẽ cả phần đầu đã mất
// khi chép văn bản ra dạng chữ: báo một lần, thay cho một loạt cảnh báo "thiếu …" (reference §12, 003).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm a–đ; Phụ lục I, Phần I, Mục II.1–5 (reference R8.10, §13.5).
import { isBlankLine } from '../letter/header';
import { lineContentRange } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'missing-header',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm a–đ; Phụ lục I, Phần I, Mục II.1–5',
	description:
		'Văn bản phải có phần đầu: Quốc hiệu và Tiêu ngữ, tên cơ quan ban hành, số và ký hiệu, địa danh và ngày tháng, tên loại hoặc "V/v" và trích yếu.',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		missing:
			'Không tìm thấy phần đầu văn bản (Quốc hiệu, Tiêu ngữ, tên cơ quan, dòng "Số:", địa danh và ngày tháng, tên loại hoặc "V/v"). Có thể phần đầu đã mất khi chép văn bản ra dạng chữ.',
	},
	check(ctx) {
		const { letter } = ctx;
		if (letter.empty || letter.header.present) {
			return;
		}
		// A header the parser did not reach (letter.header.unread): stay silent rather than say it is missing.
		if (letter.header.unread !== undefined) {
			return;
		}
		const lines = letter.lines.map((_, i) => i).filter((i) => !isBlankLine(letter, i));
		const first = lines[0];
		if (first !== undefined) {
			ctx.report({ messageId: 'missing', range: lineContentRange(letter, first) });
		}
	},
} satisfies Rule;
