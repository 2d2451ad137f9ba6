// Hovers in Markdown, in Vietnamese or English: on a citation (what was parsed, and the first-citation rule),
// on the Số line (what each group of the ký hiệu stands for) and on the date line (weekday and the rules in
// force). The texts are a table by language (TEXTS); the legal sources stay Vietnamese. Pure: the result
// carries an offset range; the server converts it (server/src/convert.ts).
import type { Citation } from '../letter/citations';
import { legalBasisLabel } from '../l10n/index';
import type { Letter } from '../letter';
import type { Locale, Range } from '../types';
import {
	citationCompleteness,
	citedByNameOnly,
	type CitationCompleteness,
	type CitationPart,
	type PartSource,
} from '../letter/citation-completeness';
import {
	abbreviationTable,
	findAbbreviation,
	formatDate,
	isCalendarDate,
	kyHieuGroups,
	regimeDescription,
	regimeOfDate,
	sentenceCase,
	soDisplay,
	soParts,
	touches,
	weekday,
	type DateRegime,
} from './common';

/** A hover: Markdown and the range it explains. */
export interface HoverInfo {
	/** What the hover is about, for tests and logs. */
	what: 'citation' | 'so' | 'date';
	markdown: string;
	range: Range;
}

const FIRST_CITATION_SOURCE = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b';
const SO_SOURCE = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3';

/** The texts of the hovers in one language. */
interface HoverTexts {
	numberForm: Readonly<Record<Citation['numberForm'], string>>;
	typeHint: (group: string, typeName: string, written: string) => string;
	/** "a, b và c": a list of words. */
	list: (words: readonly string[]) => string;
	citedAgain: string;
	citedFirst: string;
	type: string;
	number: string;
	date: string;
	noSuchDate: string;
	notGiven: string;
	issuer: string;
	subject: string;
	/** Where a part was found, after its value; nothing for a part written with the number. */
	where: Readonly<Partial<Record<PartSource, string>>>;
	/** The name of each part of a citation, as the hover lists what a first citation lacks. */
	partNames: Readonly<Record<CitationPart, string>>;
	citedAbove: (firstText: string) => string;
	nameOnly: string;
	lacks: (names: string) => string;
	complete: string;
	soTitle: string;
	soEmpty: string;
	soNumber: (number: string) => string;
	soDraftNumber: string;
	soYear: (year: string) => string;
	groupType: (group: string, typeName: string | undefined) => string;
	groupIssuer: (group: string) => string;
	groupUnit: (group: string) => string;
	noSymbol: string;
	abbreviations: (regime: string) => string;
	partyNumber: string;
	legalNumber: string;
	declaredMismatch: (declared: string, group: string, typeName: string) => string;
	oldAbbreviation: (group: string, typeName: string, other: DateRegime, regime: DateRegime, current: string | undefined) => string;
	cvNote: (group: string) => string;
	typeInCongVan: (group: string, typeName: string) => string;
	declaredStarts: (typeName: string, abbreviation: string) => string;
	congVanSymbol: string;
	/** The parts of a date, as the draft date line lists its blanks. */
	dateParts: readonly [day: string, month: string, year: string];
	weekdayDate: (weekday: string, date: string) => string;
	notInCalendar: (shown: string) => string;
	draftDate: (shown: string, blanks: string) => string;
	place: (place: string) => string;
	partyFormat: string;
	legalFormat: string;
	noYear: string;
	march2020: string;
	format: (regime: string, note: string) => string;
}

