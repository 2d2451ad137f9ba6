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
import { isLetterCode, isLetterOrNumberCode, isUpperCode, type MappedText } from '../text';
import type { Rule, RuleContext } from '../types';

// "củaChủ tịch", "theoQuyết định": a fixed word glued to the capital that starts the next word. A ký hiệu
// glued to the word after it ("10/QĐ-UBNDngày"): the word is matched first and the ký hiệu before it looked
// for only then, since a look-behind tried at every position of the text cost a tenth of the whole check.
// Every pattern here starts with the characters it needs and looks behind only where they are. The patterns
// are tried only where a plain scan (no \p{…} class, no look-behind: several times faster) finds what each
// match must start with, or, for the digits, only in a body with a digit, a space and a digit. GLUED is the
// definition: gluedAt follows it with the case table (its look-arounds of \p{…} classes cost millions of
// instructions to compile), and it runs only where a character the table does not decide is next to the word.
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
// vowel (a Vietnamese word is never a lone consonant). The pattern of its definition,
//   /[bcdđghk-np-tvx] (?=[áàả…ỵ]\p{L})(?<![\p{L}\p{N}/.][bcdđghk-np-tvx] )/gu,
// is followed with a scan for the consonant, the space and the vowel (no \p{…} class: its look-around and
// look-behind cost millions of instructions to compile in every process), and the case table for the
// character after the vowel and the one before the consonant (splitSyllableAt).
const SPLIT_SYLLABLE_CANDIDATE = /[bcdđghk-np-tvx] (?=[áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ])/g;
// One scan of a paragraph for what every kind of finding starts with, rather than a scan for each: a word of
// GLUED_START, a consonant and a space of SPLIT_SYLLABLE_CANDIDATE, or DIGIT_SPACE_DIGIT. A match is told apart
// by its last code unit: a space ends only the consonant's, a digit only the digits', a letter only a word. No
// two kinds can match at the same place (a word goes on with a letter after its first, a consonant with a space,
// digits start with a digit), and a match passes over no place where another kind would start.
const CANDIDATE = new RegExp(`${GLUED_START.source}|${SPLIT_SYLLABLE_CANDIDATE.source}|${DIGIT_SPACE_DIGIT.source}`, 'g');
const LETTER_AT = /\p{L}/uy;
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
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

/**
 * Whether GLUED matches at `index`, where GLUED_START found one of its words, ending at `end`: the word is
 * not after a letter or a number and a capital follows it (the first alternative), or it is "ngày", "của" or
 * "về", no letter or number follows it, and a capital ends a ký hiệu right before it: "/", up to 20 capitals,
 * numbers, "&" or "-", then the capital (the second). Undefined when a character it reads is one the case table
 * does not decide (a surrogate, a rare script): the regex answers then.
 */
