// The numbering of the body's items (Phần, Chương, Mục, I., Điều, khoản, điểm) as the body rules need it:
// the groups of siblings, how a kind is named in a message, and the label of a value in a kind's numbering,
// with the edits that renumber a group.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ (reference R5.3–R5.5).
import { DIEM_LETTERS, memoKey, memoOn, subRange, type Body, type Item, type Letter } from './letter';
import { toRoman } from './roman';
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

/** True for a điểm whose letter is not in the Vietnamese order (f, j, w, z). */
export function isForeignLetter(item: Item): boolean {
	return item.kind === 'diem' && !DIEM_LETTERS.includes(item.label);
}

/** A group of siblings: items numbered together (one sequence). */
export interface ItemGroup {
	/** The items in document order. */
	readonly items: readonly Item[];
	/** How each item fits the sequence, by index; undefined when the group is numbered 1, 2, 3 … (with verdicts, all may still be ok). */
	readonly verdicts: readonly Verdict[] | undefined;
}

/** The numbering of one body, read once for all the rules that check it. Shared: it must not be changed. */
export interface Numbering {
	readonly body: Body;
	/** Whether the body numbers a điểm "đ)": then "e)" right after "d)" has skipped it. */
	readonly dj: boolean;
	/** Every group of siblings: the top level's, then each parent's in document order, then the Điều's (walkItems). */
	readonly groups: readonly ItemGroup[];
	/**
	 * The groups not numbered plainly 1, 2, 3 … (a quotation that starts at "3." is one, with every verdict ok), in
	 * the order of `groups`: the only ones on which duplicate-item-number, item-sequence and diem-letter-order
	 * report a number. Empty for most bodies.
	 */
	readonly broken: readonly BrokenGroup[];
	/**
	 * The items whose marker may be written the wrong way, in document order, for item-marker-format: a Điều
	 * whose marker ends in ":", a khoản (not decimal) whose marker ends in "-" or is its bare number. Empty for
	 * most bodies.
	 */
	readonly oddMarkers: readonly Item[];
}

/** A group with an item that does not fit: its verdicts are there. */
export interface BrokenGroup extends ItemGroup {
	readonly verdicts: readonly Verdict[];
}

// The numbering of each letter's bodies, built once when a rule first asks (four rules ask on every check).
const NUMBERINGS = memoKey<readonly Numbering[]>('numberings');

/**
 * The numbering of the bodies that are checked: the letter's, and an attachment's after the signature
 * (reference I4). One walk of each body's items builds its groups and judges them, for every rule.
 */
export function numberings(letter: Letter): readonly Numbering[] {
	return memoOn(letter, NUMBERINGS, () => {
		const found: Numbering[] = [];
		if (letter.body) {
			found.push(numberingOf(letter.body));
		}
		if (letter.attachmentBody) {
			found.push(numberingOf(letter.attachmentBody));
		}
		return found;
	});
}

function numberingOf(body: Body): Numbering {
	const groups: ItemGroup[] = [];
	const broken: BrokenGroup[] = [];
	// A body without items (most letters have none, or a few khoản) has one shape of answer too.
	if (body.allItems.length === 0) {
		return { body, dj: false, groups, broken, oddMarkers: NO_MARKERS };
	}
	const walk = walkItems(body);
	const dj = walk.dj;
	for (const items of walk.lists) {
		if (isPlainSequence(items)) {
			groups.push({ items, verdicts: undefined });
		} else {
			const group: BrokenGroup = { items, verdicts: sequenceVerdicts(items, dj) };
			groups.push(group);
			broken.push(group);
		}
	}
	return {
		body,
		dj,
		groups,
		broken,
		oddMarkers: walk.oddMarkers ?? NO_MARKERS,
	};
}

const NO_MARKERS: readonly Item[] = [];

/**
 * Whether an item's own number does not fit its group (its verdict is not "ok"). Searched in the broken groups
 * when asked, which is seldom (a decimal item under a khoản, item-sequence): no set of such items is built for
 * every body.
 */
export function isBrokenItem(numbering: Numbering, item: Item): boolean {
	for (const group of numbering.broken) {
		const index = group.items.indexOf(item);
		if (index >= 0) {
			return (group.verdicts[index] as Verdict).kind !== 'ok';
		}
	}
	return false;
}

/** What one walk of a body's items finds: the lists of siblings, whether a điểm "đ)" is used, the odd markers. */
interface ItemWalk {
	readonly lists: Item[][];
	readonly dj: boolean;
	readonly oddMarkers: Item[] | undefined;
}

/**
 * One pass over the items for every rule: the lists of siblings (items of one kind directly inside the same
 * parent, or at the top level, decimal items and quoted items apart), whether the body numbers a điểm "đ)",
 * and the items whose marker item-marker-format reads.
 */