const TEXTS: Readonly<Record<Locale, HoverTexts>> = {
	vi: {
		numberForm: {
			'legal-normative': 'văn bản quy phạm pháp luật: số/năm/ký hiệu',
			party: 'văn bản của Đảng: số-tên loại/cơ quan',
			administrative: 'văn bản hành chính: số/ký hiệu',
		},
		typeHint: (group, typeName, written) =>
			`Nhóm ${group} của ký hiệu thường là chữ viết tắt của tên loại **${typeName}**; nên ghi rõ tên loại thay cho "${written}".`,
		list: (words) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} và ${words[words.length - 1]}`),
		citedAgain: 'viện dẫn lại',
		citedFirst: 'viện dẫn lần đầu',
		type: '- Tên loại: ',
		number: '- Số, ký hiệu: ',
		date: '- Ngày ban hành: ',
		noSuchDate: ' (ngày không có thật)',
		notGiven: '*không ghi*',
		issuer: '- Cơ quan ban hành: ',
		subject: '- Trích yếu: ',
		where: {
			before: ' *(ghi trước tên loại)*',
			list: ' *(ghi chung cho các văn bản nêu cùng)*',
			implied: '*(suy ra từ câu văn trước tên loại)*',
		},
		partNames: { date: 'ngày ban hành', issuer: 'cơ quan ban hành', subject: 'trích yếu nội dung' },
		citedAbove: (firstText) =>
			`Văn bản này đã được viện dẫn ở trên (lần đầu: "${firstText}"). Khi viện dẫn lại chỉ cần ghi tên loại và số, ký hiệu.`,
		nameOnly: 'Luật, pháp lệnh chỉ cần ghi tên loại và tên.',
		lacks: (names) =>
			`Lần viện dẫn đầu tiên còn thiếu: ${names}. Lần đầu viện dẫn phải ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu nội dung.`,
		complete: 'Lần viện dẫn đầu tiên đã ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu nội dung.',
		soTitle: '**Số, ký hiệu**',
		soEmpty: 'Dòng "Số:" chưa có số và ký hiệu.',
		soNumber: (number) => `- Số: **${number}**`,
		soDraftNumber: '- Số: *(dự thảo: còn để trống số; văn thư ghi số khi ban hành)*',
		soYear: (year) => `- Năm ban hành: ${year}`,
		groupType: (group, typeName) => `- ${group}: chữ viết tắt tên loại${typeName ? ` **${typeName}**` : ''}`,
		groupIssuer: (group) => `- ${group}: tên viết tắt của cơ quan, tổ chức ban hành`,
		groupUnit: (group) => `- ${group}: tên viết tắt của đơn vị soạn thảo hoặc lĩnh vực`,
		noSymbol: '- Ký hiệu: *chưa có*',
		abbreviations: (regime) => `Bảng chữ viết tắt tên loại: ${regime}.`,
		partyNumber: 'Văn bản của Đảng: số và ký hiệu theo Hướng dẫn 36-HD/VPTW (số-tên loại/cơ quan ban hành).',
		legalNumber: 'Văn bản quy phạm pháp luật: số, năm ban hành, rồi tên loại và cơ quan ban hành viết tắt.',
		declaredMismatch: (declared, group, typeName) => `Tên loại ở đầu văn bản là **${declared}**, nhưng ký hiệu ghi ${group} (${typeName}).`,
		oldAbbreviation: (group, typeName, other, regime, current) =>
			`${group} là chữ viết tắt của ${typeName} theo ${other === 'tt01' ? 'Thông tư 01/2011/TT-BNV' : 'Nghị định 30/2020/NĐ-CP'}` +
			(current ? `; văn bản này theo ${regime === 'nd30' ? 'Nghị định 30' : 'Thông tư 01'} nên viết ${current}.` : '.'),
		cvNote: (group) => `${group} không phải chữ viết tắt tên loại: công văn không có chữ viết tắt tên loại.`,
		typeInCongVan: (group, typeName) =>
			`${group} là chữ viết tắt tên loại ${typeName}, nhưng văn bản có "V/v" (công văn): ký hiệu của công văn bắt đầu bằng tên viết tắt của cơ quan ban hành.`,
		declaredStarts: (typeName, abbreviation) => `Văn bản có tên loại **${typeName}**: ký hiệu bắt đầu bằng ${abbreviation}.`,
		congVanSymbol:
			'Công văn không có chữ viết tắt tên loại: ký hiệu gồm tên viết tắt của cơ quan ban hành và của đơn vị soạn thảo hoặc lĩnh vực.',
		dateParts: ['ngày', 'tháng', 'năm'],
		weekdayDate: (name, date) => `**${name}**, ngày ${date}`,
		notInCalendar: (shown) => `**Ngày ${shown}** không có trong lịch.`,
		draftDate: (shown, blanks) => `**Ngày ${shown}** (dự thảo: còn để trống ${blanks}; văn thư ghi khi ban hành)`,
		place: (place) => `- Địa danh: ${place}`,
		partyFormat: '- Thể thức: văn bản của Đảng, theo Hướng dẫn 36-HD/VPTW (congvan không kiểm tra theo Nghị định 30)',
		legalFormat: '- Thể thức: văn bản quy phạm pháp luật (congvan không kiểm tra theo Nghị định 30)',
		noYear: '; văn bản chưa ghi năm được coi là ban hành theo quy định hiện hành',
		march2020: '; nếu ký trước ngày 05/03/2020 thì theo Thông tư 01/2011/TT-BNV',
		format: (regime, note) => `- Thể thức: ${regime}${note}`,
	},
	en: {
		numberForm: {
			'legal-normative': 'legal normative document: number/year/symbol',
			party: 'Party document: number-type/body',
			administrative: 'administrative document: number/symbol',
		},
		typeHint: (group, typeName, written) =>
			`The group ${group} of the symbol is usually the abbreviation of the type **${typeName}**; name that type instead of "${written}".`,
		list: (words) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`),
		citedAgain: 'cited again',
		citedFirst: 'first citation',
		type: '- Type: ',
		number: '- Number and symbol: ',
		date: '- Date of issue: ',
		noSuchDate: ' (no such date)',
		notGiven: '*not given*',
		issuer: '- Issuing body: ',
		subject: '- Subject summary: ',
		where: {
			before: ' *(written before the type name)*',
			list: ' *(given once for the documents cited together)*',
			implied: '*(inferred from the sentence before the type name)*',
		},
		partNames: { date: 'date of issue', issuer: 'issuing body', subject: 'subject summary' },
		citedAbove: (firstText) =>
			`This document is cited above (first as "${firstText}"). A later citation needs only the type name and the number and symbol.`,
		nameOnly: 'A law or ordinance needs only its type name and name.',
		lacks: (names) =>
			`This first citation lacks: ${names}. A first citation must give the type name, number and symbol, date of issue, issuing body and subject summary.`,
		complete: 'This first citation gives the type name, number and symbol, date of issue, issuing body and subject summary.',
		soTitle: '**Number and symbol**',
		soEmpty: 'The "Số:" line has no number and symbol yet.',
		soNumber: (number) => `- Number: **${number}**`,
		soDraftNumber: '- Number: *(draft: still blank; the records office assigns it when the letter is issued)*',
		soYear: (year) => `- Year of issue: ${year}`,
		groupType: (group, typeName) => `- ${group}: abbreviation of the type${typeName ? ` **${typeName}**` : ''}`,
		groupIssuer: (group) => `- ${group}: abbreviation of the issuing body`,
		groupUnit: (group) => `- ${group}: abbreviation of the drafting unit or field`,
		noSymbol: '- Symbol: *none yet*',
		abbreviations: (regime) => `Type abbreviations: ${regime}.`,
		partyNumber: 'Party document: number and symbol under Guidance 36-HD/VPTW (number-type/issuing body).',
		legalNumber: 'Legal normative document: the number, the year of issue, then the abbreviations of the type and of the issuing body.',
		declaredMismatch: (declared, group, typeName) =>
			`The type name in the header is **${declared}**, but the symbol says ${group} (${typeName}).`,
		oldAbbreviation: (group, typeName, other, regime, current) =>
			`${group} is the abbreviation of ${typeName} under ${other === 'tt01' ? 'Circular 01/2011/TT-BNV' : 'Decree 30/2020/NĐ-CP'}` +
			(current ? `; this document falls under ${regime === 'nd30' ? 'Decree 30' : 'Circular 01'}, so write ${current}.` : '.'),
		cvNote: (group) => `${group} is not a type abbreviation: a công văn has no type abbreviation.`,
		typeInCongVan: (group, typeName) =>
			`${group} is the type abbreviation of ${typeName}, but the letter has a "V/v" (a công văn): the symbol of a công văn starts with the abbreviation of the issuing body.`,
		declaredStarts: (typeName, abbreviation) => `The document is a **${typeName}**: its symbol starts with ${abbreviation}.`,
		congVanSymbol:
			'A công văn has no type abbreviation: its symbol is made of the abbreviations of the issuing body and of the drafting unit or field.',
		dateParts: ['day', 'month', 'year'],
		weekdayDate: (name, date) => `**${name}**, ${date}`,
		notInCalendar: (shown) => `**${shown}** is not in the calendar.`,
		draftDate: (shown, blanks) =>
			`**${shown}** (draft: the ${blanks} still blank; the records office fills them in when the letter is issued)`,
		place: (place) => `- Place: ${place}`,
		partyFormat: '- Format: Party document, under Guidance 36-HD/VPTW (congvan does not check it against Decree 30)',
		legalFormat: '- Format: legal normative document (congvan does not check it against Decree 30)',
		noYear: '; a document without a year is taken to follow the rules in force',
		march2020: '; if signed before 05/03/2020, Circular 01/2011/TT-BNV applies',
		format: (regime, note) => `- Format: ${regime}${note}`,
	},
};

