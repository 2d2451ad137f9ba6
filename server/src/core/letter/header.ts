// The header of the letter model (`Letter.header`), read once per letter when first asked for: which header
// components were found, the lines of the header zone that no component explains, the type name even when
// it is not written in capitals, the "V/v" lines, the groups of the ký hiệu and whether the header reads as
// a công văn's. Rules and editor features read these fields; none of them reads the header's text again.
// It builds on the parser's components (letter.ts) and lines (reference R8.10, §13.2).
import { DOCUMENT_TYPES, type DocumentType } from '../data/document-types';
import { blankLines, lineAtNormalized, lineSpanOf, subSpan, type Letter, type LetterLine, type Span } from '../letter';
import { hasLowerCase, isLetterCode, isUpperCaseText, toneFoldKey } from '../text';

/** The type name line of a named document, as the parser found it or in lower case. */
export interface HeaderTypeName {
	line: number;
	span: Span;
	type: DocumentType;
	/** False when the line is not in capitals ("Quyết định"): the parser only recognises capitals. */
	upperCase: boolean;
}

/** A header line that starts with a trích yếu label ("V/v", "V/V", "v/v:", "Về việc"). */
export interface LabelledLine {
	line: number;
	/** The line's content. */
	span: Span;
	/** The label as written. */
	label: Span;
}

/** The ký hiệu of the Số line, split into its groups. */
export interface KyHieu {
	/** The whole ký hiệu after the slash. */
	span: Span;
	/** The groups between hyphens, as written. */
	groups: string[];
	/** The first group: the type abbreviation of a named document, the agency of a công văn. */
	first: Span;
}

/** The header as the header rules see it. */
export interface HeaderParts {
	/** The Quốc hiệu, unless the match sits inside a sentence (a "V/v … nước Cộng hòa …" line). */
	quocHieu?: Span;
	/** Lines of the managing and issuing body: the upper-case header lines above Số, V/v and the type name, stamps left out. */
	agencyNames: Span[];
	/**
	 * Agency names not in capitals: header lines above Số, V/v and the type name that start like
	 * the name of a state body ("Ủy ban nhân dân …", "Sở …", "UBND tỉnh …") and the lines that continue them,
	 * and the part before a merged Quốc hiệu ("Bộ Nội vụ CỘNG HÒA …").
	 */
	agencyNotUpperCase: Span[];
	/** The type name line, in capitals or not. */
	typeName?: HeaderTypeName;
	/** The first non-blank line under the type name, where its trích yếu stands (the parser reads one in capitals as no trích yếu). */
	underTypeName?: Span;
	/**
	 * The lines in capitals that follow the trích yếu inside the header zone, up to the first blank line or line
	 * that is not in capitals: the parser ends a trích yếu there ("V/v TRIỂN KHAI …" / "NĂM 2021").
	 */
	trichYeuCapitals: Span[];
	/** The header lines starting with "V/v" in any spelling, whether or not the parser took them as the trích yếu. */
	vvLines: LabelledLine[];
	/** A "Về việc …" or "Về: …" line standing where a công văn has its "V/v …" (no type name, no V/v found). */
	veViec?: LabelledLine;
	/** Every component found, in document order. */
	components: Span[];
	/** The ký hiệu of the Số line when it has the usual administrative shape, split into its groups. */
	kyHieu?: KyHieu;
	/**
	 * Whether the header reads as a công văn's: no type name of its own (or "CÔNG VĂN", which a công văn does
	 * not print), and a "V/v" trích yếu, a "Về việc" line where the V/v belongs, or a Kính gửi (reference R4.2, R7.1).
	 */
	congVan: boolean;
	/** True when at least one header component was found. */
	present: boolean;
	/**
	 * When no component was found: the first line, before the Kính gửi or among the first 30 non-blank lines of
	 * a letter without one, that is written like a header component ("Số:", "V/v ", the Quốc hiệu or the Tiêu
	 * ngữ), so the header is there and the parser stopped before it.
	 */
	unread?: number;
	/** The first line after the header zone: the Kính gửi line, else the first body line. */
	zoneEnd: number;
	/** Non-blank lines of the header zone that no component uses, in order. */
	looseLines: number[];
}

