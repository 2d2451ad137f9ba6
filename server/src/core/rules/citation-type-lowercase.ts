// Tên loại của một văn bản cụ thể được viết hoa chữ cái đầu: "Công văn số 1332-CV/TU", "Kế hoạch số
// 557/KH-UBND", không viết "công văn số …", "kế hoạch số …".
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục II, Mục V, khoản 6 (reference R5.8).
// A type followed by "số" and a number always names a specific document. The generic "văn bản số …" is
// not a type name and is left alone.
import { subRange } from '../letter';
import { startsLower } from '../text';
import type { Rule } from '../types';

export default {
	id: 'citation-type-lowercase',
	category: 'viet-hoa',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục II, Mục V.6',
	description: 'Tên loại của văn bản cụ thể được viện dẫn phải viết hoa chữ cái đầu ("Công văn số …", "Kế hoạch số …").',
	defaultSeverity: 'hint',
	fixable: true,
	messages: {
		lowercase: 'Tên loại của văn bản cụ thể phải viết hoa chữ cái đầu: "{written}" → "{fixed}".',
	},
	check(ctx) {
		for (const citation of ctx.letter.citations) {
			const type = citation.type;
			// A list shares its type: report it once, at the first number. A type written as the list writes it (in
			// its canonical case, with a capital) is not read again.
			if (citation.listIndex !== 0 || citation.typeName === 'Văn bản' || type.text === citation.typeName || !startsLower(type.text)) {
				continue;
			}
			const first = type.text.charAt(0);
			const fixed = first.toUpperCase() + type.text.slice(1);
			ctx.report({
				messageId: 'lowercase',
				data: { written: type.text, fixed },
				range: type.range,
				fix: [{ range: subRange(type, 0, 1), text: first.toUpperCase() }],
			});
		}
	},
} satisfies Rule;