/** Escapes the characters that Markdown would read as formatting in text taken from the letter. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>|~#]/gu, (c) => `\\${c}`);
}

/** Inline code for a piece of the letter (backticks never occur in a ký hiệu, but stay safe). */
function code(text: string): string {
	return `\`${text.replace(/`/gu, "'")}\``;
}

/** The hover at an offset of the original text, in `locale`, or undefined when there is nothing to explain there. */
export function hoverAt(letter: Letter, offset: number, locale: Locale = 'vi'): HoverInfo | undefined {
	if (letter.empty || letter.legacyEncoding) {
		return undefined;
	}
	// A citation ending exactly where the next begins: prefer the one the offset is strictly inside.
	const strict = letter.citations.findIndex((c) => c.range.start <= offset && offset < c.range.end);
	const index = strict >= 0 ? strict : letter.citations.findIndex((c) => touches(c.range, offset));
	const citation = letter.citations[index];
	if (citation) {
		const analysis = citationCompleteness(letter)[index];
		if (analysis) {
			return { what: 'citation', markdown: citationHover(analysis, locale), range: citation.range };
		}
	}
	if (letter.so && touches(letter.so.span.range, offset)) {
		return { what: 'so', markdown: soHover(letter, locale), range: letter.so.span.range };
	}
	if (letter.date && touches(letter.date.span.range, offset)) {
		return { what: 'date', markdown: dateHover(letter, locale), range: letter.date.span.range };
	}
	return undefined;
}

