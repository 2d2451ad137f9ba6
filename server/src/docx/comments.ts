// Writes the findings of a letter into a copy of its Word file as Word comments, for reviewers who work in
// Word: each finding becomes a comment (word/comments.xml) anchored on the paragraph it names, by a
// w:commentRangeStart at the start of the paragraph's content, a w:commentRangeEnd at its end and a run holding
// the w:commentReference. The original bytes are never changed; the copy holds every other part of the
// package with the same content, in the same order. A document that already has comments keeps them, and the
// new ones take ids after the highest id in use.
//
// Paragraphs are found as the reader numbers them (WordLocation.paragraph): the w:p elements of the main
// document part in document order, body and table cells alike, not counting the paragraphs of a text box
// (which sit inside a paragraph of their own) nor those of an mc:Fallback (the other branch of an
// mc:AlternateContent). When a finding carries Word's paragraph id (w14:paraId), that id wins over the number.
//
// The XML is edited as text, at the positions of the tags a small scanner finds, so that nothing else of the
// part is re-serialised. Pure TypeScript over fflate: it runs in a web worker as well as in Node.
import { strToU8, unzipSync, zipSync, type Unzipped, type Zippable } from 'fflate';
import { DEFAULT_ZIP_LIMITS } from './zip';

/** Decodes a part as UTF-8, keeping a byte order mark (so that the copy keeps it too). */
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
function strFromU8(data: Uint8Array): string {
	return decoder.decode(data);
}

/** One finding to write as a comment. */
export interface CommentFinding {
	/** The paragraph's number in reading order, from 1 (WordLocation.paragraph). */
	paragraph: number;
	/** Word's paragraph id (WordLocation.paraId), when the reader found one: it is used before the number. */
	paraId?: string;
	/** The text of the comment (the rule id, the message, the clause). */
	text: string;
}

/** Options of the writer. */
export interface CommentOptions {
	/** The comments' author as Word shows it; "congvan" by default. */
	author?: string;
	/** The initials Word shows in the margin; "CV" by default. */
	initials?: string;
	/** The comments' date (ISO 8601, e.g. "2026-12-07T12:00:00Z"); none by default. */
	date?: string;
}

/** Why a copy could not be written: the package is not a Word document this writer can edit. */
export type CommentError = 'notDocx' | 'tooLarge' | 'noParagraph';

export type CommentResult =
	{ ok: true; bytes: Uint8Array; written: number; ids: number[] } | { ok: false; error: CommentError; detail?: string };

/**
 * The most a package may hold once inflated, and the most parts: the reader's limits, so that every file the
 * check reads can also receive its comments.
 */
const MAX_INFLATED = DEFAULT_ZIP_LIMITS.maxTotalBytes;
const MAX_PARTS = DEFAULT_ZIP_LIMITS.maxParts;

const REL_COMMENTS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const REL_OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';
const CT_COMMENTS = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** One tag of an XML text: where it starts and ends, its qualified name, and whether it opens, closes or is empty. */
interface Tag {
	start: number;
	end: number;
	name: string;
	kind: 'open' | 'close' | 'empty';
}

/**
 * The tags of an XML text in order, skipping comments, CDATA sections, processing instructions and the
 * document type. A `<` cannot appear unescaped in text or in an attribute value, so each one starts markup; a
 * `>` can appear in an attribute value, so the end of a tag is found outside quotes.
 */
function scanTags(xml: string): Tag[] {
	const tags: Tag[] = [];
	let i = xml.indexOf('<');
	while (i >= 0) {
		if (xml.startsWith('<!--', i)) {
			const close = xml.indexOf('-->', i + 4);
			i = close < 0 ? -1 : xml.indexOf('<', close + 3);
			continue;
		}
		if (xml.startsWith('<![CDATA[', i)) {
			const close = xml.indexOf(']]>', i + 9);
			i = close < 0 ? -1 : xml.indexOf('<', close + 3);
			continue;
		}
		let j = i + 1;
		let quote = '';
		for (; j < xml.length; j++) {
			const c = xml[j];
			if (quote) {
				if (c === quote) {
					quote = '';
				}
			} else if (c === '"' || c === "'") {
				quote = c;
			} else if (c === '>') {
				break;
			}
		}
		if (j >= xml.length) {
			break;
		}
		const first = xml[i + 1];
		if (first !== '?' && first !== '!') {
			const closing = first === '/';
			const nameStart = closing ? i + 2 : i + 1;
			const name = /^[^\s/>]+/u.exec(xml.slice(nameStart, Math.min(j, nameStart + 200)))?.[0] ?? '';
			const kind = closing ? 'close' : xml[j - 1] === '/' ? 'empty' : 'open';
			tags.push({ start: i, end: j + 1, name, kind });
		}
		i = xml.indexOf('<', j + 1);
	}
	return tags;
}

