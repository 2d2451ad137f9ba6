// Phần nội dung văn bản kết thúc bằng dấu "./." ngay sau chữ cuối cùng ("… thực hiện./."), như mọi mẫu
// trình bày của Phụ lục III. Phụ lục I không nói thành quy định, nên đây là quy ước (gợi ý).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục III, Mẫu 1.1–1.10 (reference R5.6, §2).
import { subRange } from '../letter';
import { lastBodyTextLine } from '../letter/labels';
import { isUpperCaseText } from '../text';
import type { Rule, TextEdit } from '../types';

// "thực hiện. /." and "thực hiện./ .": the mark written with spaces.
const SPACED = /\.[ \t]*\/[ \t]*\.$/u;
// A short line of capitalised words with no punctuation: a signer's name or a title that the parser did
// not take for a signature. The end of the body is then unknown, and nothing is reported.
const NAME_LIKE = /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,5}$/u;
export default {
	id: 'closing-mark',
	category: 'noi-dung',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục III (các mẫu trình bày văn bản)',
	description: 'Phần nội dung văn bản nên kết thúc bằng dấu "./." ngay sau chữ cuối cùng, theo các mẫu của Phụ lục III.',
	defaultSeverity: 'hint',
	fixable: true,
	judges: ['body'],
	messages: {
		missing: 'Phần nội dung văn bản nên kết thúc bằng dấu "./." ngay sau chữ cuối cùng (ví dụ "… thực hiện./.").',
		spaced: 'Dấu kết thúc "{written}" có khoảng trắng; viết liền "./.".',
	},
	check(ctx) {
		// The last line of the body that is not a trailer ("(Kèm theo …)", a Lưu line, a file path): the finding
		// goes there.
		const span = lastBodyTextLine(ctx.letter);
		if (!span) {
			return;
		}
		const content = span.text;
		if (content.endsWith('./.') || NAME_LIKE.test(content) || isUpperCaseText(content)) {
			return;
		}
		const spaced = SPACED.exec(content);
		if (spaced) {
			const range = subRange(span, spaced.index);
			ctx.report({ messageId: 'spaced', data: { written: spaced[0] }, range, fix: [{ range, text: './.' }] });
			return;
		}
		// The finding sits on the last word of the body.
		const lastSpace = content.search(/\s\S*$/u);
		const range = subRange(span, lastSpace + 1);
		const last = content.at(-1) ?? '';
		let fix: TextEdit[] | undefined;
		if (last === '.' && !content.endsWith('..')) {
			const end = subRange(span, content.length - 1).end;
			fix = [{ range: { start: end, end }, text: '/.' }];
		} else if (/[\p{L}\p{N}]/u.test(last)) {
			const end = range.end;
			fix = [{ range: { start: end, end }, text: './.' }];
		}
		ctx.report({ messageId: 'missing', range, ...(fix ? { fix } : {}) });
	},
} satisfies Rule;
