// Trích yếu nội dung là "một câu ngắn gọn hoặc một cụm từ"; các mẫu của Nghị định 30 không đặt dấu chấm ở cuối
// trích yếu. Đây là thói quen trình bày, không phải quy định, nên chỉ là gợi ý (reference R4.2, §12: 002 dòng 9).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.5; Phụ lục III (các mẫu văn bản).
import { subRange } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'trich-yeu-period',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.5; Phụ lục III (các mẫu)',
	description: 'Không đặt dấu chấm ở cuối trích yếu nội dung (theo các mẫu của Nghị định 30).',
	defaultSeverity: 'hint',
	fixable: true,
	judges: ['trichYeu'],
	messages: {
		period: 'Không đặt dấu chấm ở cuối trích yếu nội dung.',
	},
	check(ctx) {
		const last = ctx.letter.trichYeu?.lines.at(-1);
		// One period only: "…" and "..." mark something left out, "./." closes a body.
		if (!last || !/[^.…/]\.$/u.test(last.text)) {
			return;
		}
		const range = subRange(last, last.text.length - 1);
		ctx.report({ messageId: 'period', range, fix: [{ range, text: '' }] });
	},
} satisfies Rule;
