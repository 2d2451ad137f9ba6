// Khi văn bản không có cả "Nơi nhận" lẫn khối chữ ký, thường là phần cuối đã bị cắt khi sao chép (bản chép từ
// trang web, bản trích): báo một cảnh báo cho cả phần cuối thay vì nhiều phát hiện về từng thành phần; khi đó
// missing-noi-nhan và signature-incomplete không báo (issue 9, quyết định I3).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm h, i; Phụ lục I, Phần I, Mục II.7, II.9 (reference R6.2, R7.1, §13.5).
import { lastContentLine, lineContentRange } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'missing-closing',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm h, i; Phụ lục I, Phần I, Mục II.7, II.9',
	description:
		'Không tìm thấy phần cuối văn bản (nơi nhận và chữ ký): phần cuối có thể đã bị cắt khi sao chép; một cảnh báo thay cho nhiều phát hiện.',
	defaultSeverity: 'warning',
	fixable: false,
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		missing:
			'Không tìm thấy phần cuối văn bản (nơi nhận, chữ ký và họ tên người ký): phần cuối có thể đã bị cắt khi sao chép. Văn bản phải có đủ các thành phần này.',
	},
	check(ctx) {
		const { letter } = ctx;
		if (letter.empty || letter.noiNhan || letter.signature) {
			return;
		}
		// On the last line of the text, where the closing should follow.
		const line = letter.body?.lastLine ?? lastContentLine(letter);
		ctx.report({ messageId: 'missing', range: lineContentRange(letter, line) });
	},
} satisfies Rule;
