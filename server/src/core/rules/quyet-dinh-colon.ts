// Trong quyết định (nghị quyết), dòng mở phần quyết định đứng riêng, in hoa, có dấu hai chấm: "QUYẾT ĐỊNH:"
// ("QUYẾT NGHỊ:"), rồi đến "Điều 1.". Các mẫu của Phụ lục III trình bày như vậy nhưng Phụ lục I không nói
// thành quy định, nên đây là gợi ý (reference §13.5; real-world shapes H2).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.1 và 1.2.
import { decisionOpenings } from '../letter/decision-opening';
import { subRange } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'quyet-dinh-colon',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.1, 1.2',
	description: 'Dòng mở phần quyết định viết "QUYẾT ĐỊNH:" ("QUYẾT NGHỊ:"), có dấu hai chấm, trước "Điều 1.".',
	defaultSeverity: 'hint',
	fixable: true,
	judges: ['body'],
	messages: {
		missingColon: 'Sau "{word}" mở phần quyết định có dấu hai chấm: "{word}:".',
	},
	check(ctx) {
		for (const opening of decisionOpenings(ctx.letter)) {
			if (opening.colon) {
				continue;
			}
			const at = subRange(opening.span, opening.word.length, opening.word.length);
			ctx.report({ messageId: 'missingColon', data: { word: opening.word }, range: opening.span.range, fix: [{ range: at, text: ':' }] });
		}
	},
} satisfies Rule;
