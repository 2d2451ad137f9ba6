// Tên cơ quan, tổ chức ban hành văn bản và tên cơ quan chủ quản trực tiếp được trình bày bằng chữ in hoa.
// Quy tắc chỉ xét những dòng ở phần đầu, trước dòng "Số:", "V/v" và tên loại, bắt đầu như
// tên một cơ quan nhà nước ("Ủy ban nhân dân", "UBND", "Sở", "Bộ", "Cục", "Ban", "Văn phòng", …), cùng dòng
// viết tiếp ngay dưới; và phần tên cơ quan đứng trước Quốc hiệu trên cùng một dòng.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.2.b (reference R8.2).
import { originalText } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'co-quan-viet-hoa',
	category: 'viet-hoa',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.2.b',
	description: 'Tên cơ quan, tổ chức ban hành văn bản và tên cơ quan chủ quản trực tiếp phải viết bằng chữ in hoa.',
	defaultSeverity: 'error',
	fixable: true,
	messages: {
		notUpperCase: 'Tên cơ quan "{value}" phải viết bằng chữ in hoa: "{expected}".',
	},
	check(ctx) {
		const { letter } = ctx;
		for (const span of letter.header.agencyNotUpperCase) {
			const value = originalText(letter, span.range);
			const expected = value.toUpperCase();
			ctx.report({ messageId: 'notUpperCase', data: { value, expected }, range: span.range, fix: [{ range: span.range, text: expected }] });
		}
	},
} satisfies Rule;
