// Trước họ tên người ký không ghi học hàm, học vị và các danh hiệu danh dự ("TS. Nguyễn Văn A", "PGS.TS.", "ThS.",
// "GS."). Riêng văn bản của đơn vị vũ trang nhân dân và tổ chức sự nghiệp giáo dục, y tế, khoa học có thể ghi thêm
// theo quy định của ngành, nên đây là cảnh báo và việc bỏ học vị chỉ là gợi ý.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.7.c (reference R6.3).
import { subRange } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'signature-degree',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.7.c',
	description: 'Trước họ tên người ký không ghi học hàm, học vị, danh hiệu danh dự ("TS.", "ThS.", "PGS.TS.", "GS.").',
	defaultSeverity: 'warning',
	fixable: false,
	judges: ['signature'],
	messages: {
		degree:
			'Trước họ tên người ký không ghi học hàm, học vị hoặc danh hiệu "{degree}" (trừ đơn vị vũ trang, tổ chức sự nghiệp giáo dục, y tế, khoa học có quy định riêng).',
	},
	check(ctx) {
		const signature = ctx.letter.signature;
		const name = signature ? ctx.letter.closing.signer : undefined;
		if (!name || name.degreeEnd === 0) {
			return;
		}
		const degree = name.span.text.slice(0, name.degreeEnd).trimEnd();
		ctx.report({
			messageId: 'degree',
			data: { degree },
			range: subRange(name.span, 0, degree.length),
			suggestions: [{ message: `Bỏ "${degree}" trước họ tên.`, edits: [{ range: subRange(name.span, 0, name.degreeEnd), text: '' }] }],
		});
	},
} satisfies Rule;
