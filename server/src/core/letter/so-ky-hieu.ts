// The one reader of a document number, "<số>/<ký hiệu>" (administrative), "<số>/<năm>/<ký hiệu>" (legal-normative)
// or "<số>-<loại>/<cơ quan>" (Party, "12-KL/TW"), for the letter's own Số line and for cited numbers alike.
// It reads the text once, keeps every piece as a span with its exact original range, and lists the defects it
// saw; rules judge those defects and features present the pieces, so no one else splits a number on "/".
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3 and Phụ lục III (reference R1.1–R1.8).
import { MIXED_CASE_ABBREVIATIONS } from '../data/document-types';
import { subRange, subSpan, type Span } from '../span';
import type { Range } from '../types';
import { hasLowerCase } from '../text';

/** The form of a number: administrative "15/UBND-VP", legal-normative "30/2020/NĐ-CP", Party "12-KL/TW". */
export type NumberForm = 'administrative' | 'legal-normative' | 'party';

/** What a group of a ký hiệu stands for (reference R1.2, R1.3). */
export type KyHieuRole = 'type' | 'issuer' | 'unit';

/** One group of a ký hiệu ("UBND", "KT"), with its role once the letter's type is known. */
export interface KyHieuGroup {
	span: Span;
	/** Set by `assignRoles`; absent on a reading whose roles were not assigned. */
	role?: KyHieuRole;
	/** True for a template placeholder such as the "…" of "…/QĐ-…". */
	placeholder: boolean;
}

/** A defect of the way a number is written. */
export type KyHieuDefectKind =
	/** No "/" at all between number and ký hiệu ("15 UBND"), or the pre-2004 form with the number glued to it ("215UB/KT"). */
	| 'missingSlash'
	/** The number and the ký hiệu are joined by "-", "\" or "|" where "/" belongs ("15-UBND" in an administrative letter). */
	| 'wrongSeparator'
	/** Two "/" in a row. */
	| 'doubledSlash'
	/** White space before or after a "/" or "-". */
	| 'space'
	/** An en or em dash where the hyphen belongs. */
	| 'enDash'
	/** Letters or other characters in the number slot ("ab/UBND-VP"). */
	| 'notDigits'
	/** A number below 10 without its leading zero ("5/UBND-VP"). */
	| 'needsZero'
	/** Nothing after the "/". */
	| 'missingKyHieu'
	/** An empty group between two hyphens, or a hyphen at the end. */
	| 'emptyGroup'
	/** "&" inside a group ("VH&GĐ"). */
	| 'ampersand'
	/** Another character than letters and digits inside a group. */
	| 'badCharacter'
	/** A group in lower case that is not one of the official mixed-case abbreviations. */
	| 'lowerCase';

/** One defect, with the range of the characters at fault (empty where a character is missing). */
export interface KyHieuDefect {
	kind: KyHieuDefectKind;
	range: Range;
	/** The characters at fault as normalised text ("UB" of "215UB", " –" of "UBND –KT", the group "Ktx"). */
	text: string;
}

/** One number as read. */
export interface SoKyHieu {
	/** The whole number as read: from the number slot to the last group; text after it (a run-on date) is not in it. */
	span: Span;
	/** The number slot as written (trimmed); absent when it is empty. */
	number?: Span;
	/** The number's value when the slot holds digits. */
	value?: number;
	/** The one definition of a blank number: the slot is empty or holds only dots, an ellipsis or underscores (R1.7). */
	blank: boolean;
	/** The separator after the number slot ("/", or the "-" of a Party number); absent when there is none. */
	separator?: Span;
	/** The year of a legal-normative number ("2020" of "30/2020/NĐ-CP"). */
	year?: Span;
	/** The ký hiệu: from its first group to its last, separators included, as it stands in the text. */
	kyHieu?: Span;
	/** The groups of the ký hiệu, in order (split on "-" and "/"). */
	groups: KyHieuGroup[];
	form: NumberForm;
	/** True when a group is a template placeholder ("…/QĐ-…"): a draft, not a malformed ký hiệu. */
	template: boolean;
	defects: KyHieuDefect[];
}

