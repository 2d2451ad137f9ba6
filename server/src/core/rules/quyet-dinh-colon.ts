// Trong quyết định (nghị quyết), dòng mở phần quyết định đứng riêng, in hoa, có dấu hai chấm: "QUYẾT ĐỊNH:"
// ("QUYẾT NGHỊ:"), rồi đến "Điều 1.". Các mẫu của Phụ lục III trình bày như vậy nhưng Phụ lục I không nói
// thành quy định, nên đây là gợi ý (reference §13.5; real-world shapes H2).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.1 và 1.2.
// Only a line that is exactly "QUYẾT ĐỊNH" or "QUYẾT NGHỊ" inside the body, followed by "Điều 1", is read: the
// type name line above the trích yếu is another line.
import { lineSpanOf } from '../letter';
import type { Rule } from '../types';

const OPENING = /^(?:QUYẾT ĐỊNH|QUYẾT NGHỊ)$/u;
const FIRST_DIEU = /^Điều\s+1(?!\d)/u;

export default {
	id: 'quyet-dinh-colon',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.1, 1.2',
	description: 'Dòng mở phần quyết định viết "QUYẾT ĐỊNH:" ("QUYẾT NGHỊ:"), có dấu hai chấm, trước "Điều 1.".',
	defaultSeverity: 'hint',
	fixable: true,
	messages: {
		missingColon: 'Sau "{word}" mở phần quyết định có dấu hai chấm: "{word}:".',
	},
	check(ctx) {
		const { letter } = ctx;
		const body = letter.body;
		if (!body) {
			return;
		}
		for (let i = body.firstLine; i <= body.lastLine; i++) {
			const content = letter.lines[i]?.content ?? '';
			if (!OPENING.test(content)) {
				continue;
			}
			let next = i + 1;
			while (next <= body.lastLine && letter.lines[next]?.content === '') {
				next++;
			}
			if (!FIRST_DIEU.test(letter.lines[next]?.content ?? '')) {
				continue;
			}
			const span = lineSpanOf(letter, i);
			const at = span.range.end;
			ctx.report({
				messageId: 'missingColon',
				data: { word: content },
				range: span.range,
				fix: [{ range: { start: at, end: at }, text: ':' }],
			});
		}
	},
} satisfies Rule;
