// Text helpers: a normalised copy of the letter with an exact map back to the original,
// a line index for UTF-16 positions, and Vietnamese-aware casing.
import type { Range } from './types';

// The offset map of a MappedText is a list of runs, three small integers each: the derived position where the
// run starts, then either the original offset of that position and COPY (the run is original text, one code
// unit for one, as most of a letter is), or the original range `from`, `to` that every code unit of the run
// stands for (text put in for a line break, a composed letter, an inserted space). A letter with a few rewrites
// keeps a few runs, not two numbers per code unit (which was most of the memory a letter kept open in the
// server). The list is the plain array the builder filled, handed over as it is: a typed array copied from it
// for every built text (one per paragraph of several lines) was an allocation and a copy each. COPY is -1, no
// offset, so that every entry is a small integer and the array keeps V8's compact integer elements.
const COPY = -1;

/** The runs of a MappedText (see COPY above): read only once built. */
type Runs = readonly number[];

/** The index in `runs` of the run that holds derived position `p` (at least the run's start); `p >= runs[0]`. */
function runAt(runs: Runs, p: number): number {
	let low = 0;
	let high = runs.length / 3 - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if ((runs[3 * mid] as number) <= p) {
			low = mid;
		} else {
			high = mid - 1;
		}
	}
	return 3 * low;
}

/** The original offset where derived position `p` starts (`end`: 0) or ends (1). */
function mapped(runs: Runs, p: number, end: number): number {
	const k = runAt(runs, p);
	const to = runs[k + 2] as number;
	if (to === COPY) {
		return (runs[k + 1] as number) + (p - (runs[k] as number)) + end;
	}
	return end === 0 ? (runs[k + 1] as number) : to;
}

/**
 * A string derived from an original text, with the offset in the original of every code unit.
 * When `runs` is undefined the string is the original itself (the common case: NFC, LF, no emphasis).
 */
export class MappedText {
	constructor(
		/** The derived text. */
		readonly text: string,
		/** The offset map as runs (see COPY above), shared by slices; read by MappedTextBuilder. */
		readonly runs: Runs | undefined = undefined,
		/** The offset of this text's position 0 in the original, for identity slices. */
		private readonly base = 0,
		/** Where this text's position 0 is in `runs`: a slice shares its parent's runs. */
		readonly first = 0,
	) {}

	/** The original offset of the start of derived position `offset`. */
	startAt(offset: number): number {
		if (this.runs === undefined) {
			return this.base + offset;
		}
		if (offset >= this.text.length) {
			return this.endAt(this.text.length);
		}
		// The runs may go on past this text on either side: a position before it has no entry.
		return offset >= 0 ? mapped(this.runs, this.first + offset, 0) : 0;
	}

	/** The original offset just past derived position `offset - 1`. */
	endAt(offset: number): number {
		if (this.runs === undefined) {
			return this.base + offset;
		}
		if (this.text.length === 0) {
			return 0;
		}
		if (offset <= 0) {
			return mapped(this.runs, this.first, 0);
		}
		return mapped(this.runs, this.first + Math.min(offset, this.text.length) - 1, 1);
	}

	/** Maps a derived range to the original text. */
	range(start: number, end: number): Range {
		if (this.runs === undefined) {
			// The original itself (most letters), without the calls of startAt and endAt.
			const at = this.base + start;
			return { start: at, end: end <= start ? at : this.base + end };
		}
		if (end <= start) {
			const at = this.startAt(start);
			return { start: at, end: at };
		}
		return { start: this.startAt(start), end: this.endAt(end) };
	}

	/** A slice of this text that keeps the map (negative and out-of-range offsets as String.prototype.slice takes them). */
	slice(start: number, end: number): MappedText {
		if (this.runs === undefined) {
			return new MappedText(this.text.slice(start, end), undefined, this.base + start, 0);
		}
		return new MappedText(this.text.slice(start, end), this.runs, 0, this.first + sliceIndex(start, this.text.length));
	}
}

/** Where String.prototype.slice starts for `index` in a string of `length` code units. */
function sliceIndex(index: number, length: number): number {
	const at = Math.trunc(index) || 0;
	return at < 0 ? Math.max(length + at, 0) : Math.min(at, length);
}

/** Builds a MappedText piece by piece. */
export class MappedTextBuilder {
	private readonly parts: string[] = [];
	// The runs built so far, three numbers each: a plain array (allocating a typed array for every builder, one
	// per paragraph of several lines, showed in the profile), which the built text keeps; build() is called once.
	private readonly runs: number[] = [];
	/** The number of derived code units mapped so far. */
	private length = 0;

	/** Appends a slice of a mapped source. */
	appendSlice(source: MappedText, start: number, end: number): void {
		if (end <= start) {
			return;
		}
		this.parts.push(source.text.slice(start, end));
		const runs = source.runs;
		if (runs === undefined || end > source.text.length) {
			// The original itself (or an identity slice of it): offsets run on from the slice's start.
			this.addRun(end - start, source.startAt(start), COPY);
			return;
		}
		// The source's runs that cover the slice, cut to it.
		let p = source.first + sliceIndex(start, source.text.length);
		const to = source.first + end;
		for (let k = runAt(runs, p); p < to; k += 3) {
			const runEnd = k + 3 < runs.length ? Math.min(runs[k + 3] as number, to) : to;
			const kind = runs[k + 2] as number;
			const from = runs[k + 1] as number;
			this.addRun(runEnd - p, kind === COPY ? from + (p - (runs[k] as number)) : from, kind);
			p = runEnd;
		}
	}

	/** Appends `original.slice(start, end)`, where `original` is the text the offsets count in. */
	appendOriginal(original: string, start: number, end: number): void {
		if (end > start) {
			this.parts.push(original.slice(start, end));
			this.addRun(end - start, start, COPY);
		}
	}

	/** Appends text that stands for the original range `from`..`to` (an insertion when they are equal). */
	appendSynthetic(text: string, from: number, to: number): void {
		this.parts.push(text);
		// One code unit for one (a dash for a hyphen): the same map as original text, which it continues.
		if (text.length === 1 && to === from + 1) {
			this.addRun(1, from, COPY);
		} else {
			this.addRun(text.length, from, to);
		}
	}

