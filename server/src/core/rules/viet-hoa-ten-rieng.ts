// Một số tên cơ quan, chức vụ và ngày tết hay bị viết hoa sai: "Bộ y tế" (đúng: "Bộ Y tế"), "Ban chỉ
// đạo" ("Ban Chỉ đạo"), "Phó chủ tịch UBND tỉnh" ("Phó Chủ tịch"), "Tết Nguyên đán" ("tết Nguyên đán").
// Quy tắc chỉ dùng bảng nhỏ trong data/proper-name-case.ts, không phải một bộ kiểm tra viết hoa chung.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục II, Mục IV.1.a, V.3, V.8.b (reference R5.8).
// Từ phiên bản này quy tắc còn đọc các dòng Kính gửi và Nơi nhận ("Kính gửi: Cục thuế tỉnh …", "- Như điều 3;"),
// và các phần của văn bản được viện dẫn ("điều 3" viết "Điều 3", "Khoản 2 Điều 5" giữa câu viết "khoản 2 Điều 5").
import { DOCUMENT_PART_CASES, PROPER_NAME_CASES, type ProperNameCase } from '../data/proper-name-case';
import { subRange } from '../letter';
import type { Span } from '../span';
import { MappedText, isWordCode } from '../text';
import type { Range, Rule, RuleContext, TextEdit } from '../types';

// Every finding contains one of the table's words as written, and a part's word is followed by its number: one
// scan for any of them lets a text without any skip the table, which is most texts ("điều" alone is a common
// word: "điều kiện", "điều chỉnh"). No look-behind: each part's pattern without the one that starts it (which
// only narrows it; a pattern written otherwise keeps its own, and the scan still finds what it finds).
const ANY_WORD = new RegExp(
	[
		...PROPER_NAME_CASES.map((entry) => entry.wrong.replace(/[$()*+.?[\\\]^{|}]/gu, '\\$&')),
		// eslint-disable-next-line no-restricted-syntax -- the pattern of an entry of the table, not text of the letter.
		...DOCUMENT_PART_CASES.map((part) => part.pattern.source.replace('(?<![\\p{L}\\p{N}])', '')),
	].join('|'),
	// A part's pattern that ignores case would find more than this scan without it: the scan ignores case then.
	DOCUMENT_PART_CASES.some((part) => part.pattern.flags.includes('i')) ? 'iu' : 'u',
);

export default {
	id: 'viet-hoa-ten-rieng',
	category: 'viet-hoa',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục II, Mục IV.1.a, V.3, V.8.b',
	description:
		'Một số tên cơ quan, chức vụ, ngày tết thường gặp phải viết hoa đúng Phụ lục II ("Bộ Y tế", "Ban Chỉ đạo", "Phó Chủ tịch", "tết Nguyên đán").',
	defaultSeverity: 'hint',
	fixable: true,
	messages: {
		wrongCase: 'Viết "{right}" thay cho "{wrong}" ({basis}).',
	},
	check(ctx) {
		const { letter } = ctx;
		// The body's paragraphs, then the recipient lines (a recipient line starts like a sentence after its
		// dash) and the Nơi nhận lines, each read where it is: no list of texts and no range function per paragraph.
		for (const paragraph of letter.body?.paragraphs ?? []) {
			scan(ctx, paragraph.text.text, paragraph.text);
		}
		for (const span of letter.kinhGui?.recipients ?? []) {
			scan(ctx, span.text, span);
		}
		for (const entry of letter.noiNhan?.entries ?? []) {
			for (const span of entry.lines) {
				scan(ctx, span.text, span);
			}
		}
	},
} satisfies Rule;

/** The findings in one text; `source` maps its offsets to the original (a paragraph's text, or a line's span). */
function scan(ctx: RuleContext, text: string, source: MappedText | Span): void {
	if (!ANY_WORD.test(text)) {
		return;
	}
	for (const entry of PROPER_NAME_CASES) {
		for (let at = text.indexOf(entry.wrong); at >= 0; at = text.indexOf(entry.wrong, at + 1)) {
			const end = at + entry.wrong.length;
			if (isLetterOrDigit(text, at - 1) || isLetterOrDigit(text, end)) {
				continue;
			}
			const right = rightForm(entry, text, at, end);
			if (right === undefined || right === entry.wrong) {
				continue;
			}
			report(ctx, entry.wrong, right, entry.basis, at, source);
		}
	}
	for (const part of DOCUMENT_PART_CASES) {
		if (!text.includes(part.word)) {
			continue;
		}
		for (const match of text.matchAll(part.pattern)) {
			if (!part.atSentenceStart && startsSentence(text, match.index)) {
				continue;
			}
			report(ctx, match[0], part.right, part.basis, match.index, source);
		}
	}
}

/** One finding, with one edit per changed letter: the original keeps its own normalisation and line breaks. */
function report(ctx: RuleContext, wrong: string, right: string, basis: string, at: number, source: MappedText | Span): void {
	const range = (start: number, end: number): Range =>
		source instanceof MappedText ? source.range(start, end) : subRange(source, start, end);
	const fix: TextEdit[] = [];
	for (let i = 0; i < right.length; i++) {
		if (right[i] !== wrong[i]) {
			fix.push({ range: range(at + i, at + i + 1), text: right[i] ?? '' });
		}
	}
	ctx.report({ messageId: 'wrongCase', data: { right, wrong, basis }, range: range(at, at + wrong.length), fix });
}

/** The right form of a match, or undefined when this place is not reported. */
function rightForm(entry: ProperNameCase, text: string, at: number, end: number): string | undefined {
	if (!startsSentence(text, at)) {
		return entry.right;
	}
	switch (entry.atSentenceStart ?? 'report') {
		case 'ignore':
			return undefined;
		case 'when-next-capitalised':
			return /^\s+\p{Lu}/u.test(text.slice(end, end + 8)) ? (entry.rightAtSentenceStart ?? entry.right) : undefined;
		case 'report':
			return entry.rightAtSentenceStart ?? entry.right;
	}
}

/**
 * Whether `at` starts a sentence (Phụ lục II, Mục I): the start of the paragraph, possibly after an item
 * marker ("1.", "a)", "-"), or after ".", "?", "!" and any quotes or brackets.
 */
function startsSentence(text: string, at: number): boolean {
	let i = at - 1;
	while (i >= 0 && /[\s"“”'‘’([]/u.test(text[i] ?? '')) {
		i--;
	}
	if (i < 0 || /[.?!…]/u.test(text[i] ?? '')) {
		return true;
	}
	return /^(?:[-+•]|[a-zđ]\)|\d+\)|Kính gửi:|Nơi nhận:)$/u.test(text.slice(0, i + 1));
}

/** Whether the code unit at `i` is a letter, a number or a mark: from the case table, else from the regex. */
function isLetterOrDigit(text: string, i: number): boolean {
	if (i < 0 || i >= text.length) {
		return false;
	}
	return isWordCode(text.charCodeAt(i)) ?? /[\p{L}\p{N}\p{M}]/u.test(text.charAt(i));
}
