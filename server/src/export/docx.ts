// Builds the Word document of a letter from its layout plan (core/layout/plan.ts) and the layout table of
// Phụ lục I (core/layout/nd30.ts), with the `docx` package. Nothing here uses a Node API, so that a browser
// worker can build the same document and pack it with Packer.toBlob; `docxBytes` packs it as bytes.
//
// What Word shows, and why:
// - one named paragraph style per component ("CV Quốc hiệu", "CV Nội dung"), holding its font, size, weight,
//   slant, alignment, indent and spacing, so that a user who edits the result keeps the layout;
// - the header and the closing as borderless two-column tables (and two signers, a biên bản's, in a row of
//   their own above the Nơi nhận);
// - the rule lines under the Tiêu ngữ, the issuing body and the trích yếu as floating DrawingML line shapes,
//   centred in their column, which a clerk can select and move (not paragraph borders, not dashes);
// - page numbers in the page header, centred, from page 2 (a different first page with an empty header).
// Each block of the plan is one Word paragraph, with the block's text as written: a draft's blanks stay blank.
import {
	AlignmentType,
	BorderStyle,
	Document,
	Header,
	HorizontalPositionAlign,
	HorizontalPositionRelativeFrom,
	LineRuleType,
	Packer,
	PageNumber,
	PageOrientation,
	Paragraph,
	Table,
	TableCell,
	TableLayoutType,
	TableRow,
	TextRun,
	TextWrappingType,
	VerticalAlignTable,
	VerticalPositionRelativeFrom,
	WidthType,
	type IParagraphStyleOptions,
	type ParagraphChild,
} from 'docx';
import { ShapeRun } from 'docx/shapes';
import type { Letter } from '../core/letter';
import { nd30Layout, type Alignment, type ComponentId, type ComponentLayout, type LayoutTable } from '../core/layout/nd30';
import { boldTextWidthPt } from '../core/layout/metrics';
import { planLetter, regionBlocks, type Block, type LayoutPlan, type Region } from '../core/layout/plan';

/** Twentieths of a point in a millimetre. */
const TWIPS_PER_MM = 1440 / 25.4;
/** English Metric Units in a point, and in a CSS pixel (the unit of ShapeRun sizes). */
const EMU_PER_PT = 12700;
const EMU_PER_PX = 9525;

/** Millimetres to twips (twentieths of a point), rounded. */
export function mmToTwips(mm: number): number {
	return Math.round(mm * TWIPS_PER_MM);
}

/** The id of the Word style of a component: ASCII, stable ("CV-quoc-hieu"). */
export function styleId(id: ComponentId): string {
	return `CV-${id}`;
}

const ALIGN: Record<Alignment, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
	left: AlignmentType.LEFT,
	center: AlignmentType.CENTER,
	right: AlignmentType.RIGHT,
	justify: AlignmentType.JUSTIFIED,
};

function paragraphStyle(c: ComponentLayout, table: LayoutTable): IParagraphStyleOptions {
	return {
		id: styleId(c.id),
		name: c.style,
		basedOn: 'Normal',
		next: styleId(c.id),
		quickFormat: true,
		run: { font: table.font.family, size: c.size.value * 2, bold: c.bold, italics: c.italic, color: table.font.color },
		paragraph: {
			alignment: ALIGN[c.align],
			indent: c.firstLineIndentMm ? { firstLine: mmToTwips(c.firstLineIndentMm.value) } : undefined,
			spacing: {
				before: Math.round(c.spaceBeforePt * 20),
				after: Math.round(c.spaceAfterPt * 20),
				line: Math.round(240 * table.lineSpacing.value),
				lineRule: LineRuleType.AUTO,
			},
		},
	};
}

/** The length of each rule line in EMU, and the block it is drawn under; exported for the tests. */
export interface RulePlacement {
	/** The component the line is drawn under. */
	under: ComponentId;
	/** The block (of the plan) whose paragraph anchors the line: the last block of the component. */
	block: Block;
	/** Length in EMU. */
	lengthEmu: number;
	/** How many lines the anchoring paragraph takes in its column. */
	lines: number;
}

/** Where the rule lines go and how long they are: from the width of the text above, per the layout table. */
export function rulePlacements(plan: LayoutPlan, table: LayoutTable, columnWidthPt: (region: Region) => number): RulePlacement[] {
	const out: RulePlacement[] = [];
	for (const rule of table.ruleLines) {
		const blocks = plan.blocks.filter((b) => b.component === rule.under);
		const last = blocks[blocks.length - 1];
		if (!last) {
			continue;
		}
		const size = table.components[rule.under].size.value;
		// A line of text is at most as wide as its column: a longer one wraps.
		const widest = Math.max(...blocks.map((b) => Math.min(boldTextWidthPt(b.text, size), columnWidthPt(b.region))));
		const lines = Math.max(1, Math.ceil(boldTextWidthPt(last.text, size) / columnWidthPt(last.region)));
		out.push({ under: rule.under, block: last, lengthEmu: Math.round(widest * rule.fraction.value * EMU_PER_PT), lines });
	}
	return out;
}

