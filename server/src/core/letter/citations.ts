// Citations of other documents in the body: "<Loại> số <số/ký hiệu> [,] ngày <date> của <issuer> về <subject>".
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b (reference R5.2, R5.9, §13.4).
import { AGENCY_LIKE_ABBREVIATIONS, CITED_TYPE_NAMES, DOCUMENT_TYPES } from '../data/document-types';
import type { Paragraph } from '../letter';
import { spanIn, type Span } from '../span';
import { hasLowerCase, isSpaceCode, sentenceCase, trimEndIndex, type MappedText } from '../text';
import type { DateValue, Range } from '../types';
import { assignRoles, readSoKyHieu, type NumberForm, type SoKyHieu } from './so-ky-hieu';

export type { NumberForm } from './so-ky-hieu';

/** A date written in a citation. */
export interface CitedDate {
	span: Span;
	value: DateValue;
}

/** One cited document. Several numbers after one type ("Chỉ thị số 05/CT-TTg, 06/CT-TTg") are several citations. */
export interface Citation {
	/** The type name as written ("Công văn", "công văn", "Văn bản"). */
	type: Span;
	/** The type name from the list, in its canonical case ("Công văn"). */
	typeName: string;
	/** The số/ký hiệu. */
	number: Span;
	/**
	 * The number as the one reader of a ký hiệu reads it (letter/so-ky-hieu.ts, the reader of the letter's own Số):
	 * number, year, groups with their roles (a first group that abbreviates a type is the type, the next the issuer).
	 */
	readonly reading: SoKyHieu;
	/** The form of the number (`reading.form`): administrative, legal-normative or Party. */
	readonly numberForm: NumberForm;
	/** The date attached to this number, when written right after it. */
	date?: CitedDate | undefined;
	/** "của <issuer>", when written after the number or date. */
	issuer?: Span | undefined;
	/** "về …", "về việc …", "v/v …". */
	subject?: Span | undefined;
	/** 0 for the number right after "số", then 1, 2 … for the numbers listed after it. */
	listIndex: number;
	/** Index of the paragraph in the body. */
	paragraph: number;
	/** From the type name (or the listed number) to the end of the last part found. */
	range: Range;
}

