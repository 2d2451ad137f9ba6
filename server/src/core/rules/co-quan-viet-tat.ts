// Tên cơ quan, tổ chức ban hành văn bản ở phần đầu được ghi đầy đủ; chỉ tên cơ quan chủ quản trực tiếp ở dòng
// trên có thể viết tắt các cụm từ thông dụng ("UBND TỈNH CAO BẰNG"). "SỞ VH VÀ TT" viết tắt tên cơ quan ban hành.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.2 (reference R8.2; real-world shapes H9).
// Only a word of the issuing body's line (the last agency line) with no vowel at all ("VH", "TT", "TN&MT") is
// read as an abbreviation: no Vietnamese syllable is written without a vowel, so such a word is never a name.
// The level of a school ("TRƯỜNG THCS …") is left alone: schools write it so in their own names.
import { subRange } from '../letter';
import type { Rule } from '../types';
import { capitalWords, hasCapitalVowel } from '../text';

// The levels of schools, written so in their own names ("TRƯỜNG THCS LÊ QUÝ ĐÔN") by common practice. A hyphen
// ends a capital word, so "PTDTBT-THCS" is read as two of them, each in this set.
const SCHOOL_LEVELS = new Set(['THCS', 'THPT', 'TH', 'PTDTNT', 'PTDTBT', 'GDTX', 'GDNN']);

export default {
	id: 'co-quan-viet-tat',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.2',
	description: 'Tên cơ quan, tổ chức ban hành văn bản ở phần đầu phải ghi đầy đủ, không viết tắt ("SỞ VH VÀ TT").',
	defaultSeverity: 'hint',
	fixable: false,
	messages: {
		abbreviated: 'Tên cơ quan ban hành "{name}" có chữ viết tắt {words}: tên cơ quan ban hành phải ghi đầy đủ.',
	},
	check(ctx) {
		const issuing = ctx.letter.agencyLines.at(-1);
		if (!issuing) {
			return;
		}
		const words = capitalWords(issuing.text).filter((m) => !hasCapitalVowel(m[0]) && !SCHOOL_LEVELS.has(m[0]));
		const first = words[0];
		const last = words[words.length - 1];
		if (!first || !last) {
			return;
		}
		ctx.report({
			messageId: 'abbreviated',
			data: { name: issuing.text, words: words.map((m) => `"${m[0]}"`).join(', ') },
			range: subRange(issuing, first.index, last.index + last[0].length),
		});
	},
} satisfies Rule;
