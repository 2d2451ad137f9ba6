// Helpers shared by the editor features (symbols, folding, hover, completion, semantic tokens): pieces of
// spans, the regime of a date, the abbreviation tables by regime, the parts of the Số line and the
// Vietnamese weekday. Pure: offsets only, no LSP positions (those are made by server/src/convert.ts).
import { DOCUMENT_TYPES } from '../data/document-types';
import { subRange, type Letter, type SoLine, type Span } from '../letter';
import type { MappedText } from '../text';
import type { DateValue, Range } from '../types';

/** The part `start`..`end` of a span, as a span of its own (same map, exact original range). */
export function subSpan(span: Span, start: number, end: number = span.text.length): Span {
	return { text: span.text.slice(start, end), range: subRange(span, start, end), map: span.map, offset: span.offset + start };
}

/** The span of `map.text.slice(start, end)`. */
export function spanIn(map: MappedText, start: number, end: number): Span {
	return { text: map.text.slice(start, end), range: map.range(start, end), map, offset: start };
}

/** True when `offset` lies inside `range`, its end included (a cursor just after a word is on it). */
export function touches(range: Range, offset: number): boolean {
	return range.start <= offset && offset <= range.end;
}

/** True when `outer` contains `inner`. */
export function contains(outer: Range, inner: Range): boolean {
	return outer.start <= inner.start && inner.end <= outer.end;
}

/** The smallest range that covers both. */
export function cover(a: Range, b: Range): Range {
	return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
}

/** The zero-based line of the letter that holds an offset of the original text. */
export function lineOfOffset(letter: Letter, offset: number): number {
	// Lines are in the normalised text; compare their original starts. Binary search over the lines.
	const lines = letter.lines;
	let low = 0;
	let high = lines.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		const start = letter.norm.startAt(lines[mid]?.start ?? 0);
		if (start <= offset) {
			low = mid;
		} else {
			high = mid - 1;
		}
	}
	return low;
}

/** "283 /STNMT-VP" → "283/STNMT-VP": the Số value without the spaces a filled-in blank leaves around "/". */
export function compactSlashes(text: string): string {
	return text
		.split('/')
		.map((part) => part.trim())
		.join('/');
}