	/** The text appended last, for deciding how to join the next piece. */
	peekEnd(): string {
		return this.parts[this.parts.length - 1] ?? '';
	}

	/** The built text. */
	build(): MappedText {
		return new MappedText(this.parts.join(''), this.runs);
	}

	/** Maps the next `count` code units as a run (`to` COPY: original text from `from` on), joined to the last run when it goes on from it. */
	private addRun(count: number, from: number, to: number): void {
		if (count <= 0) {
			return;
		}
		const runs = this.runs;
		const last = runs.length - 3;
		if (
			last >= 0 &&
			runs[last + 2] === to &&
			(to === COPY ? (runs[last + 1] as number) + (this.length - (runs[last] as number)) === from : runs[last + 1] === from)
		) {
			this.length += count;
			return;
		}
		runs.push(this.length, from, to);
		this.length += count;
	}
}

// What normalisation rewrites, in one pass (reference §13.1):
// - CRLF and lone CR become LF, so that rules never see line-end differences;
// - a letter followed by combining marks is composed to NFC;
// - lookalikes of Đ/đ (U+00D0 Ð, U+0189 Ɖ, U+00F0 ð) become Đ/đ;
// - NBSP becomes a space, en and em dashes become hyphens (for matching only);
// - zero-width characters and the BOM are dropped;
// - runs of one to three asterisks (markdown emphasis) are dropped.
// As one regex, SPECIAL, which the functions below follow by the char codes instead of running it:
//   /\r\n?|[\u00d0\u0189\u00f0\u00a0\u2013\u2014\u200b\ufeff]|(?<!\*)\*{1,3}(?!\*)|\P{M}\p{M}+/gu
// The matches are found in text order; the alternatives are tried at each position in that order, so a CR, a
// lookalike or an asterisk run is rewritten alone even when marks follow it, and the marks stay as written.
const MARK_AT = /\p{M}/uy;
// What each code unit below U+0370 is for normalisation (the combining marks of U+0300–U+036F included).
const PLAIN = 0;
const CR = 1;
const ASTERISK = 2;
const REPLACED = 3;
const DROPPED = 4;
const MARK = 5;
const KIND_TABLE_SIZE = 0x370;
const KIND = new Uint8Array(KIND_TABLE_SIZE);
KIND[0x0d] = CR;
KIND[0x2a] = ASTERISK;
KIND[0xd0] = REPLACED;
KIND[0x189] = REPLACED;
KIND[0xf0] = REPLACED;
KIND[0xa0] = REPLACED;
KIND.fill(MARK, 0x300, 0x370);

/** What normalisation does with the code unit `c` at `i`, from U+0370 up: the rest of SPECIAL. */
function kindAbove(s: string, i: number, c: number): number {
	if (c === 0x2013 || c === 0x2014) {
		return REPLACED;
	}
	if (c === 0x200b || c === 0xfeff) {
		return DROPPED;
	}
	// Nothing in Latin Extended Additional or in General Punctuation to Currency Symbols is a mark, and a lone
	// low surrogate is none; anything else is asked of the regex (a high surrogate with its pair).
	if ((c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2000 && c <= 0x20cf) || (c >= 0xdc00 && c <= 0xdfff)) {
		return PLAIN;
	}
	MARK_AT.lastIndex = i;
	return MARK_AT.test(s) ? MARK : PLAIN;
}

/** What normalisation does with the code unit at `i`. */
function kindAt(s: string, i: number): number {
	const c = s.charCodeAt(i);
	return c < KIND_TABLE_SIZE ? (KIND[c] as number) : kindAbove(s, i, c);
}

// The code units nextSpecial stops at: those of the table below U+0370 that are not PLAIN, and those from U+0370
// up that kindAbove does not call PLAIN without asking the regex (a lone low surrogate is PLAIN). Without the
// `u` flag and with ranges only, a native scan of a letter costs a fraction of a loop over its char codes (the
// same class with \p{M} cost six times as much). The class is of code units, so a mark in it combines with
// nothing.
// eslint-disable-next-line no-misleading-character-class -- ranges of code units, not characters.
const SPECIAL_CANDIDATE = /[\r*\u00a0\u00d0\u00f0\u0189\u0300-\u1dff\u1f00-\u1fff\u200b\u2013\u2014\u20d0-\udbff\ue000-\uffff]/g;

/**
 * The index of the first code unit at or after `from` that normalisation rewrites or looks at more closely, or
 * the length: a native scan for the candidates, of which only those from U+0370 up (rare in Vietnamese text)
 * are read one by one.
 */
function nextSpecial(s: string, from: number): number {
	SPECIAL_CANDIDATE.lastIndex = from;
	while (SPECIAL_CANDIDATE.test(s)) {
		const i = SPECIAL_CANDIDATE.lastIndex - 1;
		const c = s.charCodeAt(i);
		if (c < KIND_TABLE_SIZE || kindAbove(s, i, c) !== PLAIN) {
			return i;
		}
	}
	return s.length;
}

/** The end of the run of combining marks (whole code points) that starts at `i`. */
function marksEnd(s: string, i: number): number {
	let end = i;
	while (end < s.length && kindAt(s, end) === MARK) {
		end += widthAt(s, end);
	}
	return end;
}

/** The width in code units of the code point at `i`: 2 for a surrogate pair, else 1. */
function widthAt(s: string, i: number): number {
	const c = s.charCodeAt(i);
	if (c >= 0xd800 && c <= 0xdbff) {
		const next = s.charCodeAt(i + 1);
		return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
	}
	return 1;
}

/** The start of the code point that ends just before `i` (`i > 0`). */
function previousCodePoint(s: string, i: number): number {
	const c = s.charCodeAt(i - 1);
	if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
		const high = s.charCodeAt(i - 2);
		if (high >= 0xd800 && high <= 0xdbff) {
			return i - 2;
		}
	}
	return i - 1;
}

// What the last normalisation saw, for the rules that ask about the same text next (a check parses the letter,
// then runs the rules): the clusters (start and end offsets, flat) of a character and the combining marks after
// it, as `s.matchAll(/\P{M}\p{M}+/gu)` finds them, the NFC form of each cluster where it differs (undefined
// where the cluster is its own NFC form; the normalisation composed each cluster already), and whether it has
// a lookalike of Đ/đ.
interface Seen {
	text: string;
	clusters: number[];
	composed: (string | undefined)[];
	lookalike: boolean;
}
let lastSeen: Seen = { text: '', clusters: [], composed: [], lookalike: false };