// Stamps that stand in the header in capitals but name no agency (reference R8.4–R8.6, §9 draft marker). The
// draft's number ("DỰ THẢO LẦN 2") is letters and digits, which DRAFT_NUMBER checks when there is one: a
// `\p{L}` class in STAMP would be compiled in every process, for a stamp few letters carry.
const STAMP =
	/^(?:H[ỎO][AẢ] TỐC|THƯỢNG KHẨN|KHẨN|TUYỆT MẬT|TỐI MẬT|MẬT|XEM XONG TRẢ LẠI|LƯU HÀNH NỘI BỘ|DỰ THẢO(?: LẦN (.+))?|BẢN SAO|SAO Y(?: BẢN CHÍNH)?|TRÍCH SAO|SAO LỤC)$/u;
const DRAFT_NUMBER = /^[\p{L}\p{N}]+$/u;
// The first words of the name of a state body (reference R8.2). Words that open ordinary phrases are
// left out: "Ban hành …", "Phòng, chống …", "Phòng ngừa …", "Trường hợp …", "Bộ luật …".
const AGENCY_START =
	/^(?:ủy ban|uỷ ban|ubnd|hđnd|hội đồng|sở|bộ(?! luật)|tổng cục|cục|chi cục|ban(?! hành)|văn phòng|phòng(?! chống| ngừa)|trường(?! hợp)|học viện|viện|đại học|trung tâm|bệnh viện|công an|tòa án|toà án|kho bạc|bảo hiểm xã hội|thanh tra|chính phủ|quốc hội)[ \t]/iu;
// "V/v" in any of its spellings at the start of a line, not followed by a letter ("V/vận" is no label).
const VV_START = /^[Vv] ?\/ ?[Vv](?!\p{L})/u;
// "Về việc …" and "Về: …" where the V/v belongs (G6).
const VE_VIEC = /^(?:Về|VỀ)(?: (?:việc|VIỆC)(?= )|[ \t]*:)/u;
// Header components as they are usually written, to notice a header that the parser did not reach (a
// letter without Kính gửi whose first line is something else ends its header there). Case-sensitive, so
// that a wrapped body line ("số: 05/CT-TTg", "v/v thực hiện", "nước Cộng hòa …") is no evidence.
const HEADER_HINT = /^(?:Số\s*:|V ?\/ ?[Vv]\s)|CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI|Độc\s+lập\s*-\s*Tự\s+do/u;
// Two runs of letters: a letter, something else, a letter (what counting the runs would find at two or more).
// hasTwoWords decides it without the pattern for text of Vietnamese letters and ASCII.
const TWO_WORDS = /\p{L}\P{L}+\p{L}/u;
// Types that are never printed as a type name: a công văn and a thư công have none (reference R4.2).
const UNNAMED = new Set(['CÔNG VĂN', 'THƯ CÔNG']);
// Every type abbreviation, of Nghị định 30 and of Thông tư 01/2011, as printed.
const TYPE_ABBREVIATIONS = new Set(
	DOCUMENT_TYPES.flatMap((t) => [t.abbreviation, t.oldAbbreviation]).filter((a): a is string => a !== undefined),
);

// The lines of each letter's congvan comments, built once: a scan of the comments for every line asked
// about made a letter with thousands of comments quadratic (issue 15).
/** True when line `i` has no content, is a rule line or is a congvan comment (blankLines); and out of the letter. */
export function isBlankLine(letter: Letter, i: number): boolean {
	return (blankLines(letter)[i] ?? 1) === 1;
}

/** A part of line `i`'s content, from `start` to `end` (offsets in the content). */
function partOfLine(letter: Letter, i: number, start: number, end: number): Span {
	return subSpan(lineSpanOf(letter, i), start, end);
}