function walkItems(body: Body): ItemWalk {
	const groups: Item[][] = [];
	collect(groups, body.items);
	let dj = false;
	let oddMarkers: Item[] | undefined;
	// Điều are numbered through the whole document, across its Chương and Mục (Điều 3 opens Chương II); a
	// quotation's Điều apart. A body has one quotation with Điều at most, as a rule: a short list, searched.
	let dieu: Item[][] | undefined;
	for (const item of body.allItems) {
		if (item.children.length > 0) {
			collect(groups, item.children);
		}
		if (item.kind === 'diem' && item.label === 'đ') {
			dj = true;
		}
		// A marker that may be written the wrong way ("Điều 1:", "1 -", a bare "1"): see Numbering.oddMarkers. The
		// tests of this walk and of collect are written out here rather than in small functions of their own: each
		// distinct function this hot is compiled once more per process.
		const written = item.marker.text;
		const mark = written.length > 0 ? written.charCodeAt(written.length - 1) : 0;
		if (
			item.kind === 'dieu' ? mark === 0x3a : item.kind === 'khoan' && item.prefix === undefined && (mark === 0x2d || written === item.label)
		) {
			(oddMarkers ??= []).push(item);
		}
		if (item.kind !== 'dieu') {
			continue;
		}
		dieu ??= [];
		let group: Item[] | undefined;
		for (let g = 0; g < dieu.length && !group; g++) {
			if (((dieu[g] as Item[])[0] as Item).quote === item.quote) {
				group = dieu[g];
			}
		}
		if (group) {
			group.push(item);
		} else {
			dieu.push([item]);
		}
	}
	if (dieu) {
		for (const group of dieu) {
			groups.push(group);
		}
	}
	return { lists: groups, dj, oddMarkers };
}

/**
 * Appends the groups of one parent's children to `groups`. Decimal items and the items of each quotation are
 * numbered apart from the items of their kind. A parent has children of a few kinds at most: its groups are
 * kept in a short list, in the order they first appear, and looked for among this parent's own (from `first` on).
 */
function collect(groups: Item[][], children: readonly Item[]): void {
	const first = groups.length;
	for (const item of children) {
		if (item.kind === 'dieu') {
			continue;
		}
		let group: Item[] | undefined;
		for (let g = first; g < groups.length && !group; g++) {
			// Numbered together: same kind, both decimal or neither, same quotation.
			const other = (groups[g] as Item[])[0] as Item;
			if (other.kind === item.kind && (other.prefix === undefined) === (item.prefix === undefined) && other.quote === item.quote) {
				group = groups[g];
			}
		}
		if (group) {
			group.push(item);
		} else {
			groups.push([item]);
		}
	}
}