/**
 * The clusters of a character and the combining marks after it, as `s.matchAll(/\P{M}\p{M}+/gu)` finds them
 * (start and end offsets). Almost no letter has a combining mark: the normalisation of the letter has already
 * found its clusters, and a text it did not see is read once.
 */
export function combiningClusters(s: string): [number, number][] {
	const flat = combiningClusterOffsets(s);
	const clusters: [number, number][] = [];
	for (let k = 0; k < flat.length; k += 2) {
		clusters.push([flat[k] as number, flat[k + 1] as number]);
	}
	return clusters;
}

/** combiningClusters as flat start and end offsets (shared with the normalisation: read, never written). */
export function combiningClusterOffsets(s: string): readonly number[] {
	return lastSeen.text === s ? lastSeen.clusters : findClusters(s);
}

/**
 * The NFC form of each cluster of combiningClusterOffsets(s), in the same order, where it differs from the
 * cluster as written; undefined where the cluster is its own NFC form (shared: read, never written).
 */
export function composedClusters(s: string): readonly (string | undefined)[] {
	if (lastSeen.text === s) {
		return lastSeen.composed;
	}
	const clusters = findClusters(s);
	const composed: (string | undefined)[] = [];
	for (let k = 0; k < clusters.length; k += 2) {
		composed.push(composedForm(s.slice(clusters[k], clusters[k + 1])));
	}
	return composed;
}

/** The NFC form of a cluster, or undefined when it is its own. */
function composedForm(cluster: string): string | undefined {
	const composed = cluster.normalize('NFC');
	return composed === cluster ? undefined : composed;
}

/** Whether `s` has a lookalike of Đ/đ: U+00D0 Ð, U+0189 Ɖ or U+00F0 ð. */
export function hasLookalikeD(s: string): boolean {
	if (lastSeen.text === s) {
		return lastSeen.lookalike;
	}
	return s.includes('\u00d0') || s.includes('\u00f0') || s.includes('\u0189');
}

/** The clusters of `s` (flat start and end offsets): every run of marks with the code point before it. */
function findClusters(s: string): number[] {
	const clusters: number[] = [];
	for (let i = nextSpecial(s, 0); i < s.length; i = nextSpecial(s, i)) {
		if (kindAt(s, i) !== MARK) {
			i++;
			continue;
		}
		const end = marksEnd(s, i);
		if (i > 0) {
			clusters.push(previousCodePoint(s, i), end);
		}
		i = end;
	}
	return clusters;
}

/** The text that replaces a CR, a lookalike of Đ/đ, an NBSP or a dash. */
function replacementOf(c: number): string {
	switch (c) {
		case 0xf0:
			return 'đ';
		case 0xa0:
			return ' ';
		case 0x2013:
		case 0x2014:
			return '-';
		default:
			// U+00D0 Ð and U+0189 Ɖ.
			return 'Đ';
	}
}

/**
 * Normalises a letter for matching, keeping an exact map back to the original offsets.
 *
 * One native scan finds the first code unit to rewrite: most letters have a CR, an NBSP, a dash or an asterisk,
 * nothing at all needs rewriting in the others, and those are their own normal form.
 */
export function normalizeForMatching(original: string): MappedText {
	const first = nextSpecial(original, 0);
	if (first === original.length) {
		lastSeen = { text: original, clusters: [], composed: [], lookalike: false };
		return new MappedText(original);
	}
	return rewrite(original, first);
}

/**
 * normalizeForMatching from `i`, the first code unit SPECIAL may match: every match is rewritten, and the text
 * between them is copied as it is (a run of the map). The result has a map even when no match changed anything.
 */
function rewrite(original: string, from: number): MappedText {
	const builder = new MappedTextBuilder();
	const n = original.length;
	const clusters: number[] = [];
	const composedForms: (string | undefined)[] = [];
	let lookalike = false;
	// The original text before `last` is in the builder.
	let last = 0;
	for (let i = from; i < n; i = nextSpecial(original, i)) {
		const c = original.charCodeAt(i);
		const kind = c < KIND_TABLE_SIZE ? (KIND[c] as number) : kindAbove(original, i, c);
		let start = i;
		let end = i + 1;
		// Undefined: the match is kept as written.
		let replacement: string | undefined = '';
		if (kind === CR) {
			if (original.charCodeAt(end) === 0x0a) {
				end++;
			}
			replacement = '\n';
		} else if (kind === ASTERISK) {
			// A run of one to three asterisks is dropped; a longer run is kept whole, as (?<!\*)\*{1,3}(?!\*) finds.
			while (end < n && original.charCodeAt(end) === 0x2a) {
				end++;
			}
			if (end - i > 3) {
				replacement = undefined;
			}
		} else if (kind === MARK) {
			// A run of marks: with the code point before it, a cluster, unless that was a match of its own.
			end = marksEnd(original, i);
			replacement = undefined;
			if (i > 0) {
				start = previousCodePoint(original, i);
				clusters.push(start, end);
				// Every cluster's NFC form is kept for nfd-text, which reports the clusters that change.
				const composed = composedForm(original.slice(start, end));
				composedForms.push(composed);
				if (start >= last) {
					// An asterisk that is not emphasis, with marks, is dropped, as the regex's replacement did.
					replacement = original.charCodeAt(start) === 0x2a ? '' : composed;
				}
			}
		} else if (kind === REPLACED) {
			replacement = replacementOf(c);
			lookalike ||= c === 0xd0 || c === 0xf0 || c === 0x189;
		} else if (kind === PLAIN) {
			// Not reached (nextSpecial stops only at the others); kept for safety.
			replacement = undefined;
		}
		if (replacement !== undefined) {
			builder.appendOriginal(original, last, start);
			builder.appendSynthetic(replacement, start, end);
			last = end;
		}
		i = end;
	}
	builder.appendOriginal(original, last, n);
	lastSeen = { text: original, clusters, composed: composedForms, lookalike };
	return builder.build();
}

/** A zero-based line and UTF-16 character, as LSP counts them. */
export interface LinePosition {
	line: number;
	character: number;
}

