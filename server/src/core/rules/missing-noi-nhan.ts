// Văn bản phải có phần "Nơi nhận" ở cuối, bên trái, ngang hàng với chữ ký.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm i và Phụ lục I, Phần I, Mục II.9 (reference R7.1, R7.3).
import { lastContentLine, lineContentRange } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'missing-noi-nhan',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm i; Phụ lục I, Phần I, Mục II.9',
	description: 'Văn bản phải có phần "Nơi nhận:" liệt kê nơi nhận và dòng "- Lưu: VT, …".',
	defaultSeverity: 'error',
	fixable: false,
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		missing: 'Văn bản thiếu phần "Nơi nhận:" (đặt ở góc trái, ngang hàng với chữ ký).',
	},
	check(ctx) {
		const { letter } = ctx;
		if (letter.empty || letter.noiNhan) {
			return;
		}
		// Report where the block belongs: beside the signature, else after the last line of the body.
		const line = letter.body?.lastLine ?? lastContentLine(letter);
		const range = letter.signature?.lines[0]?.range ?? lineContentRange(letter, line);
		ctx.report({ messageId: 'missing', range });
	},
} satisfies Rule;
