// Lề trên và lề dưới cách mép 20 - 25 mm, lề trái 30 - 35 mm, lề phải 15 - 20 mm. Quy tắc đọc lề của mỗi mục
// dọc của tệp Word (một phụ lục nằm ngang có lề của nó) và so với bảng trình bày (core/layout/nd30.ts) với
// lựa chọn của nhóm (hồ sơ nhóm, khóa "layout"). Lề ngoài khoảng là lỗi; lệch không quá 1 mm (sát ngưỡng,
// thường do làm tròn khi đổi đơn vị) là cảnh báo; lề trong khoảng nhưng khác giá trị nhóm đã chọn là gợi ý.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 3 (reference §11).
import { formatNumber, formatView, isLandscape, layoutOf, outside, rangeText, sectionRange } from '../layout/format-view';
import { chosenLayout } from '../layout/profile';
import type { Rule, Severity } from '../types';

/** Word writes margins in twips: two values that differ by less than this are the same margin. */
const SAME_MM = 0.1;
/** A margin at most this far outside its range is at the edge of it: a warning, not an error. */
const EDGE_MM = 1;

const SIDES = ['top', 'bottom', 'left', 'right'] as const;
const NAMES = { top: 'lề trên', bottom: 'lề dưới', left: 'lề trái', right: 'lề phải' } as const;
const KEYS = { top: 'topMm', bottom: 'bottomMm', left: 'leftMm', right: 'rightMm' } as const;

export default {
	id: 'page-margins',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I, khoản 3 (định lề trang)',
	description: 'Lề trang: lề trên và lề dưới cách mép 20 - 25 mm, lề trái 30 - 35 mm, lề phải 15 - 20 mm.',
	defaultSeverity: 'error',
	fixable: false,
	judges: ['format'],
	messages: {
		outOfRange: 'Lề trang ngoài khoảng quy định: {sides}.',
		notChosen: 'Lề trang khác lựa chọn của nhóm (hồ sơ nhóm, "layout.margins"): {sides}.',
	},
	check(ctx) {
		const view = formatView(ctx.letter);
		if (!view) {
			return;
		}
		const table = layoutOf(ctx.profile);
		const chosen = chosenLayout(ctx.profile).margins;
		view.format.sections.forEach((section, index) => {
			const margins = section.margins;
			// The decree's margins are those of a portrait page; a landscape appendix is not judged.
			if (!margins || isLandscape(section)) {
				return;
			}
			const wrong: string[] = [];
			const differ: string[] = [];
			let severity: Severity = 'warning';
			for (const side of SIDES) {
				const value = margins[KEYS[side]];
				const range = table.margins[side];
				const off = outside(range, value, SAME_MM);
				if (off > 0) {
					wrong.push(`${NAMES[side]} ${formatNumber(value)} mm (quy định ${rangeText(range)} mm)`);
					if (off > EDGE_MM) {
						severity = 'error';
					}
				} else if (chosen.has(side) && Math.abs(value - range.value) > SAME_MM) {
					differ.push(`${NAMES[side]} ${formatNumber(value)} mm (nhóm chọn ${formatNumber(range.value)} mm)`);
				}
			}
			const range = sectionRange(ctx.letter, view, index);
			if (wrong.length > 0) {
				ctx.report({ messageId: 'outOfRange', data: { sides: wrong.join('; ') }, range, severity });
			} else if (differ.length > 0) {
				ctx.report({ messageId: 'notChosen', data: { sides: differ.join('; ') }, range, severity: 'hint' });
			}
		});
	},
} satisfies Rule;
