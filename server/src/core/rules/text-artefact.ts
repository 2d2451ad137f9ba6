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
import type { Paragraph } from '../letter';
import type { Rule } from '../types';

/** A finding in the paragraphs joined: 0 a glued word, 1 split digits, 2 a split syllable. */
interface Found {
	index: number;
	end: number;
	kind: number;
}

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
const SPLIT_DIGITS =
	/(?:ngày|tháng)(?<![\p{L}\p{N}](?:ngày|tháng))\s+\d \d(?=\s+(?:tháng|năm)(?!\p{L})|\s*\/)|năm(?<![\p{L}\p{N}]năm)\s+(?:\d{3} \d|\d \d{3}|\d{2} \d{2})(?!\p{N})/giu;
const DIGIT_SPACE_DIGIT = /\d \d/;
// "c ủa", "Giám đ ốc": a lone consonant split from the rest of its syllable, which starts with an accented
// vowel (a Vietnamese word is never a lone consonant). The look-behind comes last, so that it is tried only
// where a consonant, a space and such a vowel are.
const SPLIT_SYLLABLE =
	/[bcdđghk-np-tvx] (?=[áàảãạăắằẳẵặâấầẩẫậéèẻẽẹêếềểễệíìỉĩịóòỏõọôốồổỗộơớờởỡợúùủũụưứừửữựýỳỷỹỵ]\p{L})(?<![\p{L}\p{N}/.][bcdđghk-np-tvx] )/gu;
const LETTERS = /\p{L}+/uy;
// What the paragraphs are joined with, so that each pattern scans the body once: no pattern matches a NUL, and
// each takes it for the end of a text (it is no letter, digit, capital, space or "/").
const SEPARATOR = '\0';

/**
 * The matches of the sticky `pattern` in `text`, in text order and without overlaps as matchAll would give
 * them: tried only where the global `start` scan finds the characters every match of it starts with, and
 * `worthTrying` does not rule the place out. The scan runs with `test`, not `exec` (no match array per
 * candidate, and the start words are common): `lengthAt` gives the length of what it found, from its end.
 */
function matchesAt(
	text: string,
	start: RegExp,
	lengthAt: (text: string, end: number) => number,
	pattern: RegExp,
	worthTrying: (text: string, index: number, end: number) => boolean,
): { index: number; text: string }[] {
	const found: { index: number; text: string }[] = [];
	let end = 0;
	start.lastIndex = 0;
	while (start.test(text)) {
		const after = start.lastIndex;
		const index = after - lengthAt(text, after);
		start.lastIndex = index + 1;
		if (index < end || !worthTrying(text, index, after)) {
			continue;
		}
		pattern.lastIndex = index;
		const match = pattern.exec(text);
		if (match) {
			found.push({ index, text: match[0] });
			end = index + Math.max(match[0].length, 1);
		}
	}
	return found;
}

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
		const paragraphs = ctx.letter.body?.paragraphs ?? [];
		if (paragraphs.length === 0) {
			return;
		}
		const text =
			paragraphs.length === 1 ? (paragraphs[0] as Paragraph).text.text : paragraphs.map((paragraph) => paragraph.text.text).join(SEPARATOR);
		const found: Found[] = [];
		for (const match of matchesAt(text, GLUED_START, gluedWordLength, GLUED, nextToCapital)) {
			found.push({ index: match.index, end: match.index + match.text.length, kind: 0 });
		}
		if (DIGIT_SPACE_DIGIT.test(text)) {
			SPLIT_DIGITS.lastIndex = 0;
			for (let match = SPLIT_DIGITS.exec(text); match; match = SPLIT_DIGITS.exec(text)) {
				found.push({ index: match.index, end: match.index + match[0].length, kind: 1 });
			}
		}
		SPLIT_SYLLABLE.lastIndex = 0;
		while (SPLIT_SYLLABLE.test(text)) {
			const after = SPLIT_SYLLABLE.lastIndex;
			LETTERS.lastIndex = after;
			const end = LETTERS.test(text) ? LETTERS.lastIndex : after;
			found.push({ index: after - 2, end, kind: 2 });
		}
		if (found.length === 0) {
			return;
		}
		// Each paragraph's findings in the order a scan of each paragraph gave them: glued words, then split digits,
		// then split syllables, each kind in text order.
		found.sort((a, b) => a.kind - b.kind || a.index - b.index);
		let start = 0;
		for (const paragraph of paragraphs) {
			const end = start + paragraph.text.text.length;
			for (const match of found) {
				if (match.index < start || match.index >= end) {
					continue;
				}
				const written = text.slice(match.index, match.end);
				const range = paragraph.text.range(match.index - start, match.end - start);
				ctx.report(
					match.kind === 0 ? { messageId: 'glued', data: { word: written }, range } : { messageId: 'split', data: { written }, range },
				);
			}
			start = end + SEPARATOR.length;
		}
	},
} satisfies Rule;
