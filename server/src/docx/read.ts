// readDocx: a Word file (.docx, .docm, .dotx) as the text the letter model reads and the formatting the
// layout rules judge (core/letter/format.ts). Pure TypeScript (fflate, saxes): no Node API, so the same code
// runs in the CLI, the language server and a web worker.
//
// The text view: one Word paragraph per line, in reading order, a blank line between body paragraphs with
// text (not between centred paragraphs that follow each other: one title block). A table row is written as Word writes a
// table as plain text: the first cell's paragraphs on their lines, then each next cell after a TAB on the
// last line, its other paragraphs on their own lines; the layout recovery of the letter model reads exactly
// this shape (the "word-tab-rows" layout of test/layout-invariance.test.ts), so a letter gives the same text
// findings as .docx and as text (test/docx/round-trip.test.ts). Empty cells (a spacer column, the rest of a
// vertically merged cell) add nothing.
//
// What is read: the accepted view of tracked changes (insertions kept, deletions and moved-from text
// dropped), content controls, the result of fields (never their instructions), text boxes (their paragraphs
// after the paragraph that holds them), one branch of `mc:AlternateContent`, hidden text dropped. What is
// never done: following an external relationship, inflating media, running anything (a macro-enabled file
// is read as text, its macros are ignored).
import type { Alignment } from '../core/layout/nd30';
import type { DocumentFormat, ParagraphFormat, RuleLineFormat, RunFormat, SectionFormat, WordLocation } from '../core/letter/format';
import { docxErrorText, type DocxErrorCode, type DocxNoteCode, docxNoteText } from './messages';
import { Numbering } from './numbering';
import { StyleResolver, readParaProps, readRunProps, readThemeFonts, twipsToMm, type ParaProps, type ResolvedRun } from './styles';
import { DEFAULT_ZIP_LIMITS, ZipError, listZip, looksLikeZip, readEntry, type ZipBudget, type ZipLimits } from './zip';
import { XmlError, child, decodeXml, descendants, parseXml, type XmlElement } from './xml';

export interface DocxReadOptions {
	/** Caps on the zip (parts, total inflated bytes); DEFAULT_ZIP_LIMITS when absent. */
	limits?: ZipLimits;
}

/** Something the user should know about a file that was read (macros ignored, external links not followed). */
export interface DocxNote {
	code: DocxNoteCode;
	message: string;
	messageEn: string;
}

export interface DocxReadSuccess {
	ok: true;
	/** The text view: what the letter model parses. */
	text: string;
	format: DocumentFormat;
	notes: DocxNote[];
}

export interface DocxReadFailure {
	ok: false;
	error: { code: DocxErrorCode; message: string; messageEn: string; detail?: string };
}

export type DocxReadResult = DocxReadSuccess | DocxReadFailure;

/** A failure with its code, thrown inside the reader and turned into a DocxReadFailure. */
class Failure extends Error {
	constructor(
		readonly code: DocxErrorCode,
		readonly detail?: string,
	) {
		super(code);
	}
}

const MAIN_TYPES = {
	document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
	template: 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
	macro: 'application/vnd.ms-word.document.macroEnabled.main+xml',
	macroTemplate: 'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
};

const OFFICE_DOCUMENT = /\/officeDocument$/u;

/** Reads a Word file. Never throws: every problem is a DocxReadFailure with a Vietnamese and an English message. */
export function readDocx(data: Uint8Array, options: DocxReadOptions = {}): DocxReadResult {
	try {
		return readOrThrow(data, options.limits ?? DEFAULT_ZIP_LIMITS);
	} catch (error) {
		const code: DocxErrorCode =
			error instanceof Failure
				? error.code
				: error instanceof ZipError
					? zipCode(error)
					: error instanceof XmlError
						? 'bad-xml'
						: 'internal';
		const detail = error instanceof Failure ? error.detail : error instanceof Error ? error.message : String(error);
		return { ok: false, error: { code, ...docxErrorText(code), ...(detail ? { detail } : {}) } };
	}
}

function zipCode(error: ZipError): DocxErrorCode {
	switch (error.failure) {
		case 'not-zip':
			return 'not-docx';
		case 'corrupt':
			return 'corrupt';
		case 'too-many-parts':
		case 'too-large':
			return 'too-large';
		case 'encrypted-entry':
			return 'encrypted';
		case 'unsupported-method':
			return 'corrupt';
	}
}

function startsWith(data: Uint8Array, bytes: number[]): boolean {
	return bytes.every((b, i) => data[i] === b);
}

