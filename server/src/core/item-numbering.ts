// The numbering of the body's items (Phần, Chương, Mục, I., Điều, khoản, điểm) as the body rules need it:
// the groups of siblings, how a kind is named in a message, and the label of a value in a kind's numbering,
// with the edits that renumber a group.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ (reference R5.3–R5.5).
import { DIEM_LETTERS, subRange, type Body, type Item, type Letter } from './letter';
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

// The numbered bodies of each letter, built once (four rules ask on every check).
const BODIES = new WeakMap<Letter, readonly Body[]>();

/** The bodies whose numbering is checked: the letter's, and an attachment's after the signature (reference I4). */
export function numberedBodies(letter: Letter): readonly Body[] {
	let bodies = BODIES.get(letter);
	if (!bodies) {
		bodies = [letter.body, letter.attachmentBody].filter((body): body is Body => body !== undefined);
		BODIES.set(letter, bodies);
	}
	return bodies;
}

/** Whether the letter numbers a điểm "đ)": then "e)" right after "d)" has skipped it. */
export function usesDj(body: Body): boolean {
	return body.allItems.some((item) => item.kind === 'diem' && item.label === 'đ');
}

/** True for a điểm whose letter is not in the Vietnamese order (f, j, w, z). */
export function isForeignLetter(item: Item): boolean {
	return item.kind === 'diem' && !DIEM_LETTERS.includes(item.label);
}

/** Whether two children of one parent are numbered together: same kind, both decimal or neither, same quotation. */
function sameGroup(a: Item, b: Item): boolean {
	return a.kind === b.kind && (a.prefix === undefined) === (b.prefix === undefined) && a.quote === b.quote;
}

// The groups of a body, computed once: three rules ask for them on every check.
const GROUPS = new WeakMap<Body, readonly (readonly Item[])[]>();

/**
 * The groups of siblings: items of one kind directly inside the same parent (or at the top level), decimal
 * items and quoted items apart, in one pass over the items. The result is shared by every caller for the same body and must not be changed.
 */
