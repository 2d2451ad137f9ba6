// The script of the live A4 preview's webview (bundled by esbuild into dist/media/preview.js). It draws the
// data of the `congvan/preview` request (server/src/preview.ts) that the extension posts: the letter's blocks
// laid out on A4 pages with every size, style, margin and column read from the layout table of Phụ lục I
// that comes with the data (nothing here hard-codes one), the rule lines as wide as the text above them
// times the table's fraction, page numbers from the table's first numbered page, the draft's blanks shown as
// blanks, and the findings marked with their severity. A click on a paragraph or on a finding's mark asks
// the extension to reveal that line; the extension tells it the editor's first visible line to follow.
// The user's text goes into the page with textContent only, never as HTML.
import type { Diagnostic } from 'vscode-languageserver';
import type { ComponentLayout, LayoutTable } from '../../server/src/core/layout/nd30';
import type { Region } from '../../server/src/core/layout/plan';
import type { PreviewBlock, PreviewData } from '../../server/src/preview';
import { blankPieces, blockAtLine, findingsByBlock, pageNumberLabel, paginate } from './pages';

interface VsCodeApi {
	postMessage(message: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('pages') as HTMLElement;
/** Each drawn block's element and its first line, in page order, for following the editor's scroll. */
let drawn: { element: HTMLElement; line: number }[] = [];
/** The line the editor showed last, to scroll a fresh render to it. */
let editorLine = 0;

/** The CSS pixels in a millimetre (CSS has 96 px to the inch). */
const PX_PER_MM = 96 / 25.4;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) {
		node.className = className;
	}
	if (text !== undefined) {
		node.textContent = text;
	}
	return node;
}

/** Styles a paragraph as its component: size, weight, slant, alignment, indent, spacing, line height. */
function styleParagraph(p: HTMLElement, c: ComponentLayout, layout: LayoutTable): void {
	p.style.fontSize = `${c.size.value}pt`;
	p.style.fontWeight = c.bold ? 'bold' : 'normal';
	p.style.fontStyle = c.italic ? 'italic' : 'normal';
	p.style.textAlign = c.align;
	p.style.textIndent = c.firstLineIndentMm ? `${c.firstLineIndentMm.value}mm` : '0';
	p.style.marginTop = `${c.spaceBeforePt}pt`;
	p.style.marginBottom = `${c.spaceAfterPt}pt`;
	// Word's single line of Times New Roman is 1.15 em.
	p.style.lineHeight = String(1.15 * layout.lineSpacing.value);
}

/** Fills a paragraph with the block's text: the bold marker, then plain pieces and draft blanks. */
function fillText(p: HTMLElement, block: PreviewBlock): HTMLElement {
	const span = el('span', 'text');
	let rest = block.text;
	if (block.boldPrefix && block.boldPrefix > 0) {
		span.append(el('b', undefined, rest.slice(0, block.boldPrefix)));
		rest = rest.slice(block.boldPrefix);
	}
	for (const piece of blankPieces(rest)) {
		if (piece.blank) {
			span.append(el('span', 'blank', piece.text));
		} else if (piece.text !== '') {
			span.append(document.createTextNode(piece.text));
		}
	}
	p.append(span);
	return span;
}

function reveal(line: number, character = 0, endLine = line, endCharacter = character): void {
	vscode.postMessage({ type: 'reveal', line, character, endLine, endCharacter });
}

