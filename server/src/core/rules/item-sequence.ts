// Các phần, chương, mục, điều, khoản, điểm cùng cấp được đánh số liên tục từ đầu: khoản 1., 2., 3. …,
// điểm a), b), c) … theo bảng chữ cái tiếng Việt, Phần I, II, III …; mỗi nhóm bắt đầu lại trong mỗi mục
// cha. Số bị bỏ qua, sai thứ tự hoặc không bắt đầu từ 1 (từ "a)") là sai.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ (reference R5.3–R5.5).
// A duplicated number belongs to duplicate-item-number, and a điểm letter outside the Vietnamese order
// (f, j, w, z; e right after d when the letter uses đ) to diem-letter-order: neither is reported here,
// and the item after a duplicate ("7., 7., 8.") is in order. One defect gives one finding: a mistyped
// number between two neighbours that fit ("1. 2. 12. 4.") is reported once, and the items after it are
// judged against the sequence the drafter meant. Decimal items (1.1., 4.2.3.) are a level of their own
// under the khoản whose number they extend, and quoted text numbers on its own.
import { KIND_NAMES, isBrokenItem, numberings, renderLabel, renumberFrom, type Numbering, type Verdict } from '../item-numbering';
import { subRange, type Body, type Item, type UnlabelledItem } from '../letter';
import type { Rule, RuleContext, TextEdit } from '../types';

