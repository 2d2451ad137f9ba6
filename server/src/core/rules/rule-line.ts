// Dưới Tiêu ngữ có đường kẻ ngang, nét liền, độ dài bằng độ dài của dòng chữ; dưới tên cơ quan ban hành và dưới
// trích yếu của văn bản có tên loại có đường kẻ ngang dài từ 1/3 đến 1/2 độ dài của dòng chữ. Quy tắc tìm
// đường kẻ trong tệp Word (hình vẽ, đường viền đoạn hoặc dòng gạch gõ tay) ở ô bảng hoặc đoạn của thành phần,
// và so độ dài với bề rộng dòng chữ in đậm (core/layout/metrics.ts). Bề rộng chữ là ước lượng theo phông
// Times New Roman nên độ dài được so với một dung sai; đường kẻ không đo được độ dài thì chỉ xét có hay không.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 1 điểm b, khoản 2 điểm b, khoản 5 điểm b
// (reference §11).
import { formatNumber, formatView, layoutOf, type ComponentFormat } from '../layout/format-view';
import { boldTextWidthPt } from '../layout/metrics';
import type { RuleLineFormat } from '../letter/format';
import type { Rule } from '../types';

/** How far a line drawn by hand may be from the length the decree sets, as a share of that length. */
const TOLERANCE = 0.2;
/**
 * A header cell can be narrower than a long text, which then wraps: the line is measured against at most this
 * share of the text width for the left column (the narrower one in every template) and for the right one, and
 * the whole text width elsewhere, so that a wrapped text never makes a correct line look short.
 */
const LEFT_COLUMN_SHARE = 0.35;
const RIGHT_COLUMN_SHARE = 0.5;
const POINTS_PER_MM = 72 / 25.4;

export default {
	id: 'rule-line',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II, khoản 1 điểm b, khoản 2 điểm b, khoản 5 điểm b (đường kẻ ngang)',
	description:
		'Dưới Tiêu ngữ có đường kẻ ngang, nét liền, dài bằng dòng chữ; dưới tên cơ quan ban hành (và dưới trích yếu của văn bản có tên loại) có đường kẻ ngang dài từ 1/3 đến 1/2 dòng chữ.',
	defaultSeverity: 'warning',
	fixable: false,
	judges: ['format'],
	messages: {
		missing: 'Không thấy đường kẻ ngang dưới {component}.',
		tooShort: 'Đường kẻ dưới {component} dài {length} pt, ngắn hơn quy định ({expected}).',
		tooLong: 'Đường kẻ dưới {component} dài {length} pt, dài hơn quy định ({expected}).',
	},
	check(ctx) {
		const view = formatView(ctx.letter);
		if (!view) {
			return;
		}
		const table = layoutOf(ctx.profile);
		const section = view.format.sections[0];
		const textWidthPt =
			((section?.pageWidthMm ?? table.page.widthMm) -
				(section?.margins?.leftMm ?? table.margins.left.value) -
				(section?.margins?.rightMm ?? table.margins.right.value)) *
			POINTS_PER_MM;
		for (const rule of table.ruleLines) {
			const blocks = view.components.filter((c) => c.component === rule.under);
			const last = blocks[blocks.length - 1];
			if (!last) {
				continue;
			}
			const layout = table.components[rule.under];
			const candidates = view.format.ruleLines.filter((line) => belongsTo(line, last, view.components));
			const data = { component: layout.name };
			if (candidates.length === 0) {
				ctx.report({ messageId: 'missing', data, range: last.range });
				continue;
			}
			const size = last.runs.find((run) => run.sizePt !== undefined)?.sizePt ?? layout.size.value;
			const region = last.block.region;
			const column =
				textWidthPt * (region.startsWith('header-left') ? LEFT_COLUMN_SHARE : region.startsWith('header-right') ? RIGHT_COLUMN_SHARE : 1);
			const widest = Math.max(...blocks.map((b) => boldTextWidthPt(b.block.text, size)));
			const low = rule.fraction.min * Math.min(widest, column) * (1 - TOLERANCE);
			const high = rule.fraction.max * widest * (1 + TOLERANCE);
			const measured = candidates.filter((line) => line.lengthPt !== undefined);
			if (measured.length === 0 || measured.length < candidates.length) {
				continue;
			}
			const lengths = measured.map((line) => line.lengthPt as number);
			if (lengths.some((length) => length >= low && length <= high)) {
				continue;
			}
			const length = lengths[0] as number;
			const expected =
				rule.fraction.min === rule.fraction.max
					? `bằng dòng chữ, khoảng ${formatNumber(widest)} pt`
					: `từ ${fraction(rule.fraction.min)} đến ${fraction(rule.fraction.max)} dòng chữ, khoảng ${formatNumber(widest * rule.fraction.min)} đến ${formatNumber(widest * rule.fraction.max)} pt`;
			ctx.report({
				messageId: length < low ? 'tooShort' : 'tooLong',
				data: { ...data, length: formatNumber(length), expected },
				range: last.range,
			});
		}
	},
} satisfies Rule;

/** "1/3" for a third: the fractions of the decree as it writes them. */
function fraction(value: number): string {
	for (const d of [2, 3, 4]) {
		const n = Math.round(value * d);
		if (Math.abs(n / d - value) < 1e-6) {
			return `${n}/${d}`;
		}
	}
	return formatNumber(value);
}

/**
 * Whether a rule line is the one under a component: in the same table cell as its paragraph (Word anchors a
 * floating line in any paragraph of the cell), or, outside tables, anchored in its paragraph or the next one
 * (a line typed as dashes under it, an empty paragraph holding the shape).
 */
function belongsTo(line: RuleLineFormat, component: ComponentFormat, components: readonly ComponentFormat[]): boolean {
	const cell = component.paragraph?.location.table;
	if (cell) {
		return line.table !== undefined && line.table.index === cell.index && line.table.row === cell.row && line.table.column === cell.column;
	}
	if (line.table) {
		return false;
	}
	const at = component.range;
	if (line.anchor.start < at.end && at.start < line.anchor.end) {
		return true;
	}
	// The next paragraph of the letter: what lies between this component and the next one.
	const next = components.find((c) => c.range.start >= at.end);
	return line.anchor.start >= at.end && (next === undefined || line.anchor.start <= next.range.start);
}
