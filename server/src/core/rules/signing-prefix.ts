// Quyền hạn của người ký được ghi bằng đúng một trong năm chữ viết tắt "TM.", "KT.", "TL.", "TUQ.", "Q.": in hoa,
// có dấu chấm, sau đó một khoảng trắng và chức vụ (hoặc tên tập thể) in hoa, ví dụ "KT. GIÁM ĐỐC". Các cách viết
// "K/T", "T/M", "T/L", "KT" không dấu chấm, "KT.GIÁM ĐỐC" không khoảng trắng hay "Kt." đều sai.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Phần I, Mục II.7.b và II.7.đ (reference R6.1, R6.2).
// Văn bản của Đảng dùng "T/M" theo Hướng dẫn 36-HD/VPTW, nên quy tắc chỉ chạy trên văn bản hành chính.
import type { Letter, Span } from '../letter';
import { subRange } from '../letter';
import type { Range, Rule, TextEdit } from '../types';

// The five prefixes and the ways they are miswritten: a slash or a period between the letters ("K/T", "K.T"),
// any case ("Kt"), then a period, colon or comma or nothing, then spaces. The title must follow at once.
const PREFIX = /^(?<core>K[./]?T|T[./]?M|T[./]?L|T[./]?U[./]?Q|Q)(?<sep>[.:,]?)(?<space>[ \t]*)(?=\p{L})/iu;

/** The authority prefix at the start of a signature line, in whatever spelling, or undefined. */
export interface PrefixMatch {
	/** The prefix as written, without the spaces after it ("K/T", "KT.", "Kt"). */
	written: string;
	/** The prefix in its one correct form, with its period ("KT."). */
	canonical: string;
	/** Length of the prefix with its separator and spaces, in the span's text. */
	length: number;
	/** Whether the prefix is written exactly, followed by at least one space. */
	exact: boolean;
}

/** Reads an authority prefix ("KT. ", "K/T ", "Kt.") at the start of a line of the signature block. */
export function matchPrefix(text: string): PrefixMatch | undefined {
	const match = PREFIX.exec(text);
	const core = match?.groups?.['core'];
	if (!match || core === undefined) {
		return undefined;
	}
	const sep = match.groups?.['sep'] ?? '';
	const space = match.groups?.['space'] ?? '';
	// "Quang", "Tlan": without a separator or a space the letters start a word, not a prefix.
	if (sep === '' && space === '') {
		return undefined;
	}
	const canonical = core.replace(/[./]/gu, '').toUpperCase() + '.';
	return {
		written: core + sep,
		canonical,
		length: match[0].length,
		exact: core + sep === canonical && space !== '',
	};
}

/** A fix when the original text under `range` holds nothing hidden (markdown emphasis), else a suggestion. */
export function replacement(letter: Letter, range: Range, text: string, message: string): { fix?: TextEdit[]; suggestions?: { message: string; edits: TextEdit[] }[] } {
	const edits = [{ range, text }];
	return letter.source.slice(range.start, range.end).includes('*') ? { suggestions: [{ message, edits }] } : { fix: edits };
}

export default {
	id: 'signing-prefix',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Phần I, Mục II.7.b, II.7.đ',
	description: 'Quyền hạn của người ký phải viết đúng "TM.", "KT.", "TL.", "TUQ." hoặc "Q.", in hoa, có dấu chấm, một khoảng trắng rồi đến chức vụ in hoa.',
	defaultSeverity: 'warning',
	fixable: true,
	messages: {
		malformed: 'Quyền hạn ký "{written}" phải viết đúng là "{canonical}", sau đó một khoảng trắng và chức vụ in hoa: "{expected}".',
		lowerCaseTitle: 'Sau "{canonical}" chức vụ (hoặc tên tập thể) phải viết in hoa: "{expected}".',
	},
	check(ctx) {
		const { letter } = ctx;
		const signature = letter.signature;
		if (!signature) {
			return;
		}
		for (const line of signature.lines) {
			if (line === signature.name) {
				continue;
			}
			checkLine(line);
		}

		function checkLine(line: Span): void {
			const prefix = matchPrefix(line.text);
			if (!prefix) {
				return;
			}
			const title = line.text.slice(prefix.length);
			const titleLower = /\p{Ll}/u.test(title);
			if (prefix.exact && !titleLower) {
				return;
			}
			const expected = `${prefix.canonical} ${title.toUpperCase()}`;
			// Replace only the prefix when the title is right, so that the fix touches as little as possible.
			const range = titleLower ? line.range : subRange(line, 0, prefix.length);
			const text = titleLower ? expected : `${prefix.canonical} `;
			const edit = replacement(letter, range, text, `Sửa thành "${expected}".`);
			ctx.report({
				messageId: prefix.exact ? 'lowerCaseTitle' : 'malformed',
				data: { written: prefix.written, canonical: prefix.canonical, expected },
				range: line.range,
				...edit,
			});
		}
	},
} satisfies Rule;
