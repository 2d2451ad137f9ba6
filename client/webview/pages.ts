// How the preview cuts the letter into A4 pages, as pure arithmetic on measured heights, so that it is tested
// without a browser. The webview lays every unit out once in one column as wide as the page's text, reads the
// height each one takes (from its top to the next one's top, so collapsed margins count once), and asks
// `paginate` which units go on which page. A unit is a paragraph or a whole two-column table (the header,
// two signers, the closing), which the preview, like Word with its rows, never splits.

/**
 * Splits units of the given heights into pages whose text area is `pageHeight` high: each page takes units in
 * order while they fit; a unit taller than a whole page gets a page of its own (and overflows it). Returns
 * the indices of the units on each page; at least one (empty) page.
 */
export function paginate(heights: readonly number[], pageHeight: number): number[][] {
	const pages: number[][] = [[]];
	let used = 0;
	heights.forEach((height, index) => {
		const page = pages[pages.length - 1] as number[];
		if (page.length > 0 && used + height > pageHeight + 0.5) {
			pages.push([index]);
			used = height;
			return;
		}
		page.push(index);
		used += height;
	});
	return pages;
}

/** The page number shown at the top of a page (1-based), or undefined when that page shows none. */
export function pageNumberLabel(page: number, fromPage: number): string | undefined {
	return page >= fromPage ? String(page) : undefined;
}

/**
 * The block to scroll to for the editor's first visible line: the last block that starts at or before it
 * (blocks given by their first lines, in the order of the page). Undefined when there is none.
 */
export function blockAtLine(firstLines: readonly number[], line: number): number | undefined {
	let best: number | undefined;
	let bestLine = -1;
	firstLines.forEach((first, index) => {
		if (first <= line && first > bestLine) {
			best = index;
			bestLine = first;
		}
	});
	return best;
}

/** A piece of a paragraph's text: plain text, or a draft blank (runs of spaces inside a line, dots, ellipses). */
export interface TextPiece {
	text: string;
	blank: boolean;
}

// A blank of a draft: two or more spaces between words, three or more dots, or ellipses ("…").
const BLANK = /(?<=\S) {2,}(?=\S)|\.{3,}|…+/gu;

/** Cuts a text into plain pieces and draft blanks, which the preview shows as blanks to fill in. */
export function blankPieces(text: string): TextPiece[] {
	const out: TextPiece[] = [];
	let at = 0;
	for (const m of text.matchAll(BLANK)) {
		const start = m.index ?? 0;
		if (start > at) {
			out.push({ text: text.slice(at, start), blank: false });
		}
		out.push({ text: m[0], blank: true });
		at = start + m[0].length;
	}
	if (at < text.length || out.length === 0) {
		out.push({ text: text.slice(at), blank: false });
	}
	return out;
}

/**
 * The findings of each block: a finding belongs to the block that holds its first line, else (a blank line, a
 * line the plan drops, such as a row of dashes) to the block of the nearest line above it, else to the first
 * block, so that no finding of the letter goes unmarked.
 */
export function findingsByBlock<B extends { lines: readonly number[] }, F extends { range: { start: { line: number } } }>(
	blocks: readonly B[],
	findings: readonly F[],
): Map<B, F[]> {
	const byLine = new Map<number, B>();
	for (const block of blocks) {
		for (const line of block.lines) {
			byLine.set(line, block);
		}
	}
	const lines = [...byLine.keys()].sort((a, b) => a - b);
	const out = new Map<B, F[]>();
	for (const finding of findings) {
		const line = finding.range.start.line;
		const above = lines.filter((l) => l <= line).pop() ?? lines[0];
		const block = above === undefined ? undefined : byLine.get(above);
		if (block) {
			out.set(block, [...(out.get(block) ?? []), finding]);
		}
	}
	return out;
}
