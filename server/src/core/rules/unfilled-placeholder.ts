// Một văn bản tạo từ mẫu phải được điền hết: tên cơ quan, trích yếu, nơi nhận, họ tên người ký… Chữ mô tả
// của mẫu ("TÊN CƠ QUAN, TỔ CHỨC", "Họ và tên", ký hiệu "CQ-ĐV"), biến `${…}` của mẫu nhóm và dấu "…" đứng
// một mình là chỗ chưa điền. Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 8 (các thành phần thể thức) và Phụ lục III
// (mẫu trình bày: chữ trong mẫu chỉ hướng dẫn nội dung cần ghi).
// This rule reads the text line by line, like the character rules: a placeholder can stand in any component.
import { KY_HIEU_PLACEHOLDERS, TEMPLATE_PLACEHOLDERS } from '../data/template-placeholders';
import { spanIn, subRange } from '../letter';
import type { Rule } from '../types';

const PLACEHOLDERS = new Set(TEMPLATE_PLACEHOLDERS);
// The longest placeholder: a longer line is not one, and is not sliced to ask.
const LONGEST = Math.max(...TEMPLATE_PLACEHOLDERS.map((placeholder) => placeholder.length));
// What may stand before a placeholder on its line: a bullet, an item number, or the label it follows.
// Sticky, tried at 0: its length is read from lastIndex after a test, with no match array per line.
const LEAD = /[-+•]\s*|\d+\.\s+|[a-zđ]\)\s+|Kính gửi\s*:\s*|V\/v\s+|Căn cứ\s+|Theo đề nghị của\s+/uy;
const VARIABLE = /\$\{[^{}\n]{0,200}\}/gu;
const KY_HIEU_GROUP = new RegExp(`(?<![\\p{L}\\p{N}])(?:${KY_HIEU_PLACEHOLDERS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
// "…" standing alone: after a space, before a space, punctuation or the end of the line.
const ELLIPSIS = /(?<=\s)…(?=[\s,;.)]|$)/gu;
const TRAILING = new Set(['.', ';', ':', ',', '/', ' ', '\t']);
// What every finding of the lines holds, as it is written in the text: a variable's "${", an ellipsis or a
// placeholder of the templates. One native scan of the letter passes over the lines of a letter without any,
// which is almost every letter.
const ANY_CANDIDATE = new RegExp(
	['\\$\\{', '…', ...TEMPLATE_PLACEHOLDERS.map((text) => text.replace(/[$()*+.?[\\\]^{|}]/gu, '\\$&'))].join('|'),
	'u',
);

export default {
	id: 'unfilled-placeholder',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 8; Phụ lục III (mẫu trình bày văn bản)',
	description: 'Văn bản còn chỗ chưa điền của bản mẫu: chữ hướng dẫn của mẫu, biến ${…} hoặc dấu "…" đứng một mình.',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		text: 'Còn chữ hướng dẫn của bản mẫu "{text}": thay bằng nội dung của văn bản.',
		variable: 'Còn biến của bản mẫu "{text}" chưa được thay.',
		kyHieu: 'Ký hiệu còn "{text}" của bản mẫu: thay bằng chữ viết tắt của cơ quan, đơn vị.',
		ellipsis: 'Còn chỗ trống "…" của bản mẫu: điền nội dung.',
	},
	check(ctx) {
		const { letter } = ctx;
		const so = letter.so;
		// The lines of the Số and the date, where an ellipsis is a blank of the form and not reported.
		const soLine = so ? so.line : -1;
		const dateLine = letter.date ? letter.date.line : -1;
		if (so?.value && hasKyHieuPlaceholder(so.value.text)) {
			for (const match of so.value.text.matchAll(KY_HIEU_GROUP)) {
				ctx.report({
					messageId: 'kyHieu',
					data: { text: match[0] },
					range: subRange(so.value, match.index, match.index + match[0].length),
				});
			}
		}
		const text = letter.norm.text;
		if (!ANY_CANDIDATE.test(text)) {
			return;
		}
		for (const line of letter.lines) {
			const content = line.content;
			if (content === '') {
				continue;
			}
			if (content.includes('${')) {
				for (const match of content.matchAll(VARIABLE)) {
					const start = line.contentStart + match.index;
					ctx.report({ messageId: 'variable', data: { text: match[0] }, range: spanIn(letter.norm, start, start + match[0].length).range });
				}
			}
			// The whole content, less its lead and its closing punctuation, is a placeholder of the templates.
			LEAD.lastIndex = 0;
			const lead = LEAD.test(content) ? LEAD.lastIndex : 0;
			let end = content.length;
			while (end > lead && TRAILING.has(content[end - 1] ?? '')) {
				end--;
			}
			const rest = end - lead <= LONGEST ? content.slice(lead, end) : undefined;
			if (rest !== undefined && PLACEHOLDERS.has(rest)) {
				const start = line.contentStart + lead;
				ctx.report({ messageId: 'text', data: { text: rest }, range: spanIn(letter.norm, start, start + rest.length).range });
				continue;
			}
			if (line.index !== soLine && line.index !== dateLine && content.includes('…')) {
				for (const match of text.slice(line.start, line.end).matchAll(ELLIPSIS)) {
					const start = line.start + match.index;
					ctx.report({ messageId: 'ellipsis', range: spanIn(letter.norm, start, start + 1).range });
				}
			}
		}
	},
} satisfies Rule;

/**
 * Whether a ký hiệu holds one of the groups of the templates as written, which every match of KY_HIEU_GROUP
 * does: most do not, and are not searched with its look-behind and look-ahead of letters and numbers.
 */
function hasKyHieuPlaceholder(text: string): boolean {
	for (const group of KY_HIEU_PLACEHOLDERS) {
		if (text.includes(group)) {
			return true;
		}
	}
	return false;
}