/** Options of `readSoKyHieu`. */
export interface ReadOptions {
	/** The original text, to tell an en dash from a hyphen (the span's text is normalised). */
	source?: string;
	/** Mixed-case groups accepted besides the official ones (Thông tư 01/2011's "TTh" for older letters). */
	extraMixedCase?: readonly string[];
}

/** The official mixed-case abbreviations (reference R1.6, issue 9: "TTg" of the Thủ tướng Chính phủ). */
const MIXED_CASE_GROUPS: readonly string[] = [...MIXED_CASE_ABBREVIATIONS, 'TTg'];

// Compiled once (esbuild turns a literal with \p{…} into a `new RegExp` call, which would run on every call).
const NUMBER_GLUED_TO_GROUP = /^(\d+)\p{Lu}{2}[\p{L}\p{N}&]*$/u;
const LETTERS_AND_DIGITS = /^[\p{L}\p{N}]+$/u;
const BLANK_SLOT = /^[.…_\s]*$/u;

/** The one definition of "blank" for a number slot (and a day or month slot): empty, dots, an ellipsis, underscores. */
export function isBlankSlot(text: string): boolean {
	return BLANK_SLOT.test(text);
}

interface Token {
	kind: 'word' | 'sep' | 'space';
	start: number;
	end: number;
	text: string;
}

// Character tests of the tokeniser, by code unit: a regex test per character made the reading of a cited number
// the costliest part of a citation.
const isSpaceAt = (text: string, i: number): boolean => {
	const c = text.charCodeAt(i);
	return c === 0x20 || c === 0x09 || c === 0xa0;
};
const isSeparatorAt = (text: string, i: number): boolean => {
	const c = text.charCodeAt(i);
	return c === 0x2f || c === 0x2d || c === 0x5c || c === 0x7c;
};

/** Splits the text into words, separators and spaces, up to the first space that no separator touches. */
function tokens(text: string): Token[] {
	const out: Token[] = [];
	let i = 0;
	while (i < text.length) {
		if (isSpaceAt(text, i)) {
			let j = i;
			while (j < text.length && isSpaceAt(text, j)) {
				j++;
			}
			const previousIsSeparator = out[out.length - 1]?.kind === 'sep';
			const nextIsSeparator = j < text.length && isSeparatorAt(text, j);
			if (j >= text.length || (!previousIsSeparator && !nextIsSeparator)) {
				break;
			}
			out.push({ kind: 'space', start: i, end: j, text: text.slice(i, j) });
			i = j;
			continue;
		}
		if (isSeparatorAt(text, i)) {
			out.push({ kind: 'sep', start: i, end: i + 1, text: text.charAt(i) });
			i++;
			continue;
		}
		let j = i;
		while (j < text.length && !isSpaceAt(text, j) && !isSeparatorAt(text, j)) {
			j++;
		}
		out.push({ kind: 'word', start: i, end: j, text: text.slice(i, j) });
		i = j;
	}
	while (out.length > 0 && out[out.length - 1]?.kind === 'space') {
		out.pop();
	}
	return out;
}

// The options of a reading that passes none: one object, not a new one per cited number.
const NO_OPTIONS: ReadOptions = Object.freeze({});

/** Notes a defect of the characters `start`..`end` of `value`. */
function addDefect(defects: KyHieuDefect[], value: Span, kind: KyHieuDefectKind, start: number, end: number): void {
	defects.push({ kind, range: subSpan(value, start, end).range, text: value.text.slice(start, end) });
}

/**
 * Reads a number from the start of `value` (the Số line's value, or the number after "số" in a citation).
 * Never throws; a value that holds no number at all gives a reading with no number, no groups and its defects.
 */
