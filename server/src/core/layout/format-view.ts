// What the layout rules read of a letter that came from a Word file: its components (from the layout plan,
// plan.ts, so that the rules and the export agree on which paragraph is the Quốc hiệu) with their ranges in
// the original text, the Word paragraph and the runs of each, and the layout table of the team. Built once
// per letter and shared by the rules. A letter read from plain text has no format: every function here then
// gives nothing, and every layout rule is silent.
import { lineContentRange, memoKey, memoOn, type Letter } from '../letter';
import type { DocumentFormat, ParagraphFormat, RunFormat, SectionFormat } from '../letter/format';
import type { Range, RelatedLocation, TeamProfile } from '../types';
import { nd30Layout, type ComponentId, type LayoutTable, type Ranged } from './nd30';
import { planLetter, type Block } from './plan';
import { layoutForProfile } from './profile';

/** One component of the letter as Word shows it. */
export interface ComponentFormat {
	component: ComponentId;
	block: Block;
	/** The component's text in the original text (the paragraph, or its part when a line holds two components). */
	range: Range;
	/** The Word paragraph that holds it (the first one when the component spans several). */
	paragraph?: ParagraphFormat;
	/** Its runs that hold a letter or a digit: the runs a reader sees (spaces and tabs say nothing). */
	runs: RunFormat[];
	/**
	 * True in a table of the body that is neither the header nor the closing (a table of figures): the decree
	 * sets no size or alignment for its cells, so the rules about the body's size and spacing leave it alone.
	 */
	dataTable: boolean;
}

/** The letter's format and its components. */
export interface FormatView {
	format: DocumentFormat;
	components: ComponentFormat[];
}

const VIEW = memoKey<FormatView | undefined>('formatView');
// Letters or digits: a run without them (spaces, a tab, a symbol bullet) has no visible font or weight to judge.
const VISIBLE = /[\p{L}\p{N}]/u;

/** The format of a letter read from Word with its components; undefined for a letter read from plain text. */
export function formatView(letter: Letter): FormatView | undefined {
	return memoOn(letter, VIEW, () => (letter.format ? buildView(letter, letter.format) : undefined));
}

function buildView(letter: Letter, format: DocumentFormat): FormatView {
	const runs = [...format.runs].sort((a, b) => a.range.start - b.range.start);
	const paragraphs = [...format.paragraphs].sort((a, b) => a.range.start - b.range.start);
	// Where the next piece of a line starts to be looked for, per line: two components on one line are cut apart.
	const cursor = new Map<number, number>();
	const components: ComponentFormat[] = [];
	for (const block of planLetter(letter).blocks) {
		const range = blockRange(letter, block, cursor);
		if (!range) {
			continue;
		}
		const paragraph = paragraphs.find((p) => overlaps(p.range, range) || (p.range.start === range.start && range.start === range.end));
		components.push({
			component: block.component,
			block,
			range,
			...(paragraph ? { paragraph } : {}),
			runs: runsIn(letter.source, runs, range),
			dataTable: paragraph?.location.table?.role === 'other',
		});
	}
	return { format, components };
}

/** The block's range in the original text. */
function blockRange(letter: Letter, block: Block, cursor: Map<number, number>): Range | undefined {
	const first = block.lines[0];
	const last = block.lines[block.lines.length - 1];
	if (first === undefined || last === undefined) {
		return undefined;
	}
	if (block.lines.length > 1) {
		const a = lineContentRange(letter, first);
		const b = lineContentRange(letter, last);
		return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
	}
	const line = letter.lines[first];
	if (!line) {
		return undefined;
	}
	// The block's text is a piece of the line (or all of it): find it from where the previous piece ended.
	const from = cursor.get(first) ?? line.contentStart;
	const at = letter.norm.text.indexOf(block.text, from);
	if (at < 0 || at + block.text.length > line.contentEnd) {
		return lineContentRange(letter, first);
	}
	cursor.set(first, at + block.text.length);
	return letter.norm.range(at, at + block.text.length);
}

function overlaps(a: Range, b: Range): boolean {
	return a.start < b.end && b.start < a.end;
}

/** The runs that overlap `range` and show a letter or a digit there (runs sorted by start). */
function runsIn(source: string, runs: readonly RunFormat[], range: Range): RunFormat[] {
	let low = 0;
	let high = runs.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if ((runs[mid] as RunFormat).range.end <= range.start) {
			low = mid + 1;
		} else {
			high = mid;
		}
	}
	const out: RunFormat[] = [];
	for (let i = low; i < runs.length; i++) {
		const run = runs[i] as RunFormat;
		if (run.range.start >= range.end) {
			break;
		}
		const start = Math.max(run.range.start, range.start);
		const end = Math.min(run.range.end, range.end);
		if (end > start && VISIBLE.test(source.slice(start, end))) {
			out.push(run);
		}
	}
	return out;
}

