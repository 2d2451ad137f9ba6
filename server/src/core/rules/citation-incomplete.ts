// Khi viện dẫn lần đầu một văn bản phải ghi đủ tên loại, số, ký hiệu, thời gian ban hành, cơ quan ban
// hành và trích yếu nội dung (Luật, Pháp lệnh chỉ ghi tên loại và tên); các lần sau chỉ cần tên loại và
// số, ký hiệu.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b (reference R5.2, §13.4).
// A heuristic (warning). What a first citation lacks is decided in core/letter/citation-completeness.ts, which the
// hover shows too: the parts may be shared by a group of numbers, or written before the type name. One
// finding per list of numbers after one type name. A list that lacks only its trích yếu is
// citation-missing-trich-yeu's (information level).
import { citationLists, lackingNumbers, type CitationPart } from '../letter/citation-completeness';
import { typeAsWritten } from '../letter/citations';
import type { Rule } from '../types';

// The parts as the message names them, in the words of the decree.
const PART_NAMES: Readonly<Record<CitationPart, string>> = {
	date: 'thời gian ban hành',
	issuer: 'cơ quan ban hành',
	subject: 'trích yếu nội dung',
};

export default {
	id: 'citation-incomplete',
	category: 'trich-dan',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b',
	description:
		'Lần viện dẫn đầu tiên một văn bản phải ghi đủ tên loại, số, ký hiệu, thời gian ban hành, cơ quan ban hành và trích yếu nội dung (Luật, Pháp lệnh chỉ ghi tên loại và tên).',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		incomplete:
			'Lần đầu viện dẫn "{citation}" còn thiếu {missing} (cần ghi đủ tên loại, số, ký hiệu, thời gian ban hành, cơ quan ban hành và trích yếu).',
	},
	check(ctx) {
		// Consecutive citations of one type: "Chỉ thị số 05/CT-TTg, 06/CT-TTg" is one list and one finding.
		for (const list of citationLists(ctx.letter)) {
			const { entries, lacking, missing, beyondSubject } = list;
			const head = entries[0]?.citation;
			const first = lacking[0]?.citation;
			if (!beyondSubject || !head || !first) {
				continue;
			}
			const range = first.listIndex === 0 ? { start: first.type.range.start, end: first.number.range.end } : first.number.range;
			// The parts named in a plain loop, as lackingNumbers quotes the numbers (no map before join).
			let names = '';
			for (let i = 0; i < missing.length; i++) {
				names += (i > 0 ? ', ' : '') + PART_NAMES[missing[i] as CitationPart];
			}
			ctx.report({
				messageId: 'incomplete',
				data: { citation: `${typeAsWritten(head)}${lackingNumbers(list)}`, missing: names },
				range,
			});
		}
	},
} satisfies Rule;
