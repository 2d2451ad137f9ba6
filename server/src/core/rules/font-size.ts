// Cỡ chữ của mỗi thành phần thể thức nằm trong khoảng Phụ lục I quy định (Quốc hiệu 12 - 13, Tiêu ngữ 13 - 14,
// nội dung 13 - 14, "Nơi nhận" 12 và danh sách 11, …), đọc từ bảng trình bày (core/layout/nd30.ts) với lựa
// chọn của nhóm. Cỡ chữ ngoài khoảng là lỗi; lệch không quá nửa điểm (sát ngưỡng) là cảnh báo; cỡ trong khoảng
// nhưng khác cỡ nhóm đã chọn (hồ sơ nhóm, "layout.bodySize" hoặc "layout.sizes") là gợi ý.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II và Mục V (bảng mẫu chữ) (reference §11).
import { formatNumber, formatView, layoutOf, outside, rangeText } from '../layout/format-view';
import { chosenLayout } from '../layout/profile';
import type { Rule } from '../types';

/** Word writes sizes in half-points: a size half a point outside the range is at its edge. */
const EDGE_PT = 0.5;
const SAME_PT = 0.01;

export default {
	id: 'font-size',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II và Mục V (cỡ chữ của từng thành phần thể thức)',
	description:
		'Cỡ chữ của mỗi thành phần thể thức nằm trong khoảng Phụ lục I quy định, ví dụ Quốc hiệu 12 - 13, Tiêu ngữ 13 - 14, nội dung 13 - 14.',
	defaultSeverity: 'error',
	fixable: false,
	judges: ['format'],
	messages: {
		outOfRange: 'Cỡ chữ của {component} là {size} pt; Phụ lục I quy định {range} pt.',
		notChosen: 'Cỡ chữ của {component} là {size} pt; nhóm chọn {chosen} pt (hồ sơ nhóm, "layout").',
	},
	check(ctx) {
		const view = formatView(ctx.letter);
		if (!view) {
			return;
		}
		const table = layoutOf(ctx.profile);
		const chosen = chosenLayout(ctx.profile).sizes;
		for (const component of view.components) {
			// A table of figures in the body has no size in the decree.
			if (component.dataTable) {
				continue;
			}
			const layout = table.components[component.component];
			let worst: number | undefined;
			let worstOff = 0;
			let differs: number | undefined;
			for (const run of component.runs) {
				const size = run.sizePt;
				if (size === undefined) {
					continue;
				}
				const off = outside(layout.size, size, SAME_PT);
				if (off > worstOff) {
					worst = size;
					worstOff = off;
				} else if (off === 0 && differs === undefined && chosen.has(component.component) && Math.abs(size - layout.size.value) > SAME_PT) {
					differs = size;
				}
			}
			if (worst !== undefined) {
				ctx.report({
					messageId: 'outOfRange',
					data: { component: layout.name, size: formatNumber(worst), range: rangeText(layout.size) },
					range: component.range,
					severity: worstOff > EDGE_PT ? 'error' : 'warning',
				});
			} else if (differs !== undefined) {
				ctx.report({
					messageId: 'notChosen',
					data: { component: layout.name, size: formatNumber(differs), chosen: formatNumber(layout.size.value) },
					range: component.range,
					severity: 'hint',
				});
			}
		}
	},
} satisfies Rule;
