// Tiêu ngữ viết đúng "Độc lập - Tự do - Hạnh phúc": chữ cái đầu mỗi cụm viết hoa, giữa các cụm là dấu gạch
// nối (-) có cách chữ hai bên. Dấu gạch ngang dài (–, —) là lỗi hay gặp khi soạn bằng Word (reference §12, 001
// dòng 5); văn bản đã chuẩn hóa thay nó bằng "-", nên quy tắc đọc ký tự gốc trong letter.source.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.1.b (reference R8.1, §10.5).
import { originalText } from '../letter';
import type { Rule } from '../types';

const EXPECTED = 'Độc lập - Tự do - Hạnh phúc';

export default {
	id: 'tieu-ngu-format',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.1.b',
	description:
		'Tiêu ngữ phải viết là "Độc lập - Tự do - Hạnh phúc": viết hoa chữ cái đầu mỗi cụm từ, giữa các cụm có dấu gạch nối (-) và cách chữ.',
	defaultSeverity: 'warning',
	fixable: true,
	judges: ['tieuNgu'],
	messages: {
		dash: 'Giữa các cụm từ của Tiêu ngữ phải là dấu gạch nối "-", không phải dấu gạch ngang dài "{dash}": "{expected}".',
		wrong: 'Tiêu ngữ phải viết là "{expected}", không phải "{value}".',
	},
	check(ctx) {
		const { letter } = ctx;
		const tieuNgu = letter.tieuNgu;
		if (!tieuNgu) {
			return;
		}
		const original = originalText(letter, tieuNgu.range);
		const dash = /[\u2013\u2014]/u.exec(original)?.[0];
		// Only the normalised text decides spelling, spacing and capitals: NFD and lookalikes of Đ have
		// their own rules.
		const spelledRight = tieuNgu.text === EXPECTED;
		if (spelledRight && dash === undefined) {
			return;
		}
		const fix = [{ range: tieuNgu.range, text: EXPECTED }];
		if (spelledRight && dash !== undefined) {
			ctx.report({ messageId: 'dash', data: { dash, expected: EXPECTED }, range: tieuNgu.range, fix });
			return;
		}
		ctx.report({ messageId: 'wrong', data: { expected: EXPECTED, value: original }, range: tieuNgu.range, fix });
	},
} satisfies Rule;