/** Whether an OLE compound file holds an encrypted OOXML package (the directory names it in UTF-16). */
function isEncryptedPackage(data: Uint8Array): boolean {
	const name = 'EncryptedPackage';
	const limit = Math.min(data.length, 4 * 1024 * 1024);
	outer: for (let i = 0; i + name.length * 2 <= limit; i++) {
		for (let k = 0; k < name.length; k++) {
			if (data[i + 2 * k] !== name.charCodeAt(k) || data[i + 2 * k + 1] !== 0) {
				continue outer;
			}
		}
		return true;
	}
	return false;
}

function readOrThrow(data: Uint8Array, limits: ZipLimits): DocxReadSuccess {
	if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
		throw new Failure(isEncryptedPackage(data) ? 'encrypted' : 'legacy-doc');
	}
	if (startsWith(data, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
		throw new Failure('rtf');
	}
	if (!looksLikeZip(data)) {
		throw new Failure('not-docx');
	}
	const entries = listZip(data, limits);
	const budget: ZipBudget = { remaining: limits.maxTotalBytes };
	// A part by name, parsed; undefined when there is no name (the document has no such relationship) or the
	// package holds no such part.
	const part = (name: string | undefined): XmlElement | undefined => {
		const entry = name === undefined ? undefined : entries.get(name);
		return entry === undefined ? undefined : parseXml(decodeXml(readEntry(data, entry, budget)));
	};
	const mimetype = entries.get('mimetype');
	if (mimetype !== undefined && !entries.has('[Content_Types].xml')) {
		const kind = new TextDecoder().decode(readEntry(data, mimetype, budget));
		throw new Failure(kind.includes('opendocument') ? 'odf' : 'not-docx', kind);
	}
	const types = part('[Content_Types].xml');
	if (types === undefined) {
		throw new Failure('not-docx', 'no [Content_Types].xml');
	}
	const notes: DocxNote[] = [];
	const note = (code: DocxNoteCode): void => {
		if (!notes.some((n) => n.code === code)) {
			notes.push({ code, ...docxNoteText(code) });
		}
	};
	// The main part: the target of the package's officeDocument relationship, else word/document.xml.
	const packageRels = relationships(part('_rels/.rels'), '');
	const mainRel = [...packageRels.values()].find((r) => OFFICE_DOCUMENT.test(r.type) && !r.external);
	const mainName = mainRel?.target ?? 'word/document.xml';
	const mainType = types.children.find((c) => c.name === 'ct:Override' && c.attrs['PartName']?.replace(/^\//u, '') === mainName)?.attrs[
		'ContentType'
	];
	if (mainType !== undefined && !Object.values(MAIN_TYPES).includes(mainType)) {
		throw new Failure('not-docx', mainType);
	}
	if (
		mainType === MAIN_TYPES.macro ||
		mainType === MAIN_TYPES.macroTemplate ||
		[...entries.keys()].some((n) => /vbaProject\.bin$/iu.test(n))
	) {
		note('macro-enabled');
	}
	const documentRoot = part(mainName);
	if (documentRoot === undefined) {
		throw new Failure('not-docx', `no ${mainName}`);
	}
	const base = mainName.includes('/') ? mainName.slice(0, mainName.lastIndexOf('/') + 1) : '';
	const relsName = `${base}_rels/${mainName.slice(base.length)}.rels`;
	const rels = relationships(part(relsName), base);
	if ([...rels.values()].some((r) => r.external) || [...packageRels.values()].some((r) => r.external)) {
		note('external-relationships');
	}
	const internal = (type: RegExp): string | undefined => [...rels.values()].find((r) => type.test(r.type) && !r.external)?.target;
	const theme = readThemeFonts(part(internal(/\/theme$/u)));
	const styles = new StyleResolver(part(internal(/\/styles$/u) ?? `${base}styles.xml`), theme);
	const body = child(documentRoot, 'w:body');
	if (body === undefined) {
		throw new Failure('not-docx', 'no w:body');
	}
	const numbering = new Numbering(part(internal(/\/numbering$/u)));
	const reader = new BodyReader(styles, numbering);
	reader.readBlocks(body.children, undefined);
	const sections = reader.sectPrs.map((sectPr) => ({ sectPr, refs: headerRefs(sectPr) }));
	// Headers and footers a section does not name are those of the section before (ECMA-376 §17.10.5).
	const formats: SectionFormat[] = [];
	const inherited = new Map<string, string>();
	const headerCache = new Map<string, HeaderInfo>();
	const headerInfo = (id: string | undefined): HeaderInfo | undefined => {
		const rel = id === undefined ? undefined : rels.get(id);
		if (rel === undefined || rel.external) {
			return undefined;
		}
		let info = headerCache.get(rel.target);
		if (info === undefined) {
			const root = part(rel.target);
			info = root === undefined ? { page: false } : pageFieldOf(root, styles);
			headerCache.set(rel.target, info);
		}
		return info;
	};
	for (const { sectPr, refs } of sections) {
		for (const [key, id] of refs) {
			inherited.set(key, id);
		}
		const titlePage = onOffChild(sectPr, 'w:titlePg');
		const defaultHeader = headerInfo(inherited.get('header:default'));
		const defaultFooter = headerInfo(inherited.get('footer:default'));
		const firstHeader = titlePage ? headerInfo(inherited.get('header:first')) : defaultHeader;
		const firstFooter = titlePage ? headerInfo(inherited.get('footer:first')) : defaultFooter;
		const pageNumber = defaultHeader?.page
			? { where: 'header' as const, ...(defaultHeader.align ? { align: defaultHeader.align } : {}) }
			: defaultFooter?.page
				? { where: 'footer' as const, ...(defaultFooter.align ? { align: defaultFooter.align } : {}) }
				: undefined;
		formats.push({
			...pageSetup(sectPr),
			titlePage,
			...(pageNumber ? { pageNumber } : {}),
			pageNumberOnFirstPage: firstHeader?.page === true || firstFooter?.page === true,
		});
	}
	if (formats.length === 0) {
		note('no-page-setup');
	}
	if (reader.trackedChanges) {
		note('tracked-changes');
	}
	const { text, format } = reader.layout(formats);
	return { ok: true, text, format, notes };
}

interface Relationship {
	type: string;
	target: string;
	external: boolean;
}

/** A relationships part, targets resolved against the folder of its source part. External ones are kept as such, never read. */
function relationships(root: XmlElement | undefined, base: string): Map<string, Relationship> {
	const out = new Map<string, Relationship>();
	for (const r of root?.children ?? []) {
		const id = r.attrs['Id'];
		const target = r.attrs['Target'];
		if (r.name !== 'rel:Relationship' || id === undefined || target === undefined) {
			continue;
		}
		const external = r.attrs['TargetMode'] === 'External';
		out.set(id, { type: r.attrs['Type'] ?? '', target: external ? target : resolvePath(base, target), external });
	}
	return out;
}

function resolvePath(base: string, target: string): string {
	const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
	const out: string[] = [];
	for (const p of parts) {
		if (p === '..') {
			out.pop();
		} else if (p !== '.' && p !== '') {
			out.push(p);
		}
	}
	return out.join('/');
}

function onOffChild(element: XmlElement | undefined, name: string): boolean {
	const c = child(element, name);
	if (c === undefined) {
		return false;
	}
	const val = c.attrs['w:val'];
	return val === undefined || !(val === '0' || val === 'false' || val === 'off');
}

function headerRefs(sectPr: XmlElement): [string, string][] {
	const out: [string, string][] = [];
	for (const c of sectPr.children) {
		if (c.name === 'w:headerReference' || c.name === 'w:footerReference') {
			const id = c.attrs['r:id'];
			if (id !== undefined) {
				out.push([`${c.name === 'w:headerReference' ? 'header' : 'footer'}:${c.attrs['w:type'] ?? 'default'}`, id]);
			}
		}
	}
	return out;
}

function pageSetup(sectPr: XmlElement): Pick<SectionFormat, 'pageWidthMm' | 'pageHeightMm' | 'orientation' | 'margins'> {
	const out: Pick<SectionFormat, 'pageWidthMm' | 'pageHeightMm' | 'orientation' | 'margins'> = {};
	const size = child(sectPr, 'w:pgSz');
	const w = Number.parseFloat(size?.attrs['w:w'] ?? '');
	const h = Number.parseFloat(size?.attrs['w:h'] ?? '');
	if (Number.isFinite(w) && Number.isFinite(h)) {
		out.pageWidthMm = twipsToMm(w);
		out.pageHeightMm = twipsToMm(h);
		const orient = size?.attrs['w:orient'];
		out.orientation = orient === 'landscape' || orient === 'portrait' ? orient : w > h ? 'landscape' : 'portrait';
	}
	const mar = child(sectPr, 'w:pgMar');
	const m = (...names: string[]): number | undefined => {
		for (const n of names) {
			const v = Number.parseFloat(mar?.attrs[n] ?? '');
			if (Number.isFinite(v)) {
				// A negative top or bottom margin means "at least this, text may not move it": its size is the same.
				return twipsToMm(Math.abs(v));
			}
		}
		return undefined;
	};
	const top = m('w:top');
	const bottom = m('w:bottom');
	const left = m('w:left', 'w:start');
	const right = m('w:right', 'w:end');
	if (top !== undefined && bottom !== undefined && left !== undefined && right !== undefined) {
		out.margins = { topMm: top, bottomMm: bottom, leftMm: left, rightMm: right };
	}
	return out;
}

interface HeaderInfo {
	/** Whether the part holds a PAGE field. */
	page: boolean;
	align?: Alignment;
}

const PAGE_FIELD = /^\s*PAGE(?:\s|\\|$)/u;

/** Whether a header or footer part holds a PAGE field (simple or complex, not deleted), and the alignment of its paragraph. */
function pageFieldOf(root: XmlElement, styles: StyleResolver): HeaderInfo {
	for (const p of descendants(root, 'w:p')) {
		let instr = '';
		let page = false;
		const walk = (element: XmlElement): void => {
			for (const c of element.children) {
				if (c.name === 'w:del' || c.name === 'w:moveFrom') {
					continue;
				}
				if (c.name === 'w:fldSimple' && PAGE_FIELD.test(c.attrs['w:instr'] ?? '')) {
					page = true;
				} else if (c.name === 'w:instrText') {
					instr += c.text ?? '';
				} else if (c.name === 'w:fldChar') {
					const type = c.attrs['w:fldCharType'];
					if (type === 'separate' || type === 'end') {
						page ||= PAGE_FIELD.test(instr);
						instr = '';
					}
				}
				walk(c);
			}
		};
		walk(p);
		if (page) {
			const pPr = child(p, 'w:pPr');
			const props = styles.resolveParagraph(
				undefined,
				child(pPr, 'w:pStyle')?.attrs['w:val'] ?? styles.defaultParagraphStyle,
				readParaProps(pPr),
			);
			return { page: true, ...(props.align ? { align: props.align } : {}) };
		}
	}
	return { page: false };
}

/** A piece of a paragraph's text and its formatting. */
interface Segment {
	text: string;
	format: ResolvedRun;
}

/** A rule line found in a paragraph, before the text view gives the paragraph its range. */
interface PendingRule {
	kind: RuleLineFormat['kind'];
	lengthPt?: number;
}

interface CellRef {
	table: number;
	row: number;
	column: number;
	/** The first grid column is left, a cell reaching the last one right (a spacer column between changes neither). */
	side?: 'left' | 'right';
}

/** A paragraph read from the document, in reading order. */
interface Para {
	number: number;
	segments: Segment[];
	props: ParaProps;
	paraId?: string;
	cell?: CellRef;
	rules: PendingRule[];
	section: number;
}

/** A table row: its cells' paragraphs, the empty paragraphs at a cell's edges already dropped. */
interface Row {
	cells: Para[][];
}

/** A block of the body in reading order. */
type BodyBlock = { kind: 'para'; para: Para } | { kind: 'table'; index: number; rows: Row[] };

const EMU_PER_PT = 12700;
const LINE_GEOMETRY = new Set(['line', 'straightConnector1']);

/** Walks the body and collects paragraphs, tables, sections and rule lines. */
class BodyReader {
	readonly blocks: BodyBlock[] = [];
	readonly sectPrs: XmlElement[] = [];
	trackedChanges = false;
	private paragraphCount = 0;
	private tableCount = 0;

	constructor(
		private readonly styles: StyleResolver,
		private readonly numbering: Numbering,
	) {}

	/** Block-level content: paragraphs, tables, content controls, insertions. `into` collects a cell's paragraphs. */
	readBlocks(children: XmlElement[], into: Para[] | undefined, cell?: CellRef, tableStyle?: string): void {
		for (const c of children) {
			switch (c.name) {
				case 'w:p': {
					const paras = this.readParagraph(c, cell, tableStyle);
					if (into !== undefined) {
						into.push(...paras);
					} else {
						this.blocks.push(...paras.map((para) => ({ kind: 'para' as const, para })));
					}
					break;
				}
				case 'w:tbl':
					if (into !== undefined) {
						// A table inside a cell: its paragraphs join the cell's, in reading order.
						for (const row of this.readTable(c, cell).rows) {
							for (const paras of row.cells) {
								into.push(...paras);
							}
						}
					} else {
						this.tableCount++;
						this.blocks.push({ kind: 'table', index: this.tableCount, rows: this.readTable(c, undefined, this.tableCount).rows });
					}
					break;
				case 'w:sdt':
					this.readBlocks(child(c, 'w:sdtContent')?.children ?? [], into, cell, tableStyle);
					break;
				case 'w:ins':
				case 'w:moveTo':
					this.trackedChanges = true;
					this.readBlocks(c.children, into, cell, tableStyle);
					break;
				case 'w:customXml':
				case 'w:smartTag':
					this.readBlocks(c.children, into, cell, tableStyle);
					break;
				case 'w:del':
				case 'w:moveFrom':
					this.trackedChanges = true;
					break;
				case 'w:sectPr':
					if (into === undefined) {
						this.sectPrs.push(c);
					}
					break;
			}
		}
	}

	private readTable(tbl: XmlElement, outer: CellRef | undefined, index = outer?.table ?? 0): { rows: Row[] } {
		const tblPr = child(tbl, 'w:tblPr');
		const declared = child(tblPr, 'w:tblStyle')?.attrs['w:val'];
		const tableStyle = this.styles.hasStyle(declared, 'table') ? declared : this.styles.defaultTableStyle;
		const rows: Row[] = [];
		const rowElements = flatten(tbl.children, 'w:tr');
		const gridColumns = child(tbl, 'w:tblGrid')?.children.filter((c) => c.name === 'w:gridCol').length ?? 0;
		rowElements.forEach((tr, r) => {
			const cells: Para[][] = [];
			// A row may start some grid columns in (`w:gridBefore`): its first cell is then not in the first column.
			const before = Number.parseInt(child(child(tr, 'w:trPr'), 'w:gridBefore')?.attrs['w:val'] ?? '0', 10) || 0;
			let column = 1 + Math.max(0, before);
			const cellElements = flatten(tr.children, 'w:tc');
			const spanOf = (tc: XmlElement): number =>
				Math.max(1, Number.parseInt(child(child(tc, 'w:tcPr'), 'w:gridSpan')?.attrs['w:val'] ?? '1', 10) || 1);
			const width = gridColumns > 0 ? gridColumns : column - 1 + cellElements.reduce((sum, tc) => sum + spanOf(tc), 0);
			for (const tc of cellElements) {
				const tcPr = child(tc, 'w:tcPr');
				const span = spanOf(tc);
				const vMerge = child(tcPr, 'w:vMerge');
				const side = width < 2 ? undefined : column === 1 ? 'left' : column + span - 1 >= width ? 'right' : undefined;
				const ref: CellRef = outer ?? { table: index, row: r + 1, column, ...(side ? { side } : {}) };
				const paras: Para[] = [];
				this.readBlocks(tc.children, paras, ref, tableStyle);
				// The continuation of a vertically merged cell shows nothing of its own.
				const continued = vMerge !== undefined && (vMerge.attrs['w:val'] ?? 'continue') === 'continue';
				cells.push(continued ? [] : trimEmpty(paras));
				column += span;
			}
			rows.push({ cells });
		});
		return { rows };
	}

	/** A paragraph and the paragraphs of the text boxes it holds, in that order. */
	private readParagraph(p: XmlElement, cell: CellRef | undefined, tableStyle: string | undefined): Para[] {
		const pPr = child(p, 'w:pPr');
		const declared = child(pPr, 'w:pStyle')?.attrs['w:val'];
		const paragraphStyle = this.styles.hasStyle(declared, 'paragraph') ? declared : this.styles.defaultParagraphStyle;
		const props = this.styles.resolveParagraph(tableStyle, paragraphStyle, readParaProps(pPr));
		this.paragraphCount++;
		const para: Para = {
			number: this.paragraphCount,
			segments: [],
			props,
			...(p.attrs['w14:paraId'] !== undefined ? { paraId: p.attrs['w14:paraId'] } : {}),
			...(cell !== undefined ? { cell } : {}),
			rules: [],
			section: this.sectPrs.length,
		};
		// The number or bullet of an automatically numbered paragraph, in the formatting of the paragraph mark.
		const label = props.numId !== undefined && props.numId !== '0' ? this.numbering.label(props.numId, props.ilvl ?? 0) : undefined;
		if (label !== undefined) {
			const mark = this.styles.resolveRun(tableStyle, paragraphStyle, undefined, readRunProps(child(pPr, 'w:rPr'), this.styles.theme));
			para.segments.push({ text: label, format: mark });
		}
		const boxes: XmlElement[] = [];
		// Open complex fields: whether each is still in its instructions (text there is not shown).
		const fields: boolean[] = [];
		const runs = (children: XmlElement[]): void => {
			for (const c of children) {
				switch (c.name) {
					case 'w:r':
						this.readRun(c, para, tableStyle, paragraphStyle, fields, boxes);
						break;
					case 'w:ins':
					case 'w:moveTo':
						this.trackedChanges = true;
						runs(c.children);
						break;
					case 'w:del':
					case 'w:moveFrom':
						this.trackedChanges = true;
						break;
					case 'w:sdt':
						runs(child(c, 'w:sdtContent')?.children ?? []);
						break;
					case 'w:hyperlink':
					case 'w:fldSimple':
					case 'w:smartTag':
					case 'w:customXml':
					case 'w:bdo':
					case 'w:dir':
						runs(c.children);
						break;
				}
			}
		};
		runs(p.children);
		const text = para.segments.map((s) => s.text).join('');
		if (props.bottomBorder) {
			para.rules.push({ kind: 'border' });
		}
		if (/^\s*[-–—_]{3,}\s*$/u.test(text)) {
			para.rules.push({ kind: 'typed' });
		}
		const out = [para];
		for (const box of boxes) {
			const inner: Para[] = [];
			this.readBlocks(box.children, inner, cell, tableStyle);
			out.push(...inner);
		}
		const sectPr = child(pPr, 'w:sectPr');
		if (sectPr !== undefined && cell === undefined) {
			this.sectPrs.push(sectPr);
		}
		return out;
	}

	private readRun(
		r: XmlElement,
		para: Para,
		tableStyle: string | undefined,
		paragraphStyle: string | undefined,
		fields: boolean[],
		boxes: XmlElement[],
	): void {
		const rPr = child(r, 'w:rPr');
		const characterStyle = child(rPr, 'w:rStyle')?.attrs['w:val'];
		const format = this.styles.resolveRun(tableStyle, paragraphStyle, characterStyle, readRunProps(rPr, this.styles.theme));
		const add = (text: string): void => {
			if (fields.includes(true) || format.vanish || text === '') {
				return;
			}
			const last = para.segments[para.segments.length - 1];
			if (last !== undefined && last.format === format) {
				last.text += text;
			} else {
				para.segments.push({ text, format });
			}
		};
		for (const c of r.children) {
			switch (c.name) {
				case 'w:t':
					add(c.text ?? '');
					break;
				case 'w:tab':
				case 'w:ptab':
					add('\t');
					break;
				case 'w:br':
				case 'w:cr':
					add('\n');
					break;
				case 'w:noBreakHyphen':
					add('-');
					break;
				case 'w:fldChar': {
					const type = c.attrs['w:fldCharType'];
					if (type === 'begin') {
						fields.push(true);
					} else if (type === 'separate') {
						fields[fields.length - 1] = false;
					} else if (type === 'end') {
						fields.pop();
					}
					break;
				}
				case 'w:drawing':
					this.readDrawing(c, para, boxes);
					break;
				case 'w:pict':
				case 'w:object':
					this.readVml(c, para, boxes);
					break;
			}
		}
	}

	/** DrawingML: line shapes (their length from `wp:extent`, or the shape's own extent in a group) and text boxes. */
	private readDrawing(drawing: XmlElement, para: Para, boxes: XmlElement[]): void {
		for (const holder of drawing.children) {
			if (holder.name !== 'wp:anchor' && holder.name !== 'wp:inline') {
				continue;
			}
			const extent = Number.parseFloat(child(holder, 'wp:extent')?.attrs['cx'] ?? '');
			const shapes = descendants(holder, 'wps:wsp');
			const grouped = descendants(holder, 'wpg:wgp').length > 0;
			for (const shape of shapes) {
				const spPr = child(shape, 'wps:spPr');
				const geometry = child(spPr, 'a:prstGeom')?.attrs['prst'];
				const connector = child(shape, 'wps:cNvCnPr') !== undefined;
				if ((geometry !== undefined && LINE_GEOMETRY.has(geometry)) || connector) {
					const own = Number.parseFloat(child(child(spPr, 'a:xfrm'), 'a:ext')?.attrs['cx'] ?? '');
					const emu = grouped && Number.isFinite(own) ? own : extent;
					para.rules.push({ kind: 'shape', ...(Number.isFinite(emu) ? { lengthPt: Math.round((emu / EMU_PER_PT) * 10) / 10 } : {}) });
				}
				const box = child(child(shape, 'wps:txbx'), 'w:txbxContent');
				if (box !== undefined) {
					boxes.push(box);
				}
			}
		}
	}

	/** VML (an older Word's shapes, or the Fallback of AlternateContent): lines and text boxes. */
	private readVml(pict: XmlElement, para: Para, boxes: XmlElement[]): void {
		for (const line of descendants(pict, 'v:line')) {
			const from = vmlPoint(line.attrs['from'] ?? '0,0');
			const to = vmlPoint(line.attrs['to'] ?? '0,0');
			const length = from !== undefined && to !== undefined ? Math.hypot(to[0] - from[0], to[1] - from[1]) : undefined;
			para.rules.push({ kind: 'shape', ...(length !== undefined ? { lengthPt: Math.round(length * 10) / 10 } : {}) });
		}
		boxes.push(...descendants(pict, 'w:txbxContent'));
	}

	/** The text view and the formatting, once every paragraph is read. */
	layout(sections: SectionFormat[]): { text: string; format: DocumentFormat } {
		const roles = new Map<number, 'header' | 'closing' | 'other'>();
		let seenBodyText = false;
		for (const block of this.blocks) {
			if (block.kind === 'para') {
				seenBodyText ||= paraText(block.para).trim() !== '';
				continue;
			}
			const texts = block.rows.flatMap((row) => row.cells.flat().map((p) => paraText(p).normalize('NFC')));
			const role = texts.some((t) => /^\s*Nơi\s+nhận/iu.test(t))
				? 'closing'
				: !seenBodyText || texts.some((t) => /^\s*(?:CỘNG\s+HÒA|CỘNG\s+HOÀ|Độc\s+lập)/u.test(t))
					? 'header'
					: 'other';
			roles.set(block.index, role);
		}
		const out = new TextBuilder(roles, sections.length);
		let previous: Para | undefined;
		for (const block of this.blocks) {
			if (block.kind === 'para') {
				// Body paragraphs are set apart by a blank line, as letters written as text are: the model ends a
				// title or a trích yếu at a blank line, where Word ends it with the paragraph. Centred paragraphs
				// that follow each other are one title block (a type name, a trích yếu over two paragraphs, the
				// authority of a quyết định) and stay together, as the lines of a trích yếu do in a text letter.
				const centred = block.para.props.align === 'center' && previous?.props.align === 'center';
				if (out.lastLineHasText() && !centred) {
					out.blank();
				}
				out.line([block.para]);
				previous = paraText(block.para).trim() === '' ? previous : block.para;
				continue;
			}
			previous = undefined;
			for (const row of block.rows) {
				const cells = row.cells.filter((c) => c.length > 0);
				let current: Para[] = [];
				cells.forEach((paras, i) => {
					paras.forEach((para, k) => {
						if (k === 0 && i > 0) {
							current.push(para);
						} else {
							if (current.length > 0) {
								out.line(current);
							}
							current = [para];
						}
					});
				});
				if (current.length > 0) {
					out.line(current);
				}
			}
		}
		return out.finish(sections);
	}
}

/** Rows or cells wrapped in content controls or custom XML, flattened to the elements themselves. */
function flatten(children: XmlElement[], name: string, out: XmlElement[] = []): XmlElement[] {
	for (const c of children) {
		if (c.name === name) {
			out.push(c);
		} else if (c.name === 'w:sdt') {
			flatten(child(c, 'w:sdtContent')?.children ?? [], name, out);
		} else if (c.name === 'w:customXml' || c.name === 'w:ins' || c.name === 'w:moveTo') {
			flatten(c.children, name, out);
		}
	}
	return out;
}

function paraText(para: Para): string {
	return para.segments.map((s) => s.text).join('');
}

/** A cell's paragraphs without the empty ones before the first and after the last with text; rule lines in them kept. */
function trimEmpty(paras: Para[]): Para[] {
	const hasContent = (p: Para): boolean => paraText(p).trim() !== '' || p.rules.length > 0;
	let start = 0;
	let end = paras.length;
	while (start < end && !hasContent(paras[start] as Para)) {
		start++;
	}
	while (end > start && !hasContent(paras[end - 1] as Para)) {
		end--;
	}
	return paras.slice(start, end);
}

function vmlPoint(value: string): [number, number] | undefined {
	const parts = value.split(',').map((v) => vmlLength(v.trim()));
	const [x, y] = parts;
	return x !== undefined && y !== undefined ? [x, y] : undefined;
}

/** A VML length in points (plain numbers are pixels at 96 per inch). */
function vmlLength(value: string): number | undefined {
	const m = /^(-?[\d.]+)\s*(pt|px|in|cm|mm|pc|emu)?$/u.exec(value === '' ? '0' : value);
	if (!m) {
		return undefined;
	}
	const n = Number.parseFloat(m[1] ?? '');
	const unit = m[2] ?? 'px';
	const factor: Record<string, number> = { pt: 1, px: 0.75, in: 72, cm: 72 / 2.54, mm: 72 / 25.4, pc: 12, emu: 1 / EMU_PER_PT };
	return Number.isFinite(n) ? n * (factor[unit] ?? 1) : undefined;
}

const SNIPPET_LENGTH = 40;

/** The first words of a paragraph, cut at a space, for a user to search in Word. */
export function snippetOf(text: string): string {
	const flat = text.replace(/\s+/gu, ' ').trim();
	if (flat.length <= SNIPPET_LENGTH) {
		return flat;
	}
	const cut = flat.lastIndexOf(' ', SNIPPET_LENGTH);
	return `${flat.slice(0, cut > SNIPPET_LENGTH / 2 ? cut : SNIPPET_LENGTH)}…`;
}

/** Writes the text view line by line and records every range. */
class TextBuilder {
	// The text as pieces joined once at the end: appending to one string and reading it back would flatten
	// the string again and again (quadratic on a long letter).
	private readonly pieces: string[] = [];
	private length = 0;
	private lastLineText = false;
	private readonly paragraphs: ParagraphFormat[] = [];
	private readonly runs: RunFormat[] = [];
	private readonly ruleLines: RuleLineFormat[] = [];

	constructor(
		private readonly roles: Map<number, 'header' | 'closing' | 'other'>,
		private readonly sectionCount: number,
	) {}

	private add(text: string): void {
		this.pieces.push(text);
		this.length += text.length;
	}

	/** Whether the last line written has text (a blank line before a paragraph then sets it apart). */
	lastLineHasText(): boolean {
		return this.lastLineText;
	}

	/** An empty line. */
	blank(): void {
		this.add('\n');
		this.lastLineText = false;
	}

	/** One line: paragraphs joined by TAB (the cells of a row meeting on a line). */
	line(paras: Para[]): void {
		paras.forEach((para, i) => {
			if (i > 0) {
				this.add('\t');
			}
			this.paragraph(para);
		});
		this.add('\n');
		this.lastLineText = paras.some((para) => para.segments.some((segment) => /\S/u.test(segment.text)));
	}

	private paragraph(para: Para): void {
		const start = this.length;
		for (const segment of para.segments) {
			const s = this.length;
			this.add(segment.text);
			const f = segment.format;
			const previous = this.runs[this.runs.length - 1];
			if (
				previous !== undefined &&
				previous.range.end === s &&
				previous.font === f.font &&
				previous.sizePt === f.sizePt &&
				previous.bold === f.bold &&
				previous.italic === f.italic &&
				previous.caps === f.caps &&
				previous.underline === f.underline
			) {
				previous.range = { start: previous.range.start, end: this.length };
				continue;
			}
			this.runs.push({
				range: { start: s, end: this.length },
				...(f.font !== undefined ? { font: f.font } : {}),
				...(f.sizePt !== undefined ? { sizePt: f.sizePt } : {}),
				bold: f.bold,
				italic: f.italic,
				caps: f.caps,
				underline: f.underline,
			});
		}
		const range = { start, end: this.length };
		const location: WordLocation = { paragraph: para.number, snippet: snippetOf(paraText(para)) };
		if (para.cell !== undefined) {
			const role = this.roles.get(para.cell.table);
			const side = para.cell.side;
			location.table = {
				index: para.cell.table,
				row: para.cell.row,
				column: para.cell.column,
				...(role ? { role } : {}),
				...(side ? { side } : {}),
			};
		}
		if (para.paraId !== undefined) {
			location.paraId = para.paraId;
		}
		const p = para.props;
		this.paragraphs.push({
			range,
			location,
			...(p.align !== undefined ? { align: p.align } : {}),
			...(p.lineSpacing !== undefined ? { lineSpacing: p.lineSpacing } : {}),
			...(p.lineSpacingPt !== undefined ? { lineSpacingPt: p.lineSpacingPt } : {}),
			...(p.spaceBeforePt !== undefined ? { spaceBeforePt: p.spaceBeforePt } : {}),
			...(p.spaceAfterPt !== undefined ? { spaceAfterPt: p.spaceAfterPt } : {}),
			...(p.firstLineIndentMm !== undefined ? { firstLineIndentMm: p.firstLineIndentMm } : {}),
			section: Math.max(0, Math.min(para.section, this.sectionCount - 1)),
		});
		for (const rule of para.rules) {
			this.ruleLines.push({
				kind: rule.kind,
				anchor: range,
				...(rule.lengthPt !== undefined ? { lengthPt: rule.lengthPt } : {}),
				...(para.cell !== undefined ? { table: { index: para.cell.table, row: para.cell.row, column: para.cell.column } } : {}),
			});
		}
	}

	finish(sections: SectionFormat[]): { text: string; format: DocumentFormat } {
		return {
			text: this.pieces.join(''),
			format: { origin: 'docx', sections, paragraphs: this.paragraphs, runs: this.runs, ruleLines: this.ruleLines },
		};
	}
}
