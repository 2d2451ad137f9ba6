// The formatting of a letter read from a Word file: what the layout rules of Phụ lục I judge (paper, margins,
// fonts, sizes, bold, italic, caps, rule lines, page numbers, alignment, spacing). A letter read from plain
// text has none, and every layout rule is then silent.
//
// This is the contract between the .docx reader (server/src/docx/, which fills it from the resolved styles of
// the document) and the layout rules (server/src/core/rules/layout-*.ts, which read it beside the layout table
// of core/layout/nd30.ts). Ranges are UTF-16 offsets into the text the reader gives the parser (the letter's
// `source`), so a rule finds the runs of a component of the model (`letter.quocHieu.range`, …) by overlap.
// Lengths are in the units Word writes, converted once by the reader: points for sizes and spacing,
// millimetres for the page and the margins, so that rules compare them with the table directly.
import type { Alignment } from '../layout/nd30';
import type { Range } from '../types';

/** Where a paragraph of a Word file stands, so that a user can find it in Word. */
export interface WordLocation {
	/** The paragraph's number in reading order, from 1 (body paragraphs and table-cell paragraphs alike). */
	paragraph: number;
	/** When the paragraph is in a table: which table (from 1), row and column (from 1). */
	table?: {
		index: number;
		row: number;
		column: number;
		role?: 'header' | 'closing' | 'other';
		/** The side of the cell: the first grid column is left, a cell reaching the last column right (added by the reader). */
		side?: 'left' | 'right';
	};
	/** Word's paragraph id (`w14:paraId`), when the document has one. */
	paraId?: string;
	/** The first words of the paragraph, to search for in Word. */
	snippet: string;
}

/** The effective formatting of a run of text, after the whole style chain was resolved. */
export interface RunFormat {
	/** The run's characters in the letter's text. */
	range: Range;
	/** The font family as written ("Times New Roman", ".VnTime", "Calibri"); undefined when nothing sets it. */
	font?: string;
	/** Font size in points (Word's half-points / 2); undefined when nothing sets it. */
	sizePt?: number;
	bold: boolean;
	italic: boolean;
	/** `w:caps` (shown in capitals whatever the case typed). */
	caps: boolean;
	underline: boolean;
}

/** The effective formatting of a paragraph. */
export interface ParagraphFormat {
	/** The paragraph's text in the letter's text (without its line break). */
	range: Range;
	location: WordLocation;
	align?: Alignment;
	/** Line spacing as a multiple of a single line (`w:line` / 240 for `auto`); undefined when not set. */
	lineSpacing?: number;
	/** Exact or at-least line spacing in points, when the document uses one instead of a multiple. */
	lineSpacingPt?: number;
	spaceBeforePt?: number;
	spaceAfterPt?: number;
	firstLineIndentMm?: number;
	/** The id of the section (index into `DocumentFormat.sections`) that holds the paragraph. */
	section: number;
}

/** One section of the document (`w:sectPr`): its page and its headers. */
export interface SectionFormat {
	/** Page size in millimetres; undefined when the section does not say (page setup unknown). */
	pageWidthMm?: number;
	pageHeightMm?: number;
	orientation?: 'portrait' | 'landscape';
	margins?: { topMm: number; bottomMm: number; leftMm: number; rightMm: number };
	/** `w:titlePg`: the first page has its own header. */
	titlePage: boolean;
	/** Whether the header shown on pages after the first holds a PAGE field, and where it is aligned. */
	pageNumber?: { where: 'header' | 'footer'; align?: Alignment };
	/** Whether the header or footer of the first page holds a PAGE field (the decree wants none on page 1). */
	pageNumberOnFirstPage: boolean;
}

/** A rule line drawn in the document: a line shape, a paragraph border, or a line typed as dashes. */
export interface RuleLineFormat {
	kind: 'shape' | 'border' | 'typed';
	/** The paragraph (its range in the letter's text) the line is anchored in or typed as. */
	anchor: Range;
	/** The line's length in points (`wp:extent` for a shape); undefined when it cannot be known. */
	lengthPt?: number;
	/** The table cell the line is in, when it is in one. */
	table?: { index: number; row: number; column: number };
}

/** Everything a Word file says about the layout of the letter. */
export interface DocumentFormat {
	/** Where the text came from; for messages ("tệp Word"). */
	origin: 'docx';
	/** The sections in order; empty when the document has no section properties at all. */
	sections: SectionFormat[];
	paragraphs: ParagraphFormat[];
	runs: RunFormat[];
	ruleLines: RuleLineFormat[];
}

// Where a finding of a Word file is in Word: the paragraph of the text view that holds its start, as the
// WordLocation of that paragraph, with the offset of the finding in the paragraph. In the core, so that a rule
// can name a paragraph of a Word file as a user finds it (duplicate-item-number), and the hosts place findings.

/** A finding's place in Word: its paragraph's location and the offset (UTF-16) of its start in the paragraph. */
export type FindingLocation = WordLocation & { offset: number };

/**
 * The location of the paragraph holding `offset` (an offset into the text view). An offset on a blank line
 * between paragraphs belongs to the next paragraph; after the last one, to the last. Undefined when the
 * document has no paragraph.
 */
export function wordLocationAt(format: DocumentFormat, offset: number): FindingLocation | undefined {
	const paragraphs = format.paragraphs;
	// The last paragraph that starts at or before the offset (paragraphs are in text order).
	let lo = 0;
	let hi = paragraphs.length - 1;
	let found = -1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if ((paragraphs[mid]?.range.start ?? 0) <= offset) {
			found = mid;
			lo = mid + 1;
		} else {
			hi = mid - 1;
		}
	}
	let paragraph = paragraphs[Math.max(0, found)];
	if (paragraph !== undefined && offset > paragraph.range.end && found + 1 < paragraphs.length) {
		paragraph = paragraphs[found + 1];
	}
	if (paragraph === undefined) {
		return undefined;
	}
	const inParagraph = Math.max(0, Math.min(offset, paragraph.range.end) - paragraph.range.start);
	return { ...paragraph.location, offset: found < 0 ? 0 : inParagraph };
}
