// Tên loại văn bản (QUYẾT ĐỊNH, KẾ HOẠCH, TỜ TRÌNH …) được trình bày bằng chữ in hoa, trên một dòng riêng.
// Quy tắc tìm ở phần đầu dòng chỉ gồm tên loại viết thường hay viết hoa chữ đầu ("Quyết định", "Tờ Trình") và
// sửa thành chữ in hoa (giữ kiểu đặt dấu thanh của người viết).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.5.b (reference R4.1).
import { originalText } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'ten-loai-format',
	category: 'viet-hoa',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.5.b',
	description: 'Tên loại văn bản ở phần đầu phải viết bằng chữ in hoa ("QUYẾT ĐỊNH", "KẾ HOẠCH").',
	defaultSeverity: 'error',
	fixable: true,
	messages: {
		notUpperCase: 'Tên loại văn bản phải viết bằng chữ in hoa: "{expected}", không phải "{value}".',
	},
	check(ctx) {
		const { letter } = ctx;
		const typeName = letter.header.typeName;
		if (!typeName || typeName.upperCase) {
			return;
		}
		const range = typeName.span.range;
		const value = originalText(letter, range);
		const expected = value.toUpperCase();
		ctx.report({ messageId: 'notUpperCase', data: { value, expected }, range, fix: [{ range, text: expected }] });
	},
} satisfies Rule;