/** True for the types whose name is never printed: a công văn and a thư công have no type name (reference R4.2). */
function isUnnamedType(type: DocumentType): boolean {
	return UNNAMED.has(type.name);
}

/** True when a ký hiệu group is a type abbreviation of Nghị định 30 or Thông tư 01/2011 as printed ("QĐ", "GN", "TTr"). */
export function isTypeAbbreviation(group: string): boolean {
	return TYPE_ABBREVIATIONS.has(group);
}

/** Whether `text` is a stamp (STAMP), not an agency name. */
function isStamp(text: string): boolean {
	const match = STAMP.exec(text);
	const draftNumber = match?.[1];
	return match !== null && (draftNumber === undefined || DRAFT_NUMBER.test(draftNumber));
}

/**
 * TWO_WORDS.test(text): a letter, then something else, then a letter. Read one code unit at a time while each is a
 * letter by the case table (isLetterCode) or ASCII (no ASCII code unit but a-z and A-Z is a letter); the pattern decides text with any other.
 */
function hasTwoWords(text: string): boolean {
	// 0: no letter yet; 1: in a run of letters; 2: after a run of letters, in something else.
	let state = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (isLetterCode(c) === true) {
			if (state === 2) {
				return true;
			}
			state = 1;
		} else if (c < 0x80) {
			if (state === 1) {
				state = 2;
			}
		} else {
			return TWO_WORDS.test(text);
		}
	}
	return false;
}

/** Whether the header reads as a công văn's (`HeaderParts.congVan`). */
function readsAsCongVan(letter: Letter, typeName: HeaderTypeName | undefined, vvLines: number, veViec: LabelledLine | undefined): boolean {
	const type = typeName?.type;
	if (type && !isUnnamedType(type)) {
		return false;
	}
	return type !== undefined || vvLines > 0 || veViec !== undefined || letter.kinhGui !== undefined;
}

// The defects that make a ký hiệu unusual for `readKyHieu`, besides a space inside it.
const UNUSUAL_KY_HIEU = new Set(['missingSlash', 'wrongSeparator', 'ampersand', 'badCharacter']);

/**
 * The ký hiệu of the Số line when it has the usual administrative shape ("283 /STNMT-VP", " /SCT-VP", "…/QĐ-…"),
 * as the one reader read it (letter/so-ky-hieu.ts); undefined for other forms and for a ký hiệu with spaces or
 * characters other than letters, digits and placeholders.
 */
function readKyHieu(letter: Letter): KyHieu | undefined {
	const number = letter.so?.number;
	const span = number?.kyHieu;
	const first = number?.groups[0];
	if (!number || !span || !first || number.form !== 'administrative' || span.text.includes('/')) {
		return undefined;
	}
	for (const d of number.defects) {
		if (UNUSUAL_KY_HIEU.has(d.kind) || (d.kind === 'space' && d.range.start >= span.range.start && d.range.end <= span.range.end)) {
			return undefined;
		}
	}
	const groups: string[] = [];
	for (const g of number.groups) {
		groups.push(g.span.text);
	}
	return { span, groups, first: first.span };
}

/** The smallest of the numbers given, Infinity when none is (as `Math.min` of none). */
function minDefined(...numbers: (number | undefined)[]): number {
	let min = Infinity;
	for (const n of numbers) {
		if (n !== undefined && n < min) {
			min = n;
		}
	}
	return min;
}

/** Marks the lines that `span` covers as used by a component (`used`: one flag per line of the header zone). */
function consumeLines(letter: Letter, used: Uint8Array, span: Span | undefined): void {
	if (!span) {
		return;
	}
	const first = lineAtNormalized(letter, span.offset);
	const last = lineAtNormalized(letter, span.offset + Math.max(0, span.text.length - 1));
	for (let i = first; i <= last && i < used.length; i++) {
		used[i] = 1;
	}
}

/**
 * One walk over the header zone (the lines before `zoneEnd`): puts in `looseLines` the non-blank lines that no
 * component of the parser uses, and in `vvLines` the lines that start with "V/v" in any spelling.
 */
