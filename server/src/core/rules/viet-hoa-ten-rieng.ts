// Một số tên cơ quan, chức vụ và ngày tết hay bị viết hoa sai: "Bộ y tế" (đúng: "Bộ Y tế"), "Ban chỉ
// đạo" ("Ban Chỉ đạo"), "Phó chủ tịch UBND tỉnh" ("Phó Chủ tịch"), "Tết Nguyên đán" ("tết Nguyên đán").
// Quy tắc chỉ dùng bảng nhỏ trong data/proper-name-case.ts, không phải một bộ kiểm tra viết hoa chung.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục II, Mục IV.1.a, V.3, V.8.b (reference R5.8).
import { PROPER_NAME_CASES, type ProperNameCase } from '../data/proper-name-case';
import type { Rule, TextEdit } from '../types';

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
		const paragraphs = ctx.letter.body?.paragraphs ?? [];
		for (const paragraph of paragraphs) {
			const mapped = paragraph.text;
			const text = mapped.text;
			for (const entry of PROPER_NAME_CASES) {
				for (let at = text.indexOf(entry.wrong); at >= 0; at = text.indexOf(entry.wrong, at + 1)) {
					const end = at + entry.wrong.length;
					if (isLetterOrDigit(text[at - 1]) || isLetterOrDigit(text[end])) {
						continue;
					}
					const right = rightForm(entry, text, at, end);
					if (right === undefined || right === entry.wrong) {
						continue;
					}
					// One edit per changed letter: the original keeps its own normalisation and line breaks.
					const fix: TextEdit[] = [];
					for (let i = 0; i < right.length; i++) {
						if (right[i] !== entry.wrong[i]) {
							fix.push({ range: mapped.range(at + i, at + i + 1), text: right[i] ?? '' });
						}
					}
					ctx.report({
						messageId: 'wrongCase',
						data: { right, wrong: entry.wrong, basis: entry.basis },
						range: mapped.range(at, end),
						fix,
					});
				}
			}
		}
	},
} satisfies Rule;

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
	return /^(?:[-+•]|[a-zđ]\)|\d+\))$/u.test(text.slice(0, i + 1));
}

function isLetterOrDigit(c: string | undefined): boolean {
	return c !== undefined && /[\p{L}\p{N}\p{M}]/u.test(c);
}
