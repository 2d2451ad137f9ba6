// Text helpers: a normalised copy of the letter with an exact map back to the original,
// a line index for UTF-16 positions, and Vietnamese-aware casing.
import type { Range } from './types';

/**
 * A string derived from an original text, with the offset in the original of every code unit.
 * When `starts` is undefined the string is the original itself (the common case: NFC, LF, no emphasis).
 */
export class MappedText {
	constructor(
		/** The derived text. */
		readonly text: string,
		/** `starts[first + i]` is the original offset where code unit `i` comes from. */
		private readonly starts?: Int32Array,
		/** `ends[first + i]` is the original offset just past the source of code unit `i`. */
		private readonly ends?: Int32Array,
		/** The offset of this text's position 0 in the original, for identity slices. */
		private readonly base = 0,
		/**
		 * Where this text's entries start in `starts` and `ends`: a slice shares its parent's maps rather than
		 * taking typed-array views of them, which cost an object each per paragraph of a long letter.
		 */
		private readonly first = 0,
	) {}

	/** The original offset of the start of derived position `offset`. */
	startAt(offset: number): number {
		if (!this.starts) {
			return this.base + offset;
		}
		if (offset >= this.text.length) {
			return this.endAt(this.text.length);
		}
		// The maps may run past this text on either side: a position before it has no entry.
		return offset >= 0 ? (this.starts[this.first + offset] ?? 0) : 0;
	}

	/** The original offset just past derived position `offset - 1`. */
	endAt(offset: number): number {
		if (!this.ends) {
			return this.base + offset;
		}
		if (this.text.length === 0) {
			return 0;
		}
		if (offset <= 0) {
			return this.starts?.[this.first] ?? 0;
		}
		return this.ends[this.first + Math.min(offset, this.text.length) - 1] ?? 0;
	}

	/** Maps a derived range to the original text. */
	range(start: number, end: number): Range {
		if (end <= start) {
			const at = this.startAt(start);
			return { start: at, end: at };
		}
		return { start: this.startAt(start), end: this.endAt(end) };
	}

	/**
	 * The offset maps when the text is not the original itself, for copying them in bulk: this text's entries
	 * start at `first`.
	 */
	maps(): { starts: Int32Array; ends: Int32Array; first: number } | undefined {
		return this.starts && this.ends ? { starts: this.starts, ends: this.ends, first: this.first } : undefined;
	}

	/** A slice of this text that keeps the map (negative and out-of-range offsets as String.prototype.slice takes them). */
	slice(start: number, end: number): MappedText {
		if (!this.starts || !this.ends) {
			return new MappedText(this.text.slice(start, end), undefined, undefined, this.base + start);
		}
		const text = this.text.slice(start, end);
		return new MappedText(text, this.starts, this.ends, 0, this.first + sliceIndex(start, this.text.length));
	}
}

/** Where String.prototype.slice starts for `index` in a string of `length` code units. */
function sliceIndex(index: number, length: number): number {
	const at = Math.trunc(index) || 0;
	return at < 0 ? Math.max(length + at, 0) : Math.min(at, length);
}

const EMPTY = new Int32Array(0);

/** Builds a MappedText piece by piece. */
export class MappedTextBuilder {
	private readonly parts: string[] = [];
	// The offset maps grow by doubling: one Int32Array pair instead of a number per code unit pushed onto
	// arrays, which was a hot spot of the parser (profile in `npm run bench`) and overflowed the call stack
	// when a long synthetic piece was spread into push().
	private starts = EMPTY;
	private ends = EMPTY;
	private length = 0;

	/** `capacity`: the expected number of code units, so that the maps are allocated once. */
	constructor(capacity = 0) {
		if (capacity > 0) {
			this.allocate(capacity);
		}
	}