export function siblingGroups(body: Body): readonly (readonly Item[])[] {
	const cached = GROUPS.get(body);
	if (cached) {
		return cached;
	}
	const groups: Item[][] = [];
	const collect = (children: readonly Item[]): void => {
		// Decimal items and the items of each quotation are numbered apart from the items of their kind. A parent
		// has children of a few kinds at most: its groups are kept in a short list, in the order they first appear.
		// Most items have no children: nothing is built for them. The groups are appended to `groups` as they
		// appear, and looked for among this parent's own (from `first` on).
		const first = groups.length;
		for (const item of children) {
			if (item.kind === 'dieu') {
				continue;
			}
			let group: Item[] | undefined;
			for (let g = first; g < groups.length && !group; g++) {
				if (sameGroup((groups[g] as Item[])[0] as Item, item)) {
					group = groups[g];
				}
			}
			if (group) {
				group.push(item);
			} else {
				groups.push([item]);
			}
		}
	};
	collect(body.items);
	for (const item of body.allItems) {
		collect(item.children);
	}
	// Điều are numbered through the whole document, across its Chương and Mục (Điều 3 opens Chương II); a
	// quotation's Điều apart.
	const dieu = new Map<number | undefined, Item[]>();
	for (const item of body.allItems) {
		if (item.kind === 'dieu') {
			const group = dieu.get(item.quote);
			if (group) {
				group.push(item);
			} else {
				dieu.set(item.quote, [item]);
			}
		}
	}
	groups.push(...dieu.values());
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

/** A number in Roman numerals, in capitals ("IV"); for headings here and Word's automatic numbering (docx/numbering.ts). */
export function toRoman(value: number): string {
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

/** How an item fits the sequence of its group, as the drafter evidently meant it. */
export type Verdict =
	| { kind: 'ok' }
	/** A điểm letter outside the Vietnamese order, or "e)" after "d)" in a letter that uses "đ)": diem-letter-order's. */
	| { kind: 'letter' }
	/** The first item does not start at 1 (or I, a). */
	| { kind: 'start' }
	/** A mistyped number: its neighbours fit each other, so it stands for `expected`. */
	| { kind: 'typo'; expected: number; previous: Item; next: Item }
	/** Numbers are missing before this item, from `from` to `to`. */
	| { kind: 'skipped'; previous: Item; from: number; to: number }
	/** A smaller number after a larger one. */
	| { kind: 'outOfOrder'; previous: Item }
	/** Two items with one number, and this is the one that breaks the sequence; `other` is the one that fits. */
	| { kind: 'duplicate'; other: Item };

const VERDICTS = new WeakMap<readonly Item[], readonly Verdict[]>();
// The verdict of every item that fits: one shared object, since most items fit.
const OK: Verdict = Object.freeze({ kind: 'ok' });

// The verdicts of plainly numbered groups of up to 64 items, by length: one frozen array shared by every
// group of that length (most groups are short), rather than a new array per group and check.
const ALL_OK: (readonly Verdict[])[] = [];

function allOk(length: number): readonly Verdict[] {
	if (length > 64) {
		return new Array<Verdict>(length).fill(OK);
	}
	return (ALL_OK[length] ??= Object.freeze(new Array<Verdict>(length).fill(OK)));
}

/** Whether a group is numbered 1, 2, 3 … with no foreign letter: then every item fits, and nothing more is judged. */
function isPlainSequence(siblings: readonly Item[]): boolean {
	for (let index = 0; index < siblings.length; index++) {
		const item = siblings[index] as Item;
		if (item.value !== index + 1 || isForeignLetter(item)) {
			return false;
		}
	}
	return true;
}

/**
 * How each item of a group fits the sequence, judged once per defect: a mistyped number is reported at the
 * item alone and the next item is judged against the sequence the drafter meant ("1. 2. 12. 4." gives one
 * verdict, on "12."), and of two items with one number, the one that breaks the sequence is blamed.
 */
export function sequenceVerdicts(siblings: readonly Item[], dj: boolean): readonly Verdict[] {
	const cached = VERDICTS.get(siblings);
	if (cached) {
		return cached;
	}
	if (isPlainSequence(siblings)) {
		const verdicts = allOk(siblings.length);
		VERDICTS.set(siblings, verdicts);
		return verdicts;
	}
	const verdicts: Verdict[] = siblings.map(() => OK);
	// The items counted in the sequence (not the foreign letters), and the index of each in `siblings`.
	const counted: Item[] = [];
	const indexOf: number[] = [];
	siblings.forEach((item, index) => {
		if (!isForeignLetter(item)) {
			counted.push(item);
			indexOf.push(index);
		}
	});
	// How well the item at `at` fits its neighbours: one point for each neighbour that is one step away.
	const fit = (at: number): number => {
		const item = counted[at] as Item;
		const before = counted[at - 1];
		const after = counted[at + 1];
		return (before && before.value + 1 === item.value ? 1 : 0) + (after && after.value === item.value + 1 ? 1 : 0);
	};
	// For each value, where it was first counted; for each counted item, whether it is a blamed duplicate and
	// the item it duplicates.
	const firstOf = new Map<number, number>();
	const blamed: boolean[] = counted.map(() => false);
	const duplicateOf: (Item | undefined)[] = [];
	counted.forEach((item, at) => {
		const first = firstOf.get(item.value);
		if (first === undefined) {
			firstOf.set(item.value, at);
			return;
		}
		// The later one is blamed unless the earlier one fits its neighbours less well.
		const [culprit, other] = !blamed[first] && fit(first) < fit(at) ? [first, at] : [at, first];
		blamed[culprit] = true;
		duplicateOf[culprit] = counted[other];
	});
	let expected = 1;
	// Blamed duplicates since the last accepted item: after "7., 7." both "8." and "9." are in order.
	let slack = 0;
	let previous: Item | undefined;
	// The next item that is not a blamed duplicate, for each position, in one backward pass.
	const nextKept: (Item | undefined)[] = [];
	for (let at = counted.length - 1, kept: Item | undefined; at >= 0; at--) {
		nextKept[at] = kept;
		kept = blamed[at] ? kept : counted[at];
	}
	counted.forEach((item, at) => {
		const index = indexOf[at] as number;
		if (blamed[at]) {
			slack++;
			return;
		}
		const next = nextKept[at];
		const inOrder = item.value >= expected && item.value <= expected + slack;
		slack = 0;
		// Quoted text may amend any khoản: its numbering starts where the quotation starts ("khoản 3 như sau: “3. …”").
		if (inOrder || (!previous && item.quote !== undefined)) {
			expected = item.value + 1;
		} else if (dj && item.kind === 'diem' && item.label === 'e' && previous?.label === 'd') {
			verdicts[index] = { kind: 'letter' };
			expected = Math.max(expected, item.value + 1);
		} else if (!previous) {
			verdicts[index] = { kind: 'start' };
			expected = next?.value === 2 ? 2 : item.value + 1;
		} else if (next && next.value === expected + 1) {
			verdicts[index] = { kind: 'typo', expected, previous, next };
			expected++;
		} else if (item.value > expected) {
			verdicts[index] = { kind: 'skipped', previous, from: expected, to: item.value - 1 };
			expected = item.value + 1;
		} else {
			verdicts[index] = { kind: 'outOfOrder', previous };
			if (next?.value === item.value + 1) {
				expected = item.value + 1;
			}
		}
		previous = item;
	});
	siblings.forEach((item, index) => {
		if (isForeignLetter(item)) {
			verdicts[index] = { kind: 'letter' };
		}
	});
	duplicateOf.forEach((other, at) => {
		if (other) {
			verdicts[indexOf[at] as number] = { kind: 'duplicate', other };
		}
	});
	VERDICTS.set(siblings, verdicts);
	return verdicts;
}