/** A line break: CRLF, a lone CR or LF. */
const BREAK = /\r\n?|\n/gu;

/** Line starts of a text, splitting on LF, CRLF and lone CR as LSP and VS Code do. */
export class LineIndex {
	private readonly lineStarts: number[];

	constructor(private readonly text: string) {
		// The line breaks are found by a native search that jumps from one to the next, not by a loop over
		// every code unit: the server builds an index for every edit, while its code is still cold.
		const starts = [0];
		if (!text.includes('\r')) {
			for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
				starts.push(at + 1);
			}
		} else {
			BREAK.lastIndex = 0;
			for (let m = BREAK.exec(text); m !== null; m = BREAK.exec(text)) {
				starts.push(BREAK.lastIndex);
			}
		}
		this.lineStarts = starts;
	}

	/** The number of lines (an empty text has one). */
	get lineCount(): number {
		return this.lineStarts.length;
	}

	/** The position of an offset, clamped to the text. */
	positionAt(offset: number): LinePosition {
		const at = Math.max(0, Math.min(offset, this.text.length));
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if ((this.lineStarts[mid] ?? 0) <= at) {
				low = mid;
			} else {
				high = mid - 1;
			}
		}
		return { line: low, character: at - (this.lineStarts[low] ?? 0) };
	}

	/** The offset of a position, clamped to its line. */
	offsetAt(position: LinePosition): number {
		if (position.line < 0) {
			return 0;
		}
		if (position.line >= this.lineStarts.length) {
			return this.text.length;
		}
		const start = this.lineStarts[position.line] ?? 0;
		const next = this.lineStarts[position.line + 1];
		let end = next ?? this.text.length;
		// Keep the position before the line break.
		while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) {
			end--;
		}
		return Math.max(start, Math.min(start + Math.max(0, position.character), end));
	}
}

// The case of the code units the parser meets: 1 for \p{Lu}, 2 for \p{Ll}, 0 for no letter, 4 for a letter of
// neither case (ª, ǅ), 3 for a code unit the table does not decide (outside the ranges below, or a
// surrogate), which is left to the regexes. The table is filled by the regexes themselves, so that it agrees
// with them exactly: Latin-1, Latin Extended-A and -B (ơ ư ă đ), the combining marks, Latin Extended
// Additional (the Vietnamese letters with a tone mark) and General Punctuation.
const UNDECIDED = 3;
const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const ANY_LETTER = /\p{L}/u;
const CASE_TABLE_SIZE = 0x2070;
const CASE_TABLE = new Uint8Array(CASE_TABLE_SIZE).fill(UNDECIDED);
for (const [from, to] of [
	[0, 0x250],
	[0x300, 0x370],
	[0x1e00, 0x1f00],
	[0x2000, 0x2070],
] as const) {
	for (let c = from; c < to; c++) {
		const s = String.fromCharCode(c);
		CASE_TABLE[c] = UPPER_LETTER.test(s) ? 1 : LOWER_LETTER.test(s) ? 2 : ANY_LETTER.test(s) ? 4 : 0;
	}
}

/**
 * Whether the code unit `c` is a letter, \p{L}, as the case table says: undefined when it does not decide (a
 * surrogate, or a code unit outside the ranges of Vietnamese text), which is left to a regex. Rules that look at
 * the character next to a match ask it before running a Unicode regex on a slice.
 */
export function isLetterCode(c: number): boolean | undefined {
	const kind = c < CASE_TABLE_SIZE ? (CASE_TABLE[c] as number) : UNDECIDED;
	return kind === UNDECIDED ? undefined : kind !== 0;
}

// A text's first letter, as its first code point is: module constants (the bundle writes a literal with a \p{…}
// class as `new RegExp(…)`, which inside a function would build the pattern at each call).
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;

/** Whether `s` starts with a capital letter (\p{Lu}). */
export function startsUpper(s: string): boolean {
	return STARTS_UPPER.test(s);
}

/** Whether `s` starts with a small letter (\p{Ll}). */
export function startsLower(s: string): boolean {
	return STARTS_LOWER.test(s);
}

/** True when `s` contains letters and none of them is lower case (Đ and letters with two marks included). */
export function isUpperCaseText(s: string): boolean {
	// The parser asks this of most lines: the table decides Vietnamese text without a regex; text with a
	// character outside it is left to the regexes.
	let upper = false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		const kind = c < CASE_TABLE_SIZE ? (CASE_TABLE[c] as number) : UNDECIDED;
		if (kind === 2) {
			return false;
		}
		if (kind === 1) {
			upper = true;
		} else if (kind === UNDECIDED) {
			return UPPER_LETTER.test(s) && !LOWER_LETTER.test(s);
		}
	}
	return upper;
}

/** True when `s` contains at least one lower-case letter. */
export function hasLowerCase(s: string): boolean {
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		const kind = c < CASE_TABLE_SIZE ? (CASE_TABLE[c] as number) : UNDECIDED;
		if (kind === 2) {
			return true;
		}
		if (kind === UNDECIDED) {
			return LOWER_LETTER.test(s);
		}
	}
	return false;
}

/** "THÔNG BÁO" → "Thông báo": a type name of the table in the case used inside a sentence. */
export function sentenceCase(text: string): string {
	const lower = text.toLowerCase();
	return lower.charAt(0).toUpperCase() + lower.slice(1);
}