/** One paragraph of the page, with its findings' marks in the left margin. */
function paragraph(block: PreviewBlock, data: PreviewData, marked: Map<PreviewBlock, Diagnostic[]>): HTMLElement {
	const c = data.layout.components[block.component];
	const p = el('p', `block c-${block.component}`);
	styleParagraph(p, c, data.layout);
	// A Kính gửi with a list of recipients is set as a list from the table's indent, as the export sets it.
	if (block.component === 'kinh-gui' && data.blocks.filter((b) => b.component === 'kinh-gui').length > 1) {
		p.style.textAlign = 'left';
		p.style.marginLeft = `${data.layout.kinhGuiList.indentMm}mm`;
		if (!/^(?:Kính\s+gửi|KÍNH\s+GỬI)/u.test(block.text)) {
			p.style.marginTop = '0';
		}
	}
	const first = block.lines[0] ?? 0;
	p.dataset.line = String(first);
	fillText(p, block);
	p.addEventListener('click', () => reveal(first));
	const findings = marked.get(block) ?? [];
	if (findings.length > 0) {
		const worst = Math.min(...findings.map((d) => d.severity ?? 1));
		p.classList.add('has-finding', `sev-${worst}`);
		const marks = el('span', 'marks');
		for (const d of findings) {
			const severity = d.severity ?? 1;
			const mark = el('button', `mark sev-${severity}`, data.labels.severity[severity - 1] ?? '');
			mark.type = 'button';
			mark.title = `${d.message}${d.code ? ` (${String(d.code)})` : ''}\n${data.labels.reveal}`;
			mark.dataset.line = String(d.range.start.line);
			mark.addEventListener('click', (event) => {
				event.stopPropagation();
				reveal(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character);
			});
			marks.append(mark);
		}
		p.prepend(marks);
	}
	drawn.push({ element: p, line: first });
	return p;
}

/** A rule line under a component's text: centred, as wide as the widest line of its text times the fraction. */
function addRules(data: PreviewData, container: HTMLElement): void {
	for (const rule of data.layout.ruleLines) {
		const paragraphs = [...container.querySelectorAll<HTMLElement>(`p.c-${rule.under}`)];
		const last = paragraphs[paragraphs.length - 1];
		if (!last) {
			continue;
		}
		let widest = 0;
		for (const p of paragraphs) {
			const text = p.querySelector('.text');
			for (const rect of text ? [...text.getClientRects()] : []) {
				widest = Math.max(widest, rect.width);
			}
		}
		const line = el('div', `rule rule-${rule.under}`);
		// Measured before the page is zoomed to the webview's width, so these are the page's own CSS pixels.
		line.style.width = `${widest * rule.fraction.value}px`;
		line.style.borderTopWidth = `${rule.weightPt}pt`;
		last.after(line);
	}
}

/** A two-column borderless row (the header, two signers, the closing), the left column's share from the table. */
function twoColumns(className: string, share: number, left: HTMLElement[][], right: HTMLElement[][]): HTMLElement {
	const table = el('div', `columns ${className}`);
	const rows = Math.max(left.length, right.length);
	for (let r = 0; r < rows; r++) {
		const row = el('div', 'row');
		const l = el('div', 'cell left');
		const rt = el('div', 'cell right');
		l.style.width = `${share * 100}%`;
		rt.style.width = `${(1 - share) * 100}%`;
		l.append(...(left[r] ?? []));
		rt.append(...(right[r] ?? []));
		row.append(l, rt);
		table.append(row);
	}
	return table;
}

/** The units of the page in reading order: the header table, the flow's paragraphs, the tables of the closing, the tail. */
function units(data: PreviewData): HTMLElement[] {
	const marked = findingsByBlock(data.blocks, data.findings);
	const of = (region: Region): HTMLElement[] => data.blocks.filter((b) => b.region === region).map((b) => paragraph(b, data, marked));
	const out: HTMLElement[] = [];
	const header = (['header-left', 'header-right', 'header-left-2', 'header-right-2'] as const).map(of);
	const [l1 = [], r1 = [], l2 = [], r2 = []] = header;
	if (header.some((cell) => cell.length > 0)) {
		out.push(twoColumns('header', data.layout.columns.headerLeft, [l1, l2], [r1, r2]));
	}
	out.push(...of('flow'));
	const signersLeft = of('signers-left');
	const signersRight = of('signers-right');
	if (signersLeft.length + signersRight.length > 0) {
		out.push(twoColumns('signers', data.layout.columns.signersLeft, [signersLeft], [signersRight]));
	}
	const closingLeft = of('closing-left');
	const closingRight = of('closing-right');
	if (closingLeft.length + closingRight.length > 0) {
		out.push(twoColumns('closing', data.layout.columns.closingLeft, [closingLeft], [closingRight]));
	}
	out.push(...of('tail'));
	return out;
}

