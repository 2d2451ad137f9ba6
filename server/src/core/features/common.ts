// Helpers shared by the editor features (symbols, folding, hover, completion, semantic tokens): pieces of
// spans, the regime of a date, the abbreviation tables by regime, the parts of the Số line and the
// weekday in Vietnamese or English. Pure: offsets only, no LSP positions (those are made by
// server/src/convert.ts).
import { DOCUMENT_TYPES } from '../data/document-types';
import { beforeNd30, isCalendarDate, weekdayIndex } from '../dates';
import { type Letter, type SoLine, type Span } from '../letter';
import { unitGroup } from '../letter/so-ky-hieu';
import { sentenceCase } from '../text';
import type { DateValue, Locale, Range } from '../types';

// Helpers of the core that the features use too, re-exported so that the features import them from here.
export { formatDate, isCalendarDate, pad2 } from '../dates';
export { lineOfOffset, spanIn, subSpan } from '../letter';
export { sentenceCase } from '../text';

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

/**
 * The Số value as shown in the outline and the hover: the number as the one reader read it (a date run on after
 * it is left out), without the spaces a filled-in blank leaves around "/" ("283 /STNMT-VP" → "283/STNMT-VP").
 */
export function soDisplay(so: SoLine): string {
	const number = so.number;
	if (!number || (number.groups.length === 0 && !number.year)) {
		return so.value?.text ?? '';
	}
	// The reader keeps a space only next to a separator, so dropping every space removes exactly those.
	return number.span.text.replace(/[ \t]/gu, '');
}

/** The first `count` words of a text, with "…" when cut, for names in the outline. */
export function firstWords(text: string, count = 8, maxLength = 60): string {
	const words = text
		.trim()
		.split(/\s+/u)
		.filter((w) => w !== '');
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
	return beforeNd30(date) ? 'tt01' : 'nd30';
}

const REGIME_DESCRIPTIONS: Readonly<Record<Locale, Readonly<Record<DateRegime, string>>>> = {
	vi: {
		nd30: 'Nghị định 30/2020/NĐ-CP (văn bản ban hành từ ngày 05/03/2020)',
		tt01: 'Thông tư 01/2011/TT-BNV (văn bản ban hành trước ngày 05/03/2020)',
	},
	en: {
		nd30: 'Decree 30/2020/NĐ-CP (documents issued from 05/03/2020)',
		tt01: 'Circular 01/2011/TT-BNV (documents issued before 05/03/2020)',
	},
};

/** The name of a regime, with the date it starts or ends. */
export function regimeDescription(regime: DateRegime, locale: Locale = 'vi'): string {
	return REGIME_DESCRIPTIONS[locale][regime];
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

/** The parts of the Số line's value as the one reader read them (letter/so-ky-hieu.ts); undefined without a value. */
export function soParts(so: SoLine): SoParts | undefined {
	const number = so.number;
	if (!so.value || !number) {
		return undefined;
	}
	const parts: SoParts = { blank: so.blank, groups: number.groups.map((g) => g.span) };
	if (number.number && !number.blank) {
		parts.number = number.number;
	}
	if (number.year) {
		parts.year = number.year;
	}
	if (number.kyHieu) {
		parts.symbol = number.kyHieu;
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
 * The meaning of each group of the letter's ký hiệu (reference R1.2, R1.3), with the roles the model gave them
 * (the same the rules read), and the type name a type abbreviation stands for.
 */
export function kyHieuGroups(letter: Letter): KyHieuGroup[] {
	const number = letter.so?.number;
	if (!number) {
		return [];
	}
	const regime = regimeOfDate(letter.issueDate);
	return number.groups.map((group): KyHieuGroup => {
		const role = group.role ?? 'unit';
		if (role !== 'type') {
			return { span: group.span, role };
		}
		const text = group.span.text;
		const typeName =
			number.form === 'legal-normative'
				? legalTypeName(text)
				: number.form === 'party'
					? undefined
					: (findAbbreviation(text, regime)?.typeName ??
						(letter.header.typeName ? sentenceCase(letter.header.typeName.type.name) : undefined));
		return { span: group.span, role, ...(typeName !== undefined ? { typeName } : {}) };
	});
}

/** The unit for "Lưu: VT, <unit>.": the last group of the ký hiệu after the issuing body, if any. */
export function draftingUnit(letter: Letter): string | undefined {
	return unitGroup(letter.so?.number)?.span.text;
}

const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
	vi: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
	en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

/** The weekday of a date ("Thứ Sáu", "Friday"), or undefined when the date does not exist. */
export function weekday(date: DateValue, locale: Locale = 'vi'): string | undefined {
	if (!isCalendarDate(date)) {
		return undefined;
	}
	return WEEKDAYS[locale][weekdayIndex(date)];
}