export function readSoKyHieu(value: Span, options: ReadOptions = NO_OPTIONS): SoKyHieu {
	return readPlain(value, options) ?? readGeneral(value, options);
}

/**
 * A reading with every field present, in the order the model dump shows them, so that every reading has the
 * same shape (optional fields are set to undefined until known, never added later).
 */
function newReading(span: Span, blank: boolean, groups: KyHieuGroup[], form: NumberForm, defects: KyHieuDefect[]): SoKyHieu {
	return {
		span,
		blank,
		groups,
		form,
		template: false,
		defects,
		number: undefined,
		value: undefined,
		separator: undefined,
		year: undefined,
		kyHieu: undefined,
	};
}

/** A group of a ký hiệu, with its role field present from the start (see `newReading`). */
function newGroup(span: Span, placeholder: boolean): KyHieuGroup {
	return { span, placeholder, role: undefined };
}

// Character classes of `readPlain`, by code unit.
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** A capital or a digit that no check of a group questions: A-Z, 0-9, Đ. */
const isPlainGroupCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || isDigitCode(c) || c === 0x110;
/** A character of a blank number slot besides white space (BLANK_SLOT): ".", "…", "_". */
const isBlankSlotCode = (c: number): boolean => c === 0x2e || c === 0x2026 || c === 0x5f;
/** A lower-case letter of the mixed-case abbreviations ("TTg", "QyĐ"): a-z, đ. */
const isPlainLowerCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || c === 0x111;
/** True when a "-" of the normalised text was written as an en or em dash. */
function isDashInSource(value: Span, at: number, source: string): boolean {
	const range = subRange(value, at, at + 1);
	const c = range.end - range.start === 1 ? source.charCodeAt(range.start) : 0;
	return c === 0x2013 || c === 0x2014;
}

/**
 * The common cases without building tokens: a number slot of digits (or blank: empty, dots, an ellipsis,
 * underscores), "/" (or the "-" of a Party number), an optional year and "/", then groups of capitals and digits
 * joined by "-" or "/" ("215/UBND-KT", "30/2020/NĐ-CP", "05/CT-TTg", "12-KL/TW", "/SCT-VP"), ending at the end of
 * the value or at a space that no separator follows. Spaces around a separator, en dashes and a number below 10
 * are noted as `readGeneral` notes them. Anything else (another defect, a placeholder group, another character)
 * gives undefined, and `readGeneral` reads it; when this answers, its reading is the one `readGeneral` would give
 * (a test compares the two on every number of the corpus).
 */