function readZone(letter: Letter, zoneEnd: number, blank: readonly number[], looseLines: number[], vvLines: LabelledLine[]): void {
	const used = new Uint8Array(zoneEnd);
	consumeLines(letter, used, letter.quocHieu);
	consumeLines(letter, used, letter.tieuNgu);
	for (const span of letter.agencyLines) {
		consumeLines(letter, used, span);
	}
	consumeLines(letter, used, letter.so?.span);
	consumeLines(letter, used, letter.date?.span);
	for (const span of letter.trichYeu?.lines ?? []) {
		consumeLines(letter, used, span);
	}
	consumeLines(letter, used, letter.typeName?.span);
	const lines = letter.lines;
	for (let i = 0; i < zoneEnd; i++) {
		// A blank line (no content, a rule, a congvan comment) opens with no "V" nor "v": it is neither.
		if ((blank[i] ?? 1) === 1) {
			continue;
		}
		if (used[i] === 0) {
			looseLines.push(i);
		}
		const content = (lines[i] as LetterLine).content;
		// VV_START needs a "V" or "v" first: most lines are passed over without the pattern.
		const head = content.charCodeAt(0);
		const match = head === 0x56 || head === 0x76 ? VV_START.exec(content) : null;
		if (match) {
			vvLines.push({ line: i, span: lineSpanOf(letter, i), label: partOfLine(letter, i, 0, match[0].length) });
		}
	}
}

/** The "Về việc …" line among the loose lines (`HeaderParts.veViec`). */
function findVeViec(letter: Letter, looseLines: readonly number[]): LabelledLine | undefined {
	for (const i of looseLines) {
		const match = VE_VIEC.exec(letter.lines[i]?.content ?? '');
		if (match) {
			return { line: i, span: lineSpanOf(letter, i), label: partOfLine(letter, i, 0, match[0].length) };
		}
	}
	return undefined;
}

/** The first non-blank line under the type name (`HeaderParts.underTypeName`). */
function lineUnder(letter: Letter, typeName: HeaderTypeName | undefined, blank: readonly number[]): Span | undefined {
	if (!typeName) {
		return undefined;
	}
	let next = typeName.line + 1;
	while (next < letter.lines.length && blank[next] === 1) {
		next++;
	}
	return next < letter.lines.length ? lineSpanOf(letter, next) : undefined;
}

/** Reads the header of a parsed letter; `Letter.header` calls it once, on first use. */
export function readHeader(letter: Letter): HeaderParts {
	const kinhGuiLine = letter.kinhGui?.line;
	const zoneEnd = kinhGuiLine ?? letter.body?.firstLine ?? firstTailLine(letter) ?? letter.lines.length;
	const blank = blankLines(letter);
	const looseLines: number[] = [];
	const vvLines: LabelledLine[] = [];
	readZone(letter, zoneEnd, blank, looseLines, vvLines);
	// Without a Kính gửi the parser ends the header at a type name in lower case, so the first body line is a candidate too.
	const typeName = findTypeName(letter, looseLines, kinhGuiLine === undefined ? letter.body?.firstLine : undefined);
	const quocHieu = plausibleQuocHieu(letter);
	const trichYeuLine = letter.trichYeu?.lines[0] ? lineAtNormalized(letter, letter.trichYeu.lines[0].offset) : undefined;

	// The agency name heads the left column, above Số and V/v, in every order the extraction produces
	// (reference R8.10); upper-case lines below them are something else ("NĂM 2021" wrapped from an
	// upper-case V/v, an authority line under the type name). A lone word ("COVID-19") and stamps are no
	// agency names either.
	const agencyLimit = minDefined(letter.so?.line, vvLines[0]?.line, trichYeuLine, typeName?.line);
	const agencyNames: Span[] = [];
	for (const s of letter.agencyLines) {
		if (!isStamp(s.text) && hasTwoWords(s.text) && lineAtNormalized(letter, s.offset) < agencyLimit) {
			agencyNames.push(s);
		}
	}

	const veViec =
		kinhGuiLine !== undefined && !typeName && !letter.trichYeu && vvLines.length === 0 ? findVeViec(letter, looseLines) : undefined;
	const agencyNotUpperCase = findAgencyNotUpperCase(
		letter,
		looseLines,
		minDefined(letter.so?.line, trichYeuLine, typeName?.line, vvLines[0]?.line, veViec?.line, zoneEnd),
	);
	const components = headerComponents(letter, quocHieu, agencyNames, agencyNotUpperCase, typeName, vvLines[0], veViec);

	// Every field in one literal, in the order the model dump shows them: one shape for every letter's header.
	return {
		trichYeuCapitals: capitalsAfterTrichYeu(letter, zoneEnd, blank),
		agencyNames,
		agencyNotUpperCase,
		vvLines,
		components,
		present: components.length > 0,
		zoneEnd,
		looseLines,
		congVan: readsAsCongVan(letter, typeName, vvLines.length, veViec),
		kyHieu: readKyHieu(letter),
		unread: components.length === 0 ? unreadHeaderLine(letter, blank) : undefined,
		quocHieu,
		typeName,
		underTypeName: lineUnder(letter, typeName, blank),
		veViec,
	};
}

