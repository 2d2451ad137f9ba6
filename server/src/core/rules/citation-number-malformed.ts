// Số, ký hiệu của văn bản được viện dẫn ghi bằng chữ viết tắt: "15/2024/NĐ-CP", không phải
// "15/2024/NĐ-Chính phủ" (một tên cơ quan viết đầy đủ thay cho chữ viết tắt).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b và Phần II (reference R1.8, R5.2, R5.9).
// Issue 10, H6: a malformed cited number used to be reported only as an incomplete citation, with a cut number;
// it is now read as a later mention (or a citation) and reported here, on the number. Only a group that is
// a whole word in lower case after its capital ("Chính") is reported: the mixed-case abbreviations of the
// decree ("TTr", "CTr", "QyĐ", "TrS") have at most one lower-case letter in a row.
import { subRange } from '../letter';
import { hasLowerCase } from '../text';
import type { Rule } from '../types';

// A group of a ký hiệu holding a word: a capital and two or more lower-case letters.
const WORD_GROUP = /^\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}])/u;

export default {
	id: 'citation-number-malformed',
	category: 'trich-dan',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b',
	description: 'Số, ký hiệu của văn bản được viện dẫn phải ghi bằng chữ viết tắt, không ghi tên cơ quan đầy đủ trong ký hiệu.',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		word: '{type} số {number}: nhóm "{group}" trong ký hiệu là một từ, không phải chữ viết tắt (ví dụ "NĐ-CP" chứ không phải "NĐ-Chính phủ").',
	},
	check(ctx) {
		for (const citation of ctx.letter.citations) {
			// A word group holds lower-case letters: a number without any (most) is not read group by group.
			if (!hasLowerCase(citation.number.text)) {
				continue;
			}
			// The groups of the number as the one reader of a ký hiệu read them (letter/so-ky-hieu.ts).
			for (const group of citation.reading.groups) {
				const match = WORD_GROUP.exec(group.span.text);
				if (!match) {
					continue;
				}
				ctx.report({
					messageId: 'word',
					data: { type: citation.type.text, number: citation.number.text, group: match[0] },
					range: subRange(group.span, 0, match[0].length),
				});
				break;
			}
		}
	},
} satisfies Rule;