/** A marker as it would be written for a value: "3.", "1.3.", "c)", "Điều 3", "Phần II", "II.", "Mục 2". */
function renderMarker(item: Item, value: number): string {
	const label = renderLabel(item.kind, value) ?? '?';
	switch (item.kind) {
		case 'diem':
			return `${label})`;
		case 'khoan':
			return `${item.prefix ?? ''}${label}.`;
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
function missingMarkers(item: Item, from: number, to: number): string {
	// Only the two ends when there are more than three: a gap from 1 to 1,000,000 is rendered in constant time.
	if (to - from + 1 > 3) {
		return `từ "${renderMarker(item, from)}" đến "${renderMarker(item, to)}"`;
	}
	const markers: string[] = [];
	for (let v = from; v <= to; v++) {
		markers.push(`"${renderMarker(item, v)}"`);
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
	judges: ['body', 'attachmentBody'],
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		start: '{kind} đầu tiên là "{marker}": số thứ tự phải bắt đầu từ "{expected}".',
		skipped: 'Số thứ tự {kind} không liên tục: sau "{previous}" là "{marker}", thiếu {missing}.',
		outOfOrder: '{kind} "{marker}" đứng sau "{previous}": sai thứ tự.',
		typo: '{kind} "{marker}" có lẽ là "{expected}": đứng giữa "{previous}" và "{next}".',
		prefix: '"{marker}" nằm trong khoản "{parent}": số phải bắt đầu bằng "{prefix}".',
		unlabelled: 'Đoạn này có lẽ là "{expected}": đứng giữa "{previous}" và "{next}" nhưng không ghi số điều.',
	},
	check(ctx) {
		for (const numbering of numberings(ctx.letter)) {
			for (const group of numbering.groups) {
				if (group.items[0]?.prefix !== undefined) {
					checkPrefix(ctx, numbering, group.items);
				}
				// Only a group with an item that does not fit has verdicts to report: most groups have none.
				const verdicts = group.verdicts;
				if (!verdicts) {
					continue;
				}
				for (let index = 0; index < verdicts.length; index++) {
					const verdict = verdicts[index] as Verdict;
					if (verdict.kind !== 'ok' && verdict.kind !== 'letter' && verdict.kind !== 'duplicate') {
						reportVerdict(ctx, numbering.body, group.items, index, verdict);
					}
				}
			}
		}
	},
} satisfies Rule;

/** Reports how `siblings[index]` breaks the sequence (a start, a typo, a gap or an order that is not the drafter's). */
function reportVerdict(
	ctx: RuleContext,
	body: Body,
	siblings: readonly Item[],
	index: number,
	verdict: Verdict & { kind: 'start' | 'typo' | 'skipped' | 'outOfOrder' },
): void {
	const item = siblings[index] as Item;
	const kind = KIND_NAMES[item.kind];
	// A gap of one Điều where a paragraph stands without its label: one finding, on that paragraph.
	const unlabelled = verdict.kind === 'skipped' ? body.unlabelled?.find((u) => u.next === item) : undefined;
	if (unlabelled) {
		reportUnlabelled(ctx, unlabelled);
		return;
	}
	const previous = verdict.kind === 'start' ? undefined : verdict.previous;
	const render = (value: number): string => renderMarker(item, value);
	const start = verdict.kind === 'typo' ? verdict.expected : verdict.kind === 'skipped' ? verdict.from : 1;
	const suggestion =
		verdict.kind === 'typo'
			? typoEdit(item, verdict.expected)
			: renumberFrom(siblings, index, verdict.kind === 'outOfOrder' ? (previous?.value ?? 0) + 1 : start);
	const related = [
		...(previous ? [{ range: previous.marker.range, message: `${kind} "${previous.marker.text}" đứng trước.` }] : []),
		...(verdict.kind === 'typo' ? [{ range: verdict.next.marker.range, message: `${kind} "${verdict.next.marker.text}" đứng sau.` }] : []),
	];
	const data: Record<string, string> = { kind, marker: item.marker.text };
	switch (verdict.kind) {
		case 'start':
			data['expected'] = render(1);
			break;
		case 'typo':
			Object.assign(data, {
				expected: render(verdict.expected),
				previous: verdict.previous.marker.text,
				next: verdict.next.marker.text,
			});
			break;
		case 'skipped':
			Object.assign(data, { previous: verdict.previous.marker.text, missing: missingMarkers(item, verdict.from, verdict.to) });
			break;
		case 'outOfOrder':
			data['previous'] = verdict.previous.marker.text;
			break;
	}
	ctx.report({
		messageId: verdict.kind,
		data,
		range: item.marker.range,
		...(related.length > 0 ? { related } : {}),
		...(suggestion && suggestion.length > 0
			? {
					suggestions: [
						{
							message:
								verdict.kind === 'typo' ? `Sửa thành "${data['expected']}".` : `Đánh số lại từ ${kind} "${item.marker.text}" trở đi.`,
							edits: suggestion,
						},
					],
				}
			: {}),
	});
}

/** "Điều 2." then a paragraph without a label, then "Điều 4.": the paragraph is Điều 3. */
function reportUnlabelled(ctx: RuleContext, unlabelled: UnlabelledItem): void {
	const { previous, next, start } = unlabelled;
	const expected = `Điều ${unlabelled.value}.`;
	ctx.report({
		messageId: 'unlabelled',
		data: { expected, previous: previous.marker.text, next: next.marker.text },
		range: start.range,
		related: [
			{ range: previous.marker.range, message: `Điều "${previous.marker.text}" đứng trước.` },
			{ range: next.marker.range, message: `Điều "${next.marker.text}" đứng sau.` },
		],
		suggestions: [
			{ message: `Thêm "${expected}".`, edits: [{ range: { start: start.range.start, end: start.range.start }, text: `${expected} ` }] },
		],
	});
}

/** The edit that gives a mistyped item the number it stands for. */
function typoEdit(item: Item, value: number): TextEdit[] | undefined {
	const label = renderLabel(item.kind, value);
	if (label === undefined) {
		return undefined;
	}
	const at = item.marker.text.lastIndexOf(item.label);
	return [{ range: subRange(item.marker, at, at + item.label.length), text: label }];
}

/**
 * A decimal item extends the number of the khoản it stands under ("1." then "1.1."): "4.1." under "1." is
 * out of sequence. Reported once per group, at its first such item.
 */
function checkPrefix(ctx: RuleContext, numbering: Numbering, siblings: readonly Item[]): void {
	const first = siblings[0];
	const parent = first?.parent;
	if (!first || first.prefix === undefined || !parent || parent.kind !== 'khoan' || first.quote !== parent.quote) {
		return;
	}
	const expected = `${parent.prefix ?? ''}${parent.label}.`;
	const wrong = siblings.find((item) => item.prefix !== expected);
	// A khoản whose own number is reported (a typo, a duplicate): its decimal items show what it should be.
	if (wrong && !parentBroken(numbering, parent)) {
		ctx.report({
			messageId: 'prefix',
			data: { marker: wrong.marker.text, parent: parent.marker.text, prefix: expected },
			range: wrong.marker.range,
			related: [{ range: parent.marker.range, message: `khoản "${parent.marker.text}".` }],
		});
	}
}

/** Whether an item's own number breaks its group's sequence (reported here or by duplicate-item-number). */
function parentBroken(numbering: Numbering, parent: Item): boolean {
	return isBrokenItem(numbering, parent);
}
