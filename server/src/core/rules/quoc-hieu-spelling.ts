// Quốc hiệu viết đúng từng chữ, in hoa: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM". Chính Nghị định 30 in cả
// "CỘNG HÒA" và "CỘNG HOÀ" (hai kiểu đặt dấu thanh), nên cả hai đều đúng (reference §10.2).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.1.a (reference R8.1).
import { originalText } from '../letter';
import type { Rule } from '../types';

const TRADITIONAL = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MODERN = 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM';

export default {
	id: 'quoc-hieu-spelling',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.1.a',
	description: 'Quốc hiệu phải viết đúng, bằng chữ in hoa: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (hoặc "CỘNG HOÀ …").',
	defaultSeverity: 'error',
	fixable: true,
	messages: {
		wrong: 'Quốc hiệu phải viết là "{expected}", không phải "{value}".',
	},
	check(ctx) {
		const { letter } = ctx;
		const quocHieu = letter.header.quocHieu;
		// The normalised text is NFC without emphasis markers: decomposed text and lookalikes of Đ are the
		// business of nfd-text and lookalike-d, not a misspelling.
		if (!quocHieu || quocHieu.text === TRADITIONAL || quocHieu.text === MODERN) {
			return;
		}
		// Keep the writer's tone placement: "hoà" is the modern style, not a mistake.
		const expected = /oà/iu.test(quocHieu.text) ? MODERN : TRADITIONAL;
		const value = originalText(letter, quocHieu.range);
		ctx.report({ messageId: 'wrong', data: { expected, value }, range: quocHieu.range, fix: [{ range: quocHieu.range, text: expected }] });
	},
} satisfies Rule;