	/** Appends a slice of a mapped source. */
	appendSlice(source: MappedText, start: number, end: number): void {
		if (end <= start) {
			return;
		}
		this.parts.push(source.text.slice(start, end));
		const at = this.reserve(end - start);
		const maps = source.maps();
		if (maps && end <= source.text.length) {
			// startAt(i) is starts[i] and endAt(i + 1) is ends[i] for every i inside the text.
			const from = maps.first + sliceIndex(start, source.text.length);
			const to = maps.first + end;
			this.starts.set(maps.starts.subarray(from, to), at);
			this.ends.set(maps.ends.subarray(from, to), at);
		} else {
			// The original itself (or an identity slice of it): offsets run on from the slice's start.
			// The maps in locals, so that the loop does not read them from the builder at every step.
			const starts = this.starts;
			const ends = this.ends;
			let value = source.startAt(start);
			const stop = at + (end - start);
			for (let k = at; k < stop; k++, value++) {
				starts[k] = value;
				ends[k] = value + 1;
			}
		}
	}

	/** Appends text that stands for the original range `from`..`to` (an insertion when they are equal). */
	appendSynthetic(text: string, from: number, to: number): void {
		this.parts.push(text);
		// One map entry per UTF-16 code unit, not per character.
		const at = this.reserve(text.length);
		this.starts.fill(from, at, at + text.length);
		this.ends.fill(to, at, at + text.length);
	}

	/** The text appended last, for deciding how to join the next piece. */
	peekEnd(): string {
		return this.parts[this.parts.length - 1] ?? '';
	}

	/** The built text. */
	build(): MappedText {
		// The builder's maps, not copies: the builder is not used again. They may run past the text.
		return new MappedText(this.parts.join(''), this.starts, this.ends);
	}

	/** Makes room for `count` more entries and returns where they go. */
	private reserve(count: number): number {
		const at = this.length;
		const needed = at + count;
		if (needed > this.starts.length) {
			let size = Math.max(64, this.starts.length * 2);
			while (size < needed) {
				size *= 2;
			}
			const starts = this.starts;
			const ends = this.ends;
			this.allocate(size);
			this.starts.set(starts.subarray(0, at));
			this.ends.set(ends.subarray(0, at));
		}
		this.length = needed;
		return at;
	}

