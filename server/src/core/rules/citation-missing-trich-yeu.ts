// Khi viện dẫn lần đầu một văn bản phải ghi trích yếu nội dung của văn bản đó.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b (reference R5.2, §13.4).
// The share of citation-incomplete's old findings that lacked only the trích yếu (issue 10, decision I2):
// whether a trích yếu is stated is the least certain reading, so a first citation that gives its date and
// issuer but no subject anywhere in its clause is reported here, at information level. What a citation
// lacks is decided in core/letter/citation-completeness.ts; a citation that lacks its date or issuer too is
// citation-incomplete's, which names the trích yếu with the rest.
import { citationLists, lackingNumbers } from '../letter/citation-completeness';
import { typeAsWritten } from '../letter/citations';
import type { Rule } from '../types';

export default {
	id: 'citation-missing-trich-yeu',
	category: 'trich-dan',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b',
	description: 'Lần viện dẫn đầu tiên một văn bản có ngày và cơ quan ban hành nhưng không nêu trích yếu nội dung ở đâu trong vế câu.',
	defaultSeverity: 'information',
	fixable: false,
	messages: {
		missing: 'Lần đầu viện dẫn "{citation}" chưa nêu trích yếu nội dung (ví dụ "về …").',
	},
	check(ctx) {
		// One finding per list of numbers after one type name, as citation-incomplete.
		for (const list of citationLists(ctx.letter)) {
			const { entries, lacking, beyondSubject } = list;
			const head = entries[0]?.citation;
			const first = lacking[0]?.citation;
			if (!head || beyondSubject || !first) {
				continue;
			}
			const range = first.listIndex === 0 ? { start: first.type.range.start, end: first.number.range.end } : first.number.range;
			ctx.report({
				messageId: 'missing',
				data: { citation: `${typeAsWritten(head)}${lackingNumbers(list)}` },
				range,
			});
		}
	},
} satisfies Rule;
