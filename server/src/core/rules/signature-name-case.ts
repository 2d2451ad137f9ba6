// Họ tên người ký viết bằng chữ in thường, hoa chữ cái đầu của mỗi tiếng ("Nguyễn Văn An"), không viết in hoa
// toàn bộ ("NGUYỄN VĂN AN").
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.7.đ ("Họ và tên của người ký … bằng chữ in thường")
// và Phụ lục II, Mục II.1.a (viết hoa chữ cái đầu của tất cả các âm tiết trong tên người) (reference R6.2).
import { nameWords, replacement } from '../letter/closing';
import { subRange } from '../letter';
import { hasLowerCase, titleCase } from '../text';
import type { Rule } from '../types';

// The placeholder of templates and snippets, to be replaced by the name.
const PLACEHOLDER = /^(?:Họ[ \t]+(?:và[ \t]+)?tên|HỌ[ \t]+(?:VÀ[ \t]+)?TÊN)$/u;

// Words of titles that never belong to a name (as letter/closing.ts reads a line in capitals): a name line that
// holds one is a title run into a name ("PHÓ CHỦ TỊCHTrần Minh Khoa", "Phó Chủ tịch Trần Minh Khoa"), read
// without certainty, and left to signature-incomplete.
const TITLE_WORDS = new Set('GIÁM ĐỐC TỊCH TRƯỞNG PHÓ BÍ ỦY UỶ TƯỚNG CỤC SỞ BỘ VỤ'.split(' '));
// A case boundary inside a word: a lower-case letter before a capital ("tịchTrần", also "MacArthur"), or two
// capitals before a capital and a lower-case letter ("TỊCHTrần").
const CASE_BOUNDARY = /(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu;
// Two capitals then a capital and a lower-case letter: a title in capitals glued to a name.
const GLUED_TITLE = /\p{Lu}{2}\p{Ll}/u;
// A Roman numeral after a name ("An II", "Bảo Đại III"). VI and XI are also syllables (Vi is a family name), so
// they do not count.
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/u;
// Words, the blanks between them and a capital, compiled once: esbuild turns a literal with \p{…} into a
// `new RegExp` call, which ran for every word of every name. WORDS is global, for replace (which resets it).
const WORDS = /\S+/gu;
const BLANKS = /[ \t]+/u;
const CAPITAL = /\p{Lu}/u;
// A name as it should be written: words of a capital and lower-case letters, separated by spaces or tabs.
const PROPER_NAME = /^\p{Lu}\p{Ll}*(?:[ \t]+\p{Lu}\p{Ll}*)*$/u;

function isRoman(word: string): boolean {
	return word.length >= 2 && word !== 'VI' && word !== 'XI' && ROMAN.test(word);
}

export default {
	id: 'signature-name-case',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.7.đ; Phụ lục II, Mục II.1.a',
	description: 'Họ tên người ký viết chữ in thường, hoa chữ cái đầu mỗi tiếng ("Nguyễn Văn An"), không viết in hoa toàn bộ.',
	defaultSeverity: 'warning',
	fixable: true,
	judges: ['signature'],
	messages: {
		upperCase: 'Họ tên người ký "{found}" không viết in hoa toàn bộ; viết là "{expected}".',
		notCapitalised: 'Họ tên người ký "{found}" phải viết hoa chữ cái đầu của mỗi tiếng: "{expected}".',
	},
	check(ctx) {
		const { letter } = ctx;
		const signature = letter.signature;
		if (!signature) {
			return;
		}
		const name = letter.closing.signer;
		// A name without any title line above it is a truncated block (signature-incomplete), not a name to recase.
		if (!name || letter.closing.titleLines.length === 0) {
			return;
		}
		const text = name.span.text.slice(name.degreeEnd);
		// The usual case, a name written as it should be ("Nguyễn Văn An"): no word would change below, so there is
		// nothing to report, known before the name is split at its case boundaries.
		if (hasLowerCase(text) && PROPER_NAME.test(text)) {
			return;
		}
		if (!nameWords(text) || PLACEHOLDER.test(text) || GLUED_TITLE.test(text)) {
			return;
		}
		const parts = text.replace(CASE_BOUNDARY, ' ').toUpperCase().split(BLANKS);
		if (parts.some((w) => TITLE_WORDS.has(w))) {
			return;
		}
		const range = subRange(name.span, name.degreeEnd);
		if (!hasLowerCase(text)) {
			// A name written entirely in capitals: each word in title case, a Roman numeral after it kept.
			let first = true;
			const expected = text.replace(WORDS, (word) => {
				const keep = !first && isRoman(word);
				first = false;
				return keep ? word : titleCase(word);
			});
			if (expected === text) {
				return;
			}
			ctx.report({
				messageId: 'upperCase',
				data: { found: text, expected },
				range,
				...replacement(letter, range, expected, `Sửa thành "${expected}".`),
			});
			return;
		}
		// A name in mixed case is the author's: a capital inside a word (MacArthur, DiCaprio) and a Roman numeral
		// ("An II") are left as written. A word all in lower case or all in capitals ("Minh KHAI") is pointed
		// out, and the change is offered as a suggestion, never applied by fix-all.
		const expected = text.replace(WORDS, (word) => {
			const lower = !CAPITAL.test(word);
			const capitals = word.length >= 2 && !hasLowerCase(word) && !isRoman(word);
			return lower || capitals ? titleCase(word) : word;
		});
		if (expected === text) {
			return;
		}
		const message = `Sửa thành "${expected}".`;
		ctx.report({
			messageId: 'notCapitalised',
			data: { found: text, expected },
			range,
			suggestions: [{ message, edits: [{ range, text: expected }] }],
		});
	},
} satisfies Rule;