/** What the first ký hiệu group of an administrative number says about the type, when the text says otherwise. */
function typeHint(citation: Citation, text: HoverTexts): string | undefined {
	if (citation.numberForm !== 'administrative') {
		return undefined;
	}
	// The first group of the ký hiệu as the one reader read it, when an issuer follows it ("TB" of "22/TB-VPCP").
	const groups = citation.reading.groups;
	const group = groups.length >= 2 ? groups[0]?.span.text : undefined;
	if (group === undefined) {
		return undefined;
	}
	const row = findAbbreviation(group, 'nd30') ?? findAbbreviation(group, 'tt01');
	if (!row) {
		return undefined;
	}
	const written = citation.typeName.toLowerCase();
	if (written.startsWith(row.typeName.toLowerCase())) {
		return undefined;
	}
	return text.typeHint(code(group), row.typeName, escapeMarkdown(citation.type.text));
}

/** A long text cut at a word boundary, with "…". */
function shorten(text: string, max: number): string {
	if (text.length <= max) {
		return text;
	}
	const cut = text.lastIndexOf(' ', max);
	return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}

function citationHover(analysis: CitationCompleteness, locale: Locale): string {
	const text = TEXTS[locale];
	const { citation, first, date, issuer, subject, missing } = analysis;
	const title = `**${escapeMarkdown(citation.type.text)} số ${escapeMarkdown(citation.number.text)}**`;
	const lines: string[] = [`${title} · ${first ? text.citedAgain : text.citedFirst}`, ''];
	lines.push(`${text.type}${escapeMarkdown(citation.typeName)}`);
	lines.push(`${text.number}${code(citation.number.text)} (${text.numberForm[citation.numberForm]})`);
	const where = (source: PartSource): string => text.where[source] ?? '';
	// A later citation needs only the type and number: the parts it leaves out are not listed as missing.
	if (date) {
		const value = date.value;
		lines.push(`${text.date}${formatDate(value)}${isCalendarDate(value) ? '' : text.noSuchDate}${where(date.source)}`);
	} else if (!first) {
		lines.push(`${text.date}${text.notGiven}`);
	}
	if (issuer) {
		lines.push(`${text.issuer}${issuer.span ? escapeMarkdown(issuer.span.text) : ''}${where(issuer.source)}`);
	} else if (!first) {
		lines.push(`${text.issuer}${text.notGiven}`);
	}
	if (subject) {
		lines.push(`${text.subject}${subject.span ? escapeMarkdown(shorten(subject.span.text, 160)) : ''}${where(subject.source)}`);
	} else if (!first) {
		lines.push(`${text.subject}${text.notGiven}`);
	}
	lines.push('');
	if (first) {
		const firstText = `${first.type.text} số ${first.number.text}${first.date ? ` ${first.date.span.text}` : ''}`;
		lines.push(text.citedAbove(escapeMarkdown(firstText)));
	} else if (citedByNameOnly(citation.typeName)) {
		lines.push(text.nameOnly);
	} else if (missing.length > 0) {
		const names = missing.map((part) => `**${text.partNames[part]}**`).join(', ');
		lines.push(text.lacks(names));
	} else {
		lines.push(text.complete);
	}
	const hint = typeHint(citation, text);
	if (hint) {
		lines.push('', hint);
	}
	lines.push('', `${legalBasisLabel(locale)}: ${FIRST_CITATION_SOURCE}.`);
	return lines.join('\n');
}

