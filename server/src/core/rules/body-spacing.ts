// Nội dung văn bản căn đều cả hai lề; khoảng cách giữa các dòng tối thiểu là dòng đơn, tối đa là 1,5 dòng.
// Quy tắc đọc căn lề và giãn dòng của các đoạn nội dung (nội dung, căn cứ, điều) trong tệp Word, so với bảng
// trình bày (core/layout/nd30.ts) và lựa chọn của nhóm ("layout.lineSpacing"). Mỗi loại lệch được báo một
// lần, ở đoạn đầu tiên, kèm các đoạn khác. Giãn dòng ghi bằng điểm (chính xác, tối thiểu) phụ thuộc cỡ chữ
// nên không được xét.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm e (reference §11; bảng trình bày ghi điểm b).
import { formatNumber, formatView, layoutOf, outside, rangeText, relatedPlaces } from '../layout/format-view';
import { chosenLayout } from '../layout/profile';
import type { Range, Rule, Severity } from '../types';

const SAME = 0.01;
/** Line spacing at most this far outside the range (Word's "Multiple 1.6") is at its edge: a warning. */
const EDGE = 0.1;
const ALIGNS = { left: 'căn trái', center: 'căn giữa', right: 'căn phải', justify: 'căn đều' } as const;

export default {
	id: 'body-spacing',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 6, điểm e (căn đều hai lề, giãn dòng từ dòng đơn đến 1,5 dòng)',
	description: 'Nội dung văn bản căn đều hai lề; khoảng cách giữa các dòng từ dòng đơn (1) đến 1,5 dòng.',
	defaultSeverity: 'error',
	fixable: false,
	judges: ['format'],
	messages: {
		align: 'Đoạn nội dung {align} ({count} đoạn): nội dung văn bản phải căn đều hai lề.',
		lineSpacing: 'Giãn dòng {value} dòng ({count} đoạn): Phụ lục I quy định {range} dòng.',
		notChosen: 'Giãn dòng {value} dòng ({count} đoạn): nhóm chọn {chosen} dòng (hồ sơ nhóm, "layout.lineSpacing").',
	},
	check(ctx) {
		const view = formatView(ctx.letter);
		if (!view) {
			return;
		}
		const table = layoutOf(ctx.profile);
		const chosen = chosenLayout(ctx.profile).lineSpacing;
		const misaligned = new Map<string, Range[]>();
		const spacing = { wrong: new Map<number, Range[]>(), differ: new Map<number, Range[]>() };
		const seen = new Set<number>();
		for (const component of view.components) {
			const layout = table.components[component.component];
			const paragraph = component.paragraph;
			// The body: the components the table justifies. A paragraph is judged once, even when it holds two blocks.
			if (
				layout.align !== 'justify' ||
				!paragraph ||
				component.dataTable ||
				seen.has(paragraph.range.start) ||
				component.runs.length === 0
			) {
				continue;
			}
			seen.add(paragraph.range.start);
			if (paragraph.align !== undefined && paragraph.align !== layout.align) {
				push(misaligned, paragraph.align, component.range);
			}
			const lines = paragraph.lineSpacing;
			if (lines !== undefined) {
				if (outside(table.lineSpacing, lines, SAME) > 0) {
					push(spacing.wrong, lines, component.range);
				} else if (chosen && Math.abs(lines - table.lineSpacing.value) > SAME) {
					push(spacing.differ, lines, component.range);
				}
			}
		}
		for (const [align, ranges] of misaligned) {
			report(ranges, 'align', { align: ALIGNS[align as keyof typeof ALIGNS] ?? align }, undefined, 'Cũng không căn đều hai lề.');
		}
		for (const [value, ranges] of spacing.wrong) {
			const severity: Severity = outside(table.lineSpacing, value, SAME) > EDGE ? 'error' : 'warning';
			report(
				ranges,
				'lineSpacing',
				{ value: formatNumber(value), range: rangeText(table.lineSpacing) },
				severity,
				'Cũng giãn dòng như vậy.',
			);
		}
		for (const [value, ranges] of spacing.differ) {
			report(
				ranges,
				'notChosen',
				{ value: formatNumber(value), chosen: formatNumber(table.lineSpacing.value) },
				'hint',
				'Cũng giãn dòng như vậy.',
			);
		}

		function report(ranges: Range[], messageId: string, data: Record<string, string>, severity: Severity | undefined, note: string): void {
			const [first, ...others] = ranges;
			if (!first) {
				return;
			}
			const related = relatedPlaces(others, note);
			ctx.report({
				messageId,
				data: { ...data, count: ranges.length },
				range: first,
				...(severity ? { severity } : {}),
				...(related.length > 0 ? { related } : {}),
			});
		}
	},
} satisfies Rule;

function push<K>(map: Map<K, Range[]>, key: K, range: Range): void {
	const list = map.get(key) ?? [];
	list.push(range);
	map.set(key, list);
}
