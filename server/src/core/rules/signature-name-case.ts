// Họ tên người ký viết bằng chữ in thường, hoa chữ cái đầu của mỗi tiếng ("Nguyễn Văn An"), không viết in hoa
// toàn bộ ("NGUYỄN VĂN AN").
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.7.đ ("Họ và tên của người ký … bằng chữ in thường")
// và Phụ lục II, Mục II.1.a (viết hoa chữ cái đầu của tất cả các âm tiết trong tên người) (reference R6.2).
import { findSignerName, nameWords, replacement, titleLinesOf } from '../closing-parts';
import { subRange } from '../letter';
import { titleCase } from '../text';
import type { Rule } from '../types';

// The placeholder of templates and snippets, to be replaced by the name.
const PLACEHOLDER = /^(?:Họ[ \t]+(?:và[ \t]+)?tên|HỌ[ \t]+(?:VÀ[ \t]+)?TÊN)$/u;

// A name word written correctly: a capital, then lower case; after a hyphen or an apostrophe either case.
const WELL_FORMED_WORD = /^\p{Lu}\p{Ll}*(?:['’-]\p{L}\p{Ll}*)*$/u;

export default {
	id: 'signature-name-case',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.7.đ; Phụ lục II, Mục II.1.a',
	description: 'Họ tên người ký viết chữ in thường, hoa chữ cái đầu mỗi tiếng ("Nguyễn Văn An"), không viết in hoa toàn bộ.',
	defaultSeverity: 'warning',
	fixable: true,
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
		const name = findSignerName(signature);
		// A name without any title line above it is a truncated block (signature-incomplete), not a name to recase.
		if (!name || titleLinesOf(signature).length === 0) {
			return;
		}
		const text = name.span.text.slice(name.degreeEnd);
		if (!nameWords(text) || PLACEHOLDER.test(text)) {
			return;
		}
		const expected = titleCase(text);
		if (expected === text || (!name.inCapitals && text.split(/[ \t]+/u).every((w) => WELL_FORMED_WORD.test(w)))) {
			return;
		}
		const range = subRange(name.span, name.degreeEnd);
		ctx.report({
			messageId: /\p{Ll}/u.test(text) ? 'notCapitalised' : 'upperCase',
			data: { found: text, expected },
			range,
			...replacement(letter, range, expected, `Sửa thành "${expected}".`),
		});
	},
} satisfies Rule;
