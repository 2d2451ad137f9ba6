// Citations of other documents in the body: "<Loại> số <số/ký hiệu> [,] ngày <date> của <issuer> về <subject>".
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b (reference R5.2, R5.9, §13.4).
import { AGENCY_LIKE_ABBREVIATIONS, CITED_TYPE_NAMES, DOCUMENT_TYPES } from '../data/document-types';
import type { Paragraph } from '../letter';
import { spanIn, type Span } from '../span';
import { hasLowerCase, sentenceCase, type MappedText } from '../text';
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
	date?: CitedDate;
	/** "của <issuer>", when written after the number or date. */
	issuer?: Span;
	/** "về …", "về việc …", "v/v …". */
	subject?: Span;
	/** 0 for the number right after "số", then 1, 2 … for the numbers listed after it. */
	listIndex: number;
	/** Index of the paragraph in the body. */
	paragraph: number;
	/** From the type name (or the listed number) to the end of the last part found. */
	range: Range;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const TYPES = [...CITED_TYPE_NAMES]
	.sort((a, b) => b.length - a.length)
	.map(escape)
	.join('|');
// Administrative "216/UBND-VX", legal-normative "30/2020/NĐ-CP", Party "1332-CV/TU". A group may hold "&"
// ("HD-VH&TT"); the "/" and "-" between groups may have spaces around them when the next group is in capitals
// ("45/KH - UBND", "12 / 2019 / TT - BVHTT"), as PDF text layers and old typing write them. The patterns are
// case-insensitive, so a spaced dash before a word with a lower-case letter ("UBND - Sở") is cut off after the
// match (numberEndWithoutGlue): it is prose, not a group.
const GROUP = String.raw`[\p{L}\p{N}&]*[\p{L}\p{N}]`;
const SPACED_GROUP = String.raw`[\p{Lu}\p{N}][\p{Lu}\p{N}&]*`;
const NEXT = String.raw`(?:-${GROUP}|(?:[ \t]+-[ \t]*|-[ \t]+)${SPACED_GROUP})`;
const NUMBER = String.raw`\d+(?:[ \t]*\/[ \t]*\d{4})?[ \t]*\/[ \t]*${GROUP}${NEXT}*|\d+-\p{L}+\/${GROUP}${NEXT}*`;
// "\s*(?::\s*)?" rather than "\s*:?\s*": the same text, but the two runs of white space cannot share the
// spaces of a long gap between "số" and the number (quadratic backtracking).
const CITATION = new RegExp(
	String.raw`(?<![\p{L}\p{N}])(?<type>${TYPES})\s+(?:số\s*(?::\s*)?)?(?<number>${NUMBER})(?![\p{L}\p{N}/])`,
	'dgiu',
);
// CITATION is tried only where it can match: a citation's "số" is followed by a number (SO_NUMBER, with the
// same flags), and its type name ends where the white space before that "số" begins, so it starts at most
// LONGEST_TYPE code units earlier. Trying the sticky pattern at those few starts finds the matches that a
// scan of the whole paragraph finds, in the same order, without running the long pattern (29 type names,
// case-insensitive, behind a look-behind) at every character: it was the parser's costliest part.
// A citation written without "số" ("Thông tư 12/2019/TT-BVHTT") has its type right before the number.
const SO_NUMBER = /(?:số\s*(?::\s*)?)?(?<!\p{N})\d+[ \t]*[/-]/giu;
const CITATION_AT = new RegExp(CITATION.source, 'diuy');
const LONGEST_TYPE = Math.max(...CITED_TYPE_NAMES.map((name) => name.length));
// The last words of the type names, lower-cased: a number written without "số" is tried only after one of
// them, so that the many dates ("ngày 02/02/2024") cost one look-up each.
const TYPE_LAST_WORDS = new Set(CITED_TYPE_NAMES.map((name) => name.split(' ').pop()?.toLowerCase() ?? ''));
// A word glued to the end of a cited number by extraction ("10/QĐ-UBNDngày"): it is not part of the number.
const GLUED_AFTER_NUMBER = /(?<=[\p{Lu}\p{N}])(?:ngày|của|về)$/u;

// A group joined by a spaced dash that holds a lower-case letter: prose after the number ("… - Sở Y tế").
const SPACED_PROSE = /(?<![ \t])[ \t]+-[ \t]*|-[ \t]+/gu;

/**
 * The end of the number read at `start`..`end`, without a word glued to it ("10/QĐ-UBNDngày") and without
 * prose joined by a spaced dash ("10/QĐ-UBND - Sở").
 */
