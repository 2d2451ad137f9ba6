// Spans: pieces of the letter with their exact range in the original text, and the helpers that cut them.
// The letter model (letter.ts) re-exports all of this; citations.ts imports it from here because letter.ts
// imports citations.ts.
import type { MappedText } from './text';
import type { Range } from './types';

/** A piece of the letter: its normalised text and its range in the original. */
export interface Span {
	/** The normalised text (NFC, no emphasis markers). */
	text: string;
	/** The range in the original text. */
	range: Range;
	/** The mapped text this span was cut from, and where in it: for ranges of parts of the span. */
	map: MappedText;
	offset: number;
}

/** The original range of `span.text.slice(start, end)`. */
export function subRange(span: Span, start: number, end: number = span.text.length): Range {
	return span.map.range(span.offset + start, span.offset + end);
}

/** The part `start`..`end` of a span, as a span of its own (same map, exact original range). */
export function subSpan(span: Span, start: number, end: number = span.text.length): Span {
	return { text: span.text.slice(start, end), range: subRange(span, start, end), map: span.map, offset: span.offset + start };
}

/** The span of `map.text.slice(start, end)`. */
export function spanIn(map: MappedText, start: number, end: number): Span {
	return { text: map.text.slice(start, end), range: map.range(start, end), map, offset: start };
}

/**
 * The original text under a range, as the writer typed it (decomposed letters, emphasis markers, lookalikes
 * of Đ included), for messages that quote the writer and for fixes that must keep what they do not change.
 */
export function originalText(letter: { readonly source: string }, range: Range): string {
	return letter.source.slice(range.start, range.end);
}
