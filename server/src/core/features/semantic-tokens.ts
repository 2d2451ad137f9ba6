// Semantic tokens from the parsed letter, for what the TextMate grammar cannot know: which line is the
// Số line and what its groups are, the parts of the date, citations in running text, item markers, the
// Nơi nhận block and the signature. Only standard LSP token types and modifiers are used, so that every
// theme colours them without a `semanticTokenScopes` contribution. Pure: tokens are offset ranges; the
// server encodes them (server/src/convert.ts).
import type { Letter, Span } from '../letter';
import type { SoKyHieu } from '../letter/so-ky-hieu';
import type { Range } from '../types';
import { kyHieuGroups, soParts, subSpan } from './common';

/** The token types, in legend order. All are standard LSP types. */
export const TOKEN_TYPES = ['keyword', 'number', 'type', 'namespace', 'enumMember', 'variable', 'property', 'string'] as const;

/** The token modifiers, in legend order. All are standard LSP modifiers. */
export const TOKEN_MODIFIERS = ['declaration', 'readonly'] as const;

export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** One token: a range of the original text, its type and modifiers. */
export interface LetterToken {
	range: Range;
	type: TokenType;
	modifiers: TokenModifier[];
}

/**
 * The tokens of a letter, sorted by start and never overlapping. What each part becomes:
 * - labels ("Số", "V/v", "Kính gửi", "Nơi nhận", "ngày", "tháng", "năm") and signing prefixes: keyword;
 * - the letter's number and date parts: number + declaration; cited numbers and dates: number + readonly;
 * - ký hiệu groups: type for a type abbreviation, namespace for a body or unit (declaration in the Số line,
 *   readonly in a citation); the cited type name and the header type name: type;
 * - item markers: enumMember; Kính gửi and Nơi nhận entries: variable;
 * - signature title lines: property; the signer's name: string.
 */
export function semanticTokens(letter: Letter): LetterToken[] {
	if (letter.empty || letter.legacyEncoding) {
		return [];
	}
	const tokens: LetterToken[] = [];
	const add = (range: Range | undefined, type: TokenType, ...modifiers: TokenModifier[]): void => {
		if (range && range.end > range.start) {
			tokens.push({ range, type, modifiers });
		}
	};
	const so = letter.so;
	if (so) {
		add(so.label.range, 'keyword');
		const parts = soParts(so);
		if (parts) {
			add(parts.number?.range, 'number', 'declaration');
			add(parts.year?.range, 'number', 'declaration');
			for (const group of kyHieuGroups(letter)) {
				add(group.span.range, group.role === 'type' ? 'type' : 'namespace', 'declaration');
			}
		}
	}
	const date = letter.date;
	if (date) {
		for (const keyword of [date.dayKeyword, date.monthKeyword, date.yearKeyword]) {
			add(keyword?.range, 'keyword');
		}
		for (const part of [date.day, date.month, date.year]) {
			add(part?.range, 'number', 'declaration');
		}
	}
	add(letter.header.typeName?.span.range, 'type', 'declaration');
	add(letter.trichYeu?.label?.range, 'keyword');
	const kinhGui = letter.kinhGui;
	if (kinhGui) {
		add(kinhGui.label.range, 'keyword');
		kinhGui.recipients.forEach((r) => add(entryText(r), 'variable'));
	}
	for (const item of letter.body?.allItems ?? []) {
		add(item.marker.range, 'enumMember');
	}
	for (const citation of letter.citations) {
		if (citation.listIndex === 0) {
			add(citation.type.range, 'type');
		}
		tokens.push(...numberTokens(citation.number, citation.reading));
		if (citation.date) {
			tokens.push(...digitTokens(citation.date.span));
		}
	}
	const noiNhan = letter.noiNhan;
	if (noiNhan) {
		add(noiNhan.label.range, 'keyword');
		for (const entry of noiNhan.entries) {
			entry.lines.forEach((line, i) => add(i === 0 ? entryText(line) : line.range, 'variable'));
		}
	}
	const signature = letter.signature;
	if (signature) {
		// The title lines and the signer as the rules read them (letter.closing): a name in capitals is a name.
		for (const title of letter.closing.titleLines) {
			const prefix = letter.closing.prefixes.find((p) => p.span === title);
			if (prefix) {
				add(subSpan(title, 0, prefix.written.length).range, 'keyword');
				add(subSpan(title, prefix.length).range, 'property');
			} else {
				add(title.range, 'property');
			}
		}
		add(letter.closing.signer?.span.range, 'string');
	}
	tokens.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
	// Drop a token that overlaps the one before: the parser's parts never should, but tokens must not.
	const result: LetterToken[] = [];
	for (const token of tokens) {
		const last = result[result.length - 1];
		if (!last || token.range.start >= last.range.end) {
			result.push(token);
		}
	}
	return result;
}

/** The tokens whose range meets `range`, for a range request. */
export function semanticTokensIn(letter: Letter, range: Range): LetterToken[] {
	return semanticTokens(letter).filter((t) => t.range.end > range.start && t.range.start < range.end);
}

/** The text of a list entry without its leading dash. */
function entryText(span: Span): Range {
	const dash = /^[-+•]\s*/u.exec(span.text);
	return dash ? subSpan(span, dash[0].length).range : span.range;
}

/** A cited number, as the one reader read it (Citation.reading): number and year as numbers, the ký hiệu as one namespace token. */
function numberTokens(number: Span, reading: SoKyHieu): LetterToken[] {
	const tokens: LetterToken[] = [];
	for (const part of [reading.number, reading.year]) {
		if (part && /^\d+$/u.test(part.text)) {
			tokens.push({ range: part.range, type: 'number', modifiers: ['readonly'] });
		}
	}
	const first = reading.groups[0];
	if (first) {
		// To the end of the cited number: a group the reader stopped before (after a space) still belongs to it.
		tokens.push({ range: { start: first.span.range.start, end: number.range.end }, type: 'namespace', modifiers: ['readonly'] });
	}
	return tokens;
}

/** The digits of a cited date, as numbers. */
function digitTokens(date: Span): LetterToken[] {
	return [...date.text.matchAll(/\d+/gu)].map((m) => ({
		range: subSpan(date, m.index, m.index + m[0].length).range,
		type: 'number',
		modifiers: ['readonly'],
	}));
}