function readPlain(value: Span, options: ReadOptions): SoKyHieu | undefined {
	const text = value.text;
	const length = text.length;
	const defects: KyHieuDefect[] = [];
	let slotEnd = 0;
	while (slotEnd < length && isDigitCode(text.charCodeAt(slotEnd))) {
		slotEnd++;
	}
	const digits = slotEnd > 0;
	if (!digits) {
		while (slotEnd < length && isBlankSlotCode(text.charCodeAt(slotEnd))) {
			slotEnd++;
		}
	} else if (slotEnd === 1) {
		addDefect(defects, value, 'needsZero', 0, 1);
	}
	// The separator after the slot, maybe after spaces (a defect); none at all is a defect `readGeneral` notes.
	let i = slotEnd;
	while (slotEnd > 0 && i < length && isSpaceAt(text, i)) {
		i++;
	}
	const separatorCode = i < length ? text.charCodeAt(i) : -1;
	const party = separatorCode === 0x2d && digits;
	if (separatorCode !== 0x2f && !party) {
		return undefined;
	}
	if (i > slotEnd) {
		addDefect(defects, value, 'space', slotEnd, i);
	}
	if (party) {
		noteDash(value, i, options, defects);
	}
	const separatorAt = i;
	i++;
	let year: Span | undefined;
	let slashLater = false;
	const groups: KyHieuGroup[] = [];
	let end = -1;
	while (end < 0) {
		// Spaces after a separator are a defect when a group follows them.
		let j = i;
		while (j < length && isSpaceAt(text, j)) {
			j++;
		}
		if (j > i) {
			if (j >= length || isSeparatorAt(text, j)) {
				return undefined;
			}
			addDefect(defects, value, 'space', i, j);
			i = j;
		}
		const start = i;
		i = plainGroupEnd(text, start);
		// A group ends at the end, a "/", a "-" or a space; a backslash or "|" there is for readGeneral too. Only these
		// codes are tested: a test that never ran would deoptimise the optimised reader the first time it runs.
		if (i === start || (i < length && !isPlainGroupEndAt(text, i))) {
			return undefined;
		}
		if (hasPlainLowerCase(text, start, i) && !isMixedCaseGroup(text.slice(start, i), options)) {
			return undefined;
		}
		const groupEnd = i;
		// The end of the value, or spaces: the reading ends here unless a separator follows the spaces.
		j = i;
		while (j < length && isSpaceAt(text, j)) {
			j++;
		}
		if (j >= length || !isSeparatorAt(text, j)) {
			end = groupEnd;
		} else if (j > i) {
			addDefect(defects, value, 'space', i, j);
		}
		const c = end < 0 ? text.charCodeAt(j) : -1;
		if (c === 0x2f && !party && groups.length === 0 && year === undefined && groupEnd - start === 4 && isFourDigits(text, start)) {
			year = subSpan(value, start, groupEnd);
		} else {
			groups.push(newGroup(subSpan(value, start, groupEnd), false));
		}
		if (end < 0) {
			if (c !== 0x2f && c !== 0x2d) {
				return undefined;
			}
			if (c === 0x2f) {
				slashLater = true;
			} else {
				noteDash(value, j, options, defects);
			}
			i = j + 1;
		}
	}
	if (party && !slashLater) {
		return undefined;
	}
	const first = groups[0] as KyHieuGroup;
	const last = groups[groups.length - 1] as KyHieuGroup;
	const form: NumberForm = party ? 'party' : year ? 'legal-normative' : 'administrative';
	const reading = newReading(subSpan(value, 0, end), !digits, groups, form, defects);
	reading.number = slotEnd > 0 ? subSpan(value, 0, slotEnd) : undefined;
	reading.value = digits ? Number(text.slice(0, slotEnd)) : undefined;
	reading.separator = subSpan(value, separatorAt, separatorAt + 1);
	reading.year = year;
	reading.kyHieu = subSpan(value, first.span.offset - value.offset, last.span.offset - value.offset + last.span.text.length);
	return reading;
}

/** The end of a group of `readPlain` from `start`: capitals, digits and the lower case of mixed-case groups. */
function plainGroupEnd(text: string, start: number): number {
	let i = start;
	while (i < text.length) {
		const c = text.charCodeAt(i);
		if (!isPlainGroupCode(c) && !isPlainLowerCode(c)) {
			break;
		}
		i++;
	}
	return i;
}

/** Whether the characters `start`..`end` (all plain group characters) hold a lower-case letter. */
function hasPlainLowerCase(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		if (isPlainLowerCode(text.charCodeAt(i))) {
			return true;
		}
	}
	return false;
}

/** Notes the "-" at `at` as an en dash when the original text has an en or em dash there. */
function noteDash(value: Span, at: number, options: ReadOptions, defects: KyHieuDefect[]): void {
	if (options.source !== undefined && isDashInSource(value, at, options.source)) {
		addDefect(defects, value, 'enDash', at, at + 1);
	}
}

/** Whether the character at `i` ends a group of `readPlain`: "/", "-" or a space. */
function isPlainGroupEndAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	return c === 0x2f || c === 0x2d || isSpaceAt(text, i);
}

/** Whether the four characters at `start` are digits. */
function isFourDigits(text: string, start: number): boolean {
	for (let k = start; k < start + 4; k++) {
		if (!isDigitCode(text.charCodeAt(k))) {
			return false;
		}
	}
	return true;
}

