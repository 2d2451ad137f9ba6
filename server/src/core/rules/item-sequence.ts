// Các phần, chương, mục, điều, khoản, điểm cùng cấp được đánh số liên tục từ đầu: khoản 1., 2., 3. …,
// điểm a), b), c) … theo bảng chữ cái tiếng Việt, Phần I, II, III …; mỗi nhóm bắt đầu lại trong mỗi mục
// cha. Số bị bỏ qua, sai thứ tự hoặc không bắt đầu từ 1 (từ "a)") là sai.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ (reference R5.3–R5.5).
// A duplicated number belongs to duplicate-item-number, and a điểm letter outside the Vietnamese order
// (f, j, w, z; e right after d when the letter uses đ) to diem-letter-order: neither is reported here,
// and the item after a duplicate ("7., 7., 8.") is in order.
import { KIND_NAMES, isForeignLetter, renderLabel, renumberFrom, siblingGroups, usesDj } from '../item-numbering';
import type { Item } from '../letter';
import type { Rule } from '../types';

/** A marker as it would be written for a value: "3.", "c)", "Điều 3", "Phần II", "II.", "Mục 2". */
function renderMarker(kind: Item['kind'], value: number): string {
	const label = renderLabel(kind, value) ?? '?';
	switch (kind) {
		case 'diem':
			return `${label})`;
		case 'khoan':
		case 'la-ma':
			return `${label}.`;
		case 'dieu':
			return `Điều ${label}`;
		case 'phan':
			return `Phần ${label}`;
		case 'chuong':
			return `Chương ${label}`;
		case 'muc':
			return `Mục ${label}`;
	}
}

/** The missing markers between two values, shortened when there are many. */
function missingMarkers(kind: Item['kind'], from: number, to: number): string {
	// Only the two ends when there are more than three: a gap from 1 to 1,000,000 is rendered in constant time.
	if (to - from + 1 > 3) {
		return `từ "${renderMarker(kind, from)}" đến "${renderMarker(kind, to)}"`;
	}
	const markers: string[] = [];
	for (let v = from; v <= to; v++) {
		markers.push(`"${renderMarker(kind, v)}"`);
	}
	return markers.join(', ');
}

export default {
	id: 'item-sequence',
	category: 'noi-dung',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ',
	description:
		'Các phần, chương, mục, điều, khoản, điểm cùng cấp phải được đánh số liên tục, đúng thứ tự, bắt đầu từ 1 (hoặc I, a) trong mỗi mục cha.',
	defaultSeverity: 'warning',
	fixable: false,
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		start: '{kind} đầu tiên là "{marker}": số thứ tự phải bắt đầu từ "{expected}".',
		skipped: 'Số thứ tự {kind} không liên tục: sau "{previous}" là "{marker}", thiếu {missing}.',
		outOfOrder: '{kind} "{marker}" đứng sau "{previous}": sai thứ tự.',
	},
	check(ctx) {
		const body = ctx.letter.body;
		if (!body) {
			return;
		}
		const dj = usesDj(body);
		for (const siblings of siblingGroups(body)) {
			let expected = 1;
			// Duplicates since the last accepted item: after "7., 7." both "8." and "9." are in order.
			let slack = 0;
			const seen = new Set<number>();
			let previous: Item | undefined;
			siblings.forEach((item, index) => {
				if (isForeignLetter(item)) {
					return;
				}
				if (seen.has(item.value)) {
					slack++;
					return;
				}
				seen.add(item.value);
				const inOrder = item.value >= expected && item.value <= expected + slack;
				// "e)" right after "d)" in a letter that uses "đ)" is diem-letter-order's.
				const eAfterD = dj && item.label === 'e' && previous?.label === 'd';
				if (!inOrder && !eAfterD) {
					const kind = KIND_NAMES[item.kind];
					const start = item.value < expected ? expected : expected + slack;
					const suggestion = renumberFrom(siblings, index, previous ? start : 1);
					const report = (messageId: string, data: Record<string, string>): void => {
						ctx.report({
							messageId,
							data: { kind, marker: item.marker.text, ...data },
							range: item.marker.range,
							...(previous
								? { related: [{ range: previous.marker.range, message: `${kind} "${previous.marker.text}" đứng trước.` }] }
								: {}),
							...(suggestion && suggestion.length > 0
								? { suggestions: [{ message: `Đánh số lại từ ${kind} "${item.marker.text}" trở đi.`, edits: suggestion }] }
								: {}),
						});
					};
					if (!previous) {
						report('start', { expected: renderMarker(item.kind, 1) });
					} else if (item.value > expected) {
						report('skipped', { previous: previous.marker.text, missing: missingMarkers(item.kind, expected + slack, item.value - 1) });
					} else {
						report('outOfOrder', { previous: previous.marker.text });
					}
				}
				expected = inOrder ? item.value + 1 : Math.max(expected, item.value + 1);
				slack = 0;
				previous = item;
			});
		}
	},
} satisfies Rule;
