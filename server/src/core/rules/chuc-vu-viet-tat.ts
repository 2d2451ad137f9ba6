// Chức vụ của người ký ghi đầy đủ, không viết tắt, và không kèm tên cơ quan: "CHÁNH VĂN PHÒNG", không phải
// "CHÁNH VP UBND"; "PHÓ GIÁM ĐỐC", không phải "PHÓ GĐ". Chức vụ viết tắt không phải là chức vụ chính thức mà
// Nhà nước đặt ra (reference R6.3), nhưng Nghị định không nói thành quy định về chữ viết tắt, nên đây là gợi ý.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.7.b và II.7.c (reference R6.2, R6.3; real-world
// shapes H10).
// Only a word with no vowel ("VP", "GĐ", "PGĐ") or a known abbreviation of a body ("UBND", "HĐND", "UB") on a title
// line of the signature is read as an abbreviation; the line after "TM." names a collective body and is left to
// the header rules' reading of names.
import { subRange } from '../letter';
import type { Rule } from '../types';
import { capitalWords, hasCapitalVowel } from '../text';

const BODY_ABBREVIATIONS = new Set(['UBND', 'HĐND', 'UB']);

export default {
	id: 'chuc-vu-viet-tat',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.7.b, II.7.c',
	description: 'Chức vụ của người ký ghi đầy đủ, không viết tắt ("CHÁNH VĂN PHÒNG", không phải "CHÁNH VP UBND").',
	defaultSeverity: 'hint',
	fixable: false,
	judges: ['signature'],
	messages: {
		abbreviated: 'Chức vụ "{title}" có chữ viết tắt {words}: ghi đầy đủ chức vụ của người ký, không viết tắt, không kèm tên cơ quan.',
	},
	check(ctx) {
		if (!ctx.letter.signature || ctx.letter.regime !== 'administrative') {
			return;
		}
		const { titleLines, prefixes } = ctx.letter.closing;
		for (const line of titleLines) {
			const prefix = prefixes.find((p) => p.span === line);
			if (prefix?.canonical === 'TM.') {
				continue;
			}
			const from = prefix ? prefix.length : 0;
			const title = line.text.slice(from);
			const words = capitalWords(title).filter((m) => !hasCapitalVowel(m[0]) || BODY_ABBREVIATIONS.has(m[0]));
			const first = words[0];
			const last = words[words.length - 1];
			if (!first || !last) {
				continue;
			}
			ctx.report({
				messageId: 'abbreviated',
				data: { title: title.trim(), words: words.map((m) => `"${m[0]}"`).join(', ') },
				range: subRange(line, from + first.index, from + last.index + last[0].length),
			});
		}
	},
} satisfies Rule;