/** Whether a group with lower case is an official mixed-case abbreviation, or one the options accept. */
function isMixedCaseGroup(group: string, options: ReadOptions): boolean {
	return MIXED_CASE_GROUPS.includes(group) || (options.extraMixedCase ?? []).includes(group);
}

/**
 * Reads any number, whatever its form and defects: `readSoKyHieu` when `readPlain` does not answer. Exported for
 * the test that compares it with `readSoKyHieu` on every number of the corpus.
 */
export function readGeneral(value: Span, options: ReadOptions): SoKyHieu {
	const text = value.text;
	const toks = tokens(text);
	const defects: KyHieuDefect[] = [];
	const end = toks.length > 0 ? (toks[toks.length - 1] as Token).end : 0;
	const reading = newReading(subSpan(value, 0, end), true, [], 'administrative', defects);

	// The number slot: the first word, unless the value starts with a separator (a blank slot).
	let k = 0;
	let numberText = '';
	let numberStart = 0;
	let kyHieuFrom: number | undefined;
	const first = toks[0];
	if (first?.kind === 'word') {
		numberText = first.text;
		numberStart = first.start;
		k = 1;
		const glued = NUMBER_GLUED_TO_GROUP.exec(numberText);
		if (glued?.[1] !== undefined) {
			// "215UB/KT": the number and the first group of the ký hiệu without a "/" between them (pre-2004 form).
			// At least two capitals: "09a" or "15A" are letters in the number, not a group.
			const digits = glued[1];
			reading.number = subSpan(value, first.start, first.start + digits.length);
			reading.value = Number(digits);
			reading.blank = false;
			addDefect(defects, value, 'missingSlash', first.start + digits.length, first.start + digits.length);
			kyHieuFrom = first.start + digits.length;
			reading.groups.push(newGroup(subSpan(value, kyHieuFrom, first.end), false));
		}
	}
	if (kyHieuFrom === undefined) {
		if (numberText !== '') {
			reading.number = subSpan(value, numberStart, numberStart + numberText.length);
		}
		reading.blank = isBlankSlot(numberText);
		if (!reading.blank) {
			if (/^\d+$/u.test(numberText)) {
				reading.value = Number(numberText);
				if (numberText.length === 1) {
					addDefect(defects, value, 'needsZero', numberStart, numberStart + 1);
				}
			} else {
				addDefect(defects, value, 'notDigits', numberStart, numberStart + numberText.length);
			}
		}
	}

	// The separator after the number decides the form: "-" then "/" later is the Party form.
	const rest = toks.slice(k);
	const separators = rest.filter((t) => t.kind === 'sep');
	const firstSeparator = separators[0];
	if (kyHieuFrom === undefined) {
		if (!firstSeparator) {
			if (toks.length > 0) {
				// A value of one word, or words with no separator: no "/" at all ("15 UBND", "ab").
				addDefect(defects, value, 'missingSlash', end, end);
			}
			return reading;
		}
		reading.separator = subSpan(value, firstSeparator.start, firstSeparator.end);
		if (firstSeparator.text !== '/') {
			const partyLater = separators.some((t) => t.text === '/');
			if (firstSeparator.text === '-' && partyLater && /^\d+$/u.test(numberText)) {
				reading.form = 'party';
			} else if (!partyLater) {
				addDefect(defects, value, 'wrongSeparator', firstSeparator.start, firstSeparator.end);
			}
		}
	}

	// Walk the rest: groups between separators, spaces and dashes noted as defects.
	let previous: Token | undefined = first;
	let slashes = 0;
	let lastSeparator: Token | undefined;
	for (let i = kyHieuFrom === undefined ? k : 1; i < toks.length; i++) {
		const t = toks[i] as Token;
		if (t.kind === 'space') {
			addDefect(defects, value, 'space', t.start, t.end);
			continue;
		}
		if (t.kind === 'sep') {
			if (t.text === '-' && options.source !== undefined) {
				const range = subSpan(value, t.start, t.end).range;
				const original = options.source.slice(range.start, range.end);
				if (original === '\u2013' || original === '\u2014') {
					addDefect(defects, value, 'enDash', t.start, t.end);
				}
			}
			if (lastSeparator && previous?.kind === 'sep') {
				addDefect(defects, value, lastSeparator.text === '/' && t.text === '/' ? 'doubledSlash' : 'emptyGroup', lastSeparator.start, t.end);
			}
			if (t.text === '/') {
				slashes++;
			}
			lastSeparator = t;
			previous = t;
			continue;
		}
		// A word: the year of a legal-normative number, or a group. The "/" after the year may follow a space
		// ("12 / 2019 / TT-BVHTT", as PDF text layers write cited numbers); the space is a defect of its own.
		const after = toks[i + 1]?.kind === 'space' ? toks[i + 2] : toks[i + 1];
		if (slashes === 1 && reading.form !== 'party' && reading.groups.length === 0 && /^\d{4}$/u.test(t.text) && after?.text === '/') {
			reading.year = subSpan(value, t.start, t.end);
			reading.form = 'legal-normative';
			previous = t;
			continue;
		}
		const placeholder = /^[.…_]+$/u.test(t.text);
		reading.groups.push(newGroup(subSpan(value, t.start, t.end), placeholder));
		if (placeholder) {
			reading.template = true;
		} else if (t.text.includes('&')) {
			addDefect(defects, value, 'ampersand', t.start, t.end);
		} else if (!LETTERS_AND_DIGITS.test(t.text)) {
			addDefect(defects, value, 'badCharacter', t.start, t.end);
		} else if (hasLowerCase(t.text) && !isMixedCaseGroup(t.text, options)) {
			addDefect(defects, value, 'lowerCase', t.start, t.end);
		}
		previous = t;
	}
	if (previous?.kind === 'sep' && lastSeparator) {
		if (reading.groups.length === 0 && lastSeparator.text === '/') {
			addDefect(defects, value, 'missingKyHieu', lastSeparator.start, lastSeparator.end);
		} else {
			addDefect(defects, value, 'emptyGroup', lastSeparator.start, lastSeparator.end);
		}
	}
	const firstGroup = reading.groups[0];
	const lastGroup = reading.groups[reading.groups.length - 1];
	if (firstGroup && lastGroup) {
		const from = firstGroup.span.offset - value.offset;
		const to = lastGroup.span.offset - value.offset + lastGroup.span.text.length;
		reading.kyHieu = subSpan(value, from, to);
	}
	return reading;
}

/**
 * Gives each group its role (reference R1.2, R1.3): a named type's ký hiệu opens with the type, then the issuer,
 * then an optional drafting unit ("QĐ-BNN-PC"); a công văn's opens with the issuer, then the unit ("UBND-KT");
 * a Party number has the type before the "/" and the issuer after ("12-KL/TW").
 * `typeFirst` says whether the first group is a type abbreviation (the caller knows the letter's type).
 */
export function assignRoles(reading: SoKyHieu, typeFirst: boolean): void {
	const typed = typeFirst || reading.form !== 'administrative';
	reading.groups.forEach((group, i) => {
		if (i === 0) {
			group.role = typed ? 'type' : 'issuer';
			return;
		}
		group.role = reading.groups[i - 1]?.role === 'type' ? 'issuer' : 'unit';
	});
}

/** The drafting unit: the last group when it follows the issuer ("KT" of "UBND-KT"); absent for "QĐ-UBND". */
export function unitGroup(reading: SoKyHieu | undefined): KyHieuGroup | undefined {
	const last = reading?.groups[reading.groups.length - 1];
	return last?.role === 'unit' && !last.placeholder ? last : undefined;
}