/** Every header component found, in document order (`HeaderParts.components`). */
function headerComponents(
	letter: Letter,
	quocHieu: Span | undefined,
	agencyNames: readonly Span[],
	agencyNotUpperCase: readonly Span[],
	typeName: HeaderTypeName | undefined,
	vv: LabelledLine | undefined,
	veViec: LabelledLine | undefined,
): Span[] {
	// In this order before the sort, which keeps the order of spans that start together (a V/v line is the trích yếu's first).
	const components: Span[] = [];
	pushSpan(components, quocHieu);
	pushSpan(components, letter.tieuNgu);
	for (const span of agencyNames) {
		components.push(span);
	}
	for (const span of agencyNotUpperCase) {
		components.push(span);
	}
	pushSpan(components, letter.so?.span);
	pushSpan(components, letter.date?.span);
	pushSpan(components, letter.trichYeu?.lines[0]);
	pushSpan(components, typeName?.span);
	pushSpan(components, vv?.span);
	pushSpan(components, veViec?.span);
	components.sort(byStart);
	return components;
}

function pushSpan(spans: Span[], span: Span | undefined): void {
	if (span) {
		spans.push(span);
	}
}

function byStart(a: Span, b: Span): number {
	return a.range.start - b.range.start;
}

/** The lines in capitals right after the trích yếu, inside the header zone (`HeaderParts.trichYeuCapitals`). */
function capitalsAfterTrichYeu(letter: Letter, zoneEnd: number, blank: readonly number[]): Span[] {
	const trichYeu = letter.trichYeu;
	const last = trichYeu?.lines[trichYeu.lines.length - 1] ?? trichYeu?.label;
	if (!last) {
		return [];
	}
	const found: Span[] = [];
	for (let i = lineAtNormalized(letter, last.offset) + 1; i < zoneEnd; i++) {
		if (blank[i] === 1 || !isUpperCaseText(letter.lines[i]?.content ?? '')) {
			break;
		}
		found.push(lineSpanOf(letter, i));
	}
	return found;
}

/** The first line of a header the parser did not reach (`HeaderParts.unread`), or undefined. */
function unreadHeaderLine(letter: Letter, blank: readonly number[]): number | undefined {
	const end = letter.kinhGui?.line ?? letter.lines.length;
	let seen = 0;
	for (let i = 0; i < end && seen < 30; i++) {
		if (blank[i] === 1) {
			continue;
		}
		seen++;
		if (HEADER_HINT.test(letter.lines[i]?.content ?? '')) {
			return i;
		}
	}
	return undefined;
}

