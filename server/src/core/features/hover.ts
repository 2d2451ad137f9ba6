// Hovers in Vietnamese Markdown: on a citation (what was parsed, and the first-citation rule), on the Số
// line (what each group of the ký hiệu stands for) and on the date line (weekday and the rules in force).
// Pure: the result carries an offset range; the server converts it (server/src/convert.ts).
import type { Citation } from '../citations';
import type { Letter } from '../letter';
import type { Range } from '../types';
import { CITATION_PART_NAMES, citationCompleteness, type CitationCompleteness } from './citation-completeness';
import {
	abbreviationTable,
	compactSlashes,
	findAbbreviation,
	formatDate,
	isCalendarDate,
	kyHieuGroups,
	regimeDescription,
	regimeOfDate,
	sentenceCase,
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

/** Escapes the characters that Markdown would read as formatting in text taken from the letter. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>|~#]/gu, (c) => `\\${c}`);
}

/** Inline code for a piece of the letter (backticks never occur in a ký hiệu, but stay safe). */
function code(text: string): string {
	return `\`${text.replace(/`/gu, "'")}\``;
}

/** The hover at an offset of the original text, or undefined when there is nothing to explain there. */
export function hoverAt(letter: Letter, offset: number): HoverInfo | undefined {
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
			return { what: 'citation', markdown: citationHover(analysis), range: citation.range };
		}
	}
	if (letter.so && touches(letter.so.span.range, offset)) {
		return { what: 'so', markdown: soHover(letter), range: letter.so.span.range };
	}
	if (letter.date && touches(letter.date.span.range, offset)) {
		return { what: 'date', markdown: dateHover(letter), range: letter.date.span.range };
	}
	return undefined;
}

function numberFormName(citation: Citation): string {
	switch (citation.numberForm) {
		case 'legal-normative':
			return 'văn bản quy phạm pháp luật: số/năm/ký hiệu';
		case 'party':
			return 'văn bản của Đảng: số-tên loại/cơ quan';
		default:
			return 'văn bản hành chính: số/ký hiệu';
	}
}

/** What the first ký hiệu group of an administrative number says about the type, when the text says otherwise. */
function typeHint(citation: Citation): string | undefined {
	if (citation.numberForm !== 'administrative') {
		return undefined;
	}
	const group = /^\d+\/(?<group>[\p{L}\p{N}]+)-/u.exec(citation.number.text)?.groups?.['group'];
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
	return `Nhóm ${code(group)} của ký hiệu thường là chữ viết tắt của tên loại **${row.typeName}**; nên ghi rõ tên loại thay cho "${escapeMarkdown(citation.type.text)}".`;
}