/** The label of a value in a kind's numbering ("3", "đ", "IV"), or undefined past the end of the alphabet. */
export function renderLabel(kind: Item['kind'], value: number): string | undefined {
	switch (kind) {
		case 'diem':
			// Past either end of the alphabet there is no letter; the test keeps the read in bounds.
			return value >= 1 && value <= DIEM_LETTERS.length ? DIEM_LETTERS.charAt(value - 1) : undefined;
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

// The fields of every verdict: each verdict has all of them, so that all verdicts have one shape and the rules
// that read them stay monomorphic; a kind's own fields are typed below, the others are 0 or undefined.
interface VerdictFields {
	expected: number;
	from: number;
	to: number;
	previous: Item | undefined;
	next: Item | undefined;
	other: Item | undefined;
}

/** How an item fits the sequence of its group, as the drafter evidently meant it. */
export type Verdict = VerdictFields &
	(
		| { kind: 'ok' }
		/** A điểm letter outside the Vietnamese order, or "e)" after "d)" in a letter that uses "đ)": diem-letter-order's. */
		| { kind: 'letter' }
		/** The first item does not start at 1 (or I, a). */
		| { kind: 'start' }
		/** A mistyped number: its neighbours fit each other, so it stands for `expected`. */
		| { kind: 'typo'; previous: Item; next: Item }
		/** Numbers are missing before this item, from `from` to `to`. */
		| { kind: 'skipped'; previous: Item }
		/** A smaller number after a larger one. */
		| { kind: 'outOfOrder'; previous: Item }
		/** Two items with one number, and this is the one that breaks the sequence; `other` is the one that fits. */
		| { kind: 'duplicate'; other: Item }
	);

/** A verdict with every field set, in one order (see VerdictFields). */
function verdict(
	kind: Verdict['kind'],
	previous: Item | undefined = undefined,
	next: Item | undefined = undefined,
	expected = 0,
	from = 0,
	to = 0,
	other: Item | undefined = undefined,
): Verdict {
	return { kind, expected, from, to, previous, next, other } as Verdict;
}

// The verdict of every item that fits: one shared object, since most items fit.
const OK: Verdict = verdict('ok');

/** Whether a group is numbered 1, 2, 3 … with no foreign letter: then every item fits, and nothing more is judged. */
function isPlainSequence(siblings: readonly Item[]): boolean {
	for (let index = 0; index < siblings.length; index++) {
		const item = siblings[index] as Item;
		// isForeignLetter, written out (see walkItems).
		if (item.value !== index + 1 || (item.kind === 'diem' && !DIEM_LETTERS.includes(item.label))) {
			return false;
		}
	}
	return true;
}

/**
 * How each item of a group that is not plainly numbered fits the sequence, judged once per defect: a mistyped
 * number is reported at the item alone and the next item is judged against the sequence the drafter meant
 * ("1. 2. 12. 4." gives one verdict, on "12."), and of two items with one number, the one that breaks the
 * sequence is blamed.
 */
function sequenceVerdicts(siblings: readonly Item[], dj: boolean): readonly Verdict[] {
	const verdicts: Verdict[] = [];
	// The items counted in the sequence (not the foreign letters), and the index of each in `siblings`.
	const counted: Item[] = [];
	const indexOf: number[] = [];
	for (let index = 0; index < siblings.length; index++) {
		const item = siblings[index] as Item;
		verdicts.push(OK);
		if (!isForeignLetter(item)) {
			counted.push(item);
			indexOf.push(index);
		}
	}
	// How well the item at `at` fits its neighbours: one point for each neighbour that is one step away.
	const fit = (at: number): number => {
		const item = counted[at] as Item;
		const before = at > 0 ? counted[at - 1] : undefined;
		const after = at + 1 < counted.length ? counted[at + 1] : undefined;
		return (before && before.value + 1 === item.value ? 1 : 0) + (after && after.value === item.value + 1 ? 1 : 0);
	};
	// For each value, where it was first counted; for each counted item, whether it is a blamed duplicate and
	// the item it duplicates.
	const firstOf = new Map<number, number>();
	// A byte per item (1: blamed) and a filled array: one shape whatever the group, so no deopt on a new one.
	const blamed = new Uint8Array(counted.length);
	const duplicateOf = new Array<Item | undefined>(counted.length).fill(undefined);
	for (let at = 0; at < counted.length; at++) {
		const item = counted[at] as Item;
		const first = firstOf.get(item.value);
		if (first === undefined) {
			firstOf.set(item.value, at);
			continue;
		}
		// The later one is blamed unless the earlier one fits its neighbours less well.
		const earlier = !blamed[first] && fit(first) < fit(at);
		const culprit = earlier ? first : at;
		blamed[culprit] = 1;
		duplicateOf[culprit] = counted[earlier ? at : first];
	}
	let expected = 1;
	// Blamed duplicates since the last accepted item: after "7., 7." both "8." and "9." are in order.
	let slack = 0;
	let previous: Item | undefined;
	// The next item that is not a blamed duplicate, for each position, in one backward pass.
	const nextKept: (Item | undefined)[] = new Array<Item | undefined>(counted.length).fill(undefined);
	for (let at = counted.length - 1, kept: Item | undefined; at >= 0; at--) {
		nextKept[at] = kept;
		kept = blamed[at] ? kept : counted[at];
	}
	for (let at = 0; at < counted.length; at++) {
		const item = counted[at] as Item;
		const index = indexOf[at] as number;
		if (blamed[at]) {
			slack++;
			continue;
		}
		const next = nextKept[at];
		const inOrder = item.value >= expected && item.value <= expected + slack;
		slack = 0;
		// Quoted text may amend any khoản: its numbering starts where the quotation starts ("khoản 3 như sau: “3. …”").
		if (inOrder || (!previous && item.quote !== undefined)) {
			expected = item.value + 1;
		} else if (dj && item.kind === 'diem' && item.label === 'e' && previous?.label === 'd') {
			verdicts[index] = verdict('letter');
			expected = Math.max(expected, item.value + 1);
		} else if (!previous) {
			verdicts[index] = verdict('start');
			expected = next?.value === 2 ? 2 : item.value + 1;
		} else if (next && next.value === expected + 1) {
			verdicts[index] = verdict('typo', previous, next, expected);
			expected++;
		} else if (item.value > expected) {
			verdicts[index] = verdict('skipped', previous, undefined, 0, expected, item.value - 1);
			expected = item.value + 1;
		} else {
			verdicts[index] = verdict('outOfOrder', previous);
			if (next?.value === item.value + 1) {
				expected = item.value + 1;
			}
		}
		previous = item;
	}
	for (let index = 0; index < siblings.length; index++) {
		if (isForeignLetter(siblings[index] as Item)) {
			verdicts[index] = verdict('letter');
		}
	}
	for (let at = 0; at < counted.length; at++) {
		const other = duplicateOf[at];
		if (other) {
			verdicts[indexOf[at] as number] = verdict('duplicate', undefined, undefined, 0, 0, 0, other);
		}
	}
	return verdicts;
}