function soHover(letter: Letter, locale: Locale): string {
	const text = TEXTS[locale];
	const so = letter.so;
	const parts = so ? soParts(so) : undefined;
	const regime = regimeOfDate(letter.issueDate);
	const lines: string[] = [];
	if (!so || !parts) {
		lines.push(text.soTitle, '', text.soEmpty);
		lines.push('', `${legalBasisLabel(locale)}: ${SO_SOURCE}.`);
		return lines.join('\n');
	}
	const value = soDisplay(so);
	lines.push(`${text.soTitle} ${code(value)}`, '');
	lines.push(parts.number ? text.soNumber(parts.number.text) : text.soDraftNumber);
	if (parts.year) {
		lines.push(text.soYear(parts.year.text));
	}
	const groups = kyHieuGroups(letter);
	for (const group of groups) {
		const shown = code(group.span.text);
		if (group.role === 'type') {
			lines.push(text.groupType(shown, group.typeName));
		} else if (group.role === 'issuer') {
			lines.push(text.groupIssuer(shown));
		} else {
			lines.push(text.groupUnit(shown));
		}
	}
	if (groups.length === 0) {
		lines.push(text.noSymbol);
	}
	lines.push('');
	const notes = soNotes(letter, groups, regime, text);
	lines.push(...notes);
	if (letter.regime === 'administrative') {
		lines.push(text.abbreviations(regimeDescription(regime, locale)));
	}
	lines.push('', `${legalBasisLabel(locale)}: ${SO_SOURCE}.`);
	return lines.join('\n');
}

