// A tiny .docx builder for the reader's tests: the XML of each part is written in the test, so that every
// trap is readable where it is tested, and this file only wraps it in the parts every Word file has and zips
// it with fflate.
import { strToU8, zipSync, type Zippable } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NS = [
	`xmlns:w="${W}"`,
	'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
	'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
	'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
	'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
	'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
	'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
	'xmlns:v="urn:schemas-microsoft-com:vml"',
].join(' ');

const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** What a test gives: the body's XML and, when it matters, the other parts. */
export interface DocxSpec {
	/** The children of `w:body`, sectPr included when the test wants one. */
	body: string;
	/** The children of `w:styles` (docDefaults and styles); none when absent. */
	styles?: string;
	/** The `a:fontScheme` of theme1.xml; no theme part when absent. */
	fontScheme?: string;
	/** Header and footer parts by relationship id: `{ rIdH1: { kind: 'header', xml: '<w:p>…</w:p>' } }`. */
	parts?: Record<string, { kind: 'header' | 'footer'; xml: string }>;
	/** More relationships of the document part, written as they are (external ones for the tests). */
	extraRelationships?: string;
	/** The content type of the main part (a .docm's, for example). */
	mainType?: string;
	/** More files of the zip, by name (a `[bytes, { level: 0 }]` pair stores them uncompressed). */
	files?: Record<string, Uint8Array | string | [Uint8Array, { level: 0 }]>;
	/** Bytes put before `<?xml` of document.xml (a BOM). */
	documentPrefix?: Uint8Array;
}

/** The XML of word/document.xml for a body. */
function documentXml(body: string): string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}</w:body></w:document>`;
}

/** The zip of a .docx made of the parts a spec names. */
export function buildDocx(spec: DocxSpec): Uint8Array {
	const overrides = [`<Override PartName="/word/document.xml" ContentType="${spec.mainType ?? MAIN_TYPE}"/>`];
	const rels: string[] = [];
	const files: Zippable = {};
	if (spec.styles !== undefined) {
		rels.push(`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`);
		files['word/styles.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:styles ${NS}>${spec.styles}</w:styles>`);
	}
	if (spec.fontScheme !== undefined) {
		rels.push(`<Relationship Id="rIdTheme" Type="${REL}/theme" Target="theme/theme1.xml"/>`);
		files['word/theme/theme1.xml'] = strToU8(
			`<?xml version="1.0" encoding="UTF-8"?><a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="T"><a:themeElements>${spec.fontScheme}</a:themeElements></a:theme>`,
		);
	}
	for (const [id, part] of Object.entries(spec.parts ?? {})) {
		const name = `${part.kind}${id}.xml`;
		rels.push(`<Relationship Id="${id}" Type="${REL}/${part.kind}" Target="${name}"/>`);
		const root = part.kind === 'header' ? 'w:hdr' : 'w:ftr';
		files[`word/${name}`] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><${root} ${NS}>${part.xml}</${root}>`);
	}
	const document = strToU8(documentXml(spec.body));
	files['word/document.xml'] = spec.documentPrefix ? concat(spec.documentPrefix, document) : document;
	files['word/_rels/document.xml.rels'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}${spec.extraRelationships ?? ''}</Relationships>`,
	);
	files['_rels/.rels'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`,
	);
	files['[Content_Types].xml'] = strToU8(
		`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
	);
	for (const [name, data] of Object.entries(spec.files ?? {})) {
		files[name] = typeof data === 'string' ? strToU8(data) : data;
	}
	return zipSync(files);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a, 0);
	out.set(b, a.length);
	return out;
}

/** A paragraph with one run: `p('Số: 12/UBND-VP', { rPr: '<w:b/>' })`. */
export function p(text: string, options: { pPr?: string; rPr?: string; attrs?: string } = {}): string {
	return `<w:p${options.attrs ? ` ${options.attrs}` : ''}>${options.pPr ? `<w:pPr>${options.pPr}</w:pPr>` : ''}${run(text, options.rPr)}</w:p>`;
}

/** A run. */
export function run(text: string, rPr?: string): string {
	return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** Escapes a run's text; every other character, control characters too, goes into the part as the test gives it. */
function escapeXml(text: string): string {
	return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** A table cell holding paragraphs (XML), with optional tcPr content. */
export function tc(paragraphs: string, tcPr = ''): string {
	return `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${paragraphs}</w:tc>`;
}

/** A table of rows of cells (XML), with a grid of `columns` columns. */
export function tbl(rows: string[][], columns = 2, tblPr = ''): string {
	const grid = `<w:tblGrid>${'<w:gridCol w:w="4000"/>'.repeat(columns)}</w:tblGrid>`;
	return `<w:tbl><w:tblPr>${tblPr}</w:tblPr>${grid}${rows.map((cells) => `<w:tr>${cells.join('')}</w:tr>`).join('')}</w:tbl>`;
}

/** A4 portrait with the decree's margins (20/20/30/15 mm), as a body-final sectPr. */
export const A4_SECTION =
	'<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>';

/** Writes another uncompressed size into the central directory entry of a part (a zip that lies about it). */
export function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
	const out = zip.slice();
	const view = new DataView(out.buffer);
	const target = strToU8(name);
	for (let at = 0; at + 46 < out.length; at++) {
		if (view.getUint32(at, true) !== 0x02014b50) {
			continue;
		}
		const length = view.getUint16(at + 28, true);
		const candidate = out.subarray(at + 46, at + 46 + length);
		if (length === target.length && candidate.every((b, i) => b === target[i])) {
			view.setUint32(at + 24, size >>> 0, true);
			return out;
		}
	}
	throw new Error(`no central directory entry for ${name}`);
}

/** The first bytes of an OLE compound file (a .doc, or an encrypted .docx) with a directory entry name in UTF-16LE. */
export function oleFile(streamName: string): Uint8Array {
	const out = new Uint8Array(4096);
	out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
	for (let i = 0; i < streamName.length; i++) {
		out[1024 + 2 * i] = streamName.charCodeAt(i);
	}
	return out;
}
