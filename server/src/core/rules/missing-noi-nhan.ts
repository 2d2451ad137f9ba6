// Văn bản phải có phần "Nơi nhận" ở cuối, bên trái, ngang hàng với chữ ký.
// Khi cả khối chữ ký cũng không có, phần cuối có lẽ đã bị cắt: missing-closing báo một cảnh báo thay cho quy tắc này.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 8 khoản 2 điểm i và Phụ lục I, Phần I, Mục II.9 (reference R7.1, R7.3).
import type { Letter, Span } from '../letter';
import { lineBreakAfter, lineBreakBefore, lineStartOf } from '../text';
import type { Rule, Suggestion } from '../types';

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
		// Without the signature block too, the end of the letter was likely cut: missing-closing says so, once.
		const signature = letter.signature?.lines[0];
		if (letter.empty || letter.noiNhan || !signature) {
			return;
		}
		// Report where the block belongs: beside the signature.
		ctx.report({ messageId: 'missing', range: signature.range, suggestions: [skeleton(letter, signature)] });
	},
} satisfies Rule;

/**
 * A suggestion inserting a Nơi nhận skeleton where the block belongs: on its own lines just before the
 * signature block. "- Như trên;" stands for the Kính gửi recipients, so it is there only when the letter has a
 * Kính gửi (reference R7.1); the unit of the Lưu line is the drafting unit of the ký hiệu, else "…" for the
 * writer to fill in (R7.3).
 */
function skeleton(letter: Letter, signature: Span): Suggestion {
	const unit = letter.closing.kyHieuUnit?.text ?? '…';
	const lines = ['Nơi nhận:', ...(letter.kinhGui ? ['- Như trên;'] : []), `- Lưu: VT, ${unit}.`];
	const at = lineStartOf(letter.source, signature.range.start);
	// The line break of the letter where the skeleton goes: the one before the signature line, else the one after it.
	const eol = at > 0 ? lineBreakBefore(letter.source, at) : lineBreakAfter(letter.source, at);
	return {
		message: 'Thêm phần "Nơi nhận:" trước khối chữ ký.',
		edits: [{ range: { start: at, end: at }, text: lines.join(eol) + eol + eol }],
	};
}
