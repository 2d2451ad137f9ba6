// Mỗi dòng nơi nhận bắt đầu bằng gạch đầu dòng "-" (dấu gạch nối), không phải dấu gạch ngang dài "–", "—"
// (thường do Word tự đổi; sửa được chắc chắn). Một dòng bắt đầu ngay bằng chữ, sau một dòng đã kết thúc
// bằng ";" ("Trung tâm Công báo tỉnh;"), thường là gạch đầu dòng bị mất khi chép văn bản, nhưng cũng có thể là
// phần xuống dòng của một tên dài: nên chỉ là gợi ý, và việc chèn "- " chỉ được đề xuất, không tự sửa.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d (ô số 9b) (reference R7.3; real-world shapes B7).
import { originalText, subRange, type NoiNhanEntry } from '../letter';
import type { Rule } from '../types';

// Compiled once: esbuild turns a literal with \p{…} into a `new RegExp` call, which would run on every entry.
const STARTS_WITH_LETTER = /^\p{L}/u;

export default {
	id: 'noi-nhan-entry-dash',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d',
	description: 'Một dòng nơi nhận không có gạch đầu dòng "-" (thường bị mất khi chép văn bản), hoặc bắt đầu bằng dấu gạch ngang dài "–".',
	defaultSeverity: 'hint',
	fixable: true,
	judges: ['noiNhan'],
	messages: {
		noDash: 'Dòng nơi nhận "{name}" không có gạch đầu dòng "-" (có thể bị mất khi chép văn bản).',
		longDash: 'Gạch đầu dòng của dòng nơi nhận là dấu gạch ngang dài "{found}": dùng dấu gạch nối "-".',
	},
	check(ctx) {
		const entries = ctx.letter.noiNhan?.entries ?? [];
		// Entries after a misplaced Lưu line are left to noi-nhan-luu, as in noi-nhan-punctuation.
		const luu = ctx.letter.closing.luu?.index ?? -1;
		const last = luu >= 0 ? luu : entries.length - 1;
		for (let i = 0; i <= last && i < entries.length; i++) {
			const first = (entries[i] as NoiNhanEntry).lines[0];
			if (!first) {
				continue;
			}
			const dash = subRange(first, 0, 1);
			const written = originalText(ctx.letter, dash);
			if (written === '–' || written === '—') {
				ctx.report({ messageId: 'longDash', data: { found: written }, range: dash, fix: [{ range: dash, text: '-' }] });
				continue;
			}
			if (!STARTS_WITH_LETTER.test(first.text)) {
				continue;
			}
			const at = { start: first.range.start, end: first.range.start };
			ctx.report({
				messageId: 'noDash',
				data: { name: first.text },
				range: subRange(first, 0, first.text.length),
				suggestions: [{ message: 'Chèn "- " ở đầu dòng.', edits: [{ range: at, text: '- ' }] }],
			});
		}
	},
} satisfies Rule;
