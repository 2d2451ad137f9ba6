// Where a finding of a Word file is in Word: the paragraph of the text view that holds its start, as the
// WordLocation of that paragraph, with the offset of the finding in the paragraph.
import type { DocumentFormat, WordLocation } from '../core/letter/format';

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
	if (paragraph !== undefined && offset > paragraph.range.end + 1 && found + 1 < paragraphs.length) {
		paragraph = paragraphs[found + 1];
	}
	if (paragraph === undefined) {
		return undefined;
	}
	const inParagraph = Math.max(0, Math.min(offset, paragraph.range.end) - paragraph.range.start);
	return { ...paragraph.location, offset: found < 0 ? 0 : inParagraph };
}