/** The value of an attribute in a start tag (by its qualified name), unescaped; undefined when absent. */
function attribute(tag: string, name: string): string | undefined {
	const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
	const m = new RegExp(`\\s${escaped}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'u').exec(tag);
	return m ? unescapeXml(m[1] ?? m[2] ?? '') : undefined;
}

function unescapeXml(s: string): string {
	return s.replace(/&(?:#(\d+)|#x([\da-fA-F]+)|(amp|lt|gt|quot|apos));/gu, (_m, dec: string, hex: string, name: string) => {
		if (dec) {
			return String.fromCodePoint(Number(dec));
		}
		if (hex) {
			return String.fromCodePoint(parseInt(hex, 16));
		}
		return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name] ?? '';
	});
}

/** Escapes text for an XML text node or attribute value; drops the characters XML 1.0 cannot carry. */
export function escapeXml(s: string): string {
	return (
		s
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]/gu, '')
			.replace(/&/gu, '&amp;')
			.replace(/</gu, '&lt;')
			.replace(/>/gu, '&gt;')
			.replace(/"/gu, '&quot;')
	);
}

/** The prefix a start tag binds to the WordprocessingML namespace, from the root element's declarations. */
function wordPrefix(xml: string, root: Tag | undefined): string {
	if (!root) {
		return 'w';
	}
	const tag = xml.slice(root.start, root.end);
	for (const m of tag.matchAll(/\sxmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/gu)) {
		if ((m[2] ?? m[3]) === W_NS) {
			return m[1] ?? '';
		}
	}
	return 'w';
}

/** A paragraph of the main document part: its tags, as positions in the XML. */
export interface ParagraphTags {
	/** The start tag (or the empty-element tag `<w:p/>`). */
	open: Tag;
	/** The end tag; undefined for an empty element. */
	close?: Tag;
	/** The end of the paragraph properties (`</w:pPr>` or `<w:pPr/>`), when the paragraph has them. */
	pPrEnd?: number;
	paraId?: string;
}

/**
 * The paragraphs of a main document part in reading order, numbered as the reader numbers them: w:p elements
 * not nested in another paragraph (a text box's paragraphs are) nor in an mc:Fallback.
 */
export function documentParagraphs(xml: string): ParagraphTags[] {
	const tags = scanTags(xml);
	const root = tags.find((t) => t.kind !== 'close');
	const w = wordPrefix(xml, root);
	const q = (local: string): string => (w ? `${w}:${local}` : local);
	const P = q('p');
	const PPR = q('pPr');
	const out: ParagraphTags[] = [];
	const stack: ParagraphTags[] = [];
	// Depth of paragraphs opened (counted or not) and of mc:Fallback elements around the current position.
	let pDepth = 0;
	let fallback = 0;
	for (const tag of tags) {
		if (tag.name === 'mc:Fallback') {
			fallback += tag.kind === 'open' ? 1 : tag.kind === 'close' ? -1 : 0;
			continue;
		}
		if (tag.name === P) {
			const counted = pDepth === 0 && fallback === 0;
			if (tag.kind === 'empty') {
				if (counted) {
					out.push({ open: tag, paraId: attribute(xml.slice(tag.start, tag.end), 'w14:paraId') });
				}
			} else if (tag.kind === 'open') {
				pDepth++;
				if (counted) {
					const entry: ParagraphTags = { open: tag, paraId: attribute(xml.slice(tag.start, tag.end), 'w14:paraId') };
					out.push(entry);
					stack.push(entry);
				}
			} else {
				pDepth--;
				if (pDepth === 0 && stack.length > 0) {
					const entry = stack.pop() as ParagraphTags;
					entry.close = tag;
				}
			}
			continue;
		}
		// The paragraph's own properties: a direct child of a counted paragraph (depth 1).
		if (tag.name === PPR && pDepth === 1 && stack.length > 0 && tag.kind !== 'open') {
			const entry = stack[stack.length - 1] as ParagraphTags;
			if (entry.pPrEnd === undefined) {
				entry.pPrEnd = tag.end;
			}
		}
	}
	return out;
}

/** The ids of the comments of a comments part and of the comment ranges of a document, to start after. */
function highestId(...xmls: string[]): number {
	let max = -1;
	for (const xml of xmls) {
		for (const tag of scanTags(xml)) {
			if (tag.kind === 'close' || !/:(?:comment|commentRangeStart|commentRangeEnd|commentReference)$/u.test(tag.name)) {
				continue;
			}
			const id = Number(attribute(xml.slice(tag.start, tag.end), 'w:id'));
			if (Number.isInteger(id) && id > max) {
				max = id;
			}
		}
	}
	return max;
}

/** The target of the first relationship of a type in a .rels part, resolved against the part's folder. */
function relationshipTarget(rels: string, type: string, baseFolder: string): string | undefined {
	for (const tag of scanTags(rels)) {
		if (tag.kind === 'close' || !tag.name.endsWith('Relationship')) {
			continue;
		}
		const text = rels.slice(tag.start, tag.end);
		if (attribute(text, 'Type') === type && attribute(text, 'TargetMode') !== 'External') {
			const target = attribute(text, 'Target') ?? '';
			return resolvePart(baseFolder, target);
		}
	}
	return undefined;
}

/** A part name from a relationship target: absolute ("/word/x.xml") or relative to the source part's folder. */
function resolvePart(baseFolder: string, target: string): string {
	const joined = target.startsWith('/') ? target.slice(1) : `${baseFolder}${target}`;
	const parts: string[] = [];
	for (const piece of joined.split('/')) {
		if (piece === '..') {
			parts.pop();
		} else if (piece !== '.' && piece !== '') {
			parts.push(piece);
		}
	}
	return parts.join('/');
}

/** The folder of a part ("word/" for "word/document.xml") and the name of its relationships part. */
function folderOf(part: string): string {
	return part.slice(0, part.lastIndexOf('/') + 1);
}
function relsOf(part: string): string {
	const folder = folderOf(part);
	return `${folder}_rels/${part.slice(folder.length)}.rels`;
}

/** Applies edits that do not overlap (insertions at one position keep their order) to a string. */
function applyEdits(s: string, edits: { start: number; end: number; text: string }[]): string {
	const sorted = edits.map((x, i) => ({ ...x, i })).sort((a, b) => a.start - b.start || a.i - b.i);
	let out = '';
	let last = 0;
	for (const x of sorted) {
		out += s.slice(last, x.start) + x.text;
		last = x.end;
	}
	return out + s.slice(last);
}

/** The XML of one comment: Word's annotation mark, then one paragraph per line of the text. */
function commentXml(id: number, text: string, options: CommentOptions): string {
	const author = escapeXml(options.author ?? 'congvan');
	const initials = escapeXml(options.initials ?? 'CV');
	const date = options.date ? ` w:date="${escapeXml(options.date)}"` : '';
	const lines = text.split(/\r\n|\r|\n/u);
	const paragraphs = lines.map((line, i) => {
		const mark = i === 0 ? '<w:r><w:annotationRef/></w:r>' : '';
		return `<w:p>${mark}<w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`;
	});
	return `<w:comment w:id="${id}" w:author="${author}" w:initials="${initials}"${date}>${paragraphs.join('')}</w:comment>`;
}

/**
 * A copy of a .docx with each finding as a Word comment on its paragraph. Findings whose paragraph the document
 * does not have are skipped (`written` counts those written); with no finding at all the copy has no new
 * comment. `bytes` is never changed.
 */
export function writeComments(bytes: Uint8Array, findings: readonly CommentFinding[], options: CommentOptions = {}): CommentResult {
	let files: Unzipped;
	try {
		let total = 0;
		let count = 0;
		let tooLarge = false;
		files = unzipSync(bytes, {
			filter(file) {
				total += file.originalSize;
				count++;
				if (total > MAX_INFLATED || count > MAX_PARTS) {
					tooLarge = true;
				}
				return !tooLarge;
			},
		});
		if (tooLarge) {
			return { ok: false, error: 'tooLarge' };
		}
	} catch (error) {
		return { ok: false, error: 'notDocx', detail: error instanceof Error ? error.message : String(error) };
	}
	const rootRels = files['_rels/.rels'];
	const contentTypes = files['[Content_Types].xml'];
	if (!rootRels || !contentTypes) {
		return { ok: false, error: 'notDocx', detail: 'no _rels/.rels or [Content_Types].xml' };
	}
	const mainPart = relationshipTarget(strFromU8(rootRels), REL_OFFICE_DOCUMENT, '');
	const mainBytes = mainPart ? files[mainPart] : undefined;
	if (!mainPart || !mainBytes) {
		return { ok: false, error: 'notDocx', detail: 'no main document part' };
	}
	const document = strFromU8(mainBytes);
	const paragraphs = documentParagraphs(document);
	if (paragraphs.length === 0) {
		return { ok: false, error: 'noParagraph' };
	}
	const mainRelsName = relsOf(mainPart);
	const mainRels = files[mainRelsName] ? strFromU8(files[mainRelsName]) : undefined;
	const existingCommentsPart = mainRels ? relationshipTarget(mainRels, REL_COMMENTS, folderOf(mainPart)) : undefined;
	const existingComments = existingCommentsPart && files[existingCommentsPart] ? strFromU8(files[existingCommentsPart]) : undefined;

	// Each finding to its paragraph: by Word's paragraph id when it names one the document has, else by number.
	const byParaId = new Map<string, ParagraphTags>();
	for (const p of paragraphs) {
		if (p.paraId !== undefined) {
			byParaId.set(p.paraId.toUpperCase(), p);
		}
	}
	const w = wordPrefix(
		document,
		scanTags(document).find((t) => t.kind !== 'close'),
	);
	const q = (local: string): string => (w ? `${w}:${local}` : local);
	const rangeStart = (id: number): string => `<${q('commentRangeStart')} ${q('id')}="${id}"/>`;
	const rangeEnd = (id: number): string =>
		`<${q('commentRangeEnd')} ${q('id')}="${id}"/><${q('r')}><${q('commentReference')} ${q('id')}="${id}"/></${q('r')}>`;
	let nextId = highestId(document, existingComments ?? '') + 1;
	const ids: number[] = [];
	const edits: { start: number; end: number; text: string }[] = [];
	const comments: string[] = [];
	// Empty paragraphs (`<w:p/>`) are rewritten whole, with the ranges of all their comments.
	const emptied = new Map<ParagraphTags, number[]>();
	for (const finding of findings) {
		const target =
			(finding.paraId !== undefined ? byParaId.get(finding.paraId.toUpperCase()) : undefined) ?? paragraphs[finding.paragraph - 1];
		if (!target) {
			continue;
		}
		const id = nextId++;
		ids.push(id);
		comments.push(commentXml(id, finding.text, options));
		if (target.close === undefined) {
			emptied.set(target, [...(emptied.get(target) ?? []), id]);
			continue;
		}
		const at = target.pPrEnd ?? target.open.end;
		edits.push({ start: at, end: at, text: rangeStart(id) });
		edits.push({ start: target.close.start, end: target.close.start, text: rangeEnd(id) });
	}
	for (const [p, pIds] of emptied) {
		const openTag = `${document.slice(p.open.start, p.open.end - 2).trimEnd()}>`;
		const body = pIds.map(rangeStart).join('') + pIds.map(rangeEnd).join('');
		edits.push({ start: p.open.start, end: p.open.end, text: `${openTag}${body}</${q('p')}>` });
	}
	const newDocument = applyEdits(document, edits);

	// The comments part, its relationship and its content type.
	const out: Zippable = {};
	const commentsPart = existingCommentsPart ?? uniquePart(files, `${folderOf(mainPart)}comments.xml`);
	let commentsXml: string;
	if (existingComments !== undefined) {
		const tags = scanTags(existingComments);
		const root = tags.find((t) => t.kind !== 'close');
		const close = [...tags].reverse().find((t) => t.kind === 'close' && t.name === root?.name);
		if (!root || (root.kind === 'open' && !close)) {
			return { ok: false, error: 'notDocx', detail: `${commentsPart} is not well-formed` };
		}
		const prefix = wordPrefix(existingComments, root);
		// New comments use the prefix w: declared on their own element when the part binds another prefix.
		const added =
			prefix === 'w' ? comments.join('') : comments.map((c) => c.replace('<w:comment ', `<w:comment xmlns:w="${W_NS}" `)).join('');
		commentsXml =
			root.kind === 'empty'
				? `${existingComments.slice(0, root.end - 2).trimEnd()}>${added}</${root.name}>${existingComments.slice(root.end)}`
				: existingComments.slice(0, (close as Tag).start) + added + existingComments.slice((close as Tag).start);
	} else {
		commentsXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${W_NS}">${comments.join('')}</w:comments>`;
	}
	let newRels = mainRels;
	if (existingCommentsPart === undefined) {
		const target = commentsPart.slice(folderOf(mainPart).length);
		const rel = `<Relationship Id="${uniqueRelId(mainRels ?? '')}" Type="${REL_COMMENTS}" Target="${escapeXml(target)}"/>`;
		newRels =
			mainRels === undefined
				? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`
				: insertBeforeRootEnd(mainRels, rel);
	}
	let newContentTypes = strFromU8(contentTypes);
	if (!hasOverride(newContentTypes, commentsPart)) {
		newContentTypes = insertBeforeRootEnd(
			newContentTypes,
			`<Override PartName="/${escapeXml(commentsPart)}" ContentType="${CT_COMMENTS}"/>`,
		);
	}

	for (const [name, data] of Object.entries(files)) {
		if (name === mainPart) {
			out[name] = strToU8(newDocument);
		} else if (name === '[Content_Types].xml') {
			out[name] = strToU8(newContentTypes);
		} else if (name === mainRelsName && newRels !== undefined) {
			out[name] = strToU8(newRels);
		} else if (name === commentsPart) {
			out[name] = strToU8(commentsXml);
		} else {
			out[name] = data;
		}
	}
	if (!(commentsPart in files)) {
		out[commentsPart] = strToU8(commentsXml);
	}
	if (newRels !== undefined && !(mainRelsName in files)) {
		out[mainRelsName] = strToU8(newRels);
	}
	// [Content_Types].xml first, as Word and the packaging conventions expect.
	const ordered: Zippable = { '[Content_Types].xml': out['[Content_Types].xml'] as Uint8Array };
	for (const [name, data] of Object.entries(out)) {
		if (name !== '[Content_Types].xml') {
			ordered[name] = data;
		}
	}
	return { ok: true, bytes: zipSync(ordered, { level: 6 }), written: ids.length, ids };
}

/** A part name not used in the package: the name itself, else with a number before the extension. */
function uniquePart(files: Unzipped, name: string): string {
	if (!(name in files)) {
		return name;
	}
	for (let n = 2; ; n++) {
		const candidate = name.replace(/\.xml$/u, `${n}.xml`);
		if (!(candidate in files)) {
			return candidate;
		}
	}
}

/** A relationship id not used in a .rels part ("rIdCongvan1", …). */
function uniqueRelId(rels: string): string {
	const used = new Set<string>();
	for (const tag of scanTags(rels)) {
		const id = tag.kind === 'close' ? undefined : attribute(rels.slice(tag.start, tag.end), 'Id');
		if (id !== undefined) {
			used.add(id);
		}
	}
	for (let n = 1; ; n++) {
		if (!used.has(`rIdCongvan${n}`)) {
			return `rIdCongvan${n}`;
		}
	}
}

function hasOverride(contentTypes: string, part: string): boolean {
	return scanTags(contentTypes).some(
		(tag) =>
			tag.kind !== 'close' &&
			tag.name.endsWith('Override') &&
			(attribute(contentTypes.slice(tag.start, tag.end), 'PartName') ?? '').toLowerCase() === `/${part}`.toLowerCase(),
	);
}

/** Inserts markup before the end tag of the root element of a part. */
function insertBeforeRootEnd(xml: string, markup: string): string {
	const tags = scanTags(xml);
	const root = tags.find((t) => t.kind !== 'close');
	if (root?.kind === 'empty') {
		return `${xml.slice(0, root.end - 2).trimEnd()}>${markup}</${root.name}>${xml.slice(root.end)}`;
	}
	const close = [...tags].reverse().find((t) => t.kind === 'close');
	return close ? xml.slice(0, close.start) + markup + xml.slice(close.start) : xml;
}
