// The numbering of the body's items (Phần, Chương, Mục, I., Điều, khoản, điểm) as the body rules need it:
// the groups of siblings, how a kind is named in a message, and the label of a value in a kind's numbering,
// with the edits that renumber a group.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ (reference R5.3–R5.5).
import { DIEM_LETTERS, subRange, type Body, type Item } from './letter';
import type { TextEdit } from './types';

/** How each kind is named in a message. */
export const KIND_NAMES: Record<Item['kind'], string> = {
	phan: 'Phần',
	chuong: 'Chương',
	muc: 'Mục',
	'la-ma': 'mục',
	dieu: 'Điều',
	khoan: 'khoản',
	diem: 'điểm',
};

/** Whether the letter numbers a điểm "đ)": then "e)" right after "d)" has skipped it. */
export function usesDj(body: Body): boolean {
	return body.allItems.some((item) => item.kind === 'diem' && item.label === 'đ');
}

/** True for a điểm whose letter is not in the Vietnamese order (f, j, w, z). */
export function isForeignLetter(item: Item): boolean {
	return item.kind === 'diem' && !DIEM_LETTERS.includes(item.label);
}

// The groups of a body, computed once: three rules ask for them on every check.
const GROUPS = new WeakMap<Body, readonly (readonly Item[])[]>();

/**
 * The groups of siblings: items of one kind directly inside the same parent (or at the top level), in one
 * pass over the items. The result is shared by every caller for the same body and must not be changed.
 */
export function siblingGroups(body: Body): readonly (readonly Item[])[] {
	const cached = GROUPS.get(body);
	if (cached) {
		return cached;
	}
	const groups: Item[][] = [];
	const collect = (children: readonly Item[]): void => {
		// Most items have no children, and most parents children of one kind.
		if (children.length === 0) {
			return;
		}
		const byKind = new Map<Item['kind'], Item[]>();
		for (const item of children) {
			const group = byKind.get(item.kind);
			if (group) {
				group.push(item);
			} else {
				byKind.set(item.kind, [item]);
			}
		}
		for (const group of byKind.values()) {
			groups.push(group);
		}
	};
	collect(body.items);
	for (const item of body.allItems) {
		collect(item.children);
	}
	GROUPS.set(body, groups);
	return groups;
}

/** The label of a value in a kind's numbering ("3", "đ", "IV"), or undefined past the end of the alphabet. */
export function renderLabel(kind: Item['kind'], value: number): string | undefined {
	switch (kind) {
		case 'diem':
			return DIEM_LETTERS[value - 1];
		case 'phan':
		case 'chuong':
		case 'la-ma':
			return toRoman(value);
		default:
			return String(value);
	}
}

/**
 * Above this many siblings a group gets no renumbering suggestion: each finding's suggestion renumbers the
 * rest of its group, so a group of n items with n findings would carry n² edits. Real letters number a few
 * dozen items at most; the findings themselves are still reported.
 */
export const RENUMBER_LIMIT = 200;

/**
 * Edits that renumber `siblings[from..]` one by one, starting at `value`; undefined when the group has more
 * than RENUMBER_LIMIT items.
 */
export function renumberFrom(siblings: readonly Item[], from: number, value: number): TextEdit[] | undefined {
	if (siblings.length > RENUMBER_LIMIT) {
		return undefined;
	}
	const edits: TextEdit[] = [];
	let next = value;
	for (let index = from; index < siblings.length; index++) {
		const item = siblings[index];
		if (!item) {
			continue;
		}
		const label = renderLabel(item.kind, next);
		if (label !== undefined && label !== item.label) {
			const at = item.marker.text.lastIndexOf(item.label);
			edits.push({ range: subRange(item.marker, at, at + item.label.length), text: label });
		}
		next++;
	}
	return edits;
}

function toRoman(value: number): string {
	const table: [number, string][] = [
		[1000, 'M'],
		[900, 'CM'],
		[500, 'D'],
		[400, 'CD'],
		[100, 'C'],
		[90, 'XC'],
		[50, 'L'],
		[40, 'XL'],
		[10, 'X'],
		[9, 'IX'],
		[5, 'V'],
		[4, 'IV'],
		[1, 'I'],
	];
	let rest = value;
	let out = '';
	for (const [n, s] of table) {
		while (rest >= n) {
			out += s;
			rest -= n;
		}
	}
	return out;
}
