// Văn bản có phần "Kính gửi" (công văn; tờ trình, báo cáo gửi cấp trên) có nơi nhận gồm hai phần: phần thứ hai, dưới
// chữ "Nơi nhận", bắt đầu bằng "- Như trên;" (thay cho các nơi đã ghi ở Kính gửi). Quyết định ghi "- Như Điều …;".
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.b (reference R7.1, R7.3).
// Văn bản có tên loại không có "Kính gửi" (thông báo, quyết định …) mà lại ghi "Kính gửi" thì kinh-gui-not-cong-van
// báo; quy tắc này không báo thêm.
import { NOI_NHAN_ONLY_TYPES } from '../data/document-types';
import type { NoiNhanEntry } from '../letter';
import { lineBreakAfter, lineStartOf, nextLineStart } from '../text';
import type { Rule } from '../types';

const NHU_TREN = /^[-+•][ \t]*Như[ \t]+trên(?![\p{L}\p{N}])/iu;
// "- Như Điều 3;", "- Như khoản 2 Điều 1;" in a Quyết định.
const NHU_DIEU = /^[-+•][ \t]*Như[ \t]+(?:Điều|khoản)(?![\p{L}\p{N}])/iu;
// Any other "- Như …" first entry ("- Như Kính gửi;"): a variant, replaced by a suggestion, not a fix.
const NHU_OTHER = /^[-+•][ \t]*Như(?![\p{L}\p{N}])[^;.]*/iu;

export default {
	id: 'noi-nhan-nhu-tren',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.b',
	description: 'Khi văn bản có "Kính gửi", dòng đầu tiên của phần Nơi nhận phải là "- Như trên;".',
	defaultSeverity: 'error',
	fixable: true,
	judges: ['noiNhan'],
	messages: {
		missing: 'Văn bản có "Kính gửi" nên dòng đầu tiên của phần Nơi nhận phải là "- Như trên;".',
		notFirst: '"Như trên" phải là dòng đầu tiên của phần Nơi nhận.',
		variant: 'Dòng đầu tiên của phần Nơi nhận phải là "- Như trên;" (đang là "{found}").',
	},
	check(ctx) {
		const { letter } = ctx;
		const entries = letter.noiNhan?.entries ?? [];
		const first = entries[0];
		if (!letter.kinhGui || !first || NHU_TREN.test(first.text) || NHU_DIEU.test(first.text)) {
			return;
		}
		// A thông báo, quyết định … has no Kính gửi at all: kinh-gui-not-cong-van reports that, once.
		const typeName = letter.header.typeName;
		if (typeName && NOI_NHAN_ONLY_TYPES.has(typeName.type.name)) {
			return;
		}
		const source = letter.source;
		const at = entries.findIndex((e) => NHU_TREN.test(e.text));
		const found = entries[at];
		if (found) {
			// Moving a line also changes the punctuation around it; offered, not applied.
			const start = lineStartOf(source, found.range.start);
			const end = nextLineStart(source, found.range.end);
			ctx.report({
				messageId: 'notFirst',
				range: found.range,
				suggestions: [
					{
						message: 'Chuyển "- Như trên;" lên đầu phần Nơi nhận.',
						edits: [{ range: { start, end }, text: '' }, insertBefore(source, first)],
					},
				],
			});
			return;
		}
		const variant = NHU_OTHER.exec(first.text);
		if (variant) {
			const range = first.lines[0]?.range ?? first.range;
			const end = Math.min(range.end, range.start + variant[0].length);
			ctx.report({
				messageId: 'variant',
				data: { found: variant[0].trim() },
				range: first.range,
				suggestions: [{ message: 'Thay bằng "- Như trên".', edits: [{ range: { start: range.start, end }, text: '- Như trên' }] }],
			});
			return;
		}
		ctx.report({ messageId: 'missing', range: first.range, fix: [insertBefore(source, first)] });
	},
} satisfies Rule;

/** An edit that puts "- Như trên;" on a line of its own before `entry`, with the same indentation. */
function insertBefore(source: string, entry: NoiNhanEntry): { range: { start: number; end: number }; text: string } {
	const lineStart = lineStartOf(source, entry.range.start);
	const indent = source.slice(lineStart, entry.range.start);
	if (/^[ \t\u00a0]*$/u.test(indent)) {
		return { range: { start: lineStart, end: lineStart }, text: `${indent}- Như trên;${lineBreakAfter(source, entry.range.end)}` };
	}
	// The entry shares its line with something else (the label): start the new line at the entry.
	return { range: { start: entry.range.start, end: entry.range.start }, text: `- Như trên;${lineBreakAfter(source, entry.range.end)}` };
}
