// Quyền hạn của người ký được ghi bằng đúng một trong năm chữ viết tắt "TM.", "KT.", "TL.", "TUQ.", "Q.": in hoa,
// có dấu chấm, sau đó một khoảng trắng và chức vụ (hoặc tên tập thể) in hoa, ví dụ "KT. GIÁM ĐỐC". Các cách viết
// "K/T", "T/M", "T/L", "KT" không dấu chấm, "KT.GIÁM ĐỐC" không khoảng trắng hay "Kt." đều sai.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Phần I, Mục II.7.b và II.7.đ (reference R6.1, R6.2).
// Văn bản của Đảng dùng "T/M" theo Hướng dẫn 36-HD/VPTW, nên quy tắc chỉ chạy trên văn bản hành chính.
import { matchPrefix, replacement } from '../closing-parts';
import { subRange, type Span } from '../letter';
import type { Rule } from '../types';

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