/** "ngày, tháng và năm": a Vietnamese list. */
function listVi(words: readonly string[]): string {
	return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} và ${words[words.length - 1]}`;
}

/** A long text cut at a word boundary, with "…". */
function shorten(text: string, max: number): string {
	if (text.length <= max) {
		return text;
	}
	const cut = text.lastIndexOf(' ', max);
	return `${text.slice(0, cut > max / 2 ? cut : max)}…`;
}

function citationHover(analysis: CitationCompleteness): string {
	const { citation, first, issuer, subject, missing } = analysis;
	const title = `**${escapeMarkdown(citation.type.text)} số ${escapeMarkdown(citation.number.text)}**`;
	const lines: string[] = [`${title} · ${first ? 'viện dẫn lại' : 'viện dẫn lần đầu'}`, ''];
	lines.push(`- Tên loại: ${escapeMarkdown(citation.typeName)}`);
	lines.push(`- Số, ký hiệu: ${code(citation.number.text)} (${numberFormName(citation)})`);
	// A later citation needs only the type and number: the parts it leaves out are not listed as missing.
	if (citation.date) {
		const value = citation.date.value;
		lines.push(`- Ngày ban hành: ${formatDate(value)}${isCalendarDate(value) ? '' : ' (ngày không có thật)'}`);
	} else if (!first) {
		lines.push('- Ngày ban hành: *không ghi*');
	}
	const where = (source: 'own' | 'before' | 'list'): string =>
		source === 'before' ? ' *(ghi trước tên loại)*' : source === 'list' ? ' *(ghi chung cho các văn bản nêu cùng)*' : '';
	if (issuer) {
		lines.push(`- Cơ quan ban hành: ${escapeMarkdown(issuer.span.text)}${where(issuer.source)}`);
	} else if (!first) {
		lines.push('- Cơ quan ban hành: *không ghi*');
	}
	if (subject) {
		lines.push(`- Trích yếu: ${escapeMarkdown(shorten(subject.span.text, 160))}${where(subject.source)}`);
	} else if (!first) {
		lines.push('- Trích yếu: *không ghi*');
	}
	lines.push('');
	if (first) {
		const firstText = `${first.type.text} số ${first.number.text}${first.date ? ` ${first.date.span.text}` : ''}`;
		lines.push(`Văn bản này đã được viện dẫn ở trên (lần đầu: "${escapeMarkdown(firstText)}"). Khi viện dẫn lại chỉ cần ghi tên loại và số, ký hiệu.`);
	} else if (['Luật', 'Bộ luật', 'Pháp lệnh'].includes(citation.typeName)) {
		lines.push('Luật, pháp lệnh chỉ cần ghi tên loại và tên.');
	} else if (missing.length > 0) {
		const names = missing.map((part) => `**${CITATION_PART_NAMES[part]}**`).join(', ');
		lines.push(`Lần viện dẫn đầu tiên còn thiếu: ${names}. Lần đầu viện dẫn phải ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu nội dung.`);
	} else {
		lines.push('Lần viện dẫn đầu tiên đã ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu nội dung.');
	}
	const hint = typeHint(citation);
	if (hint) {
		lines.push('', hint);
	}
	lines.push('', `Căn cứ: ${FIRST_CITATION_SOURCE}.`);
	return lines.join('\n');
}

function soHover(letter: Letter): string {
	const so = letter.so;
	const parts = so ? soParts(so) : undefined;
	const regime = regimeOfDate(letter.issueDate);
	const lines: string[] = [];
	if (!so || !parts) {
		lines.push('**Số, ký hiệu**', '', 'Dòng "Số:" chưa có số và ký hiệu.');
		lines.push('', `Căn cứ: ${SO_SOURCE}.`);
		return lines.join('\n');
	}
	const value = so.value ? compactSlashes(so.value.text) : '';
	lines.push(`**Số, ký hiệu** ${code(value)}`, '');
	lines.push(parts.number ? `- Số: **${parts.number.text}**` : '- Số: *(dự thảo: còn để trống số; văn thư ghi số khi ban hành)*');
	if (parts.year) {
		lines.push(`- Năm ban hành: ${parts.year.text}`);
	}
	const groups = kyHieuGroups(letter, parts);
	for (const group of groups) {
		const text = code(group.span.text);
		if (group.role === 'type') {
			lines.push(`- ${text}: chữ viết tắt tên loại${group.typeName ? ` **${group.typeName}**` : ''}`);
		} else if (group.role === 'issuer') {
			lines.push(`- ${text}: tên viết tắt của cơ quan, tổ chức ban hành`);
		} else {
			lines.push(`- ${text}: tên viết tắt của đơn vị soạn thảo hoặc lĩnh vực`);
		}
	}
	if (groups.length === 0) {
		lines.push('- Ký hiệu: *chưa có*');
	}
	lines.push('');
	const notes = soNotes(letter, groups, regime);
	lines.push(...notes);
	if (letter.regime === 'administrative') {
		lines.push(`Bảng chữ viết tắt tên loại: ${regimeDescription(regime)}.`);
	}
	lines.push('', `Căn cứ: ${SO_SOURCE}.`);
	return lines.join('\n');
}

function soNotes(letter: Letter, groups: ReturnType<typeof kyHieuGroups>, regime: DateRegime): string[] {
	if (letter.regime === 'party') {
		return ['Văn bản của Đảng: số và ký hiệu theo Hướng dẫn 36-HD/VPTW (số-tên loại/cơ quan ban hành).', ''];
	}
	if (letter.regime === 'legal-normative') {
		return ['Văn bản quy phạm pháp luật: số, năm ban hành, rồi tên loại và cơ quan ban hành viết tắt.', ''];
	}
	const notes: string[] = [];
	const first = groups[0];
	const declared = letter.typeName ? sentenceCase(letter.typeName.type.name) : undefined;
	const declaredRow = letter.typeName ? abbreviationTable(regime).find((row) => row.typeName === declared) : undefined;
	if (first?.role === 'type') {
		if (declared !== undefined && first.typeName !== undefined && declared !== first.typeName) {
			notes.push(`Tên loại ở đầu văn bản là **${declared}**, nhưng ký hiệu ghi ${code(first.span.text)} (${first.typeName}).`);
		}
	} else if (first) {
		const other: DateRegime = regime === 'nd30' ? 'tt01' : 'nd30';
		const old = findAbbreviation(first.span.text, other);
		if (old) {
			const current = abbreviationTable(regime).find((row) => row.typeName === old.typeName);
			notes.push(
				`${code(first.span.text)} là chữ viết tắt của ${old.typeName} theo ${other === 'tt01' ? 'Thông tư 01/2011/TT-BNV' : 'Nghị định 30/2020/NĐ-CP'}` +
					(current ? `; văn bản này theo ${regime === 'nd30' ? 'Nghị định 30' : 'Thông tư 01'} nên viết ${code(current.abbreviation)}.` : '.'),
			);
		} else if (first.span.text.toUpperCase() === 'CV') {
			notes.push(`${code('CV')} không phải chữ viết tắt tên loại: công văn không có chữ viết tắt tên loại.`);
		}
		if (declaredRow) {
			notes.push(`Văn bản có tên loại **${declaredRow.typeName}**: ký hiệu bắt đầu bằng ${code(declaredRow.abbreviation)}.`);
		} else if (!letter.typeName) {
			notes.push('Công văn không có chữ viết tắt tên loại: ký hiệu gồm tên viết tắt của cơ quan ban hành và của đơn vị soạn thảo hoặc lĩnh vực.');
		}
	}
	return notes.length > 0 ? [...notes, ''] : [];
}

function dateHover(letter: Letter): string {
	const date = letter.date;
	const issue = letter.issueDate ?? {};
	const { day, month, year } = issue;
	const lines: string[] = [];
	const blanks = [day === undefined ? 'ngày' : undefined, month === undefined ? 'tháng' : undefined, year === undefined ? 'năm' : undefined].filter(
		(b): b is string => b !== undefined,
	);
	const shown = `${day === undefined ? '…' : String(day).padStart(2, '0')}/${month === undefined ? '…' : String(month).padStart(2, '0')}/${year ?? '…'}`;
	if (day !== undefined && month !== undefined && year !== undefined) {
		const name = weekday({ day, month, year });
		lines.push(name ? `**${name}**, ngày ${formatDate({ day, month, year })}` : `**Ngày ${shown}** không có trong lịch.`);
	} else {
		lines.push(`**Ngày ${shown}** (dự thảo: còn để trống ${listVi(blanks)}; văn thư ghi khi ban hành)`);
	}
	lines.push('');
	if (date) {
		lines.push(`- Địa danh: ${escapeMarkdown(date.place.text)}`);
	}
	if (letter.regime === 'party') {
		lines.push('- Thể thức: văn bản của Đảng, theo Hướng dẫn 36-HD/VPTW (congvan không kiểm tra theo Nghị định 30)');
	} else if (letter.regime === 'legal-normative') {
		lines.push('- Thể thức: văn bản quy phạm pháp luật (congvan không kiểm tra theo Nghị định 30)');
	} else {
		const regime = regimeOfDate(issue);
		let note = '';
		if (year === undefined) {
			note = '; văn bản chưa ghi năm được coi là ban hành theo quy định hiện hành';
		} else if (year === 2020 && month === 3 && day === undefined) {
			note = '; nếu ký trước ngày 05/03/2020 thì theo Thông tư 01/2011/TT-BNV';
		}
		lines.push(`- Thể thức: ${regimeDescription(regime)}${note}`);
	}
	return lines.join('\n');
}