function ruleShape(rule: RulePlacement, table: LayoutTable, id: number): ShapeRun {
	const c = table.components[rule.under];
	const weight = table.ruleLines.find((r) => r.under === rule.under)?.weightPt ?? 0.5;
	// Below the last line of the paragraph: a line of text is the font's ascent and descent (1.15 em), then four points,
	// so that the line clears the descenders.
	const offsetEmu = Math.round((c.size.value * 1.15 * table.lineSpacing.value * rule.lines + 4) * EMU_PER_PT);
	return new ShapeRun({
		type: 'line',
		transformation: { width: rule.lengthEmu / EMU_PER_PX, height: 0 },
		floating: {
			horizontalPosition: { relative: HorizontalPositionRelativeFrom.COLUMN, align: HorizontalPositionAlign.CENTER },
			verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: offsetEmu },
			allowOverlap: true,
			layoutInCell: true,
			wrap: { type: TextWrappingType.NONE },
			zIndex: id,
		},
		line: { color: table.font.color, width: weight },
		altText: { name: `CV đường kẻ dưới ${c.name}`, description: `Đường kẻ dưới ${c.name} (${c.source.split(';')[0]})` },
	});
}

function paragraphOf(block: Block, extra: ParagraphChild[], table: LayoutTable, kinhGuiList: boolean): Paragraph {
	const children: ParagraphChild[] = [];
	if (block.boldPrefix && block.boldPrefix > 0) {
		children.push(new TextRun({ text: block.text.slice(0, block.boldPrefix), bold: true }));
		if (block.boldPrefix < block.text.length) {
			children.push(new TextRun(block.text.slice(block.boldPrefix)));
		}
	} else {
		children.push(new TextRun(block.text));
	}
	children.push(...extra);
	const c = table.components[block.component];
	// A Kính gửi with a list of recipients is set as a list, from a quarter of the line, not centred; the
	// recipients follow the label without space between them.
	const listed = kinhGuiList && block.component === 'kinh-gui';
	const entry = listed && !/^(?:Kính\s+gửi|KÍNH\s+GỬI)/u.test(block.text);
	return new Paragraph({
		style: styleId(c.id),
		children,
		...(listed ? { alignment: AlignmentType.LEFT, indent: { left: mmToTwips(table.kinhGuiList.indentMm) } } : {}),
		...(extra.length > 0 || entry ? { spacing: { ...(extra.length > 0 ? { after: 120 } : {}), ...(entry ? { before: 0 } : {}) } } : {}),
	});
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'auto' } as const;
const NO_BORDERS = {
	top: NO_BORDER,
	bottom: NO_BORDER,
	left: NO_BORDER,
	right: NO_BORDER,
	insideHorizontal: NO_BORDER,
	insideVertical: NO_BORDER,
};

function borderlessTable(rows: Paragraph[][][], widthsTwips: number[]): Table {
	return new Table({
		layout: TableLayoutType.FIXED,
		width: { size: widthsTwips.reduce((a, b) => a + b, 0), type: WidthType.DXA },
		columnWidths: widthsTwips,
		borders: NO_BORDERS,
		rows: rows.map(
			(cells) =>
				new TableRow({
					children: cells.map(
						(children, i) =>
							new TableCell({
								width: { size: widthsTwips[i] ?? 0, type: WidthType.DXA },
								verticalAlign: VerticalAlignTable.TOP,
								borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER },
								children: children.length > 0 ? children : [new Paragraph({})],
							}),
					),
				}),
		),
	});
}

/** Options of the export. */
export interface DocxOptions {
	/** The layout table, with the team's choices applied; the decree's defaults when absent. */
	layout?: LayoutTable;
	/** The document's title in its properties (File > Properties), e.g. the trích yếu. */
	title?: string;
}