	/** Both maps in one buffer: a typed array's backing store costs an allocation of its own. */
	private allocate(size: number): void {
		const buffer = new Int32Array(2 * size);
		this.starts = buffer.subarray(0, size);
		this.ends = buffer.subarray(size);
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
const MARK_AT = /\p{M}/uy;
// The characters below U+0300 that SPECIAL rewrites: CR, "*", Ð, ð, NBSP and Ɖ, as a table for normalizeForMatching.
const SPECIAL_BELOW_300 = new Uint8Array(0x300);
for (const c of [0x0d, 0x2a, 0xd0, 0xf0, 0xa0, 0x189]) {
	SPECIAL_BELOW_300[c] = 1;
}

/**
 * Whether a code unit is certainly no combining mark and no start of one: nothing below U+0300, in Latin
 * Extended Additional or in General Punctuation to Currency Symbols is a mark; a high surrogate is tested
 * with its pair, a lone low surrogate is none.
 */
function neverMark(c: number): boolean {
	return c < 0x300 || (c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2000 && c <= 0x20cf) || (c >= 0xdc00 && c <= 0xdfff);
}

/** Whether the code point at `i` (whose first code unit is `c`) is a combining mark, \p{M}. */
function isMarkAt(s: string, i: number, c: number): boolean {
	if (neverMark(c)) {
		return false;
	}
	MARK_AT.lastIndex = i;
	return MARK_AT.test(s);
}

/**
 * The clusters of a character and the combining marks after it, as `s.matchAll(/\P{M}\p{M}+/gu)` finds
 * them (start and end offsets), decided by the char codes: that regex tries a match at every character,
 * and almost no letter has a combining mark.
 */
export function combiningClusters(s: string): [number, number][] {
	const clusters: [number, number][] = [];
	// Almost no text has a character that could be a mark: one cheap pass to say so (nfd-text runs this on
	// every check).
	let candidate = 0;
	while (candidate < s.length && neverMark(s.charCodeAt(candidate))) {
		candidate++;
	}
	if (candidate === s.length) {
		return clusters;
	}
	// The start of the code point before the current one, and of the one before the run of marks being read.
	let previous = -1;
	let base = -1;
	let inRun = false;
	for (let i = 0; i < s.length;) {
		const c = s.charCodeAt(i);
		const next = s.charCodeAt(i + 1);
		const width = c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
		if (isMarkAt(s, i, c)) {
			if (!inRun) {
				inRun = true;
				base = previous;
			}
		} else if (inRun) {
			inRun = false;
			if (base >= 0) {
				clusters.push([base, i]);
			}
		}
		previous = i;
		i += width;
	}
	if (inRun && base >= 0) {
		clusters.push([base, s.length]);
	}
	return clusters;
}

function replacementFor(match: string): string {
	switch (match) {
		case '\r\n':
		case '\r':
			return '\n';
		case '\u00d0':
		case '\u0189':
			return 'Đ';
		case '\u00f0':
			return 'đ';
		case '\u00a0':
			return ' ';
		case '\u2013':
		case '\u2014':
			return '-';
		case '\u200b':
		case '\ufeff':
			return '';
		default:
			if (match.startsWith('*')) {
				return '';
			}
			return match
				.normalize('NFC')
				.replace(/[\u00d0\u0189]/gu, 'Đ')
				.replace(/\u00f0/gu, 'đ');
	}
}

/**
 * Normalises a letter for matching, keeping an exact map back to the original offsets.
 *
 * One pass over the char codes does what a loop over SPECIAL's matches would do for the usual text, which
 * has no combining mark: most letters have a CR, an NBSP, a dash or an asterisk, nothing at all needs
 * rewriting in the others, and a regex tried at every character (and a pass to decide which case it is)
 * showed in the profile of `npm run bench`. At the first combining mark it starts over with SPECIAL.
 */
export function normalizeForMatching(original: string): MappedText {
	const n = original.length;
	// Allocated at the first rewrite: text without any is its own normal form.
	let builder: MappedTextBuilder | undefined;
	let identity: MappedText | undefined;
	let last = 0;
	for (let i = 0; i < n; i++) {
		const c = original.charCodeAt(i);
		let length = 1;
		let replacement: string;
		if (c < 0x300) {
			if (SPECIAL_BELOW_300[c] !== 1) {
				continue;
			}
			if (c === 0x0d) {
				length = original.charCodeAt(i + 1) === 0x0a ? 2 : 1;
				replacement = '\n';
			} else if (c === 0x2a) {
				// A run of one to three asterisks is dropped; a longer run is kept whole, as (?<!\*)\*{1,3}(?!\*) finds.
				let end = i + 1;
				while (end < n && original.charCodeAt(end) === 0x2a) {
					end++;
				}
				if (end - i > 3) {
					// Kept whole; the result still has a map of its own, as when something is rewritten.
					builder ??= new MappedTextBuilder(n);
					identity ??= new MappedText(original);
					i = end - 1;
					continue;
				}
				length = end - i;
				replacement = '';
			} else if (c === 0xf0) {
				replacement = 'đ';
			} else if (c === 0xa0) {
				replacement = ' ';
			} else {
				// U+00D0 Ð and U+0189 Ɖ.
				replacement = 'Đ';
			}
		} else if (c >= 0x1e00 && c <= 0x1eff) {
			// Latin Extended Additional, the Vietnamese letters with a tone mark: nothing to rewrite, no mark.
			continue;
		} else if (c === 0x2013 || c === 0x2014) {
			replacement = '-';
		} else if (c === 0x200b || c === 0xfeff) {
			replacement = '';
		} else if (isMarkAt(original, i, c)) {
			return normalizeWithMarks(original);
		} else {
			continue;
		}
		// Most rewrites keep the length (CRLF and marks shorten it), so the original's length is enough.
		builder ??= new MappedTextBuilder(n);
		identity ??= new MappedText(original);
		if (i > last) {
			builder.appendSlice(identity, last, i);
		}
		builder.appendSynthetic(replacement, i, i + length);
		last = i + length;
		i = last - 1;
	}
	if (!builder || !identity) {
		return new MappedText(original);
	}
	if (last < n) {
		builder.appendSlice(identity, last, n);
	}
	return builder.build();
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

/**
 * normalizeForMatching for a text with combining marks: every match of SPECIAL is rewritten. The matches are
 * found as `original.matchAll(SPECIAL)` finds them, by the char codes: at each code point, the alternatives
 * in SPECIAL's order (a line break, a lookalike or invisible character, one to three asterisks not preceded
 * by one, a character followed by marks). That regex tried at every character was the cost of NFD letters.
 */
function normalizeWithMarks(original: string): MappedText {
	const builder = new MappedTextBuilder(original.length);
	const identity = new MappedText(original);
	const n = original.length;
	let last = 0;
	let i = 0;
	while (i < n) {
		const c = original.charCodeAt(i);
		const width = widthAt(original, i);
		let length = 0;
		if (c === 0x0d) {
			length = original.charCodeAt(i + 1) === 0x0a ? 2 : 1;
		} else if (c === 0xd0 || c === 0x189 || c === 0xf0 || c === 0xa0 || c === 0x2013 || c === 0x2014 || c === 0x200b || c === 0xfeff) {
			length = 1;
		} else if (c === 0x2a && original.charCodeAt(i - 1) !== 0x2a) {
			let end = i + 1;
			while (end < n && original.charCodeAt(end) === 0x2a) {
				end++;
			}
			// A longer run is no match here: (?!\*) fails after three.
			if (end - i <= 3) {
				length = end - i;
			}
		}
		if (length === 0 && !isMarkAt(original, i, c)) {
			// A character and the combining marks after it.
			let end = i + width;
			while (end < n && isMarkAt(original, end, original.charCodeAt(end))) {
				end += widthAt(original, end);
			}
			if (end > i + width) {
				length = end - i;
			}
		}
		if (length === 0) {
			i += width;
			continue;
		}
		if (i > last) {
			builder.appendSlice(identity, last, i);
		}
		const text = original.slice(i, i + length);
		const replacement = replacementFor(text);
		if (replacement === text) {
			builder.appendSlice(identity, i, i + length);
		} else {
			builder.appendSynthetic(replacement, i, i + length);
		}
		last = i + length;
		i = last;
	}
	if (last < n) {
		builder.appendSlice(identity, last, n);
	}
	return builder.build();
}

/** A zero-based line and UTF-16 character, as LSP counts them. */
export interface LinePosition {
	line: number;
	character: number;
}

/** Line starts of a text, splitting on LF, CRLF and lone CR as LSP and VS Code do. */
export class LineIndex {
	private readonly lineStarts: number[];

	constructor(private readonly text: string) {
		const starts = [0];
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === 13 /* \r */) {
				if (text.charCodeAt(i + 1) === 10) {
					i++;
				}
				starts.push(i + 1);
			} else if (c === 10 /* \n */) {
				starts.push(i + 1);
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

// The case of the code units the parser meets: 1 for \p{Lu}, 2 for \p{Ll}, 0 for neither (not a letter, or
// a letter without case), 3 for a code unit the table does not decide (outside the ranges below, or a
// surrogate), which is left to the regexes. The table is filled by the regexes themselves, so that it agrees
// with them exactly: Latin-1, Latin Extended-A and -B (ơ ư ă đ), the combining marks, Latin Extended
// Additional (the Vietnamese letters with a tone mark) and General Punctuation.
const UNDECIDED = 3;
const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
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
		CASE_TABLE[c] = UPPER_LETTER.test(s) ? 1 : LOWER_LETTER.test(s) ? 2 : 0;
	}
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
	// Most abbreviations are plain ASCII: no marks to take off, no Đ to map.
	if (/^[\x20-\x7e]*$/u.test(s)) {
		return s.toUpperCase();
	}
	return s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/Đ/gu, 'D');
}

// A word of two or more capitals (an "&" inside counts: "TN&MT"), not inside a longer word or number.
const CAPITAL_WORD = /(?<![\p{L}\p{N}&])[\p{Lu}&]{2,}(?![\p{L}\p{N}&])/gu;
const CAPITAL_VOWEL = /[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/u;

/** The words of two or more capitals in `text` ("VH", "TN&MT", "UBND"): where an abbreviation may be. */
export function capitalWords(text: string): RegExpExecArray[] {
	return [...text.matchAll(CAPITAL_WORD)];
}

/**
 * Whether a word in capitals has a vowel. No Vietnamese syllable is written without one, so a word in capitals
 * without a vowel ("VH", "GĐ", "TN&MT") is an abbreviation, never a name.
 */
export function hasCapitalVowel(word: string): boolean {
	return CAPITAL_VOWEL.test(word);
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
	while (i < to && isSpaceCode(s.charCodeAt(i))) {
		i++;
	}
	return i;
}

/** The index just past the last non-white-space code unit before `to`, or `from`. */
export function trimEndIndex(s: string, from: number, to: number): number {
	let i = to;
	while (i > from && isSpaceCode(s.charCodeAt(i - 1))) {
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
const UNICODE_VIETNAMESE_EXTRA = 'ơưăđƠƯĂĐ';

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
const EXTRA_CODES = new Set(Array.from(UNICODE_VIETNAMESE_EXTRA, (c) => c.charCodeAt(0)));

/**
 * Counts the TCVN3 marks, the VNI marks (as the global regex /[vowel][mark]|[ÑñÔô]/ would) and Unicode
 * Vietnamese letters; both legacy counts are 0 when it stopped early on text that is certainly Unicode.
 */
function countEncodingMarks(sample: string): { tcvn3: number; vni: number; unicode: number } {
	let tcvn3 = 0;
	let vni = 0;
	let unicode = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if (c < 256) {
			const flags = LATIN1_FLAGS[c] ?? 0;
			if (flags & TCVN3) {
				tcvn3++;
			}
			if (flags & VNI_SINGLE) {
				vni++;
			} else if (flags & VNI_VOWEL) {
				const next = sample.charCodeAt(i + 1);
				if (next < 256 && (LATIN1_FLAGS[next] ?? 0) & VNI_MARK) {
					vni++;
					// The pair is one match: the mark is not looked at again as the start of another.
					i++;
					if ((LATIN1_FLAGS[next] ?? 0) & TCVN3) {
						tcvn3++;
					}
				}
			}
		} else if ((c >= 0x1ea0 && c <= 0x1ef9) || EXTRA_CODES.has(c)) {
			unicode++;
			// Neither legacy count can grow by more than one a code unit: once the Unicode letters outweigh
			// what they could still reach, detectLegacyEncoding says Unicode whatever the rest holds, and
			// counts of zero say the same. This spares the rest of the pass on most real letters.
			if (unicode * 4 > Math.max(tcvn3, vni) + (sample.length - 1 - i)) {
				return { tcvn3: 0, vni: 0, unicode };
			}
		}
	}
	return { tcvn3, vni, unicode };
}

/** The legacy encoding a text looks typed in, or undefined for Unicode text. */
export function detectLegacyEncoding(text: string): 'tcvn3' | 'vni' | undefined {
	const sample = text.length > 20000 ? text.slice(0, 20000) : text;
	const { tcvn3, vni, unicode } = countEncodingMarks(sample);
	// Neither count can reach the threshold (at least 5), or real Vietnamese text with many precomposed
	// letters: Unicode. Deciding this first spares counting every letter on each check.
	if ((tcvn3 < 5 && vni < 5) || unicode * 4 > Math.max(tcvn3, vni)) {
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
		// The next character that could belong to a fragment word.
		let at = from;
		while (at < text.length) {
			const c = text.charCodeAt(at);
			if (c >= 0xa1 && c <= 0xff) {
				const flags = LATIN1_FLAGS[c] ?? 0;
				// A VNI mark counts only after a vowel: "cùng" and "rõ" are Unicode Vietnamese.
				if (flags & (FRAGMENT_SYMBOL | FRAGMENT_INNER) || (flags & VNI_MARK && (LATIN1_FLAGS[text.charCodeAt(at - 1)] ?? 0) & VNI_VOWEL)) {
					break;
				}
			}
			at++;
		}
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