function soNotes(letter: Letter, groups: ReturnType<typeof kyHieuGroups>, regime: DateRegime, text: HoverTexts): string[] {
	if (letter.regime === 'party') {
		return [text.partyNumber, ''];
	}
	if (letter.regime === 'legal-normative') {
		return [text.legalNumber, ''];
	}
	const notes: string[] = [];
	const first = groups[0];
	const declared = letter.header.typeName ? sentenceCase(letter.header.typeName.type.name) : undefined;
	const declaredRow = letter.header.typeName ? abbreviationTable(regime).find((row) => row.typeName === declared) : undefined;
	if (first?.role === 'type') {
		if (declared !== undefined && first.typeName !== undefined && declared !== first.typeName) {
			notes.push(text.declaredMismatch(declared, code(first.span.text), first.typeName));
		}
	} else if (first) {
		const other: DateRegime = regime === 'nd30' ? 'tt01' : 'nd30';
		const old = findAbbreviation(first.span.text, other);
		const now = findAbbreviation(first.span.text, regime);
		if (now && now.abbreviation === first.span.text) {
			// A type abbreviation where a công văn's issuer belongs ("12/QĐ-UBND" with a "V/v").
			notes.push(text.typeInCongVan(code(first.span.text), now.typeName));
		} else if (old) {
			const current = abbreviationTable(regime).find((row) => row.typeName === old.typeName);
			notes.push(
				text.oldAbbreviation(code(first.span.text), old.typeName, other, regime, current ? code(current.abbreviation) : undefined),
			);
		} else if (first.span.text.toUpperCase() === 'CV') {
			notes.push(text.cvNote(code('CV')));
		}
		if (declaredRow) {
			notes.push(text.declaredStarts(declaredRow.typeName, code(declaredRow.abbreviation)));
		} else if (!letter.header.typeName) {
			notes.push(text.congVanSymbol);
		}
	}
	return notes.length > 0 ? [...notes, ''] : [];
}

function dateHover(letter: Letter, locale: Locale): string {
	const text = TEXTS[locale];
	const date = letter.date;
	const issue = letter.issueDate ?? {};
	const { day, month, year } = issue;
	const lines: string[] = [];
	const [dayName, monthName, yearName] = text.dateParts;
	const blanks = [
		day === undefined ? dayName : undefined,
		month === undefined ? monthName : undefined,
		year === undefined ? yearName : undefined,
	].filter((b): b is string => b !== undefined);
	const shown = `${day === undefined ? '…' : String(day).padStart(2, '0')}/${month === undefined ? '…' : String(month).padStart(2, '0')}/${year ?? '…'}`;
	if (day !== undefined && month !== undefined && year !== undefined) {
		const name = weekday({ day, month, year }, locale);
		lines.push(name ? text.weekdayDate(name, formatDate({ day, month, year })) : text.notInCalendar(shown));
	} else {
		lines.push(text.draftDate(shown, text.list(blanks)));
	}
	lines.push('');
	if (date) {
		lines.push(text.place(escapeMarkdown(date.place.text)));
	}
	if (letter.regime === 'party') {
		lines.push(text.partyFormat);
	} else if (letter.regime === 'legal-normative') {
		lines.push(text.legalFormat);
	} else {
		const regime = regimeOfDate(issue);
		let note = '';
		if (year === undefined) {
			note = text.noYear;
		} else if (year === 2020 && month === 3 && day === undefined) {
			note = text.march2020;
		}
		lines.push(text.format(regimeDescription(regime, locale), note));
	}
	return lines.join('\n');
}