export function numberEndWithoutGlue(text: string, start: number, end: number): number {
	const written = text.slice(start, end);
	for (const join of written.matchAll(SPACED_PROSE)) {
		const after = join.index + join[0].length;
		const group = written.slice(after).split(/[-/\s]/u)[0] ?? '';
		if (hasLowerCase(group)) {
			return start + join.index;
		}
	}
	const glued = GLUED_AFTER_NUMBER.exec(written);
	return glued ? start + glued.index : end;
}
const LISTED = new RegExp(String.raw`\s*(?:,|và)\s*(?:số\s*)?(?<number>${NUMBER})(?![\p{L}\p{N}/])`, 'diuy');
const DATE =
	/\s*(?:,\s*)?(?:được\s+)?(?:ban\s+hành\s+)?(?:đề\s+)?ngày\s*(?:(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})|(?<d2>\d{1,2})\s+tháng\s+(?<m2>\d{1,2})\s+năm\s+(?<y2>\d{4}))(?!\p{N})/diuy;
// "củaBộ": a space lost in extraction does not hide the issuer.
const ISSUER_START = /\s*(?:,\s*)?(?:của|do)(?:\s+|(?=\p{Lu}))/uy;
// The issuer ends at punctuation or at the word that starts the next part of the citation.
const ISSUER_END = /[,;.(]|\s(?:về|v\/v|ban hành|tại|ngày|và các)(?!\p{L})/iu;
// The subject opens with its keyword and runs to the first ";", "." before a space, or the end of the
// paragraph (as /(?:về\s+việc|về|v\/v)(?!\p{L})[^;]*?(?=;|\.(?:\s|$)|$)/ would match). The stop is found by
// SUBJECT_STOP and shared by the citations of a paragraph (SubjectStops), so that a long sentence with many
// "… về …" citations is scanned once, not once per citation.
const SUBJECT_START = /\s*(?:,\s*)?(?<subject>về\s+việc|về|v\/v)(?!\p{L})/diuy;
const SUBJECT_STOP = /;|\.(?=\s|$)|$/gu;

/** The last subject stop found in a paragraph: `at` is the first stop at or after `from`. */
interface SubjectStops {
	from: number;
	at: number;
}

/** The first subject stop at or after `from`. */
function subjectStop(text: string, from: number, stops: SubjectStops): number {
	// No stop lies in [stops.from, stops.at), so the first one after `from` is the same.
	if (from >= stops.from && from <= stops.at) {
		return stops.at;
	}
	SUBJECT_STOP.lastIndex = from;
	const at = SUBJECT_STOP.exec(text)?.index ?? text.length;
	stops.from = from;
	stops.at = at;
	return at;
}

/** A cited number without the spaces that extraction or typing put around "/" and "-" ("45/KH - UBND"). */
export function compactNumber(written: string): string {
	return written.replace(/\s+/gu, '');
}

/** Reads a cited number with the one reader of a ký hiệu and gives its groups their roles. */
function readCitedNumber(number: Span): SoKyHieu {
	const reading = readSoKyHieu(number);
	const head = reading.groups[0]?.span.text;
	assignRoles(reading, head !== undefined && typeOfAbbreviation(head, false) !== undefined);
	return reading;
}

function canonicalType(written: string): string {
	const lower = written.toLowerCase();
	return CITED_TYPE_NAMES.find((t) => t.toLowerCase() === lower) ?? written;
}

/** Finds the citations in the body paragraphs. */
export function parseCitations(paragraphs: readonly Paragraph[]): Citation[] {
	const citations: Citation[] = [];
	paragraphs.forEach((paragraph, index) => {
		const mapped = paragraph.text;
		const text = mapped.text;
		const stops: SubjectStops = { from: -1, at: -1 };
		for (const match of citationMatches(text)) {
			const typeAt = match.indices?.groups?.['type'];
			const numberAt = match.indices?.groups?.['number'];
			if (!typeAt || !numberAt) {
				continue;
			}
			const type = spanIn(mapped, typeAt[0], typeAt[1]);
			const typeName = canonicalType(type.text);
			let numberStart = numberAt[0];
			let numberEnd = numberEndWithoutGlue(text, numberAt[0], numberAt[1]);
			let rangeStart = typeAt[0];
			for (let listIndex = 0; ; listIndex++) {
				const citation = describe(mapped, index, type, typeName, numberStart, numberEnd, listIndex, rangeStart, stops);
				citations.push(citation.citation);
				LISTED.lastIndex = citation.end;
				const listedAt = LISTED.exec(text)?.indices?.groups?.['number'];
				if (!listedAt) {
					break;
				}
				numberStart = listedAt[0];
				numberEnd = numberEndWithoutGlue(text, listedAt[0], listedAt[1]);
				rangeStart = numberStart;
			}
		}
	});
	return citations;
}

/** The matches of CITATION in a paragraph, as `text.matchAll(CITATION)` gives them. */
function citationMatches(text: string): RegExpExecArray[] {
	const matches: RegExpExecArray[] = [];
	let from = 0;
	SO_NUMBER.lastIndex = 0;
	for (let so = SO_NUMBER.exec(text); so !== null; so = SO_NUMBER.exec(text)) {
		if (so.index < from) {
			// Inside the citation found last.
			continue;
		}
		let typeEnd = so.index;
		while (typeEnd > from && /\s/u.test(text[typeEnd - 1] ?? '')) {
			typeEnd--;
		}
		if (!/^số/iu.test(so[0])) {
			// Without "số", the word before the number must end a type name.
			const word = text
				.slice(Math.max(from, typeEnd - 12), typeEnd)
				.split(/\P{L}/u)
				.pop()
				?.toLowerCase();
			if (word === undefined || !TYPE_LAST_WORDS.has(word)) {
				continue;
			}
		}
		// "số" must follow white space; the leftmost start that matches wins, as in a scan.
		for (let start = Math.max(from, typeEnd - LONGEST_TYPE); typeEnd < so.index && start < typeEnd; start++) {
			CITATION_AT.lastIndex = start;
			const match = CITATION_AT.exec(text);
			if (match) {
				matches.push(match);
				from = CITATION_AT.lastIndex;
				break;
			}
		}
	}
	return matches;
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
	// The number is read when a rule or feature first asks (most letters' citations are read at once by the
	// rules, a parse alone does not pay for it), then kept.
	let reading: SoKyHieu | undefined;
	const citation: Citation = {
		type,
		typeName,
		number,
		get reading(): SoKyHieu {
			return (reading ??= readCitedNumber(number));
		},
		get numberForm(): NumberForm {
			return this.reading.form;
		},
		listIndex,
		paragraph,
		range: mapped.range(rangeStart, numberEnd),
	};
	let end = numberEnd;
	DATE.lastIndex = end;
	const date = DATE.exec(text);
	if (date?.groups && date.indices) {
		const g = date.groups;
		const day = Number(g['d'] ?? g['d2']);
		const month = Number(g['m'] ?? g['m2']);
		const year = Number(g['y'] ?? g['y2']);
		// The date span starts at the word "ngày".
		const ngay = end + date[0].search(/ngày/iu);
		end = date.indices[0]?.[1] ?? end;
		citation.date = { span: spanIn(mapped, ngay, end), value: { day, month, year } };
	}
	// Further numbers of a list are looked for right after the number and its date.
	const afterDate = end;
	ISSUER_START.lastIndex = end;
	if (ISSUER_START.exec(text)) {
		const from = ISSUER_START.lastIndex;
		// Look no further than the end of the sentence, so that a long paragraph stays linear.
		const window = text.slice(from, from + 300);
		const stop = ISSUER_END.exec(window);
		const to = from + (stop ? stop.index : window.length);
		let last = to;
		while (last > from && /\s/u.test(text[last - 1] ?? '')) {
			last--;
		}
		if (last > from) {
			citation.issuer = spanIn(mapped, from, last);
			end = last;
		}
	}
	SUBJECT_START.lastIndex = end;
	const subjectAt = SUBJECT_START.exec(text)?.indices?.groups?.['subject'];
	if (subjectAt) {
		const subjectEnd = subjectStop(text, subjectAt[1], stops);
		citation.subject = spanIn(mapped, subjectAt[0], subjectEnd);
		end = subjectEnd;
	}
	citation.range = mapped.range(rangeStart, end);
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
	for (const part of [citation.date?.span, citation.issuer, citation.subject]) {
		if (part) {
			end = Math.max(end, part.offset + part.text.length);
		}
	}
	return end;
}

/** The type name and "số" as written before a citation's number ("Thông tư " when written without "số"). */
export function typeAsWritten(citation: Citation): string {
	const between = citation.type.map.text.slice(citation.type.offset + citation.type.text.length, citation.number.offset);
	return /số/iu.test(between) ? `${citation.type.text} số ` : `${citation.type.text} `;
}