// The first letter of a word, and a letter after an apostrophe.
const WORD_INITIAL = /^\p{L}|(?<=['’])\p{L}/gu;

/**
 * Vietnamese title case for a name: the first letter of each word in capitals, the rest in lower case, and a
 * capital after an apostrophe ("H'Hen"). Parts joined by hyphens stay in lower case ("Vla-đi-mia"), as Phụ lục II,
 * Mục II.2.b writes transcribed names.
 */
export function titleCase(text: string): string {
	return text.replace(/\S+/gu, (word) => word.toLowerCase().replace(WORD_INITIAL, (letter) => letter.toUpperCase()));
}

/** The key two abbreviations are compared on: capitals, Đ as D, no diacritics ("QLVHGĐ" and "qlvhgd" agree). */
export function foldAbbreviation(s: string): string {
	// Most abbreviations are plain ASCII: no marks to take off, no Đ to map (read by the char codes: the rules
	// ask this of every unit of a profile).
	let ascii = true;
	for (let i = 0; i < s.length && ascii; i++) {
		const c = s.charCodeAt(i);
		ascii = c >= 0x20 && c <= 0x7e;
	}
	if (ascii) {
		return s.toUpperCase();
	}
	return s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/Đ/gu, 'D');
}

// A word of two or more capitals (an "&" inside counts: "TN&MT"), not inside a longer word or number.
const CAPITAL_WORD = /(?<![\p{L}\p{N}&])[\p{Lu}&]{2,}(?![\p{L}\p{N}&])/gu;
const CAPITAL_VOWELS = 'AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ';

// What each code unit of the case table's ranges is to capitalWords and hasCapitalVowel, filled by the regexes
// themselves so that it agrees with them: WORD_PART for a letter, a number or "&" (what a capital word may not
// touch), CAPITAL_PART for a capital letter or "&" (what it is made of), CAPITAL_VOWEL for a capital vowel; 0
// for anything else, and WORD_UNDECIDED outside the ranges (a surrogate, a rare script), left to the regexes.
const WORD_PART = 1;
const CAPITAL_PART = 2;
const CAPITAL_VOWEL = 4;
const WORD_UNDECIDED = 8;
// A letter, a number or a combining mark, [\p{L}\p{N}\p{M}]: what a whole word may not touch.
const WORD_CHARACTER = 16;
const WORD_TABLE = new Uint8Array(CASE_TABLE_SIZE).fill(WORD_UNDECIDED);
// The letters and their case from the case table (the same ranges). The numbers of these ranges are the ASCII
// digits, ² ³ ¹ and ¼ ½ ¾, and their marks those of U+0300–U+036F, as the normalisation's table has them:
// written out, since testing every code unit with \p{N} and \p{M} cost more than a ms each time the server or
// the CLI starts (test/letter/mapped-text.test.ts holds the table to the regexes on every code unit).
const NUMBERS_BELOW_0370 = '0123456789\u00b2\u00b3\u00b9\u00bc\u00bd\u00be';
for (let c = 0; c < CASE_TABLE_SIZE; c++) {
	const kind = CASE_TABLE[c] as number;
	if (kind !== UNDECIDED) {
		const s = String.fromCharCode(c);
		const letterOrNumber = kind !== 0 || (c < 0xc0 && NUMBERS_BELOW_0370.includes(s));
		WORD_TABLE[c] =
			(letterOrNumber || c === 0x26 ? WORD_PART : 0) |
			(kind === 1 || c === 0x26 ? CAPITAL_PART : 0) |
			(CAPITAL_VOWELS.includes(s) ? CAPITAL_VOWEL : 0) |
			(letterOrNumber || (c < KIND_TABLE_SIZE && KIND[c] === MARK) ? WORD_CHARACTER : 0);
	}
}

/**
 * Whether the code unit `c` is a letter, a number or a combining mark, as /[\p{L}\p{N}\p{M}]/u decides for
 * it alone; undefined when the table does not decide (a surrogate, a code unit outside the ranges of
 * Vietnamese text), which is left to that regex.
 */
export function isWordCode(c: number): boolean | undefined {
	const kind = c < CASE_TABLE_SIZE ? (WORD_TABLE[c] as number) : WORD_UNDECIDED;
	return kind & WORD_UNDECIDED ? undefined : (kind & WORD_CHARACTER) !== 0;
}

/**
 * Whether the code unit `c` is an upper-case letter, as /\p{Lu}/u decides for it alone; undefined when the case
 * table does not decide, which is left to that regex.
 */
export function isUpperCode(c: number): boolean | undefined {
	const kind = c < CASE_TABLE_SIZE ? (CASE_TABLE[c] as number) : UNDECIDED;
	return kind === UNDECIDED ? undefined : kind === 1;
}

/**
 * Whether the code unit `c` is a letter or a number, as /[\p{L}\p{N}]/u decides for it alone; undefined when
 * the table does not decide, which is left to that regex.
 */
export function isLetterOrNumberCode(c: number): boolean | undefined {
	const kind = c < CASE_TABLE_SIZE ? (WORD_TABLE[c] as number) : WORD_UNDECIDED;
	return kind & WORD_UNDECIDED ? undefined : (kind & WORD_PART) !== 0 && c !== 0x26;
}

/** A word of capitals in a text: the word, and the offset where it starts (as a match of a regex gives them). */
export interface CapitalWord {
	readonly 0: string;
	readonly index: number;
}

/** The words of two or more capitals in `text` ("VH", "TN&MT", "UBND"): where an abbreviation may be. */
export function capitalWords(text: string): CapitalWord[] {
	// CAPITAL_WORD finds the runs of letters, numbers and "&" that are all capitals or "&" and at least two long:
	// a run that goes on with a letter or a number fails its look-ahead, and every later start in the run fails
	// its look-behind. The runs are read from the table, one code unit at a time (titles and names are short);
	// a text with a code unit the table does not decide is left to the regex.
	const words: CapitalWord[] = [];
	let start = -1;
	let capitals = true;
	for (let i = 0; i <= text.length; i++) {
		const c = i < text.length ? text.charCodeAt(i) : 0x20;
		const kind = c < CASE_TABLE_SIZE ? (WORD_TABLE[c] as number) : WORD_UNDECIDED;
		if (kind & WORD_UNDECIDED) {
			return [...text.matchAll(CAPITAL_WORD)];
		}
		if (kind & WORD_PART) {
			if (start < 0) {
				start = i;
				capitals = true;
			}
			capitals &&= (kind & CAPITAL_PART) !== 0;
		} else if (start >= 0) {
			if (capitals && i - start >= 2) {
				words.push({ 0: text.slice(start, i), index: start });
			}
			start = -1;
		}
	}
	return words;
}

/**
 * Whether a word in capitals has a vowel. No Vietnamese syllable is written without one, so a word in capitals
 * without a vowel ("VH", "GĐ", "TN&MT") is an abbreviation, never a name.
 */
export function hasCapitalVowel(word: string): boolean {
	for (let i = 0; i < word.length; i++) {
		const c = word.charCodeAt(i);
		if (c < CASE_TABLE_SIZE && (WORD_TABLE[c] as number) & CAPITAL_VOWEL) {
			return true;
		}
	}
	return false;
}

/** Whether two strings are at most one insertion, deletion or substitution apart (a Levenshtein distance of 0 or 1). */
export function withinOneEdit(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1) {
		return false;
	}
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) {
		i++;
	}
	const restA = a.slice(i + 1);
	const restB = b.slice(i + 1);
	return restA === restB || a.slice(i) === restB || restA === b.slice(i);
}