/** An empty A4 sheet: its size and margins from the table, the page number at the top centre when due. */
function sheet(layout: LayoutTable, number: number): { page: HTMLElement; body: HTMLElement } {
	const page = el('section', 'page');
	page.style.width = `${layout.page.widthMm}mm`;
	page.style.height = `${layout.page.heightMm}mm`;
	page.style.fontFamily = `"${layout.font.family}", "Liberation Serif", "Tinos", serif`;
	page.style.color = `#${layout.font.color}`;
	page.dataset.page = String(number);
	const body = el('div', 'page-body');
	body.style.position = 'absolute';
	body.style.top = `${layout.margins.top.value}mm`;
	body.style.left = `${layout.margins.left.value}mm`;
	body.style.right = `${layout.margins.right.value}mm`;
	body.style.bottom = `${layout.margins.bottom.value}mm`;
	page.append(body);
	const label = pageNumberLabel(number, layout.pageNumbers.fromPage);
	if (label) {
		const c = layout.components['so-trang'];
		const n = el('div', 'page-number', label);
		n.style.fontSize = `${c.size.value}pt`;
		n.style.textAlign = layout.pageNumbers.align;
		// In the top margin, as the export's page header: half the margin down.
		n.style.top = `${layout.margins.top.value / 2}mm`;
		n.style.left = `${layout.margins.left.value}mm`;
		n.style.right = `${layout.margins.right.value}mm`;
		page.append(n);
	}
	return { page, body };
}

function render(data: PreviewData): void {
	const started = performance.now();
	drawn = [];
	const layout = data.layout;
	document.documentElement.lang = data.locale;
	const fresh = el('div', 'pages');
	// Lay every unit out once in the first page's text area, measure, then move the units onto their pages.
	const { page: first, body: measure } = sheet(layout, 1);
	fresh.append(first);
	root.replaceChildren(fresh);
	const list = units(data);
	if (list.length === 0) {
		measure.append(el('p', 'empty', data.labels.empty));
	}
	measure.append(...list);
	addRules(data, measure);
	const end = el('div', 'end');
	measure.append(end);
	const tops = [...list.map((u) => u.offsetTop), end.offsetTop];
	const heights = list.map((_, i) => (tops[i + 1] ?? 0) - (tops[i] ?? 0));
	// The text area's height, in the same pixels as the offsets (the table's page less its margins).
	const pages = paginate(heights, measure.clientHeight);
	end.remove();
	pages.forEach((indices, p) => {
		if (p === 0) {
			return;
		}
		const { page, body } = sheet(layout, p + 1);
		body.append(...indices.map((i) => list[i] as HTMLElement));
		fresh.append(page);
	});
	// The page is drawn at its size, then zoomed to fit the webview's width (never enlarged).
	const zoom = Math.min(1, (document.body.clientWidth - 24) / (layout.page.widthMm * PX_PER_MM));
	fresh.style.zoom = String(Math.max(zoom, 0.2));
	document.body.dataset.pages = String(pages.length);
	document.body.dataset.version = String(data.version);
	document.body.dataset.renderMs = (performance.now() - started).toFixed(1);
	scrollToLine(editorLine, false);
}

function scrollToLine(line: number, smooth: boolean): void {
	const index = blockAtLine(
		drawn.map((d) => d.line),
		line,
	);
	const target = index === undefined ? undefined : drawn[index];
	const behavior = smooth ? 'smooth' : 'auto';
	if (!target || line === 0) {
		window.scrollTo({ top: 0, behavior });
		return;
	}
	// A block at the top of its page (or in a table there) shows the whole page, its top margin included.
	const unit = target.element.closest('.columns') ?? target.element;
	if (unit.parentElement?.firstElementChild === unit) {
		unit.closest('.page')?.scrollIntoView({ block: 'start', behavior });
	} else {
		target.element.scrollIntoView({ block: 'start', behavior });
	}
}

window.addEventListener('message', (event: MessageEvent) => {
	const message = event.data as { type?: string; data?: PreviewData; line?: number };
	if (message.type === 'render' && message.data) {
		render(message.data);
	} else if (message.type === 'scroll' && typeof message.line === 'number') {
		editorLine = message.line;
		scrollToLine(message.line, false);
	}
});
vscode.postMessage({ type: 'ready' });
