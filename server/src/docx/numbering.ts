// Word's automatic numbering (numbering.xml): the "1.", "a)" and "-" a paragraph shows before its text
// although the text does not hold them. The text view writes them, so that the letter model reads the items
// of a Word letter as it reads them in a letter written as text. Counters are kept per list (w:num) and
// level; a level restarts when a level above it counts on.
import { child, type XmlElement } from './xml';
import { toRoman } from '../core/roman';

interface Level {
	start: number;
	format: string;
	text: string;
	/** What follows the number: a tab, a space or nothing (`w:suff`). */
	suffix: string;
}

/** The numbering definitions of a document and the counters of its lists. */
export class Numbering {
	private readonly abstracts = new Map<string, Map<number, Level>>();
	private readonly nums = new Map<string, { abstract: string; starts: Map<number, number> }>();
	private readonly counters = new Map<string, number[]>();

	constructor(root: XmlElement | undefined) {
		for (const c of root?.children ?? []) {
			if (c.name === 'w:abstractNum') {
				const id = c.attrs['w:abstractNumId'];
				if (id === undefined) {
					continue;
				}
				const levels = new Map<number, Level>();
				for (const lvl of c.children) {
					if (lvl.name !== 'w:lvl') {
						continue;
					}
					const ilvl = Number.parseInt(lvl.attrs['w:ilvl'] ?? '', 10);
					if (!Number.isFinite(ilvl)) {
						continue;
					}
					levels.set(ilvl, {
						start: Number.parseInt(child(lvl, 'w:start')?.attrs['w:val'] ?? '1', 10) || 0,
						format: child(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
						text: child(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
						suffix: child(lvl, 'w:suff')?.attrs['w:val'] ?? 'tab',
					});
				}
				this.abstracts.set(id, levels);
			} else if (c.name === 'w:num') {
				const id = c.attrs['w:numId'];
				const abstract = child(c, 'w:abstractNumId')?.attrs['w:val'];
				if (id === undefined || abstract === undefined) {
					continue;
				}
				const starts = new Map<number, number>();
				for (const o of c.children) {
					const start = child(o, 'w:startOverride')?.attrs['w:val'];
					if (o.name === 'w:lvlOverride' && start !== undefined) {
						starts.set(Number.parseInt(o.attrs['w:ilvl'] ?? '0', 10) || 0, Number.parseInt(start, 10) || 0);
					}
				}
				this.nums.set(id, { abstract, starts });
			}
		}
	}

	/** The label a paragraph of list `numId` at level `ilvl` shows, counting it; undefined when it shows none. */
	label(numId: string, ilvl: number): string | undefined {
		const num = this.nums.get(numId);
		const levels = num === undefined ? undefined : this.abstracts.get(num.abstract);
		const level = levels?.get(ilvl);
		if (num === undefined || levels === undefined || level === undefined) {
			return undefined;
		}
		const startOf = (l: number): number => num.starts.get(l) ?? levels.get(l)?.start ?? 1;
		let counters = this.counters.get(numId);
		if (counters === undefined) {
			counters = [];
			this.counters.set(numId, counters);
		}
		counters[ilvl] = counters[ilvl] === undefined ? startOf(ilvl) : counters[ilvl] + 1;
		// The levels below restart.
		counters.length = ilvl + 1;
		if (level.format === 'none') {
			return undefined;
		}
		const text = level.text.replace(/%([1-9])/gu, (_m, digit: string) => {
			const l = Number(digit) - 1;
			const value = counters[l] ?? startOf(l);
			return formatNumber(value, levels.get(l)?.format ?? 'decimal');
		});
		if (text === '') {
			return undefined;
		}
		return level.format === 'bullet' ? `${bullet(text)} ` : `${text}${level.suffix === 'nothing' ? '' : ' '}`;
	}
}

/** A bullet as text: the symbol fonts' private-use bullets become "•"; a typed "-" or "+" stays. */
function bullet(text: string): string {
	return /^[\uF000-\uF0FF]$/u.test(text) ? '•' : text;
}

/** "a".."z", then "aa".."zz" as Word counts letters. */
function letter(value: number): string {
	const n = Math.max(1, value);
	return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a level's number format; formats the reader does not know are written as decimals. */
export function formatNumber(value: number, format: string): string {
	switch (format) {
		case 'decimalZero':
			return value < 10 ? `0${value}` : String(value);
		case 'lowerLetter':
			return letter(value);
		case 'upperLetter':
			return letter(value).toUpperCase();
		case 'lowerRoman':
			return toRoman(value).toLowerCase();
		case 'upperRoman':
			return toRoman(value);
		default:
			return String(value);
	}
}
