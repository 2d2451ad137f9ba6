// A readable dump of the letter model (parseLetter), one line per part, for the model goldens of
// test/letter/model.test.ts. The dumper walks the model's public fields by reflection, so a field the model
// gains shows up in the goldens without a change here; SKIPPED lists what is left out on purpose.
//
// Line forms (positions are line:column of the original text, both 1-based, as in the finding goldens):
//   3:1-3:16 so.value "215/UBND-KT"         a span: its range, path and normalised text
//   5:1-9:40 body.range                      a bare range
//   regime "administrative"                  a string, number or boolean
//   body.paragraphs[2].lines [14,15]         an array of numbers
//   body.allItems[0] = body.items[0]         an object already dumped under another path
import { LineIndex, type Letter } from '../../server/src/core/index';

/**
 * Paths (with indices replaced by []) that are not dumped: the raw text and its per-line table, and the memo
 * of readings derived on first use (what it holds depends on what was asked, not on the letter).
 */
export const SKIPPED = new Set(['source', 'norm', 'lines', 'layout.norm', 'memo']);

/** Keys of a span that are plumbing, not model: the mapped text it was cut from and the offset in it. */
const SPAN_PLUMBING = new Set(['map', 'offset']);

/** Strings longer than this are cut in the middle of the dump (the range still shows their extent). */
const MAX_TEXT = 100;

interface RangeLike {
	start: number;
	end: number;
}

function isRange(v: unknown): v is RangeLike {
	if (typeof v !== 'object' || v === null) {
		return false;
	}
	const keys = Object.keys(v);
	return keys.length === 2 && typeof (v as RangeLike).start === 'number' && typeof (v as RangeLike).end === 'number';
}

function isSpan(v: unknown): v is { text: string; range: RangeLike } & Record<string, unknown> {
	return (
		typeof v === 'object' && v !== null && typeof (v as { text?: unknown }).text === 'string' && isRange((v as { range?: unknown }).range)
	);
}

/** A MappedText (normalised text with its map): dumped as its text. */
function isMappedText(v: unknown): v is { text: string } {
	return (
		typeof v === 'object' &&
		v !== null &&
		typeof (v as { text?: unknown }).text === 'string' &&
		typeof (v as { range?: unknown }).range === 'function'
	);
}

function quote(s: string): string {
	const cut = s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT - 20)}…${s.slice(-19)}` : s;
	return JSON.stringify(cut);
}

/** Dumps a parsed letter, one line per part, in the order of the model's fields. */
export function dumpLetter(letter: Letter): string[] {
	const index = new LineIndex(letter.source);
	const at = (offset: number): string => {
		const p = index.positionAt(offset);
		return `${p.line + 1}:${p.character + 1}`;
	};
	const where = (r: RangeLike): string => `${at(r.start)}-${at(r.end)}`;
	const out: string[] = [];
	const seen = new Map<object, string>();

	const walk = (value: unknown, path: string, shape: string): void => {
		if (value === undefined || typeof value === 'function' || SKIPPED.has(shape)) {
			return;
		}
		if (value === null || typeof value !== 'object') {
			out.push(`${path} ${typeof value === 'string' ? quote(value) : String(value)}`);
			return;
		}
		const earlier = seen.get(value);
		if (earlier !== undefined) {
			out.push(`${path} = ${earlier}`);
			return;
		}
		seen.set(value, path);
		if (Array.isArray(value)) {
			if (value.length === 0 || value.every((x) => typeof x === 'number')) {
				out.push(`${path} [${value.join(',')}]`);
				return;
			}
			value.forEach((x, i) => walk(x, `${path}[${i}]`, `${shape}[]`));
			return;
		}
		if (isMappedText(value)) {
			out.push(`${path} ${quote(value.text)}`);
			return;
		}
		if (isRange(value)) {
			out.push(`${where(value)} ${path}`);
			return;
		}
		const prefix = path === '' ? '' : `${path}.`;
		const shapePrefix = shape === '' ? '' : `${shape}.`;
		if (isSpan(value)) {
			out.push(`${where(value.range)} ${path} ${quote(value.text)}`);
			for (const [k, v] of Object.entries(value)) {
				if (k !== 'text' && k !== 'range' && !SPAN_PLUMBING.has(k)) {
					walk(v, `${prefix}${k}`, `${shapePrefix}${k}`);
				}
			}
			return;
		}
		for (const [k, v] of Object.entries(value)) {
			walk(v, `${prefix}${k}`, `${shapePrefix}${k}`);
		}
	};
	walk(letter, '', '');
	return out;
}