/**
 * Agency names that are not in capitals. Only lines above the left column's Số and V/v (and above the
 * type name and Kính gửi) are looked at: that is where the agency name stands in every order the
 * extraction produces (reference R8.10).
 */
function findAgencyNotUpperCase(letter: Letter, looseLines: readonly number[], limit: number): Span[] {
	const found: Span[] = [];
	for (const s of letter.agencyLines) {
		if (hasLowerCase(s.text) && AGENCY_START.test(s.text)) {
			found.push(s);
		}
	}
	let previous = -2;
	for (const i of looseLines) {
		if (i >= limit) {
			break;
		}
		const content = letter.lines[i]?.content ?? '';
		const nameLike = hasLowerCase(content) && content.length <= 80 && !endsWithMark(content);
		// A line right under an agency line continues it ("Ủy ban nhân dân" / "tỉnh Cao Bằng").
		if (nameLike && (AGENCY_START.test(content) || previous === i - 1)) {
			found.push(lineSpanOf(letter, i));
			previous = i;
		} else {
			previous = -2;
		}
	}
	return found;
}

/** /[.;:!?,]$/u.test(s), by the last char code. */
function endsWithMark(s: string): boolean {
	const c = s.length > 0 ? s.charCodeAt(s.length - 1) : 0;
	return c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x2c;
}

/** The first line of Nơi nhận or the signature, when the letter has no body. */
function firstTailLine(letter: Letter): number | undefined {
	const signature = letter.signature?.lines[0] ? lineAtNormalized(letter, letter.signature.lines[0].offset) : undefined;
	const first = minDefined(letter.noiNhan?.line, signature);
	return first === Infinity ? undefined : first;
}

// The named types by the tone-folded key of their name (the first of the list when two share a key), built once.
const NAMED_TYPE_BY_KEY = new Map<string, DocumentType>();
for (const t of DOCUMENT_TYPES) {
	const key = toneFoldKey(t.name);
	if (!isUnnamedType(t) && !NAMED_TYPE_BY_KEY.has(key)) {
		NAMED_TYPE_BY_KEY.set(key, t);
	}
}

/**
 * The type name: the parser's (always in capitals), else a header line equal to a type name in another
 * case ("Quyết định", "Tờ Trình") among the loose lines, then the line `extra` (the first body line of a letter
 * without Kính gửi, where the parser ends the header at such a line).
 */
function findTypeName(letter: Letter, looseLines: readonly number[], extra: number | undefined): HeaderTypeName | undefined {
	const parsed = letter.typeName;
	if (parsed) {
		return { line: parsed.line, span: parsed.span, type: parsed.type, upperCase: true };
	}
	for (const i of looseLines) {
		const found = typeNameAt(letter, i);
		if (found) {
			return found;
		}
	}
	return extra === undefined ? undefined : typeNameAt(letter, extra);
}

/** Line `i` as a type name not in capitals, or undefined. */
function typeNameAt(letter: Letter, i: number): HeaderTypeName | undefined {
	const content = letter.lines[i]?.content ?? '';
	if (content.length > 30 || isUpperCaseText(content)) {
		return undefined;
	}
	const type = NAMED_TYPE_BY_KEY.get(toneFoldKey(content));
	return type ? { line: i, span: lineSpanOf(letter, i), type, upperCase: false } : undefined;
}

/**
 * The Quốc hiệu, unless the match is part of a sentence: text before it on the line that is a "V/v" label,
 * or that has lower-case letters while the match itself is not in capitals ("… của nước Cộng hòa …").
 */
function plausibleQuocHieu(letter: Letter): Span | undefined {
	const qh = letter.quocHieu;
	if (!qh) {
		return undefined;
	}
	const line = letter.lines[lineAtNormalized(letter, qh.offset)];
	if (!line) {
		return qh;
	}
	const before = letter.norm.text.slice(line.contentStart, qh.offset).trim();
	if (VV_START.test(before) || (hasLowerCase(before) && !isUpperCaseText(qh.text))) {
		return undefined;
	}
	return qh;
}
