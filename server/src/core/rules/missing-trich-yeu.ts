// Văn bản hành chính phải có tên loại và trích yếu nội dung; công văn không có tên loại, trích yếu ghi sau chữ
// "V/v" dưới số, ký hiệu. Quy tắc báo khi không thấy cả "V/v" lẫn tên loại. Đây là cảnh báo "không tìm thấy",
// chỉ đưa ra khi đã thấy thành phần khác của phần đầu.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm đ; Phụ lục I, Phần I, Mục II.5 (reference R4.1, R4.2).
import { lineContentRange } from '../letter';
import type { Rule } from '../types';

// A trích yếu after the Kính gửi: "V/v …" or "Về việc …" opening the first paragraph of the body.
const VV_OPENING = /^(?:V\/[vV]|Về việc)[ \t:]/u;

export default {
	id: 'missing-trich-yeu',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm đ; Phụ lục I, Phần I, Mục II.5',
	description: 'Phần đầu văn bản phải có tên loại và trích yếu, hoặc (với công văn) trích yếu sau chữ "V/v" dưới số, ký hiệu.',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		missing:
			'Không tìm thấy trích yếu nội dung: công văn ghi "V/v …" dưới số, ký hiệu; văn bản có tên loại ghi tên loại (ví dụ "QUYẾT ĐỊNH") và trích yếu ngay dưới.',
		misplaced: 'Trích yếu đặt sai chỗ: "{value}" phải ghi dưới số, ký hiệu, trước "Kính gửi".',
	},
	check(ctx) {
		const { letter } = ctx;
		const parts = letter.header;
		const first = parts.components[0];
		// A "Về việc …" line where the V/v belongs is a trích yếu with the wrong label (vv-format).
		if (letter.trichYeu || parts.typeName || parts.vvLines.length > 0 || parts.veViec || !first) {
			return;
		}
		// Found, but in the wrong place (G6): opening the body after the Kính gửi. (A type name run into its subject
		// in capitals, A7, is split by the layout recovery; trich-yeu-uppercase then reports the subject's case.)
		const opening = letter.kinhGui ? letter.body?.paragraphs[0] : undefined;
		const openingLine = opening?.lines[0];
		if (opening && openingLine !== undefined && VV_OPENING.test(opening.text.text)) {
			const value = opening.text.text.split(/\s+/u).slice(0, 4).join(' ');
			ctx.report({ messageId: 'misplaced', data: { value: `${value} …` }, range: lineContentRange(letter, openingLine) });
			return;
		}
		// Where it belongs: under the Số line.
		const anchor = letter.so?.span ?? first;
		ctx.report({ messageId: 'missing', range: anchor.range });
	},
} satisfies Rule;
