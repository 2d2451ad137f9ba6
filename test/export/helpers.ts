// Helpers of the export tests: reading a .docx back as Word shows it (its paragraphs, in the order Word
// reads them, with their style and the table cell they are in), expanding the built-in templates to letters,
// and the letters every export test runs on.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { parseJsonc } from '../../client/src/templates';

/** The repository root (the tests run from out/test/export). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The parts of a .docx that the tests read, as XML text. */
export interface DocxParts {
	files: Record<string, string>;
	document: string;
	styles: string;
}

/** Unzips a .docx and decodes its XML parts. */
export function unzipDocx(bytes: Uint8Array): DocxParts {
	const raw = unzipSync(bytes);
	const files: Record<string, string> = {};
	for (const [name, data] of Object.entries(raw)) {
		if (name.endsWith('.xml') || name.endsWith('.rels')) {
			files[name] = strFromU8(data);
		}
	}
	return { files, document: files['word/document.xml'] ?? '', styles: files['word/styles.xml'] ?? '' };
}

/** Decodes the five XML entities and numeric character references. */
export function unescapeXml(s: string): string {
	return s.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/giu, (_m, dec: string, hex: string, name: string) => {
		if (dec) {
			return String.fromCodePoint(Number(dec));
		}
		if (hex) {
			return String.fromCodePoint(parseInt(hex, 16));
		}
		return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name] ?? '';
	});
}

/** One paragraph of the document body, as Word reads it. */
export interface DocxParagraph {
	/** The text of its w:t runs, in order. */
	text: string;
	/** Its paragraph style id, if any. */
	style?: string;
	/** The XML of the paragraph. */
	xml: string;
	/** The table (0-based, in document order), row and cell it sits in; absent outside tables. */
	cell?: { table: number; row: number; cell: number };
}

/** The text of the w:t elements of a piece of XML, in order. */
export function runText(xml: string): string {
	return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => unescapeXml(m[1] ?? '')).join('');
}

/**
 * The paragraphs of the document body in reading order: a table is read row by row, and a row cell by cell,
 * from left to right (the order of the XML, which is the order Word and a screen reader follow).
 */
export function bodyParagraphs(document: string): DocxParagraph[] {
	const body = document.slice(document.indexOf('<w:body>'), document.lastIndexOf('</w:body>'));
	const out: DocxParagraph[] = [];
	let table = -1;
	let row = -1;
	let cell = -1;
	let depth = 0;
	// Tables are not nested in the export; a tag scanner is enough.
	const tags = /<w:tbl>|<\/w:tbl>|<w:tr(?:\s[^>]*)?>|<w:tc>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>|<w:p(?:\s[^>]*)?\/>/gu;
	for (const m of body.matchAll(tags)) {
		const tag = m[0];
		if (tag === '<w:tbl>') {
			table++;
			depth++;
			row = -1;
		} else if (tag === '</w:tbl>') {
			depth--;
		} else if (tag.startsWith('<w:tr')) {
			row++;
			cell = -1;
		} else if (tag === '<w:tc>') {
			cell++;
		} else {
			const style = /<w:pStyle w:val="([^"]+)"\/>/u.exec(tag)?.[1];
			const paragraph: DocxParagraph = { text: runText(tag), xml: tag };
			if (style) {
				paragraph.style = style;
			}
			if (depth > 0) {
				paragraph.cell = { table, row, cell };
			}
			out.push(paragraph);
		}
	}
	return out;
}

/** The XML of the paragraph style with this id in styles.xml. */
export function styleXml(styles: string, id: string): string {
	const at = styles.indexOf(`w:styleId="${id}"`);
	if (at < 0) {
		return '';
	}
	return styles.slice(at, styles.indexOf('</w:style>', at));
}

/** Removes all white space: the text comparisons are modulo white space (line breaks become paragraphs). */
export function squeeze(s: string): string {
	return s.replace(/\s+/gu, '');
}

/** A template's name and the letter it expands to. */
export interface TemplateLetter {
	name: string;
	text: string;
}

/**
 * The ten built-in templates (snippets/congvan.code-snippets) expanded as VS Code would with the defaults:
 * each placeholder takes its default, a choice its first option, the date variables 15 September 2026.
 */
export function templateLetters(): TemplateLetter[] {
	const snippets = parseJsonc(fs.readFileSync(path.join(ROOT, 'snippets', 'congvan.code-snippets'), 'utf8')) as Record<
		string,
		{ body: string | string[] }
	>;
	const variables: Record<string, string> = { CURRENT_DATE: '15', CURRENT_YEAR: '2026', CURRENT_MONTH: '09' };
	return Object.entries(snippets).map(([name, snippet]) => {
		let text = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
		// The month without its zero from March on: ${CURRENT_MONTH/^0([3-9])$/$1/}.
		text = text.replace(/\$\{CURRENT_MONTH\/[^}]*\}/gu, '9');
		text = text.replace(/\$\{?([A-Z_]+)\}?/gu, (whole, name: string) => variables[name] ?? whole);
		// Innermost first: choices, placeholders with a default, bare tab stops.
		for (let before = ''; before !== text;) {
			before = text;
			text = text
				.replace(/\$\{\d+\|([^,|]*)(?:,[^|]*)?\|\}/gu, '$1')
				.replace(/\$\{\d+:([^${}]*)\}/gu, '$1')
				.replace(/\$\{\d+\}|\$\d+/gu, '');
		}
		return { name, text: text.replace(/\\([$}\\])/gu, '$1') };
	});
}

/** The letters the export is tested on: the templates, the examples and the five real letters. */
export function allLetters(): TemplateLetter[] {
	const examples = fs
		.readdirSync(path.join(ROOT, 'examples'))
		.filter((f) => f.endsWith('.congvan'))
		.map((f) => ({ name: `examples/${f}`, text: fs.readFileSync(path.join(ROOT, 'examples', f), 'utf8') }));
	const lettersDir = path.join(ROOT, '..', 'shared', 'letters');
	const letters = fs.existsSync(lettersDir)
		? fs
				.readdirSync(lettersDir)
				.filter((f) => f.endsWith('.txt'))
				.map((f) => ({ name: `letters/${f}`, text: fs.readFileSync(path.join(lettersDir, f), 'utf8') }))
		: [];
	return [...templateLetters().map((t) => ({ name: `template ${t.name}`, text: t.text })), ...examples, ...letters];
}
