// Phông chữ của văn bản là Times New Roman (bộ mã Unicode TCVN 6909:2001). Quy tắc đọc phông của từng đoạn
// chữ trong tệp Word, sau khi đã giải toàn bộ chuỗi kiểu (style); "Times New Roman Bold", "TimesNewRomanPSMT"
// là Times New Roman. Phông của bảng mã cũ (.VnTime, .VnTimeH, VNI-Times) do quy tắc legacy-encoding báo
// (một phát hiện, không hai). Mỗi phông khác được báo một lần, ở đoạn đầu tiên dùng nó, kèm các đoạn khác.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 4 (reference §11).
import { componentsByFont, fontKey, formatView, isLegacyFont, layoutOf, relatedPlaces } from '../layout/format-view';
import type { Rule } from '../types';

export default {
	id: 'font-family',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 4 (phông chữ Times New Roman)',
	description: 'Văn bản dùng phông chữ Times New Roman, bộ mã Unicode theo TCVN 6909:2001, màu đen.',
	defaultSeverity: 'error',
	fixable: false,
	judges: ['format'],
	messages: {
		font: 'Phông chữ "{font}" ({count} đoạn): văn bản phải dùng phông {expected}.',
	},
	check(ctx) {
		const view = formatView(ctx.letter);
		if (!view) {
			return;
		}
		const expected = layoutOf(ctx.profile).font.family;
		const expectedKey = fontKey(expected);
		// Each other font with the paragraphs (their ranges) that use it, in the order of the letter.
		const byFont = componentsByFont(view, (run) => !fontKey(run.font ?? '').startsWith(expectedKey) && !isLegacyFont(run.font ?? ''));
		for (const { font, ranges } of byFont.values()) {
			const [first, ...others] = ranges;
			if (!first) {
				continue;
			}
			const related = relatedPlaces(others, `Cũng dùng phông "${font}".`);
			ctx.report({
				messageId: 'font',
				data: { font, count: ranges.length, expected },
				range: first,
				...(related.length > 0 ? { related } : {}),
			});
		}
	},
} satisfies Rule;
