// The first-citation rule as data: for each citation, whether it is the first of its number and, if so,
// which of the date, the issuer and the trích yếu it lacks. The hover shows this; a rule reporting
// incomplete first citations should call the same function, so that the two always agree.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b (reference R5.2).
import type { Citation } from '../citations';
import type { Letter, Span } from '../letter';
import { spanIn } from './common';

/** The parts a first citation must give besides its type and number. */
export type CitationPart = 'date' | 'issuer' | 'subject';

/** Where an issuer or a trích yếu was found for a citation. */
export type PartSource =
	/** Written with this number ("… ngày … của Bộ Y tế về …"). */
	| 'own'
	/** Written before the type name in the same clause ("chỉ đạo của UBND tỉnh tại Công văn số …"). */
	| 'before'
	/** Written once for a list of numbers ("Chỉ thị số 05/CT-TTg, 06/CT-TTg của Thủ tướng …"). */
	| 'list';

/** One citation seen against the first-citation rule. */
export interface CitationCompleteness {
	citation: Citation;
	/** The earlier citation of the same number; undefined when this is the first. */
	first?: Citation;
	/** The issuer that applies to this citation, and where it was found. */
	issuer?: { span: Span; source: PartSource };
	/** The trích yếu that applies to this citation, and where it was found. */
	subject?: { span: Span; source: PartSource };
	/** What a first citation lacks, in the order of the decree; always empty for later citations and laws. */
	missing: CitationPart[];
}

// A Luật or Pháp lệnh is cited by type and name only (reference R5.2).
const NAME_ONLY_TYPES = new Set(['Luật', 'Bộ luật', 'Pháp lệnh']);

/** The key under which two citations are of the same document: the number without spaces, in capitals. */
export function citationKey(citation: Citation): string {
	return citation.number.text.replace(/\s+/gu, '').toUpperCase();
}

/** Where a citation starts and ends in its paragraph's joined text. */
function extent(citation: Citation): { start: number; end: number } {
	const start = citation.listIndex > 0 ? citation.number.offset : citation.type.offset;
	let end = citation.number.offset + citation.number.text.length;
	for (const span of [citation.date?.span, citation.issuer, citation.subject]) {
		if (span) {
			end = Math.max(end, span.offset + span.text.length);
		}
	}
	return { start, end };
}

/** True when only "," or "và" (and "các") stands between two citations: they share an issuer and subject. */
function joins(gap: string): boolean {
	let rest = gap.trim().toLowerCase();
	if (rest.startsWith(',')) {
		rest = rest.slice(1).trim();
	} else if (rest.startsWith('và')) {
		rest = rest.slice(2).trim();
	}
	return rest === '' || rest === 'các';
}

/**
 * The issuer written before the type in the same clause: "… của <issuer> tại [các] <Type> số …". Found by
 * string search rather than a regular expression, so that it stays linear on long paragraphs.
 */
function issuerBefore(citation: Citation): Span | undefined {
	const text = citation.type.map.text;
	const typeAt = citation.type.offset;
	const clauseStart = Math.max(text.lastIndexOf(';', typeAt), text.lastIndexOf('. ', typeAt), text.lastIndexOf(':', typeAt)) + 1;
	let end = typeAt;
	const lower = text.toLowerCase();
	const wordBefore = (to: number): { start: number; word: string } => {
		let e = to;
		while (e > clauseStart && /\s/u.test(text[e - 1] ?? '')) {
			e--;
		}
		let s = e;
		while (s > clauseStart && !/\s/u.test(text[s - 1] ?? '')) {
			s--;
		}
		return { start: s, word: lower.slice(s, e) };
	};
	let word = wordBefore(end);
	if (word.word === 'các') {
		end = word.start;
		word = wordBefore(end);
	}
	if (word.word !== 'tại' && word.word !== 'theo') {
		return undefined;
	}
	end = word.start;
	const clause = lower.slice(clauseStart, end);
	const at = Math.max(clause.lastIndexOf(' của '), clause.lastIndexOf(' do '));
	const startsWith = clause.startsWith('của ') ? 0 : clause.startsWith('do ') ? 0 : -1;
	const keyword = at >= 0 ? at + 1 : startsWith;
	if (keyword < 0) {
		return undefined;
	}
	let start = clauseStart + keyword + (lower.startsWith('của', clauseStart + keyword) ? 3 : 2);
	while (start < end && /\s/u.test(text[start] ?? '')) {
		start++;
	}
	while (end > start && /\s/u.test(text[end - 1] ?? '')) {
		end--;
	}
	// "do Bộ Y tế ban hành tại Quyết định số …": the verb is not part of the issuer.
	if (lower.slice(start, end).endsWith(' ban hành')) {
		end -= ' ban hành'.length;
	}
	if (end <= start || end - start > 120) {
		return undefined;
	}
	return spanIn(citation.type.map, start, end);
}

/** Each citation of the letter, in order, against the first-citation rule. */
export function citationCompleteness(letter: Pick<Letter, 'citations'>): CitationCompleteness[] {
	const citations = letter.citations;
	// Groups of citations written together: a list after one type name, or citations joined by "," or "và".
	const groupOf: number[] = [];
	citations.forEach((citation, i) => {
		const previous = citations[i - 1];
		let group = i;
		if (previous && previous.paragraph === citation.paragraph) {
			const text = citation.number.map.text;
			const gap = text.slice(extent(previous).end, extent(citation).start);
			if (citation.listIndex > 0 || joins(gap)) {
				group = groupOf[i - 1] ?? i;
			}
		}
		groupOf.push(group);
	});
	const firstByKey = new Map<string, Citation>();
	return citations.map((citation, i) => {
		const members = citations.filter((_, j) => groupOf[j] === groupOf[i]);
		const later = members.slice(members.indexOf(citation));
		const result: CitationCompleteness = { citation, missing: [] };
		const ownIssuer = citation.issuer;
		const listIssuer = later.find((c) => c.issuer)?.issuer;
		const leader = members[0] ?? citation;
		const before = issuerBefore(leader);
		if (ownIssuer) {
			result.issuer = { span: ownIssuer, source: 'own' };
		} else if (listIssuer) {
			result.issuer = { span: listIssuer, source: 'list' };
		} else if (before) {
			result.issuer = { span: before, source: 'before' };
		}
		const listSubject = later.find((c) => c.subject)?.subject;
		if (citation.subject) {
			result.subject = { span: citation.subject, source: 'own' };
		} else if (listSubject) {
			result.subject = { span: listSubject, source: 'list' };
		}
		const key = citationKey(citation);
		const first = firstByKey.get(key);
		if (first) {
			result.first = first;
			return result;
		}
		firstByKey.set(key, citation);
		if (NAME_ONLY_TYPES.has(citation.typeName)) {
			return result;
		}
		// The date is each document's own: a date after the last number of a list is not shared.
		if (!citation.date) {
			result.missing.push('date');
		}
		if (!result.issuer) {
			result.missing.push('issuer');
		}
		if (!result.subject) {
			result.missing.push('subject');
		}
		return result;
	});
}

/** The Vietnamese name of a part of a citation. */
export const CITATION_PART_NAMES: Readonly<Record<CitationPart, string>> = {
	date: 'ngày ban hành',
	issuer: 'cơ quan ban hành',
	subject: 'trích yếu nội dung',
};
