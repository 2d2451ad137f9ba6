// Dấu vết của việc chép văn bản từ PDF hay Word trong phần nội dung: một khoảng trắng bị mất giữa hai từ
// ("củaChủ tịch", "10/QĐ-UBNDngày") hay một chữ, một số bị tách đôi ("c ủa", "202 4").
// Not a rule of Nghị định 30/2020/NĐ-CP: text the reader cannot read as written (issue 10, item 5; reference
// E1, E2). The citation reader reads through these artefacts, so they hide no citation or part of one; this
// rule names each once, as a hint, where it is. Only the fixed words that a citation is built on are looked
// for ("của", "ngày", "năm", "tháng", "về", "theo"), and digits split inside a date, so that ordinary text
// gives no finding.
// A line that is only a file path ("D:\2024\CV\CV215-den-chieu-sang.doc", "/home/vt/cv215.docx"), left by a
// footer field of Word (reference H10): anywhere in the letter, as a whole line, so that a path quoted in a
// sentence is not taken for one.
import { filePathLines } from '../letter/labels';
import type { MappedText } from '../text';
import type { Rule, RuleContext } from '../types';

// "củaChủ tịch", "theoQuyết định": a fixed word glued to the capital that starts the next word. A ký hiệu
// glued to the word after it ("10/QĐ-UBNDngày"): the word is matched first and the ký hiệu before it looked
// for only then, since a look-behind tried at every position of the text cost a tenth of the whole check.
// Every pattern here starts with the characters it needs and looks behind only where they are. The patterns
// are tried only where a plain scan (no \p{…} class, no look-behind: several times faster) finds what each
// match must start with, or, for the digits, only in a body with a digit, a space and a digit.
const GLUED =
	/(?:của|ngày|theo|tại|về)(?<![\p{L}\p{N}](?:của|ngày|theo|tại|về))(?=\p{Lu})|(?:ngày|của|về)(?![\p{L}\p{N}])(?<=\/[\p{Lu}\p{N}&-]{0,20}\p{Lu}(?:ngày|của|về))/uy;
// Each word only where GLUED may match: next to what may be a capital (nextToCapital), so that the many places
// where these common words stand between spaces are passed over inside the regex, not one by one.
const GLUED_WORDS = ['của', 'ngày', 'theo', 'tại', 'về'];
const MAY_BE_CAPITAL = '[A-Z\\u0080-\\uffff]';
const GLUED_START = new RegExp(GLUED_WORDS.map((word) => `${word}(?:(?=${MAY_BE_CAPITAL})|(?<=${MAY_BE_CAPITAL}${word}))`).join('|'), 'g');
// "ngày 0 2 tháng", "năm 202 4": digits split by one space inside a date; a day or month only when the date
// goes on after it, so that a number of another column after a date ("tháng 4 102") is not taken for one.
// The words in either case ("Ngày", "NĂM") are written out instead of the `i` flag, which with `u` makes V8 close
// every \p{…} class under case folding when it compiles the pattern (several ms, once per process).
const SPLIT_DIGITS =
	/(?:[nN][gG][àÀ][yY]|[tT][hH][áÁ][nN][gG])(?<![\p{L}\p{N}](?:[nN][gG][àÀ][yY]|[tT][hH][áÁ][nN][gG]))\s+\d \d(?=\s+(?:[tT][hH][áÁ][nN][gG]|[nN][ăĂ][mM])(?!\p{L})|\s*\/)|[nN][ăĂ][mM](?<![\p{L}\p{N}][nN][ăĂ][mM])\s+(?:\d{3} \d|\d \d{3}|\d{2} \d{2})(?!\p{N})/gu;
const DIGIT_SPACE_DIGIT = /\d \d/;
// "c ủa", "Giám đ ốc": a lone consonant split from the rest of its syllable, which starts with an accented
// vowel (a Vietnamese word is never a lone consonant). The look-behind comes last, so that it is tried only
// where a consonant, a space and such a vowel are.
const SPLIT_SYLLABLE =
	/[bcdđghk-np-tvx] (?=[áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ]\p{L})(?<![\p{L}\p{N}/.][bcdđghk-np-tvx] )/gu;
const LETTERS = /\p{L}+/uy;
/**
 * The length of the word GLUED_START found, from its last code unit: "của" ends with "a", "ngày" with "y",
 * "theo" with "o", "tại" with "i", "về" with "ề" (no two alike).
 */
