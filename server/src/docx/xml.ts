// The XML parts of a Word file as small element trees, read with saxes (a conforming streaming parser).
// Names are normalised to the usual prefixes by namespace ("w:p" whatever prefix the file declares, and the
// Strict namespaces of ISO/IEC 29500 map to the same), so the reader never depends on a file's prefixes.
// Text is kept only inside the elements whose text matters (w:t, w:instrText, …). saxes expands no entity
// a document defines, so an entity bomb in a DTD expands nothing.
import { SaxesParser, type SaxesTagNS } from 'saxes';

export interface XmlElement {
	/** The normalised qualified name ("w:p", "wp:extent"). */
	name: string;
	/** Attributes by normalised qualified name ("w:val", "r:id"). */
	attrs: Record<string, string>;
	children: XmlElement[];
	/** The element's text, for the elements whose text is kept. */
	text?: string;
}

const PREFIXES: Record<string, string> = {
	'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
	'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
	'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
	'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
	'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
	'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
	'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
	'http://purl.oclc.org/ooxml/drawingml/main': 'a',
	'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
	'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup': 'wpg',
	'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
	'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
	'urn:schemas-microsoft-com:vml': 'v',
	'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
	'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
	'http://www.w3.org/XML/1998/namespace': 'xml',
};

/** The namespaces whose content the reader understands, for `mc:Choice Requires="…"`. */
const UNDERSTOOD = new Set(['w', 'r', 'wp', 'a', 'wps', 'wpg', 'w14', 'v', 'mc']);

/** Elements whose text content is kept. */
const TEXT_ELEMENTS = new Set(['w:t', 'w:instrText', 'w:delText']);

/** An XML part that is not well-formed. */
export class XmlError extends Error {}

/** Decodes an XML part: UTF-8 with or without a BOM, or UTF-16 with its BOM. */
export function decodeXml(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return new TextDecoder('utf-16le').decode(bytes);
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return new TextDecoder('utf-16be').decode(bytes);
	}
	// TextDecoder drops a UTF-8 BOM (0xEF 0xBB 0xBF) by default.
	return new TextDecoder('utf-8').decode(bytes);
}

function qualified(uri: string, local: string, prefix: string): string {
	const p = PREFIXES[uri];
	if (p !== undefined) {
		return `${p}:${local}`;
	}
	return prefix ? `${prefix}:${local}` : local;
}

/**
 * Parses an XML part into its root element. `mc:AlternateContent` is resolved here: the first `mc:Choice`
 * whose required namespaces are all understood, else the `mc:Fallback`; only that branch's children are kept,
 * in place of the AlternateContent element, so that nothing is ever read twice.
 */
export function parseXml(source: string): XmlElement {
	const parser = new SaxesParser({ xmlns: true, position: false });
	const root: XmlElement = { name: '#document', attrs: {}, children: [] };
	const stack: XmlElement[] = [root];
	// For each open mc:AlternateContent: whether a branch was taken already.
	const alternates: { taken: boolean; element: XmlElement }[] = [];
	// Depth of elements being skipped (a branch of AlternateContent not taken).
	let skipping = 0;
	let error: Error | undefined;
	parser.on('error', (e) => {
		error ??= e;
	});
	parser.on('opentag', (tag: SaxesTagNS) => {
		if (skipping > 0) {
			skipping++;
			return;
		}
		const name = qualified(tag.uri, tag.local, tag.prefix);
		if (name === 'mc:Choice' || name === 'mc:Fallback') {
			const alt = alternates[alternates.length - 1];
			let take = alt !== undefined && !alt.taken;
			if (take && name === 'mc:Choice') {
				const requires = (tag.attributes['Requires']?.value ?? '').split(/\s+/u).filter((p) => p !== '');
				take = requires.every((p) => {
					const uri = parser.resolve(p);
					return uri !== undefined && UNDERSTOOD.has(PREFIXES[uri] ?? '');
				});
			}
			if (!take || alt === undefined) {
				skipping = 1;
				return;
			}
			alt.taken = true;
			// The branch's children go to the AlternateContent's parent: a marker element keeps the stack even.
			stack.push(alt.element);
			return;
		}
		const attrs: Record<string, string> = {};
		for (const attr of Object.values(tag.attributes)) {
			attrs[attr.uri ? qualified(attr.uri, attr.local, attr.prefix) : attr.name] = attr.value;
		}
		const element: XmlElement = { name, attrs, children: [] };
		if (name === 'mc:AlternateContent') {
			alternates.push({ taken: false, element: stack[stack.length - 1] as XmlElement });
			stack.push(element);
			return;
		}
		(stack[stack.length - 1] as XmlElement).children.push(element);
		stack.push(element);
	});
	parser.on('text', (text) => {
		if (skipping > 0) {
			return;
		}
		const top = stack[stack.length - 1] as XmlElement;
		if (TEXT_ELEMENTS.has(top.name)) {
			top.text = (top.text ?? '') + text;
		}
	});
	parser.on('closetag', (tag: SaxesTagNS) => {
		if (skipping > 0) {
			skipping--;
			return;
		}
		const name = qualified(tag.uri, tag.local, tag.prefix);
		if (name === 'mc:AlternateContent') {
			alternates.pop();
		}
		stack.pop();
	});
	try {
		parser.write(source).close();
	} catch (e) {
		error ??= e instanceof Error ? e : new Error(String(e));
	}
	if (error !== undefined) {
		throw new XmlError(error.message);
	}
	const first = root.children[0];
	if (first === undefined) {
		throw new XmlError('empty document');
	}
	return first;
}

/** The first child of an element with a name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
	if (element === undefined) {
		return undefined;
	}
	for (const c of element.children) {
		if (c.name === name) {
			return c;
		}
	}
	return undefined;
}

/** Every descendant with a name, in document order (not inside a match). */
export function descendants(element: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] {
	for (const c of element.children) {
		if (c.name === name) {
			out.push(c);
		} else {
			descendants(c, name, out);
		}
	}
	return out;
}