// Administrative "216/UBND-VX", legal-normative "30/2020/NĐ-CP", Party "1332-CV/TU". A group may hold "&"
// ("HD-VH&TT"); the "/" and "-" between groups may have spaces around them when the next group is in capitals
// ("45/KH - UBND", "12 / 2019 / TT - BVHTT"), as PDF text layers and old typing write them. The patterns are
// case-insensitive, so a spaced dash before a word with a lower-case letter ("UBND - Sở") is cut off after the
// match (numberEndWithoutGlue): it is prose, not a group.
const GROUP = String.raw`[\p{L}\p{N}&]*[\p{L}\p{N}]`;
const SPACED_GROUP = String.raw`[\p{Lu}\p{N}][\p{Lu}\p{N}&]*`;
const NEXT = String.raw`(?:-${GROUP}|(?:[ \t]+-[ \t]*|-[ \t]+)${SPACED_GROUP})`;
const NUMBER = String.raw`\d+(?:[ \t]*\/[ \t]*\d{4})?[ \t]*\/[ \t]*${GROUP}${NEXT}*|\d+-\p{L}+\/${GROUP}${NEXT}*`;
// A citation is what this pattern matches in a paragraph (a global, case-insensitive scan):
//   (?<![\p{L}\p{N}])(<type names, longest first>)\s+(?:số\s*(?::\s*)?)?(<NUMBER>)(?![\p{L}\p{N}/])
// ("\s*(?::\s*)?" rather than "\s*:?\s*": the same text, but the two runs of white space cannot share the
// spaces of a long gap between "số" and the number). It is never compiled: case-insensitive, with 29 type
// names and \p{L} classes, it cost about 16 ms to compile in each process, and a second one for the listed
// numbers 18 ms, a fifth of the citations' cold cost. citationMatches finds the same matches in the same order:
// a citation's number is followed by "/" or "-" (NUMBER_AHEAD, which starts only at digits), "số" is looked for
// before it (soBefore), the type name must end where the white space before "số" or the number begins (a
// plain comparison in lower case with the names that end with that letter), the look-behind is a test of one
// character (wordBefore) and the number is read by numberEndAt. Only the number needs a pattern.
// SO_NUMBER, /(?:số\s*(?::\s*)?)?(?<!\p{N})\d+[ \t]*[/-]/giu, is run as a scan for its number (NUMBER_AHEAD)
// and a look back for its "số" (soBefore): as one pattern, its optional, case-insensitive prefix made it try a
// start at every "s" of the paragraph. A cited number follows white space, the ":" after "số" or "số" itself,
// never another character (the look-behind also keeps SO_NUMBER's "not after a digit"), and not "ngày" and a
// space (no type name): the days and months of the many dates ("ngày 02/02/2024") are not tried. The look-behinds
// come after the first digit, so that the scan looks for digits, not for white space.
const NUMBER_AHEAD = /\d(?<=[\s:ốỐ]\d)(?<!(?:ngày|Ngày|NGÀY)\s\d)\d*[ \t]*[/-]/gu;
// NUMBER is read first with classes of the letters of Vietnamese text instead of \p{L}, \p{Lu} and \p{N}
// (under the "i" flag, \p{Lu} takes every cased letter): ASCII letters and digits, the Latin letters of
// U+00C0–U+017F that have a case (not "×", "÷", "ı", "ĸ", "ŉ"), "Ơ", "ơ", "Ư", "ư" and U+1EA0–U+1EF9. On those
// characters every class of NUMBER says the same as the fast one (checked against the case-insensitive
// classes for every code unit), so the two patterns read a number the same way unless they meet another
// letter or digit. A pattern only moves over the characters of its classes, "&", and white space next to a
// "-" or "/" (NUMBER_RUN), then stops at the next one: when that one is ASCII or no letter or digit
// (wordAt), the fast reading is the exact one; otherwise NUMBER itself is compiled and run (NUMBER_EXACT).
const WORD = String.raw`A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u0130\u0132-\u0137\u0139-\u0148\u014A-\u017F\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9`;
const LETTER = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u0130\u0132-\u0137\u0139-\u0148\u014A-\u017F\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9`;
const FAST_GROUP = String.raw`[${WORD}&]*[${WORD}]`;
const FAST_NEXT = String.raw`(?:-${FAST_GROUP}|(?:[ \t]+-[ \t]*|-[ \t]+)[${WORD}][${WORD}&]*)`;
const NUMBER_FAST = new RegExp(
	String.raw`(?:\d+(?:[ \t]*\/[ \t]*\d{4})?[ \t]*\/[ \t]*${FAST_GROUP}${FAST_NEXT}*|\d+-[${LETTER}]+\/${FAST_GROUP}${FAST_NEXT}*)(?![${WORD}/])`,
	'uy',
);
// White space is taken before a "-" or "/" (not after one: there the separator takes it), so that no two
// ways of matching share it.
const NUMBER_RUN = new RegExp(String.raw`(?:[${WORD}&]|[-/][ \t]*|(?<![ \t/-])[ \t]+(?=[-/]))*`, 'uy');
let numberExact: RegExp | undefined;
// A letter or digit as the case-insensitive patterns see one, before or at a position; compiled on first use.
let wordBeforePattern: RegExp | undefined;
let wordAtPattern: RegExp | undefined;

/** Whether the code unit `c` (not ASCII) is surely no letter or digit: a space or general punctuation (“ ” – …). */
function isPunctuationCode(c: number): boolean {
	return c === 0xa0 || (c >= 0x2000 && c <= 0x206f);
}

/** Whether a letter or digit (as /[\p{L}\p{N}]/iu sees one) ends right before `at`. */
function wordBefore(text: string, at: number): boolean {
	if (at === 0) {
		return false;
	}
	const c = text.charCodeAt(at - 1);
	if (c < 0x80) {
		return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
	}
	if (isPunctuationCode(c)) {
		return false;
	}
	wordBeforePattern ??= /(?<=[\p{L}\p{N}])/iuy;
	wordBeforePattern.lastIndex = at;
	return wordBeforePattern.test(text);
}

/** Whether a letter or digit (as /[\p{L}\p{N}]/iu sees one) that is not ASCII starts at `at`. */
function wordAt(text: string, at: number): boolean {
	const c = text.charCodeAt(at);
	// NaN past the end.
	if (!(c >= 0x80) || isPunctuationCode(c)) {
		return false;
	}
	wordAtPattern ??= /(?=[\p{L}\p{N}])/iuy;
	wordAtPattern.lastIndex = at;
	return wordAtPattern.test(text);
}

/**
 * The end of the cited number that NUMBER (with its look-ahead, case-insensitive) matches at `at`, or -1.
 * The fast pattern reads it unless a letter or digit outside its classes stops the run (see NUMBER_FAST).
 */
function numberEndAt(text: string, at: number): number {
	NUMBER_RUN.lastIndex = at;
	NUMBER_RUN.test(text);
	if (!wordAt(text, NUMBER_RUN.lastIndex)) {
		NUMBER_FAST.lastIndex = at;
		return NUMBER_FAST.test(text) ? NUMBER_FAST.lastIndex : -1;
	}
	numberExact ??= new RegExp(String.raw`(?:${NUMBER})(?![\p{L}\p{N}/])`, 'iuy');
	numberExact.lastIndex = at;
	return numberExact.test(text) ? numberExact.lastIndex : -1;
}
// The last words of the type names, lower-cased: a number written without "số" is tried only after one of
// them, so that the many dates ("ngày 02/02/2024") cost one look-up each.
const TYPE_LAST_WORDS = new Set(CITED_TYPE_NAMES.map((name) => name.split(' ').pop()?.toLowerCase() ?? ''));
// The last letters of those words: a cheap test before the slicing.
const TYPE_LAST_CHARS = new Set([...TYPE_LAST_WORDS].map((word) => word.slice(-1)));
// The type names in lower case by their last letter, longest first: where a type name can end.
const TYPES_BY_LAST_CHAR = new Map<string, string[]>();
for (const name of [...new Set(CITED_TYPE_NAMES.map((n) => n.toLowerCase()))].sort((a, b) => b.length - a.length)) {
	const names = TYPES_BY_LAST_CHAR.get(name.slice(-1)) ?? [];
	names.push(name);
	TYPES_BY_LAST_CHAR.set(name.slice(-1), names);
}
// What splits the words before a number written without "số". A module constant, as every pattern with a \p{…}
// class: the bundle writes such a literal as `new RegExp(…)`, which would build a pattern at each use.
const NOT_LETTER = /\P{L}/u;
// A word glued to the end of a cited number by extraction ("10/QĐ-UBNDngày"): it is not part of the number.
const GLUED_AFTER_NUMBER = /(?<=[\p{Lu}\p{N}])(?:ngày|của|về)$/u;

// A group joined by a spaced dash that holds a lower-case letter: prose after the number ("… - Sở Y tế").
const SPACED_PROSE = /(?<![ \t])[ \t]+-[ \t]*|-[ \t]+/gu;

/**
 * The end of the number read at `start`..`end`, without a word glued to it ("10/QĐ-UBNDngày") and without
 * prose joined by a spaced dash ("10/QĐ-UBND - Sở").
 */
function numberEndWithoutGlue(text: string, start: number, end: number): number {
	const written = text.slice(start, end);
	// A spaced dash needs a dash and a space or TAB; a glued word ends with one of three words. Most numbers
	// have neither: plain tests before the patterns.
	if (written.includes('-') && (written.includes(' ') || written.includes('\t'))) {
		for (const join of written.matchAll(SPACED_PROSE)) {
			const after = join.index + join[0].length;
			const group = written.slice(after).split(/[-/\s]/u)[0] ?? '';
			if (hasLowerCase(group)) {
				return start + join.index;
			}
		}
	}
	if (!written.endsWith('ngày') && !written.endsWith('của') && !written.endsWith('về')) {
		return end;
	}
	const glued = GLUED_AFTER_NUMBER.exec(written);
	return glued ? start + glued.index : end;
}
// What leads to a further number of a list: the number (read by numberEndAt) starts where this ends. Without
// a \p{L} class, the "i" flag costs little to compile.
const LISTED = /\s*(?:,|và)\s*(?:số\s*)?/iuy;
// Groups 1–3: day, month, year of "12/3/2024"; groups 4–6: of "12 tháng 3 năm 2024" (numbered, not named: a
// named group builds an object per match).
const DATE =
	/\s*(?:,\s*)?(?:được\s+)?(?:ban\s+hành\s+)?(?:đề\s+)?ngày\s*(?:(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))(?!\p{N})/iuy;
// "củaBộ": a space lost in extraction does not hide the issuer.
const ISSUER_START = /\s*(?:,\s*)?(?:của|do)(?:\s+|(?=\p{Lu}))/uy;
// The issuer ends at punctuation or at the word that starts the next part of the citation.
const ISSUER_END = /[,;.(]|\s(?:về|v\/v|ban hành|tại|ngày|và các)(?!\p{L})/iu;
// The subject opens with its keyword and runs to the first ";", "." before a space, or the end of the
// paragraph (as /(?:về\s+việc|về|v\/v)(?!\p{L})[^;]*?(?=;|\.(?:\s|$)|$)/ would match). The stop is found by
// SUBJECT_STOP and shared by the citations of a paragraph (SubjectStops), so that a long sentence with many
// "… về …" citations is scanned once, not once per citation.
// The subject's keyword ends where the match does (the look-ahead takes no text).
// Its group 1 is the keyword (numbered, not named: a named group builds an object per match).
const SUBJECT_START = /\s*(?:,\s*)?(về\s+việc|về|v\/v)(?!\p{L})/iuy;
const SUBJECT_STOP = /;|\.(?=\s|$)|$/gu;

/** The last subject stop found: in `text`, the first stop at or after `from` is at `at`. */
export interface SubjectStops {
	text: string | undefined;
	from: number;
	at: number;
}

/**
 * The first subject stop (";", "." before a space, or the end of the paragraph) at or after `from` in `text`.
 * `stops` remembers the last one found, so that many citations before one stop scan the text once.
 */
export function subjectStop(text: string, from: number, stops: SubjectStops): number {
	// No stop lies in [stops.from, stops.at), so the first one after `from` is the same.
	if (stops.text === text && from >= stops.from && from <= stops.at) {
		return stops.at;
	}
	SUBJECT_STOP.lastIndex = from;
	const at = SUBJECT_STOP.exec(text)?.index ?? text.length;
	stops.text = text;
	stops.from = from;
	stops.at = at;
	return at;
}

/** Reads a cited number with the one reader of a ký hiệu and gives its groups their roles. */
function readCitedNumber(number: Span): SoKyHieu {
	const reading = readSoKyHieu(number);
	const head = reading.groups[0]?.span.text;
	assignRoles(reading, head !== undefined && typeOfAbbreviation(head, false) !== undefined);
	return reading;
}

// The type names by their lower case (the first of the list when two share one), for canonicalType.
const TYPE_BY_LOWER = new Map<string, string>();
for (const name of CITED_TYPE_NAMES) {
	if (!TYPE_BY_LOWER.has(name.toLowerCase())) {
		TYPE_BY_LOWER.set(name.toLowerCase(), name);
	}
}

function canonicalType(written: string): string {
	return TYPE_BY_LOWER.get(written.toLowerCase()) ?? written;
}

/** Finds the citations in the body paragraphs. */
export function parseCitations(paragraphs: readonly Paragraph[]): Citation[] {
	const citations: Citation[] = [];
	paragraphs.forEach((paragraph, index) => {
		const mapped = paragraph.text;
		const text = mapped.text;
		const stops: SubjectStops = { text: undefined, from: -1, at: -1 };
		for (const match of citationMatches(text)) {
			const type = spanIn(mapped, match.typeStart, match.typeEnd);
			const typeName = canonicalType(type.text);
			let numberStart = match.numberStart;
			let numberEnd = numberEndWithoutGlue(text, match.numberStart, match.numberEnd);
			let rangeStart = match.typeStart;
			for (let listIndex = 0; ; listIndex++) {
				const citation = describe(mapped, index, type, typeName, numberStart, numberEnd, listIndex, rangeStart, stops);
				citations.push(citation.citation);
				LISTED.lastIndex = citation.end;
				if (!LISTED.test(text)) {
					break;
				}
				const listedStart = LISTED.lastIndex;
				const c = text.charCodeAt(listedStart);
				const listedEnd = c >= 0x30 && c <= 0x39 ? numberEndAt(text, listedStart) : -1;
				if (listedEnd < 0) {
					break;
				}
				numberStart = listedStart;
				numberEnd = numberEndWithoutGlue(text, numberStart, listedEnd);
				rangeStart = numberStart;
			}
		}
	});
	return citations;
}

/** Where CITATION matched: its type name and its number. */
interface CitationMatch {
	typeStart: number;
	typeEnd: number;
	numberStart: number;
	numberEnd: number;
}

/**
 * The matches of CITATION in a paragraph, as `text.matchAll(CITATION)` gives them. The type name starts where
 * the match does (after the look-behind) and the number ends where it ends (before the look-ahead), so the
 * positions are read from the groups' lengths.
 */
function citationMatches(text: string): CitationMatch[] {
	const matches: CitationMatch[] = [];
	// A citation's number is followed by "/" or "-": a paragraph without either has none.
	if (!text.includes('/') && !text.includes('-')) {
		return matches;
	}
	let from = 0;
	NUMBER_AHEAD.lastIndex = 0;
	for (let number = NUMBER_AHEAD.exec(text); number !== null; number = NUMBER_AHEAD.exec(text)) {
		// Where SO_NUMBER's match starts: at its "số" when one is written before the number.
		const so = soBefore(text, number.index);
		const index = so >= 0 ? so : number.index;
		if (index < from) {
			// Inside the citation found last.
			continue;
		}
		const typeEnd = trimEndIndex(text, from, index);
		if (so < 0) {
			// Without "số", the word before the number must end a type name; most such numbers are dates
			// ("ngày 02/02/2024"), whose last letter before the number already says no.
			if (typeEnd === 0 || !TYPE_LAST_CHARS.has(text.charAt(typeEnd - 1).toLowerCase())) {
				continue;
			}
			const word = text
				.slice(Math.max(from, typeEnd - 12), typeEnd)
				.split(NOT_LETTER)
				.pop()
				?.toLowerCase();
			if (word === undefined || !TYPE_LAST_WORDS.has(word)) {
				continue;
			}
		}
		// "số" must follow white space; the leftmost start that matches wins, as in a scan. A match's type name
		// ends at typeEnd (white space follows it), so CITATION is tried only where a type name written in any
		// case ends there: at the starts of the names with the last letter found, longest (leftmost) first.
		// Between the name and the number there is white space (typeEnd < index), then "số" and white space
		// with one ":" when soBefore found it, so the number starts at NUMBER_AHEAD's match: where it ends does
		// not depend on the name, and read once it says for all of them.
		const names = typeEnd < index ? TYPES_BY_LAST_CHAR.get(text.charAt(typeEnd - 1).toLowerCase()) : undefined;
		let numberEnd = -2;
		for (let k = 0; names !== undefined && k < names.length; k++) {
			const name = names[k] as string;
			const start = typeEnd - name.length;
			if (start < from || text.slice(start, typeEnd).toLowerCase() !== name || wordBefore(text, start)) {
				continue;
			}
			if (numberEnd === -2) {
				numberEnd = numberEndAt(text, number.index);
			}
			if (numberEnd >= 0) {
				matches.push({ typeStart: start, typeEnd, numberStart: number.index, numberEnd });
				from = numberEnd;
			}
			break;
		}
	}
	return matches;
}

/**
 * Where "số" (in any case, as the "i" flag folds it: "s", "S" or the long "ſ", then "ố" or "Ố") starts when it
 * stands before the number at `at` with only white space and one ":" between (as "số\s*(?::\s*)?"), or -1.
 */
function soBefore(text: string, at: number): number {
	let i = at;
	while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) {
		i--;
	}
	if (i > 0 && text.charCodeAt(i - 1) === 0x3a /* : */) {
		i--;
		while (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) {
			i--;
		}
	}
	if (i < 2) {
		return -1;
	}
	const s = text.charCodeAt(i - 2);
	const o = text.charCodeAt(i - 1);
	return (s === 0x73 || s === 0x53 || s === 0x17f) && (o === 0x1ed1 || o === 0x1ed0) ? i - 2 : -1;
}

/**
 * A citation as the parser builds it: every field set in the constructor, in the order of the model, so that
 * all citations share one shape (the parts not found are undefined, which the model dump leaves out). The
 * number is read at once: the rules of a check read nearly every citation's reading, and plain fields cost
 * less than the lazy getters they replaced (defined on each citation, they cost a runtime call apiece).
 */
class CitedDocument implements Citation {
	declare type: Span;
	declare typeName: string;
	declare number: Span;
	declare readonly reading: SoKyHieu;
	declare readonly numberForm: NumberForm;
	declare listIndex: number;
	declare paragraph: number;
	declare range: Range;
	declare date: CitedDate | undefined;
	declare issuer: Span | undefined;
	declare subject: Span | undefined;

	constructor(
		type: Span,
		typeName: string,
		number: Span,
		listIndex: number,
		paragraph: number,
		range: Range,
		date: CitedDate | undefined,
		issuer: Span | undefined,
		subject: Span | undefined,
	) {
		this.type = type;
		this.typeName = typeName;
		this.number = number;
		this.reading = readCitedNumber(number);
		this.numberForm = this.reading.form;
		this.listIndex = listIndex;
		this.paragraph = paragraph;
		this.range = range;
		this.date = date;
		this.issuer = issuer;
		this.subject = subject;
	}
}

function describe(
	mapped: MappedText,
	paragraph: number,
	type: Span,
	typeName: string,
	numberStart: number,
	numberEnd: number,
	listIndex: number,
	rangeStart: number,
	stops: SubjectStops,
): { citation: Citation; end: number } {
	const text = mapped.text;
	const number = spanIn(mapped, numberStart, numberEnd);
	let end = numberEnd;
	let date: CitedDate | undefined;
	DATE.lastIndex = end;
	const dateMatch = DATE.exec(text);
	if (dateMatch) {
		const day = Number(dateMatch[1] ?? dateMatch[4]);
		const month = Number(dateMatch[2] ?? dateMatch[5]);
		const year = Number(dateMatch[3] ?? dateMatch[6]);
		// The date span starts at the word "ngày".
		const ngay = end + dateMatch[0].search(/ngày/iu);
		end = DATE.lastIndex;
		date = { span: spanIn(mapped, ngay, end), value: { day, month, year } };
	}
	// Further numbers of a list are looked for right after the number and its date.
	const afterDate = end;
	let issuer: Span | undefined;
	ISSUER_START.lastIndex = end;
	if (ISSUER_START.test(text)) {
		const from = ISSUER_START.lastIndex;
		// Look no further than the end of the sentence, so that a long paragraph stays linear.
		const window = text.slice(from, from + 300);
		const stop = ISSUER_END.exec(window);
		const to = from + (stop ? stop.index : window.length);
		const last = trimEndIndex(text, from, to);
		if (last > from) {
			issuer = spanIn(mapped, from, last);
			end = last;
		}
	}
	let subject: Span | undefined;
	SUBJECT_START.lastIndex = end;
	const subjectWord = SUBJECT_START.exec(text)?.[1];
	if (subjectWord !== undefined) {
		const subjectStart = SUBJECT_START.lastIndex - subjectWord.length;
		const subjectEnd = subjectStop(text, SUBJECT_START.lastIndex, stops);
		subject = spanIn(mapped, subjectStart, subjectEnd);
		end = subjectEnd;
	}
	const citation = new CitedDocument(type, typeName, number, listIndex, paragraph, mapped.range(rangeStart, end), date, issuer, subject);
	return { citation, end: afterDate };
}

// Type abbreviations in cited numbers (reference §2, R1.8, R5.2). Cited numbers are never validated
// against the table; these helpers only read what the first ký hiệu group says about the type.

// Every abbreviation of Nghị định 30 and Thông tư 01/2011, upper-cased, with the type it stands for.
const ABBREVIATION_TYPES = new Map<string, string>();
// The abbreviations a cited type name may carry, by canonical type name.
const TYPE_ABBREVIATIONS = new Map<string, Set<string>>();
for (const type of DOCUMENT_TYPES) {
	const name = sentenceCase(type.name);
	const set = new Set<string>();
	for (const abbreviation of [type.abbreviation, type.oldAbbreviation]) {
		if (abbreviation !== undefined) {
			ABBREVIATION_TYPES.set(abbreviation.toUpperCase(), name);
			set.add(abbreviation.toUpperCase());
		}
	}
	if (set.size > 0) {
		TYPE_ABBREVIATIONS.set(name, set);
	}
}
TYPE_ABBREVIATIONS.set('Thông báo kết luận', new Set(['TB']));

/** The first ký hiệu group of an administrative number ("TB" in "22/TB-VPCP"), else undefined. */
export function firstKyHieuGroup(citation: Citation): string | undefined {
	if (citation.numberForm !== 'administrative') {
		return undefined;
	}
	return citation.reading.groups[0]?.span.text;
}

/**
 * The type that a ký hiệu group stands for ("TB" → "Thông báo"). With `strict`, only the abbreviations
 * that no agency uses as its own first group; without, every abbreviation of the two tables.
 */
export function typeOfAbbreviation(group: string, strict: boolean): string | undefined {
	const key = group.toUpperCase();
	// Abbreviations that agencies also use as their own first group are only trusted after a named type, so
	// that a number such as "Công văn số 3286/CT-TTHT" shows no type.
	if (strict && AGENCY_LIKE_ABBREVIATIONS.has(key)) {
		return undefined;
	}
	return ABBREVIATION_TYPES.get(key);
}

/** The abbreviations of a named type ("Quyết định" → QĐ), upper-cased, or undefined for types without one. */
export function abbreviationsOfType(typeName: string): ReadonlySet<string> | undefined {
	return TYPE_ABBREVIATIONS.get(typeName);
}

/** The offset in the paragraph text just past the last part found of a citation. */
export function citationPartsEnd(citation: Citation): number {
	let end = citation.number.offset + citation.number.text.length;
	// Three plain tests rather than a loop over a new array: the completeness reader asks this often.
	const date = citation.date?.span;
	if (date) {
		end = Math.max(end, date.offset + date.text.length);
	}
	if (citation.issuer) {
		end = Math.max(end, citation.issuer.offset + citation.issuer.text.length);
	}
	if (citation.subject) {
		end = Math.max(end, citation.subject.offset + citation.subject.text.length);
	}
	return end;
}

/** The type name and "số" as written before a citation's number ("Thông tư " when written without "số"). */
export function typeAsWritten(citation: Citation): string {
	const between = citation.type.map.text.slice(citation.type.offset + citation.type.text.length, citation.number.offset);
	return /số/iu.test(between) ? `${citation.type.text} số ` : `${citation.type.text} `;
}