function gluedWordLength(text: string, end: number): number {
	switch (text.charAt(end - 1)) {
		case 'y':
		case 'o':
			return 4;
		case 'ề':
			return 2;
		default:
			return 3;
	}
}

/**
 * Whether a word found by GLUED_START may be glued: GLUED wants an upper-case letter right after it or right
 * before it. An ASCII character other than A–Z is none, and is what almost every word has on both sides.
 */
function nextToCapital(text: string, index: number, end: number): boolean {
	return mayBeCapital(text.charCodeAt(index - 1)) || mayBeCapital(text.charCodeAt(end));
}

function mayBeCapital(code: number): boolean {
	return code >= 0x80 || (code >= 0x41 && code <= 0x5a);
}

export default {
	id: 'text-artefact',
	category: 'chinh-ta',
	source: 'Dấu vết khi chép văn bản (không phải quy định của Nghị định 30/2020/NĐ-CP)',
	description:
		'Khoảng trắng bị mất giữa hai từ hay một chữ, một số bị tách đôi trong phần nội dung, hay một dòng chỉ là đường dẫn tệp, thường sót lại khi chép văn bản từ PDF hay Word.',
	defaultSeverity: 'hint',
	fixable: false,
	messages: {
		glued: 'Thiếu khoảng trắng trước hoặc sau "{word}" (thường sót lại khi chép văn bản).',
		split: 'Chữ hoặc số "{written}" bị tách bởi khoảng trắng (thường sót lại khi chép văn bản từ PDF).',
		filePath: 'Dòng "{path}" là đường dẫn tệp, không phải nội dung văn bản: nên xóa.',
	},
	check(ctx) {
		for (const span of filePathLines(ctx.letter)) {
			ctx.report({ messageId: 'filePath', data: { path: span.text }, range: span.range });
		}
		// Each paragraph is scanned where it is: joining them into one text to scan once cost more than the scans
		// (a copy of the body per letter). No pattern matches across a paragraph's edge.
		for (const paragraph of ctx.letter.body?.paragraphs ?? []) {
			scanParagraph(ctx, paragraph.text);
		}
	},
} satisfies Rule;

/**
 * The findings in one paragraph, in the order of the rule: glued words, then split digits, then split
 * syllables, each kind in text order. The patterns are tried only where a plain scan finds what each match of
 * them starts with (GLUED_START, for GLUED, where nextToCapital does not rule the place out), or, for the
 * digits, only in a text with a digit, a space and a digit.
 */
function scanParagraph(ctx: RuleContext, source: MappedText): void {
	const text = source.text;
	// GLUED where GLUED_START finds a word, without overlaps as matchAll would give them. The scan runs with
	// `test`, not `exec` (no match array per candidate, and the start words are common): the length of what it
	// found is read from its end.
	let glued = 0;
	GLUED_START.lastIndex = 0;
	while (GLUED_START.test(text)) {
		const after = GLUED_START.lastIndex;
		const index = after - gluedWordLength(text, after);
		GLUED_START.lastIndex = index + 1;
		if (index < glued || !nextToCapital(text, index, after)) {
			continue;
		}
		GLUED.lastIndex = index;
		const match = GLUED.exec(text);
		if (match) {
			ctx.report({ messageId: 'glued', data: { word: match[0] }, range: source.range(index, index + match[0].length) });
			glued = index + Math.max(match[0].length, 1);
		}
	}
	if (DIGIT_SPACE_DIGIT.test(text)) {
		SPLIT_DIGITS.lastIndex = 0;
		for (let match = SPLIT_DIGITS.exec(text); match; match = SPLIT_DIGITS.exec(text)) {
			ctx.report({ messageId: 'split', data: { written: match[0] }, range: source.range(match.index, match.index + match[0].length) });
		}
	}
	SPLIT_SYLLABLE.lastIndex = 0;
	while (SPLIT_SYLLABLE.test(text)) {
		const after = SPLIT_SYLLABLE.lastIndex;
		LETTERS.lastIndex = after;
		const end = LETTERS.test(text) ? LETTERS.lastIndex : after;
		ctx.report({ messageId: 'split', data: { written: text.slice(after - 2, end) }, range: source.range(after - 2, end) });
	}
}
