// Folding and selection ranges from the letter model, as offset ranges into the original text. The server
// turns them into lines and positions (server/src/convert.ts), and drops folds that fit on one line.
import { lineContentRange, type Letter } from '../letter';
import type { Range } from '../types';
import { contains, cover, lineOfOffset, touches } from './common';

/** A block that the editor may fold: its first line stays visible. */
export interface FoldingBlock {
	range: Range;
	/** What the block is, for tests and logs. */
	what: 'item' | 'kinh-gui' | 'noi-nhan' | 'trich-yeu' | 'signature';
}

/** The foldable blocks: the numbered items, Kính gửi, Nơi nhận, the trích yếu and the signature. */
export function foldingBlocks(letter: Letter): FoldingBlock[] {
	if (letter.empty || letter.legacyEncoding) {
		return [];
	}
	const blocks: FoldingBlock[] = [];
	const add = (range: Range | undefined, what: FoldingBlock['what']): void => {
		if (range && range.end > range.start) {
			blocks.push({ range, what });
		}
	};
	if (letter.trichYeu) {
		add(letter.header.typeName ? cover(letter.header.typeName.span.range, letter.trichYeu.range) : letter.trichYeu.range, 'trich-yeu');
	}
	add(letter.kinhGui?.range, 'kinh-gui');
	for (const item of letter.body?.allItems ?? []) {
		add(item.range, 'item');
	}
	add(letter.noiNhan?.range, 'noi-nhan');
	add(letter.signature?.range, 'signature');
	return blocks.sort((a, b) => a.range.start - b.range.start || b.range.end - a.range.end);
}

/**
 * The ranges to grow a selection through at an offset, from the innermost to the whole document: a
 * marker, label or citation part, the line, the citation, the paragraph, the item and its parents, the
 * component (Số line, Kính gửi, body, Nơi nhận, signature), the document. Each contains the one before.
 */
export function selectionChain(letter: Letter, offset: number): Range[] {
	const candidates: Range[] = [];
	const add = (range: Range | undefined): void => {
		if (range && range.end > range.start && touches(range, offset)) {
			candidates.push(range);
		}
	};
	if (!letter.empty && !letter.legacyEncoding) {
		const line = letter.lines[lineOfOffset(letter, offset)];
		if (line) {
			add(lineContentRange(letter, line.index));
		}
		const so = letter.so;
		if (so) {
			add(so.label.range);
			add(so.value?.range);
			add(so.span.range);
		}
		const date = letter.date;
		if (date) {
			for (const part of [date.place, date.day, date.month, date.year]) {
				add(part?.range);
			}
			add(date.span.range);
		}
		if (letter.trichYeu) {
			add(letter.trichYeu.label?.range);
			add(letter.trichYeu.range);
		}
		const kinhGui = letter.kinhGui;
		if (kinhGui) {
			add(kinhGui.label.range);
			kinhGui.recipients.forEach((r) => add(r.range));
			add(kinhGui.range);
		}
		const body = letter.body;
		if (body) {
			for (const item of body.allItems) {
				add(item.marker.range);
				add(item.range);
			}
			for (const paragraph of body.paragraphs) {
				add(paragraph.range);
			}
			for (const citation of letter.citations) {
				for (const part of [citation.type, citation.number, citation.date?.span, citation.issuer, citation.subject]) {
					add(part?.range);
				}
				add(citation.range);
			}
			add(body.range);
		}
		const noiNhan = letter.noiNhan;
		if (noiNhan) {
			add(noiNhan.label.range);
			noiNhan.entries.forEach((e) => add(e.range));
			add(noiNhan.range);
		}
		const signature = letter.signature;
		if (signature) {
			signature.lines.forEach((l) => add(l.range));
			add(signature.range);
		}
	}
	candidates.push({ start: 0, end: letter.source.length });
	candidates.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
	const chain: Range[] = [];
	for (const range of candidates) {
		const last = chain[chain.length - 1];
		if (!last) {
			chain.push(range);
		} else if (contains(range, last) && (range.start !== last.start || range.end !== last.end)) {
			chain.push(range);
		}
	}
	return chain;
}