function gluedAt(text: string, index: number, end: number): boolean | undefined {
	const before = index > 0 ? isLetterOrNumberCode(text.charCodeAt(index - 1)) : false;
	const after = end < text.length ? text.charCodeAt(end) : -1;
	if (before === undefined) {
		return undefined;
	}
	if (!before && after >= 0) {
		const capital = isUpperCode(after);
		if (capital !== false) {
			return capital;
		}
	}
	// The second alternative: "theo" and "tại" are not in it.
	const last = text.charCodeAt(end - 1);
	if (last === 0x6f || last === 0x69) {
		return false;
	}
	if (after >= 0) {
		const word = isLetterOrNumberCode(after);
		if (word !== false) {
			return word === undefined ? undefined : false;
		}
	}
	let at = index - 1;
	const capital = at >= 0 ? isUpperCode(text.charCodeAt(at)) : false;
	if (capital !== true) {
		return capital;
	}
	for (let count = 0; at > 0; count++) {
		const c = text.charCodeAt(at - 1);
		if (c === 0x2f) {
			return true;
		}
		if (count === 20) {
			return false;
		}
		if (c !== 0x26 && c !== 0x2d) {
			const upper = isUpperCode(c);
			const number = upper === false ? isLetterOrNumberCode(c) !== false && isLetterCode(c) === false : upper;
			if (upper === undefined || isLetterCode(c) === undefined) {
				return undefined;
			}
			if (!upper && !number) {
				return false;
			}
		}
		at--;
	}
	return false;
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
 * The findings in one paragraph: glued words and split syllables in text order, then split digits (the
 * checker sorts the findings by place). The patterns are tried only where one plain scan (CANDIDATE) finds what
 * each match of them starts with (a word of GLUED_START, for GLUED, where nextToCapital does not rule the place
 * out), or, for the digits, only in a text with a digit, a space and a digit.
 */
function scanParagraph(ctx: RuleContext, source: MappedText): void {
	const text = source.text;
	// GLUED where CANDIDATE finds a word, without overlaps as matchAll would give them: the scan goes on from the
	// word's second code unit, as a scan for the words alone would. The scan runs with `test`, not `exec` (no
	// match array per candidate, and the start words are common): what it found is read from its end.
	let glued = 0;
	let digits = false;
	CANDIDATE.lastIndex = 0;
	while (CANDIDATE.test(text)) {
		const after = CANDIDATE.lastIndex;
		const last = text.charCodeAt(after - 1);
		if (last === 0x20) {
			// A consonant and a space (the vowel is looked ahead at): the next candidate starts after them.
			if (splitSyllableAt(text, after - 2)) {
				LETTERS.lastIndex = after;
				const end = LETTERS.test(text) ? LETTERS.lastIndex : after;
				ctx.report({ messageId: 'split', data: { written: text.slice(after - 2, end) }, range: source.range(after - 2, end) });
			}
			continue;
		}
		if (last >= 0x30 && last <= 0x39) {
			digits = true;
			continue;
		}
		const index = after - gluedWordLength(text, after);
		CANDIDATE.lastIndex = index + 1;
		if (index < glued || !nextToCapital(text, index, after)) {
			continue;
		}
		// GLUED matches the word CANDIDATE found, or nothing: the table answers for the characters around it,
		// and the regex only when a character there is one the table does not decide.
		let isGlued = gluedAt(text, index, after);
		if (isGlued === undefined) {
			GLUED.lastIndex = index;
			isGlued = GLUED.test(text);
		}
		if (isGlued) {
			ctx.report({ messageId: 'glued', data: { word: text.slice(index, after) }, range: source.range(index, after) });
			glued = after;
		}
	}
	if (digits) {
		SPLIT_DIGITS.lastIndex = 0;
		for (let match = SPLIT_DIGITS.exec(text); match; match = SPLIT_DIGITS.exec(text)) {
			ctx.report({ messageId: 'split', data: { written: match[0] }, range: source.range(match.index, match.index + match[0].length) });
		}
	}
}

/**
 * Whether the consonant at `at`, followed by a space and an accented vowel, is split from its syllable: a letter
 * follows the vowel and no letter, number, "/" or "." stands before the consonant, as the look-around and the
 * look-behind of the definition ask (code points: a surrogate is left to the regexes).
 */
function splitSyllableAt(text: string, at: number): boolean {
	const next = at + 3;
	if (next >= text.length) {
		return false;
	}
	const letter = isLetterCode(text.charCodeAt(next));
	if (letter === false) {
		return false;
	}
	if (letter === undefined) {
		LETTER_AT.lastIndex = next;
		if (!LETTER_AT.test(text)) {
			return false;
		}
	}
	if (at === 0) {
		return true;
	}
	const before = text.charCodeAt(at - 1);
	if (before === 0x2f || before === 0x2e) {
		return false;
	}
	const word = isLetterOrNumberCode(before);
	if (word !== undefined) {
		return !word;
	}
	// A surrogate: the code point before the consonant, a pair when it is one.
	const high = at >= 2 ? text.charCodeAt(at - 2) : 0;
	const start = before >= 0xdc00 && before <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? at - 2 : at - 1;
	return !LETTER_OR_NUMBER.test(text.slice(start, at));
}