/** Builds the Word document of a parsed letter. */
export function buildDocument(letter: Letter, options: DocxOptions = {}): Document {
	const table = options.layout ?? nd30Layout();
	const plan = planLetter(letter);
	const textWidthMm = table.page.widthMm - table.margins.left.value - table.margins.right.value;
	const textTwips = mmToTwips(textWidthMm);
	const headerLeft = Math.round(textTwips * table.columns.headerLeft);
	const closingLeft = Math.round(textTwips * table.columns.closingLeft);
	const signersLeft = Math.round(textTwips * table.columns.signersLeft);
	// The width of each region's column, in twips.
	const columnTwips: Record<Region, number> = {
		'header-left': headerLeft,
		'header-left-2': headerLeft,
		'header-right': textTwips - headerLeft,
		'header-right-2': textTwips - headerLeft,
		flow: textTwips,
		'signers-left': signersLeft,
		'signers-right': textTwips - signersLeft,
		'closing-left': closingLeft,
		'closing-right': textTwips - closingLeft,
		tail: textTwips,
	};
	// Less the cell margins Word puts on each side of a cell (0.19 cm).
	const columnPt = (region: Region): number => columnTwips[region] / 20 - (region === 'flow' || region === 'tail' ? 0 : 2 * 5.4);
	const rules = rulePlacements(plan, table, columnPt);
	const kinhGuiList = plan.blocks.filter((b) => b.component === 'kinh-gui').length > 1;
	const paragraphs = (region: Region): Paragraph[] =>
		regionBlocks(plan, region).map((block) => {
			const extra = rules.filter((r) => r.block === block).map((r) => ruleShape(r, table, rules.indexOf(r) + 1));
			return paragraphOf(block, extra, table, kinhGuiList);
		});

	const body: (Paragraph | Table)[] = [];
	const headerCells = (['header-left', 'header-right', 'header-left-2', 'header-right-2'] as const).map(paragraphs);
	if (headerCells.some((cell) => cell.length > 0)) {
		const [l1 = [], r1 = [], l2 = [], r2 = []] = headerCells;
		body.push(
			borderlessTable(
				[
					[l1, r1],
					[l2, r2],
				],
				[headerLeft, textTwips - headerLeft],
			),
		);
	}
	body.push(...paragraphs('flow'));
	// Two signers (a biên bản) side by side in halves of the line, above the Nơi nhận.
	const signers = (['signers-left', 'signers-right'] as const).map(paragraphs);
	if (signers.some((cell) => cell.length > 0)) {
		body.push(new Paragraph({}));
		body.push(borderlessTable([signers], [signersLeft, textTwips - signersLeft]));
	}
	const closing = (['closing-left', 'closing-right'] as const).map(paragraphs);
	if (closing.some((cell) => cell.length > 0)) {
		// Space between the body and the closing, as an empty paragraph rather than a table property.
		body.push(new Paragraph({}));
		body.push(borderlessTable([closing.map((c) => c)], [closingLeft, textTwips - closingLeft]));
	}
	body.push(...paragraphs('tail'));
	if (body.length === 0) {
		body.push(new Paragraph({}));
	}

	const pageNumberStyle = styleId('so-trang');
	return new Document({
		title: options.title,
		creator: 'congvan',
		styles: {
			default: {
				document: {
					run: { font: table.font.family, size: table.components['noi-dung'].size.value * 2, color: table.font.color },
				},
			},
			paragraphStyles: Object.values(table.components).map((c) => paragraphStyle(c, table)),
		},
		sections: [
			{
				properties: {
					titlePage: true,
					page: {
						size: { width: mmToTwips(table.page.widthMm), height: mmToTwips(table.page.heightMm), orientation: PageOrientation.PORTRAIT },
						margin: {
							top: mmToTwips(table.margins.top.value),
							bottom: mmToTwips(table.margins.bottom.value),
							left: mmToTwips(table.margins.left.value),
							right: mmToTwips(table.margins.right.value),
							header: mmToTwips(10),
							footer: mmToTwips(10),
						},
					},
				},
				headers: {
					default: new Header({
						children: [new Paragraph({ style: pageNumberStyle, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
					}),
					first: new Header({ children: [new Paragraph({ style: pageNumberStyle })] }),
				},
				children: body,
			},
		],
	});
}

/** Packs a document as the bytes of a .docx file (a zip), without Node APIs. */
export async function docxBytes(doc: Document): Promise<Uint8Array> {
	return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/**
 * The .docx bytes of a parsed letter, its trích yếu as the document's title: what `congvan export`, the VS Code
 * command (dist/export.js) and the web worker (dist/web/export.js) write. `layout` is the team's layout table;
 * the decree's defaults when absent.
 */
export function letterDocxBytes(letter: Letter, layout?: LayoutTable): Promise<Uint8Array> {
	const title = letter.trichYeu?.lines.map((l) => l.text).join(' ');
	return docxBytes(buildDocument(letter, { title, ...(layout ? { layout } : {}) }));
}