/** "THÔNG BÁO" → "Thông báo": a type name of the table in the case used inside a sentence. */
export function sentenceCase(name: string): string {
	const lower = name.toLowerCase();
	return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** The first `count` words of a text, with "…" when cut, for names in the outline. */
export function firstWords(text: string, count = 8, maxLength = 60): string {
	const words = text.trim().split(/\s+/u).filter((w) => w !== '');
	let out = '';
	let cut = false;
	for (const [i, word] of words.entries()) {
		if (i >= count || (out + ' ' + word).length > maxLength) {
			cut = true;
			break;
		}
		out = out === '' ? word : `${out} ${word}`;
	}
	if (out === '' && words[0] !== undefined) {
		// One very long word: cut it.
		return `${words[0].slice(0, maxLength)}…`;
	}
	return cut ? `${out.replace(/[,;:.]$/u, '')}…` : out;
}

/** The rules a letter's date puts it under (reference §9): Nghị định 30 from 05/03/2020, Thông tư 01 before. */
export type DateRegime = 'nd30' | 'tt01';

/**
 * The regime of a letter's own date. Undated drafts, and a March 2020 draft whose day is still blank,
 * follow Nghị định 30 (reference §0: "and to undated drafts").
 */
export function regimeOfDate(date: Partial<DateValue> | undefined): DateRegime {
	const year = date?.year;
	if (year === undefined) {
		return 'nd30';
	}
	if (year !== 2020) {
		return year < 2020 ? 'tt01' : 'nd30';
	}
	const month = date?.month;
	if (month === undefined || month > 3) {
		return 'nd30';
	}
	if (month < 3) {
		return 'tt01';
	}
	return date?.day !== undefined && date.day < 5 ? 'tt01' : 'nd30';
}

/** The name of a regime in Vietnamese, with the date it starts or ends. */
export function regimeDescription(regime: DateRegime): string {
	return regime === 'nd30'
		? 'Nghị định 30/2020/NĐ-CP (văn bản ban hành từ ngày 05/03/2020)'
		: 'Thông tư 01/2011/TT-BNV (văn bản ban hành trước ngày 05/03/2020)';
}

/** One row of an abbreviation table: the abbreviation and the type name in sentence case. */
export interface Abbreviation {
	abbreviation: string;
	typeName: string;
	/** The abbreviation of the same type under the other regime, when it differs. */
	otherAbbreviation?: string;
}

/** The type abbreviations in force under a regime (Nghị định 30, Phụ lục III; or Thông tư 01/2011). */
export function abbreviationTable(regime: DateRegime): Abbreviation[] {
	const rows: Abbreviation[] = [];
	for (const type of DOCUMENT_TYPES) {
		const current = regime === 'nd30' ? (type.oldOnly ? undefined : type.abbreviation) : (type.oldAbbreviation ?? type.abbreviation);
		if (current === undefined) {
			continue;
		}
		const other = regime === 'nd30' ? type.oldAbbreviation : type.oldOnly ? undefined : type.abbreviation;
		const row: Abbreviation = { abbreviation: current, typeName: sentenceCase(type.name) };
		if (other !== undefined && other !== current) {
			row.otherAbbreviation = other;
		}
		rows.push(row);
	}
	return rows;
}

/** Looks an abbreviation up in a regime's table, exactly first, then ignoring case ("QYĐ" for "QyĐ"). */
export function findAbbreviation(group: string, regime: DateRegime): Abbreviation | undefined {
	const table = abbreviationTable(regime);
	return table.find((row) => row.abbreviation === group) ?? table.find((row) => row.abbreviation.toUpperCase() === group.toUpperCase());
}

// Type abbreviations of legal-normative documents, which come after the year ("30/2020/NĐ-CP").
const LEGAL_ABBREVIATIONS: Readonly<Record<string, string>> = {
	NĐ: 'Nghị định',
	TT: 'Thông tư',
	TTLT: 'Thông tư liên tịch',
	NQ: 'Nghị quyết',
	NQLT: 'Nghị quyết liên tịch',
	QĐ: 'Quyết định',
	PL: 'Pháp lệnh',
};

/** The type named by the first group of a legal-normative ký hiệu ("NĐ" → "Nghị định"). */
export function legalTypeName(group: string): string | undefined {
	return LEGAL_ABBREVIATIONS[group.toUpperCase()];
}

/** The parts of the Số line's value: the number, the year of a legal-normative number and the ký hiệu groups. */
export interface SoParts {
	/** The number, when filled in. */
	number?: Span;
	/** True when the number slot is empty or dots: a draft (reference R1.7). */
	blank: boolean;
	/** The year of a legal-normative number ("2020" in "30/2020/NĐ-CP"). */
	year?: Span;
	/** The whole ký hiệu after the number (and year). */
	symbol?: Span;
	/** The groups of the ký hiệu, split on "-" and "/". */
	groups: Span[];
}

/** Splits the Số line's value into its parts; undefined when there is no value. Never throws. */
export function soParts(so: SoLine): SoParts | undefined {
	const value = so.value;
	if (!value) {
		return undefined;
	}
	const text = value.text;
	// The number runs up to the first "/" ("283 /STNMT-VP"), or to the "-" of a Party number ("12-CV/TU").
	const slash = text.indexOf('/');
	const party = /^\d+-/u.exec(text);
	const numberEnd = party ? party[0].length - 1 : slash >= 0 ? slash : text.length;
	const rawNumber = text.slice(0, numberEnd);
	const digits = /\d+/u.exec(rawNumber);
	const parts: SoParts = { blank: digits === null, groups: [] };
	if (digits) {
		parts.number = subSpan(value, digits.index, digits.index + digits[0].length);
	}
	let at = party ? numberEnd + 1 : slash >= 0 ? slash + 1 : text.length;
	while (at < text.length && /[\s/]/u.test(text[at] ?? '')) {
		at++;
	}
	const year = /^(?<year>\d{4})\s*\/\s*/u.exec(text.slice(at));
	if (year?.groups?.['year'] !== undefined && !party) {
		parts.year = subSpan(value, at, at + 4);
		at += year[0].length;
	}
	if (at < text.length) {
		parts.symbol = subSpan(value, at);
		for (const match of text.slice(at).matchAll(/[^\s/-]+/gu)) {
			parts.groups.push(subSpan(value, at + match.index, at + match.index + match[0].length));
		}
	}
	return parts;
}

/** What a group of the letter's own ký hiệu stands for. */
export interface KyHieuGroup {
	span: Span;
	role: 'type' | 'issuer' | 'unit';
	/** For a type abbreviation: the type name in sentence case. */
	typeName?: string;
}

/**
 * The meaning of each group of the letter's ký hiệu (reference R1.2, R1.3): a named type starts with its
 * abbreviation, then the issuing body, then an optional drafting unit; a công văn starts with the issuing
 * body, then the drafting unit or field.
 */
export function kyHieuGroups(letter: Letter, parts: SoParts): KyHieuGroup[] {
	const regime = regimeOfDate(letter.issueDate);
	const groups: KyHieuGroup[] = [];
	parts.groups.forEach((span, i) => {
		const previous = groups[i - 1];
		if (i === 0) {
			const typeName =
				letter.regime === 'legal-normative' || parts.year
					? legalTypeName(span.text)
					: letter.regime === 'party'
						? undefined
						: findAbbreviation(span.text, regime)?.typeName;
			if (typeName !== undefined || letter.regime === 'party') {
				groups.push({ span, role: 'type', ...(typeName !== undefined ? { typeName } : {}) });
				return;
			}
			groups.push({ span, role: 'issuer' });
			return;
		}
		groups.push({ span, role: previous?.role === 'type' ? 'issuer' : 'unit' });
	});
	return groups;
}

/** The unit for "Lưu: VT, <unit>.": the last group of the ký hiệu after the issuing body, if any. */
export function draftingUnit(letter: Letter): string | undefined {
	const parts = letter.so ? soParts(letter.so) : undefined;
	if (!parts) {
		return undefined;
	}
	const units = kyHieuGroups(letter, parts).filter((g) => g.role === 'unit');
	return units[units.length - 1]?.span.text;
}

const WEEKDAYS = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];

/** The Vietnamese weekday of a date ("Thứ Sáu"), or undefined when the date does not exist. */
export function weekday(date: DateValue): string | undefined {
	if (!isCalendarDate(date)) {
		return undefined;
	}
	return WEEKDAYS[new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay()];
}

/** True when the day exists in the Gregorian calendar (no 30/02, no 31/04). */
export function isCalendarDate(date: DateValue): boolean {
	const { year, month, day } = date;
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) {
		return false;
	}
	const at = new Date(Date.UTC(year, month - 1, day));
	return at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === day;
}

/** "05/03/2020": a date with two-digit day and month. */
export function formatDate(date: DateValue): string {
	return `${String(date.day).padStart(2, '0')}/${String(date.month).padStart(2, '0')}/${date.year}`;
}