// Tone marks (huyền, sắc, hỏi, ngã, nặng) in NFD. Vowel-quality marks (circumflex, breve, horn) are kept.
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/**
 * A key that ignores where the tone mark sits (hòa/hoà, ủy/uỷ) and the case, for comparing fixed strings.
 * It removes the tone marks and records them in order, so that "hòa" and "hoà" agree but "hoa" does not.
 */
export function toneFoldKey(s: string): string {
	// Text of Latin letters, digits, spaces and punctuation (every line the parser asks about) is folded one
	// code unit at a time from a table; anything else takes the normalising path.
	let folded = '';
	let tones = '';
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		const f = c < FOLD_TABLE_SIZE ? FOLDED[c] : undefined;
		if (f === undefined) {
			return toneFoldKeyByNormalising(s);
		}
		folded += f;
		tones += TONE_OF[c] as string;
	}
	return folded + '|' + tones;
}

/** toneFoldKey as defined: decompose, lower-case, take the tone marks out, compose. */
function toneFoldKeyByNormalising(s: string): string {
	const nfd = s.normalize('NFD').toLowerCase();
	const tones = (nfd.match(TONE_MARKS) ?? []).join('');
	return nfd.replace(TONE_MARKS, '').normalize('NFC') + '|' + tones;
}

// toneFoldKey of each single code unit of Basic Latin to Latin Extended-B and of Latin Extended Additional
// (the Vietnamese letters), computed with the definition itself. The key of a string of these is the keys of
// its code units joined: each decomposes to a base letter and its own marks, lower-casing them needs no
// context, and after the tones are taken out a letter composes only with its own marks. A code unit whose
// folded form is not one code unit, a combining mark, or anything outside these ranges has no entry.
const FOLD_TABLE_SIZE = 0x1f00;
// The folded code unit (undefined: no entry) and the tone mark ('' for none) of each code unit.
const FOLDED: (string | undefined)[] = new Array<string | undefined>(FOLD_TABLE_SIZE).fill(undefined);
const TONE_OF: string[] = new Array<string>(FOLD_TABLE_SIZE).fill('');
for (const [from, to] of [
	[0x20, 0x250],
	[0x1e00, 0x1f00],
] as const) {
	for (let c = from; c < to; c++) {
		const key = toneFoldKeyByNormalising(String.fromCharCode(c));
		const bar = key.lastIndexOf('|');
		if (bar === 1) {
			FOLDED[c] = key.slice(0, 1);
			TONE_OF[c] = key.slice(bar + 1);
		}
	}
}

/**
 * Whether a UTF-16 code unit is white space, as `/\s/u.test(String.fromCharCode(c))` decides (WhiteSpace and
 * LineTerminator of ECMAScript: the Zs characters, tab, vertical tab, form feed, BOM and the line breaks),
 * without a regex test per character: the parser trims every line with it.
 */
