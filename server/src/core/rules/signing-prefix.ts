// Quyền hạn của người ký được ghi bằng đúng một trong năm chữ viết tắt "TM.", "KT.", "TL.", "TUQ.", "Q.": in hoa,
// có dấu chấm, sau đó một khoảng trắng và chức vụ (hoặc tên tập thể) in hoa, ví dụ "KT. GIÁM ĐỐC". Các cách viết
// "K/T", "T/M", "T/L", "KT" không dấu chấm, "KT.GIÁM ĐỐC" không khoảng trắng hay "Kt." đều sai.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Phần I, Mục II.7.b và II.7.đ (reference R6.1, R6.2).
// Văn bản của Đảng dùng "T/M" theo Hướng dẫn 36-HD/VPTW, nên quy tắc chỉ chạy trên văn bản hành chính.
import { isNameInCapitals, replacement } from '../letter/closing';
import { subRange, type Span } from '../letter';
import type { Rule } from '../types';

// A case boundary inside a word, where a name is glued to a title: "Giám đốcNguyễn", "GIÁM ĐỐCNguyễn".
const GLUED = /\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u;

/**
 * Where a name starts in the text after an authority prefix, or -1: at a name glued to the title at a case
 * boundary, or at a capitalised word that starts a person's name to the end of the line ("Chủ tịch Trần Minh
 * Khoa"). The words of a body's name ("Giám đốc Sở Tài chính") are part of the title.
 */
function nameAfterTitle(title: string): number {
	const glued = GLUED.exec(title);
	if (glued) {
		return glued.index + (/\p{Ll}/u.test(glued[0].charAt(0)) ? 1 : 2);
	}
	for (const word of title.matchAll(/(?<=[ \t])\p{Lu}\p{Ll}*/gu)) {
		if (isNameInCapitals(title.slice(word.index).trimEnd().toUpperCase())) {
			return word.index;
		}
	}
	return -1;
}

export default {
	id: 'signing-prefix',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Phần I, Mục II.7.b, II.7.đ',
	description:
		'Quyền hạn của người ký phải viết đúng "TM.", "KT.", "TL.", "TUQ." hoặc "Q.", in hoa, có dấu chấm, một khoảng trắng rồi đến chức vụ in hoa.',
	defaultSeverity: 'warning',
	fixable: true,
	messages: {
		malformed: 'Quyền hạn ký "{written}" phải viết đúng là "{canonical}", sau đó một khoảng trắng và chức vụ in hoa: "{expected}".',
		lowerCaseTitle: 'Sau "{canonical}" chức vụ (hoặc tên tập thể) phải viết in hoa: "{expected}".',
		missingSpace: 'Thiếu khoảng trắng sau "{canonical}": "{expected}".',
		missingPeriod: 'Thiếu dấu chấm sau "{written}": "{expected}".',
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
			const prefix = letter.closing.prefixes.find((p) => p.span === line);
			if (!prefix) {
				return;
			}
			const title = line.text.slice(prefix.length);
			const titleLower = /\p{Ll}/u.test(title);
			if (prefix.exact && !titleLower) {
				return;
			}
			// Only one character missing ("KT.GIÁM ĐỐC", "KT GIÁM ĐỐC"): say which, and insert only that character.
			if (!titleLower) {
				const noSpace = prefix.written === prefix.canonical && prefix.length === prefix.written.length;
				const noPeriod = `${prefix.written}.` === prefix.canonical && prefix.length > prefix.written.length;
				if (noSpace || noPeriod) {
					const expected = `${prefix.canonical} ${title.trimStart()}`;
					const at = subRange(line, prefix.written.length, prefix.written.length);
					ctx.report({
						messageId: noSpace ? 'missingSpace' : 'missingPeriod',
						data: { written: prefix.written, canonical: prefix.canonical, expected },
						range: line.range,
						...replacement(letter, at, noSpace ? ' ' : '.', `Sửa thành "${expected}".`),
					});
					return;
				}
			}
			// Text after the title that is not the title: a name glued on or following it. It is never upper-cased;
			// the line was not read with certainty, so the change of case is only offered (a suggestion).
			const cut = titleLower ? nameAfterTitle(title) : -1;
			const upper = cut < 0 ? title.toUpperCase() : title.slice(0, cut).toUpperCase() + title.slice(cut);
			const expected = `${prefix.canonical} ${upper}`;
			const message = `Sửa thành "${expected}".`;
			const data = { written: prefix.written, canonical: prefix.canonical, expected };
			const messageId = prefix.exact ? 'lowerCaseTitle' : 'malformed';
			if (cut >= 0) {
				const prefixEdit = prefix.exact ? {} : replacement(letter, subRange(line, 0, prefix.length), `${prefix.canonical} `, message);
				const titleRange = subRange(line, 0, prefix.length + cut);
				ctx.report({
					messageId,
					data,
					range: line.range,
					fix: prefixEdit.fix,
					suggestions: [{ message, edits: [{ range: titleRange, text: expected.slice(0, expected.length - (title.length - cut)) }] }],
				});
				return;
			}
			// Replace only the prefix when the title is right, so that the fix touches as little as possible.
			const range = titleLower ? line.range : subRange(line, 0, prefix.length);
			const text = titleLower ? expected : `${prefix.canonical} `;
			const edit = replacement(letter, range, text, message);
			ctx.report({ messageId, data, range: line.range, ...edit });
		}
	},
} satisfies Rule;