const TABLES = new WeakMap<TeamProfile, LayoutTable>();
let defaults: LayoutTable | undefined;

/**
 * The layout table the rules compare with: the team's (layoutForProfile), or the decree's defaults without
 * a profile. A profile whose choices fall outside the decree's ranges was reported when it was read (a
 * configuration error); a host that passes one anyway gets the defaults here rather than a crash per rule.
 */
export function layoutOf(profile: TeamProfile | undefined): LayoutTable {
	if (!profile?.layout) {
		defaults ??= nd30Layout();
		return defaults;
	}
	let table = TABLES.get(profile);
	if (!table) {
		try {
			table = layoutForProfile(profile);
		} catch {
			table = nd30Layout();
		}
		TABLES.set(profile, table);
	}
	return table;
}

/** The range of the first line of the letter with content: where page-level findings go. */
export function firstLineRange(letter: Letter): Range {
	const first = letter.lines.find((line) => line.content !== '');
	return first ? lineContentRange(letter, first.index) : { start: 0, end: 0 };
}

/** Where a finding about section `index` goes: the first line of the letter for the first section, else its first paragraph. */
export function sectionRange(letter: Letter, view: FormatView, index: number): Range {
	if (index > 0) {
		const paragraph = view.format.paragraphs.find((p) => p.section === index && p.range.end > p.range.start);
		if (paragraph) {
			return paragraph.range;
		}
	}
	return firstLineRange(letter);
}

/** Whether a section's pages lie on their side: set so in Word, or wider than they are high. */
export function isLandscape(section: SectionFormat): boolean {
	return (
		section.orientation === 'landscape' ||
		(section.pageWidthMm !== undefined && section.pageHeightMm !== undefined && section.pageWidthMm > section.pageHeightMm)
	);
}

/** How far `value` lies outside the range (0 inside it), with a tolerance for the rounding of Word's units. */
export function outside(range: Pick<Ranged, 'min' | 'max'>, value: number, tolerance: number): number {
	if (value < range.min - tolerance) {
		return range.min - value;
	}
	if (value > range.max + tolerance) {
		return value - range.max;
	}
	return 0;
}

/** A range of the decree as the messages write it: "13 đến 14", or "12" when it is one value. */
export function rangeText(range: Pick<Ranged, 'min' | 'max'>): string {
	return range.min === range.max ? formatNumber(range.min) : `${formatNumber(range.min)} đến ${formatNumber(range.max)}`;
}

/** A number as the messages write it: at most one decimal, with a comma as Vietnamese does ("12,5"). */
export function formatNumber(value: number): string {
	return String(Math.round(value * 10) / 10).replace('.', ',');
}

/**
 * The fonts of the components' runs that `keep` accepts, each with the ranges of the components that use it,
 * once each and in the order of the letter (font-family and legacy-encoding report one finding a font).
 */
export function componentsByFont(view: FormatView, keep: (run: RunFormat) => boolean): Map<string, { font: string; ranges: Range[] }> {
	const byFont = new Map<string, { font: string; ranges: Range[] }>();
	for (const component of view.components) {
		for (const run of component.runs) {
			if (run.font === undefined || !keep(run)) {
				continue;
			}
			const key = fontKey(run.font);
			const entry = byFont.get(key) ?? { font: run.font, ranges: [] };
			const last = entry.ranges[entry.ranges.length - 1];
			if (!last || last.start !== component.range.start) {
				entry.ranges.push(component.range);
			}
			byFont.set(key, entry);
		}
	}
	return byFont;
}

/** A font name without spaces, hyphens and case, for comparing names as Word and PDF tools write them. */
export function fontKey(font: string): string {
	return font
		.normalize('NFC')
		.toLowerCase()
		.replace(/[\s_-]+/gu, '');
}

/** Whether a font of a legacy Vietnamese encoding: TCVN3 (.VnTime, .VnArial…) or VNI (VNI-Times…). */
export function isLegacyFont(font: string): boolean {
	return /^\.vn/u.test(fontKey(font)) || /^vni/u.test(fontKey(font));
}

/** At most this many other places are listed with a finding that stands for many paragraphs. */
const MAX_RELATED = 20;

/** The other places of a finding that stands for several paragraphs, as related locations. */
export function relatedPlaces(ranges: readonly Range[], message: string): RelatedLocation[] {
	return ranges.slice(0, MAX_RELATED).map((range) => ({ range, message }));
}