export function isSpaceCode(c: number): boolean {
	if (c < 0x80) {
		return c === 0x20 || (c >= 0x09 && c <= 0x0d);
	}
	return (
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

/** The index of the first non-white-space code unit at or after `from`, or `to`. */
export function skipSpaces(s: string, from: number, to = s.length): number {
	let i = from;
	while (i < to) {
		// The test of isSpaceCode written out for the common case: this runs for every line of every letter.
		const c = s.charCodeAt(i);
		if ((c > 0x20 && c < 0xa0) || (c > 0xa0 && c < 0x1680) || !isSpaceCode(c)) {
			break;
		}
		i++;
	}
	return i;
}

/** The index just past the last non-white-space code unit before `to`, or `from`. */
export function trimEndIndex(s: string, from: number, to: number): number {
	let i = to;
	while (i > from) {
		// As in skipSpaces: no call for the code unit that ends almost every line.
		const c = s.charCodeAt(i - 1);
		if ((c > 0x20 && c < 0xa0) || (c > 0xa0 && c < 0x1680) || !isSpaceCode(c)) {
			break;
		}
		i--;
	}
	return i;
}

// Characters that text typed in the legacy 8-bit Vietnamese encodings shows once it is read as Latin-1 or
// Windows-1252 (reference §10.4): TCVN3/ABC (".VnTime": "Céng hoµ x· héi", "§éc lËp") and VNI-Windows
// ("Coäng hoøa", "Ñoäc laäp"). Letters with a Vietnamese diacritic from Unicode's Latin Extended Additional
// block, and ơ ư ă đ, mark real Unicode text.
const TCVN3_MARKS = '¸µ¶·¹¨©ª«®§¬¦»¼½¾ÆÇËÎÏÑÖ×ØÛÜÞßåæçëîïñö÷øûüþ';
// VNI: a vowel followed by one of these, or one of Ñ ñ Ô ô alone.
const VNI_VOWELS = 'aeiouyAEIOUY';
const VNI_SECOND = 'äöøõïùû';
const VNI_ALONE = 'ÑñÔô';

// The Latin-1 characters above as flags, so that one pass over the char codes counts all three kinds
// without allocating a string per match (this function runs on every check and was a hot spot).
const TCVN3 = 1;
const VNI_VOWEL = 2;
const VNI_MARK = 4;
const VNI_SINGLE = 8;
const LATIN1_FLAGS = new Uint8Array(256);
const flag = (chars: string, bit: number): void => {
	for (let i = 0; i < chars.length; i++) {
		LATIN1_FLAGS[chars.charCodeAt(i)] = (LATIN1_FLAGS[chars.charCodeAt(i)] ?? 0) | bit;
	}
};
flag(TCVN3_MARKS, TCVN3);
flag(VNI_VOWELS, VNI_VOWEL);
flag(VNI_SECOND, VNI_MARK);
flag(VNI_ALONE, VNI_SINGLE);

// The characters the legacy counts look at (TCVN3 marks, VNI marks and VNI letters alone), and the letters that
// mark Unicode Vietnamese text. Regexes find them several times faster than a loop over every char code, and are
// fast from the first letter on; only the few characters found are looked at one by one.
const LEGACY_CHARACTER = new RegExp(`[${[...new Set(TCVN3_MARKS + VNI_SECOND + VNI_ALONE)].join('')}]`, 'gu');
// Latin Extended Additional and ơ ư ă đ, with their capitals (the `i` flag).
const UNICODE_VIETNAMESE = /[\u1ea0-\u1ef9ơưăđ]/giu;

/**
 * Counts the TCVN3 marks and the VNI marks, as the global regex /[vowel][mark]|[ÑñÔô]/ would, and finds in the
 * same scan the first character that nextFragmentCharacter stops at (every character it looks at is one of
 * LEGACY_CHARACTER), or the length of the sample.
 */
function countLegacyMarks(sample: string): { tcvn3: number; vni: number; firstFragment: number } {
	let tcvn3 = 0;
	let vni = 0;
	let firstFragment = sample.length;
	LEGACY_CHARACTER.lastIndex = 0;
	while (LEGACY_CHARACTER.test(sample)) {
		const at = LEGACY_CHARACTER.lastIndex - 1;
		const flags = LATIN1_FLAGS[sample.charCodeAt(at)] ?? 0;
		if (flags & TCVN3) {
			tcvn3++;
		}
		// A VNI mark counts with the vowel before it, as one match; a mark after a mark or a consonant is none.
		const afterVowel = flags & VNI_MARK && (LATIN1_FLAGS[sample.charCodeAt(at - 1)] ?? 0) & VNI_VOWEL;
		if (flags & VNI_SINGLE || afterVowel) {
			vni++;
		}
		if (firstFragment === sample.length && (flags & (FRAGMENT_SYMBOL | FRAGMENT_INNER) || afterVowel)) {
			firstFragment = at;
		}
	}
	return { tcvn3, vni, firstFragment };
}

/** Whether `sample` has more than `count` Unicode Vietnamese letters (Latin Extended Additional, ơ ư ă đ), counting no further. */
function moreUnicodeLettersThan(sample: string, count: number): boolean {
	let found = 0;
	UNICODE_VIETNAMESE.lastIndex = 0;
	while (UNICODE_VIETNAMESE.test(sample)) {
		found++;
		if (found > count) {
			return true;
		}
	}
	return false;
}

// What the last detectLegacyEncoding found in its scan: the first character of `text` that nextFragmentCharacter
// stops at, if it is before `scanned` (the length of the sample it read); `scanned` when there is none before.
let lastMarks: { text: string; firstFragment: number; scanned: number } = { text: '', firstFragment: 0, scanned: 0 };

/** The legacy encoding a text looks typed in, or undefined for Unicode text. */
export function detectLegacyEncoding(text: string): 'tcvn3' | 'vni' | undefined {
	const sample = text.length > 20000 ? text.slice(0, 20000) : text;
	const { tcvn3, vni, firstFragment } = countLegacyMarks(sample);
	// The letter's fragments are asked for next (legacyFragments), of the same text: they start from there.
	lastMarks = { text, firstFragment, scanned: sample.length };
	// Neither count can reach the threshold (at least 5), or real Vietnamese text with many precomposed letters
	// (more than a quarter of the larger count: the Unicode letters are counted only that far): Unicode.
	if ((tcvn3 < 5 && vni < 5) || moreUnicodeLettersThan(sample, Math.floor(Math.max(tcvn3, vni) / 4))) {
		return undefined;
	}
	const letters = sample.match(/\p{L}/gu)?.length ?? 0;
	if (letters < 20) {
		return undefined;
	}
	const threshold = Math.max(5, letters * 0.03);
	if (tcvn3 >= threshold && tcvn3 >= vni) {
		return 'tcvn3';
	}
	if (vni >= threshold) {
		return 'vni';
	}
	return undefined;
}

// Lines of the original text. The letter's own lines (letter.ts) are lines of the normalised copy; these
// helpers work on the text as written, for edits that insert or move whole lines and keep its line breaks.

/** The offset where the line holding `offset` starts, in `source`. */
export function lineStartOf(source: string, offset: number): number {
	let i = offset;
	while (i > 0 && source[i - 1] !== '\n' && source[i - 1] !== '\r') {
		i--;
	}
	return i;
}

/** The offset just past the line break of the line holding `offset` (or the end of `source`). */
export function nextLineStart(source: string, offset: number): number {
	let i = offset;
	while (i < source.length && source[i] !== '\n' && source[i] !== '\r') {
		i++;
	}
	if (source[i] === '\r' && source[i + 1] === '\n') {
		return i + 2;
	}
	return i < source.length ? i + 1 : i;
}

/** The line break used at the end of the line before `lineStart` ("\n", "\r\n" or "\r"), "\n" by default. */
export function lineBreakBefore(source: string, lineStart: number): string {
	if (source[lineStart - 1] === '\n') {
		return source[lineStart - 2] === '\r' ? '\r\n' : '\n';
	}
	return source[lineStart - 1] === '\r' ? '\r' : '\n';
}

/** The line break that ends the line holding `offset`, "\n" when it is the last line. */
export function lineBreakAfter(source: string, offset: number): string {
	return lineBreakBefore(source, nextLineStart(source, offset));
}

// A fragment in a legacy encoding inside Unicode text ("trước ngµy 30 th¸ng 3 n¨m 2024"), pasted from an old
// file into a new one. TCVN3's vowel and tone marks that are symbols in Latin-1 (¸ µ ¶ · ¹ ¨ © ª ¬ ¦ ¼ ½ ¾)
// never follow a Latin letter inside a word of a real language; « » § ® only count between two letters
// (a quote, a section sign or a trade mark sits at a word's edge). VNI shows as a vowel followed by one of
// ä ö ø õ ï ù û, which French ("naïve") and German also write, so a line needs two such words to count.
const TCVN3_AFTER_LETTER = '¸µ¶·¹¨©ª¬¦¼½¾';
const TCVN3_BETWEEN_LETTERS = '«»§®';
const FRAGMENT_SYMBOL = 16;
const FRAGMENT_INNER = 32;
flag(TCVN3_AFTER_LETTER, FRAGMENT_SYMBOL);
flag(TCVN3_BETWEEN_LETTERS, FRAGMENT_INNER);
// The characters findLegacyFragments looks at: a TCVN3 symbol, or a VNI mark (which counts only after a vowel).
// A regex finds them several times faster than a loop over the char codes (and from the first letter on, before
// such a loop is optimised); a look-behind for the vowel cost more than the rest of the search.
const FRAGMENT_CHARACTER = new RegExp(`[${TCVN3_AFTER_LETTER}${TCVN3_BETWEEN_LETTERS}${VNI_SECOND}]`, 'gu');
// The characters a word of legacy text is made of: ASCII letters and the Latin-1 range of both encodings.
const LEGACY_WORD = /[A-Za-z\u00a1-\u00ff]+/gu;

/** A line of Unicode text that holds words in a legacy encoding: from the first such word to the last. */
export interface LegacyFragment {
	/** Offset of the first fragment word, in the text given. */
	start: number;
	/** Offset just past the last fragment word. */
	end: number;
	encoding: 'tcvn3' | 'vni';
	/** The number of fragment words on the line. */
	words: number;
}

function isAsciiLetter(c: number): boolean {
	return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * The legacy encoding a word looks typed in, or undefined; `sure` when a TCVN3 mark other than "·" sits between
 * two ASCII letters ("ngµy", "th¸ng", "n¨m"), which no language writes ("·" is Catalan's "l·l").
 */
function legacyWord(word: string): { encoding: 'tcvn3' | 'vni'; sure: boolean } | undefined {
	let vni = false;
	let tcvn3 = false;
	for (let i = 1; i < word.length; i++) {
		const c = word.charCodeAt(i);
		const flags = c < 256 ? (LATIN1_FLAGS[c] ?? 0) : 0;
		const before = word.charCodeAt(i - 1);
		const between = isAsciiLetter(before) && isAsciiLetter(word.charCodeAt(i + 1));
		if (flags & FRAGMENT_SYMBOL && isAsciiLetter(before)) {
			if (between && c !== 0xb7) {
				return { encoding: 'tcvn3', sure: true };
			}
			tcvn3 = true;
		}
		if (flags & FRAGMENT_INNER && between) {
			tcvn3 = true;
		}
		if (flags & VNI_MARK && before < 256 && (LATIN1_FLAGS[before] ?? 0) & VNI_VOWEL) {
			vni = true;
		}
	}
	return tcvn3 ? { encoding: 'tcvn3', sure: false } : vni ? { encoding: 'vni', sure: false } : undefined;
}

/**
 * The lines of `text` that hold a legacy fragment: at least two words in one encoding, or one TCVN3 word whose
 * mark sits between two letters. Unicode text without Latin-1 symbols (or VNI marks after a vowel) is passed
 * over in one scan of its char codes; a line that has one is read once.
 */
export function legacyFragments(text: string): readonly LegacyFragment[] {
	// The legacy-encoding rule and the engine's fix guard both ask for the fragments of the same letter, one
	// after the other: the last answer is kept (frozen, since it is shared).
	if (lastFragments !== undefined && lastFragments.text === text) {
		return lastFragments.fragments;
	}
	const fragments = Object.freeze(findLegacyFragments(text));
	lastFragments = { text, fragments };
	return fragments;
}

let lastFragments: { text: string; fragments: readonly LegacyFragment[] } | undefined;

function findLegacyFragments(text: string): LegacyFragment[] {
	const fragments: LegacyFragment[] = [];
	let from = 0;
	while (from < text.length) {
		const at = from === 0 ? firstFragmentCharacter(text) : nextFragmentCharacter(text, from);
		if (at >= text.length) {
			break;
		}
		const lineStart = lineStartOf(text, at);
		let lineEnd = at;
		while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') {
			lineEnd++;
		}
		const fragment = fragmentOfLine(text, lineStart, lineEnd);
		if (fragment) {
			fragments.push(fragment);
		}
		from = lineEnd + 1;
	}
	return fragments;
}

/**
 * nextFragmentCharacter(text, 0): from the scan of detectLegacyEncoding when it read the same text (the parser
 * asks it first), so that the letter is not scanned twice for Latin-1 characters.
 */
function firstFragmentCharacter(text: string): number {
	if (lastMarks.text !== text) {
		return nextFragmentCharacter(text, 0);
	}
	return lastMarks.firstFragment < lastMarks.scanned ? lastMarks.firstFragment : nextFragmentCharacter(text, lastMarks.scanned);
}

/** The first character at or after `from` that could belong to a fragment word, or the length of `text`. */
function nextFragmentCharacter(text: string, from: number): number {
	FRAGMENT_CHARACTER.lastIndex = from;
	while (FRAGMENT_CHARACTER.test(text)) {
		const at = FRAGMENT_CHARACTER.lastIndex - 1;
		// A VNI mark counts only after a vowel: "cùng" and "rõ" are Unicode Vietnamese.
		if (
			(LATIN1_FLAGS[text.charCodeAt(at)] ?? 0) & (FRAGMENT_SYMBOL | FRAGMENT_INNER) ||
			(LATIN1_FLAGS[text.charCodeAt(at - 1)] ?? 0) & VNI_VOWEL
		) {
			return at;
		}
	}
	return text.length;
}

function fragmentOfLine(text: string, lineStart: number, lineEnd: number): LegacyFragment | undefined {
	const counts = { tcvn3: 0, vni: 0 };
	const sure = { tcvn3: false, vni: false };
	const spans = { tcvn3: [-1, -1], vni: [-1, -1] };
	const line = text.slice(lineStart, lineEnd);
	for (const match of line.matchAll(LEGACY_WORD)) {
		const word = legacyWord(match[0]);
		if (!word) {
			continue;
		}
		counts[word.encoding]++;
		sure[word.encoding] ||= word.sure;
		const span = spans[word.encoding];
		if (span[0] === -1) {
			span[0] = lineStart + match.index;
		}
		span[1] = lineStart + match.index + match[0].length;
	}
	const encoding = counts.tcvn3 >= 2 || sure.tcvn3 ? 'tcvn3' : counts.vni >= 2 ? 'vni' : undefined;
	if (!encoding) {
		return undefined;
	}
	const [start, end] = spans[encoding] as [number, number];
	return { start, end, encoding, words: counts[encoding] };
}
