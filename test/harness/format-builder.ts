// A small builder of the formatting a Word file gives a letter (core/letter/format.ts), for the table tests of
// the layout rules: the letter's text is parsed as usual, and the builder lays each line out as the export
// to Word does (one paragraph per line, each component in the font, size and style of the layout table, the
// header and the closing in table cells, the rule lines under the Tiêu ngữ and the issuing body, A4 with the
// decree's margins and page numbers from page 2). A case then changes what it tests: a margin, a run's font.
import { parseLetter, type Letter } from '../../server/src/core/letter';
import type { DocumentFormat, ParagraphFormat, RuleLineFormat, RunFormat, SectionFormat } from '../../server/src/core/letter/format';
import { boldTextWidthPt } from '../../server/src/core/layout/metrics';
import { nd30Layout, type ComponentId, type LayoutTable } from '../../server/src/core/layout/nd30';
import { planLetter, type Region } from '../../server/src/core/layout/plan';

/** Where the export puts each region: which table, row and column (the flow and the tail are outside tables). */
const CELLS: Partial<Record<Region, { index: number; row: number; column: number; role: 'header' | 'closing' }>> = {
	'header-left': { index: 1, row: 1, column: 1, role: 'header' },
	'header-right': { index: 1, row: 1, column: 2, role: 'header' },
	'header-left-2': { index: 1, row: 2, column: 1, role: 'header' },
	'header-right-2': { index: 1, row: 2, column: 2, role: 'header' },
	'closing-left': { index: 2, row: 1, column: 1, role: 'closing' },
	'closing-right': { index: 2, row: 1, column: 2, role: 'closing' },
};

/** A letter with the formatting of a well-made Word file, and handles on its parts for a case to change. */
export interface BuiltFormat {
	letter: Letter;
	format: DocumentFormat;
	/** The paragraphs of a component, in order. */
	paragraphsOf(component: ComponentId): ParagraphFormat[];
	/** The runs of a component, in order. */
	runsOf(component: ComponentId): RunFormat[];
	/** The first section (the letter's page). */
	section: SectionFormat;
}

/** The formatting of `text` as a Word file made from the layout table would have it. */
export function buildFormat(text: string, table: LayoutTable = nd30Layout()): BuiltFormat {
	const letter = parseLetter(text);
	const plan = planLetter(letter);
	// The component and region of each line: the first block that holds it.
	const byLine = new Map<number, { component: ComponentId; region: Region; text: string }>();
	for (const block of plan.blocks) {
		for (const line of block.lines) {
			if (!byLine.has(line)) {
				byLine.set(line, { component: block.component, region: block.region, text: block.text });
			}
		}
	}
	const paragraphs: ParagraphFormat[] = [];
	const runs: RunFormat[] = [];
	const components = new Map<ComponentId, { paragraphs: ParagraphFormat[]; runs: RunFormat[] }>();
	const lastParagraph = new Map<ComponentId, { paragraph: ParagraphFormat; region: Region; texts: string[] }>();
	for (const line of letter.lines) {
		const placed = byLine.get(line.index);
		if (!placed || line.content === '') {
			continue;
		}
		const range = letter.norm.range(line.contentStart, line.contentEnd);
		const c = table.components[placed.component];
		const cell = CELLS[placed.region];
		const paragraph: ParagraphFormat = {
			range,
			location: {
				paragraph: paragraphs.length + 1,
				...(cell ? { table: cell } : {}),
				snippet: line.content.slice(0, 40),
			},
			align: c.align,
			lineSpacing: table.lineSpacing.value,
			spaceBeforePt: c.spaceBeforePt,
			spaceAfterPt: c.spaceAfterPt,
			...(c.firstLineIndentMm ? { firstLineIndentMm: c.firstLineIndentMm.value } : {}),
			section: 0,
		};
		const run: RunFormat = {
			range,
			font: table.font.family,
			sizePt: c.size.value,
			bold: c.bold,
			italic: c.italic,
			caps: false,
			underline: false,
		};
		paragraphs.push(paragraph);
		runs.push(run);
		const entry = components.get(placed.component) ?? { paragraphs: [], runs: [] };
		entry.paragraphs.push(paragraph);
		entry.runs.push(run);
		components.set(placed.component, entry);
		const last = lastParagraph.get(placed.component);
		lastParagraph.set(placed.component, { paragraph, region: placed.region, texts: [...(last?.texts ?? []), line.content] });
	}
	const ruleLines: RuleLineFormat[] = [];
	for (const rule of table.ruleLines) {
		const last = lastParagraph.get(rule.under);
		if (!last) {
			continue;
		}
		const size = table.components[rule.under].size.value;
		const widest = Math.max(...last.texts.map((t) => boldTextWidthPt(t, size)));
		const cell = last.paragraph.location.table;
		ruleLines.push({
			kind: 'shape',
			anchor: last.paragraph.range,
			lengthPt: Math.round(widest * rule.fraction.value * 10) / 10,
			...(cell ? { table: { index: cell.index, row: cell.row, column: cell.column } } : {}),
		});
	}
	const section: SectionFormat = {
		pageWidthMm: table.page.widthMm,
		pageHeightMm: table.page.heightMm,
		orientation: 'portrait',
		margins: {
			topMm: table.margins.top.value,
			bottomMm: table.margins.bottom.value,
			leftMm: table.margins.left.value,
			rightMm: table.margins.right.value,
		},
		titlePage: true,
		pageNumber: { where: 'header', align: table.pageNumbers.align },
		pageNumberOnFirstPage: false,
	};
	const format: DocumentFormat = { origin: 'docx', sections: [section], paragraphs, runs, ruleLines };
	letter.format = format;
	return {
		letter,
		format,
		section,
		paragraphsOf: (component) => components.get(component)?.paragraphs ?? [],
		runsOf: (component) => components.get(component)?.runs ?? [],
	};
}
