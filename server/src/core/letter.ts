// The letter model: the text is parsed once into its parts, each with exact UTF-16 ranges into the
// original text. Components are found by pattern, not by a fixed line order, because text taken from
// the two-column header of a Word file comes out in varying orders (reference R8.10, §13.2).
import { DOCUMENT_TYPES, type DocumentType } from './data/document-types';
import { parseCitations, type Citation } from './letter/citations';
import { beforeNd30 } from './dates';
import { buildItemTree, findAttachmentStart } from './letter/body';
import { isNameInCapitals, readClosing, type ClosingParts } from './letter/closing';
import { signerTitleLine } from './letter/signature-titles';
import { readHeader, type HeaderParts } from './letter/header';
import { recoverLayout, type Layout } from './letter/layout';
import { assignRoles, readSoKyHieu, type SoKyHieu } from './letter/so-ky-hieu';
import { spanIn, type Span } from './span';
import {
	LineIndex,
	MappedText,
	MappedTextBuilder,
	detectLegacyEncoding,
	isLetterCode,
	isUpperCaseText,
	isUpperCode,
	normalizeForMatching,
	skipSpaces,
	toneFoldKey,
	startsLower,
	startsUpper,
	trimEndIndex,
} from './text';
import type { DateValue, Range } from './types';
import type { Block, LineLayout, Recovery } from './letter/layout';
import type { DocumentFormat } from './letter/format';

export { originalText, spanIn, subRange, subSpan, type Span } from './span';
export type { Block, Column, Layout, LineLayout, Recovery, Run } from './letter/layout';

/** A span holding a number. */
export interface NumberSpan extends Span {
	value: number;
}

/**
 * One line of the normalised text. Line numbers equal the original's (CRLF, CR and LF all end a line) unless the
 * layout recovery put table cells or run-together components on lines of their own (`letter.layout`).
 */
export interface LetterLine {
	/** Zero-based line number. */
	index: number;
	/** Offset of the line in the normalised text. */
	start: number;
	/** Offset of the end of the line (before the line break) in the normalised text. */
	end: number;
	/** Offsets of the content without leading and trailing white space, in the normalised text. */
	contentStart: number;
	contentEnd: number;
	/** The content without leading and trailing white space. */
	content: string;
}

/** The header "Số:" line. */
export interface SoLine {
	line: number;
	/** The whole line's content. */
	span: Span;
	/** The word "Số" as written. */
	label: Span;
	/** The colon after "Số", when present. */
	colon?: Span;
	/** Everything after the label and colon, trimmed; absent when the line holds only the label. */
	value?: Span;
	/** The number read from the value by the one reader (letter/so-ky-hieu.ts); absent with the value. */
	number?: SoKyHieu;
	/** The ký hiệu of `number` (its groups with the separators between them), when it has one. */
	kyHieu?: Span;
	/** True when the number slot is blank (a draft): `number.blank`, or a line with no value at all. */
	blank: boolean;
}

/** The place-and-date line of the header. */
export interface DateLine {
	line: number;
	span: Span;
	/** The place name before the comma. */
	place: Span;
	/** "words" for "ngày … tháng … năm …", "numeric" for "05/3/2020". */
	form: 'words' | 'numeric';
	/** The keywords' ranges, for reporting blanks ("ngày", "tháng", "năm"); a numeric date has at most "ngày". */
	dayKeyword?: Span;
	monthKeyword?: Span;
	yearKeyword?: Span;
	day?: NumberSpan;
	month?: NumberSpan;
	year?: NumberSpan;
}

/** The trích yếu: "V/v …" of a công văn, or the line(s) under a type name. */
export interface TrichYeu {
	/** The "V/v" label (or its variant) of a công văn. */
	label?: Span;
	/** The lines, in order. */
	lines: Span[];
	/** The range from the first line to the last. */
	range: Range;
}

/** The type name line of a named document ("QUYẾT ĐỊNH"). */
export interface TypeNameLine {
	line: number;
	span: Span;
	type: DocumentType;
}

/** "Kính gửi:" and its recipients. */
export interface KinhGui {
	line: number;
	label: Span;
	/**
	 * The mark written right after the label (spaces between them allowed): ":" as it should be, or ";", ","
	 * or "." in its place; undefined when the recipient or the line's end follows the label directly.
	 */
	mark?: Span;
	/** The recipient on the label's line, or the "-" lines below it. */
	recipients: Span[];
	range: Range;
}

/** The kinds of numbered parts of the body, from the largest to the smallest. */
export type ItemKind = 'phan' | 'chuong' | 'muc' | 'la-ma' | 'dieu' | 'khoan' | 'diem';

/** A numbered part of the body: Phần I, Chương II, Mục 1, I., Điều 3., 1., a). */
export interface Item {
	kind: ItemKind;
	/** The marker as written ("7.", "a)", "Điều 3.", "Phần II"). */
	marker: Span;
	/** The number or letter alone ("7", "a", "3", "II"). */
	label: string;
	/** The position in its sequence: the number, the letter's rank in the Vietnamese order, the Roman value. */
	value: number;
	/** The enclosing item, if any. */
	parent?: Item;
	/** The items directly inside this one. */
	children: Item[];
	/** The index of the paragraph that the item opens. */
	paragraph: number;
	/** For a decimal item ("4.2.3."), the numbers it extends ("4.2."); its label is the last number. */
	prefix?: string;
	/** For an item inside quoted text, the quotation's number: a numbering scope of its own. */
	quote?: number;
	/** From the marker to the end of the item's last paragraph. */
	range: Range;
}

/** A logical paragraph: lines joined across hard wraps and page breaks (reference §13.3). */
export interface Paragraph {
	/** Zero-based numbers of the lines it is made of. */
	lines: number[];
	/** The joined text, mapped to the original. */
	text: MappedText;
	range: Range;
}

/** The body between the header (or Kính gửi) and the signature or Nơi nhận. */
export interface Body {
	/** First and last line (inclusive) of the body; absent when the letter has no body. */
	firstLine: number;
	lastLine: number;
	range: Range;
	paragraphs: Paragraph[];
	/** The top-level items, each with its children. */
	items: Item[];
	/** Every item in document order. */
	allItems: Item[];
	/**
	 * Paragraphs that stand where a Điều's label is missing: the only paragraph between "Điều 2." and "Điều 4.",
	 * a sentence of its own after a Điều that is one (reference H10), with the Điều after it.
	 */
	unlabelled?: UnlabelledItem[];
}

/** A paragraph that should open with a Điều's label but has none. */
export interface UnlabelledItem {
	/** The index of the paragraph. */
	paragraph: number;
	/** Its first word, where the label belongs. */
	start: Span;
	/** The number the label should have (3 between "Điều 2." and "Điều 4."). */
	value: number;
	/** The Điều before and after it. */
	previous: Item;
	next: Item;
}

/** One entry of Nơi nhận, with its wrapped continuation lines. */
export interface NoiNhanEntry {
	/**
	 * The lines of the entry, without a note after its final mark: "(để b/c)" after the ";" where a brace
	 * spanned several entries, the drafter's initials or the copy count after the Lưu entry's "." (box 12).
	 */
	lines: Span[];
	/** Notes after the entry's final mark, as described above. */
	notes?: Span[];
	/** The joined text. */
	text: string;
	range: Range;
}

/** The "Nơi nhận:" block. */
export interface NoiNhan {
	line: number;
	label: Span;
	entries: NoiNhanEntry[];
	range: Range;
}

/** The signature block: authority and title lines, then the name. */
export interface Signature {
	/** Its non-blank lines in order. */
	lines: Span[];
	/** The upper-case authority and title lines ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"). */
	titleLines: Span[];
	/** The signer's name, when found. */
	name?: Span;
	range: Range;
	/** How the block was found: as typed, or from a recovered layout (a fix must not cross a cell boundary). */
	recovery: Recovery;
}

/** A comment that switches rules off or on (`<!-- congvan-disable-next-line missing-noi-nhan -->`). */
export interface Directive {
	kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';
	/** The rule ids named; empty for every rule. */
	rules: string[];
	/** Zero-based line of the comment. */
	line: number;
	span: Span;
}

/** The regime a letter is written under, which decides which rules apply (reference §9, R1.8). */
export type Regime = 'administrative' | 'party' | 'legal-normative';

/** A letter parsed once into its parts. Every range is into the original text. */
export interface Letter {
	/** The original text. */
	source: string;
	/** The normalised text with its map to the original: the lines in reading order (see letter/layout.ts). */
	norm: MappedText;
	/** What the layout recovery did to each line; `layout.lines` is empty when every line is as typed. */
	layout: Layout;
	lines: LetterLine[];
	/** True when the text has nothing but white space. */
	empty: boolean;
	/** The legacy 8-bit encoding the text looks typed in (TCVN3, VNI), or undefined for Unicode. */
	legacyEncoding?: 'tcvn3' | 'vni';
	/** The congvan comments of the letter, in order. They count as blank lines for everything else. */
	directives: Directive[];
	regime: Regime;
	/** What showed the regime: "ĐẢNG CỘNG SẢN VIỆT NAM", or a Số line with a year. */
	regimeEvidence?: Span;
	quocHieu?: Span;
	tieuNgu?: Span;
	/** Upper-case lines of the left header column (managing and issuing body). */
	agencyLines: Span[];
	so?: SoLine;
	date?: DateLine;
	/** The letter's own date, from the date line; fields missing when blank in a draft. */
	issueDate?: Partial<DateValue>;
	typeName?: TypeNameLine;
	trichYeu?: TrichYeu;
	kinhGui?: KinhGui;
	body?: Body;
	citations: Citation[];
	noiNhan?: NoiNhan;
	signature?: Signature;
	/** An attachment run on after the signature (a quy chế after the signer's name), from its first line. */
	attachment?: { line: number; range: Range };
	/** The attachment read as a body of its own: its numbering is checked like the letter's (reference I4). */
	attachmentBody?: Body;
	/** The formatting of a letter read from a Word file (letter/format.ts); undefined for plain text. */
	format?: DocumentFormat;
	/**
	 * The header as rules and features read it (letter/header.ts): the components found, the loose lines of
	 * the header zone, the type name in any case, the V/v lines, the ký hiệu's groups, công văn or not. Read
	 * from the parts above on first use, then kept.
	 */
	readonly header: HeaderParts;
	/**
	 * The closing as rules and features read it (letter/closing.ts): the signer, the title lines proper, the
	 * authority prefixes, the Lưu line with its items and units, the drafting unit of the ký hiệu. Read from
	 * the parts above on first use, then kept.
	 */
	readonly closing: ClosingParts;
	/**
	 * Readings derived from the model and kept with it (`memoOn`), most on first use (the parser's blank lines
	 * when the model is made): not part of the model. A map
	 * on the letter, not module-level WeakMaps keyed by letters: V8's young-generation collector treats the
	 * entries of a WeakMap as live, so each WeakMap of a reading kept every letter checked since the last full
	 * collection alive through the scavenges (slow scavenges, a young generation grown to its maximum).
	 */
	readonly memo: Map<MemoKey<unknown>, unknown>;
}

const BLANK_LINES = memoKey<readonly number[]>('blankLines');

/**
 * Per line, 1 when the line counts as blank (no content, a rule of dashes or the like, a congvan comment) and 0
 * otherwise: the parser's reading, kept with the model; computed again for a model the parser did not make.
 */
export function blankLines(letter: Letter): readonly number[] {
	// Read straight from the memo, where the parser put them (LetterModel); memoOn would make a closure per call.
	// readBlankLines serves only a model the parser did not make (a copy with a fresh memo, in tests).
	const kept = letter.memo.get(BLANK_LINES) as readonly number[] | undefined;
	return kept ?? memoOn(letter, BLANK_LINES, () => readBlankLines(letter));
}

function readBlankLines(letter: Letter): number[] {
	const comments = new Set(letter.directives.map((d) => d.line));
	return letter.lines.map((line) => (line.content === '' || isRuleLine(line.content) || comments.has(line.index) ? 1 : 0));
}

/** The key of a reading memoised on a letter: one object per reading, made once at module level. */
export interface MemoKey<T> {
	readonly name: string;
	/** Never set: carries the type of the reading. */
	readonly type?: T;
}

export function memoKey<T>(name: string): MemoKey<T> {
	return { name };
}

/** The reading `key` of a letter: computed by `compute` the first time it is asked for, then kept on the letter. */
export function memoOn<T>(letter: Letter, key: MemoKey<T>, compute: () => T): T {
	const memo = letter.memo as Map<MemoKey<T>, T>;
	if (memo.has(key)) {
		return memo.get(key) as T;
	}
	const value = compute();
	memo.set(key, value);
	return value;
}

/** The model while the parser fills it in, before it gets its readings. */
type LetterDraft = Omit<Letter, 'header' | 'closing' | 'memo'>;

/**
 * A letter: every field of the model made here, in one order, `undefined` until the parser finds the part, so
 * that every letter has one hidden class (the rules read the model through monomorphic loads; a copy of the
 * parser's fields, each letter with the fields it had found in the order it found them, gave letters dozens of
 * shapes). Then `header` and `closing` as own enumerable getters (the model dump and structuredClone see them as
 * fields), the same two functions for every letter: computed from the parsed parts the first time they are read
 * (after the parse is complete), then kept, so a parse that no rule asks about costs nothing more. Getters
 * written in an object literal were two new closures per letter: each letter got a hidden class of its own, kept
 * in V8's old generation, and everything the closures reached (the whole model) survived the young-generation
 * collections until the next full one: with 200 letters open or 200 edits, scavenges of 3-15 ms and a young
 * generation grown to its maximum. The parser's blank lines (one flag per line) go in the memo, for `blankLines`.
 */
class LetterModel implements LetterDraft {
	#header: HeaderParts | undefined = undefined;
	#closing: ClosingParts | undefined = undefined;

	readonly source: string;
	readonly norm: MappedText;
	readonly layout: Layout;
	readonly lines: LetterLine[];
	readonly empty: boolean;
	readonly directives: Directive[];
	regime: Regime = 'administrative';
	readonly agencyLines: Span[] = [];
	citations: Citation[] = [];
	legacyEncoding: 'tcvn3' | 'vni' | undefined = undefined;
	quocHieu: Span | undefined = undefined;
	tieuNgu: Span | undefined = undefined;
	so: SoLine | undefined = undefined;
	date: DateLine | undefined = undefined;
	issueDate: Partial<DateValue> | undefined = undefined;
	typeName: TypeNameLine | undefined = undefined;
	trichYeu: TrichYeu | undefined = undefined;
	regimeEvidence: Span | undefined = undefined;
	kinhGui: KinhGui | undefined = undefined;
	attachment: { line: number; range: Range } | undefined = undefined;
	noiNhan: NoiNhan | undefined = undefined;
	signature: Signature | undefined = undefined;
	body: Body | undefined = undefined;
	attachmentBody: Body | undefined = undefined;
	format: DocumentFormat | undefined = undefined;

	declare readonly memo: Map<MemoKey<unknown>, unknown>;

	constructor(parser: Parser) {
		this.source = parser.source;
		this.norm = parser.norm;
		this.layout = parser.layout;
		this.lines = parser.lines;
		this.empty = parser.source.trim() === '';
		this.directives = parser.directives;
		Object.defineProperties(this, READINGS);
		this.memo = new Map();
		// The parser's blank lines, for the readers that ask (`blankLines`).
		this.memo.set(BLANK_LINES, parser.blank);
	}

	static headerOf(letter: LetterModel): HeaderParts {
		return (letter.#header ??= readHeader(letter as unknown as Letter));
	}

	static closingOf(letter: LetterModel): ClosingParts {
		return (letter.#closing ??= readClosing(letter as unknown as Letter));
	}
}

const READINGS: PropertyDescriptorMap = {
	header: {
		get(this: LetterModel): HeaderParts {
			return LetterModel.headerOf(this);
		},
		enumerable: true,
		configurable: true,
	},
	closing: {
		get(this: LetterModel): ClosingParts {
			return LetterModel.closingOf(this);
		},
		enumerable: true,
		configurable: true,
	},
};

// The type abbreviations by the rules of the letter's date: Nghị định 30's from 05/03/2020, both tables before.
const TYPE_ABBREVIATIONS_ND30 = new Set(DOCUMENT_TYPES.filter((t) => !t.oldOnly).flatMap((t) => (t.abbreviation ? [t.abbreviation] : [])));
const TYPE_ABBREVIATIONS_OLD = new Set(
	DOCUMENT_TYPES.flatMap((t) => [t.abbreviation, t.oldAbbreviation]).filter((a): a is string => a !== undefined),
);
// The same in capitals: a type group written in lower case ("12/bc-SVHTT") is still the type, so that the one
// defect (reported by malformed-so-ky-hieu) does not also move the issuer and cascade into the citations.
const upperSet = (set: Set<string>): Set<string> => new Set([...set].map((a) => a.toUpperCase()));
const TYPE_ABBREVIATIONS_ND30_UPPER = upperSet(TYPE_ABBREVIATIONS_ND30);
const TYPE_ABBREVIATIONS_OLD_UPPER = upperSet(TYPE_ABBREVIATIONS_OLD);

/**
 * Whether the first group of the letter's ký hiệu is a type abbreviation: with a type name, its abbreviation or
 * another type's; otherwise a known abbreviation of the letter's date, unless a "V/v" makes the letter a công văn, whose
 * ký hiệu opens with the issuer ("12/BC-STC": issuer BC, unit STC).
 */
function kyHieuStartsWithType(letter: LetterDraft, number: SoKyHieu): boolean {
	const first = number.groups[0]?.span.text;
	if (first === undefined) {
		return false;
	}
	const type = letter.typeName?.type;
	const old = beforeNd30(letter.issueDate);
	const upper = first.toUpperCase();
	const known =
		(old ? TYPE_ABBREVIATIONS_OLD : TYPE_ABBREVIATIONS_ND30).has(first) ||
		(old ? TYPE_ABBREVIATIONS_OLD_UPPER : TYPE_ABBREVIATIONS_ND30_UPPER).has(upper);
	if (type) {
		// A named type: its own abbreviation, or another type's written in its place ("KH-UBND" under QUYẾT ĐỊNH).
		return upper === type.abbreviation?.toUpperCase() || upper === type.oldAbbreviation?.toUpperCase() || known;
	}
	return !letter.trichYeu?.label && known;
}

// The Vietnamese order of điểm letters (reference R5.4): no f, j, w, z, and đ after d.
export const DIEM_LETTERS = 'abcdđeghiklmnopqrstuvxy';

// The labels' patterns have numbered groups, not named ones, and no flag d: a named group builds a `groups` object
// (a dictionary) per match and the flag d an array of offsets in the runtime, on a line of every letter. The label
// is group 1, at the start of the content.
// Groups: 1 the label, 2 the colon.
const SO_LABEL = /^(Số|SỐ)[ \t]*(:)?/u;
// The place is words separated by single spaces, so that no two quantifiers compete for the same
// characters (linear time, checked by eslint-plugin-regexp). A blank day or month is a draft (R1.7).
// The place's words are letters, digits and .'- from a capital on (isPlace): the patterns take any characters
// but white space and commas, which finds the same place (everything before the first comma, less the white
// space before it) and more lines, which isPlace then rejects. Every part of the date line is a group of its
// own, so that its offsets are the sums of the lengths before it: the offsets of named groups (flag d) were
// made for every match, and two `\p{L}` patterns were compiled in every process.
const PLACE = String.raw`([^\s,]+(?: [^\s,]+)*)`;
// Groups: 1 place, 2 the comma, 3 "ngày", 4 5 space and day, 6 space, 7 "tháng", 8 9 space and month, 10 space,
// 11 "năm", 12 13 space and year.
const DATE_WORDS = new RegExp(
	String.raw`^${PLACE}(\s*,\s*)(ngày)(?:(\s+)(\d{1,2}))?(\s*)(tháng)(?:(\s+)(\d{1,2}))?(\s*)(năm)(?:(\s+)(\d{4}))?`,
	'u',
);
// Groups: 1 place, 2 the comma, 3 4 "ngày" and space, 5 day, 6 separator, 7 month, 8 separator, 9 year.
const DATE_NUMERIC = new RegExp(String.raw`^${PLACE}(\s*,\s*)(?:(ngày)(\s*))?(\d{1,2})(\s*[/.-]\s*)(\d{1,2})(\s*[/.-]\s*)(\d{4})$`, 'u');
// What isPlace asks of a place it cannot decide by its code units.
const PLACE_CHARACTERS = /^\p{Lu}[\p{L}\p{N}.' -]*$/u;

/**
 * Whether the place of a date line (words between single spaces, as the patterns took them) is the place
 * of the definition: a capital, then letters, digits and .'- (PLACE_CHARACTERS), decided by its code units
 * when each is certain, else by the pattern.
 */
function isPlace(place: string): boolean {
	if (isUpperCode(place.charCodeAt(0)) !== true) {
		return PLACE_CHARACTERS.test(place);
	}
	for (let i = 1; i < place.length; i++) {
		const c = place.charCodeAt(i);
		if (!(isLetterCode(c) === true || isDigitCode(c) || c === 0x20 || c === 0x2e || c === 0x27 || c === 0x2d)) {
			return PLACE_CHARACTERS.test(place);
		}
	}
	return true;
}

/** The length of an optional group of a match: 0 when it took part in none. */
function groupLength(match: RegExpExecArray, group: number): number {
	return match[group]?.length ?? 0;
}
const VV_LABEL = /^([Vv] ?\/ ?[Vv])(?!\p{L})\s*:?/u;
// "Kínhgửi:" and "Nơinhận:": extraction loses the space inside a label (reference E1).
const KINH_GUI = /^(Kính\s*gửi|KÍNH\s*GỬI)\s*:?/u;
const NOI_NHAN = /^(Nơi\s*nhận|NƠI\s*NHẬN)\s*(?::\s*)?(?=$|-)/u;
// The words the two labels open with: where in the text a label's line can be (Parser.findLabel).
const KINH_GUI_WORD = /Kính|KÍNH/gu;
const NOI_NHAN_WORD = /Nơi|NƠI/gu;
// A note that a copy was signed ("(đã ký)", "(Đã ký và đóng dấu)"), which web copies put in the signature.
const SIGNED_NOTE = /^\((?:đã|Đã|ĐÃ)\s+(?:ký|KÝ)[^)]*\)$/u;
// A note after an entry's ";" or ".", left where a curly brace spanned several entries: "- Chủ tịch UBND tỉnh; (để b/c)".
const ENTRY_NOTE = /(?<=[;.])\s+(\([^()]*\))$/u;
// Box 12 after the Lưu entry's period: the drafter's initials and the number of copies ("- Lưu: VT, KT (2b). HN").
const LUU_ENTRY = /^[-+•]\s*Lưu(?!\p{L})/iu;
const LUU_BOX_12 = /(?<=\.)\s+([\p{Lu}\p{N}]{1,6}(?:\s*\(\d+\))?)$/u;
// A page number standing alone at the end of a page.
const PAGE_NUMBER = /^(?:-\s*)?\d{1,3}(?:\s*-)?$/u;
const QUOC_HIEU = /C[ỘO]NG\s+H[ÒOÀ]{1,2}A?\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM/iu;
const TIEU_NGU = /Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc/iu;
const PARTY = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u;
const RULE_LINE = /^[-_=.*\s]+$/u;
// A line ends a paragraph when it ends with terminal punctuation, possibly followed by closing quotes,
// brackets or "./.": when TERMINAL = /[.;:!?…][)"”’'\]]*$/u would match it, which endsSentence decides.
// TERMINAL's two sets, which share no character, by char code (charAt of a character outside Latin-1, such as
// the last letter of most Vietnamese lines, builds a string):
/** Whether `code` is one of TERMINAL's terminal marks: . ; : ! ? … */
function isTerminalMark(code: number): boolean {
	return code === 0x2e || code === 0x3b || code === 0x3a || code === 0x21 || code === 0x3f || code === 0x2026;
}

/** Whether `code` is one of TERMINAL's closing marks: ) " ” ’ ' ] */
function isClosingMark(code: number): boolean {
	return code === 0x29 || code === 0x22 || code === 0x201d || code === 0x2019 || code === 0x27 || code === 0x5d;
}

/**
 * TERMINAL.test(s), read from the end: the closing marks, then a terminal mark. The regex is tried at every
 * offset of every line of the body; as the two sets share no character, the last character that is no closing
 * mark is the only candidate.
 */
function endsSentence(s: string): boolean {
	let i = s.length - 1;
	while (i >= 0 && isClosingMark(s.charCodeAt(i))) {
		i--;
	}
	return i >= 0 && isTerminalMark(s.charCodeAt(i));
}

/**
 * The first char code of a string, or -1 when it is empty: charCodeAt(0) of an empty line reads out of bounds,
 * which makes V8 throw away the optimised code of the loop that does it (a deopt, then a recompile).
 */
function firstCode(s: string): number {
	return s.length > 0 ? s.charCodeAt(0) : -1;
}

/**
 * Whether a line's content (trimmed) is a rule of dashes, underscores, dots or emphasis marks ("____", "-----"),
 * which counts as a blank line. The first char code is tested before the pattern: it must be one of RULE_LINE's
 * marks (the trimming takes all of its white space), and most lines start with a letter.
 */
export function isRuleLine(content: string): boolean {
	const code = firstCode(content);
	return (code === 0x2d || code === 0x5f || code === 0x3d || code === 0x2e || code === 0x2a) && RULE_LINE.test(content);
}

/** /^[-+•]/u.test(s): whether a line opens with the dash (or plus, or bullet) of a list entry. */
function startsWithDash(s: string): boolean {
	const code = firstCode(s);
	return code === 0x2d || code === 0x2b || code === 0x2022;
}

/** /[;.]$/u.test(s): whether a Nơi nhận entry ends with its mark, without a regex tried at every offset. */
function endsEntry(s: string): boolean {
	return s.endsWith(';') || s.endsWith('.');
}

// Markers that always start a new paragraph.
const STRUCTURAL =
	/^(?:[-+•]\s|(?:Phần|Chương|Mục|Điều)\s+[\dIVXLC]+|[IVXLC]+\.\s|\d+\.(?!\d)|\d{1,3}(?:\.\d{1,2}){1,3}(?:\.\s|\s+\p{Lu})|\d+\)\s|[a-zđ]\)\s)/u;
/**
 * Whether a line that starts with this char code can match STRUCTURAL or NUMBERED_HEADING, both anchored at the
 * start: a dash, plus or bullet, the P, C, M or Đ of Phần, Chương, Mục, Điều, a Roman digit, a digit, or the
 * letter of a điểm. Most body lines start otherwise, and the patterns need not run on them.
 */
function mayOpenItem(code: number): boolean {
	if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) {
		return true;
	}
	switch (code) {
		case 0x2d: // -
		case 0x2b: // +
		case 0x2022: // •
		case 0x50: // P
		case 0x43: // C
		case 0x4d: // M
		case 0x110: // Đ
		case 0x111: // đ
		case 0x49: // I
		case 0x56: // V
		case 0x58: // X
		case 0x4c: // L
			return true;
		default:
			return false;
	}
}
// A numbered heading: "3. Kết quả", "III. Tổ chức thực hiện".
const NUMBERED_HEADING = /^(?:(\d{1,3})|([IVXLC]{1,6}))\.\s+\p{Lu}/u;
// A numbered heading in capitals: a Roman or Arabic number with its period, or Phần/Chương/Mục and a number.
const HEADING_MARKER = /^(?:[IVXLC]+\.|\d+\.|(?:PHẦN|CHƯƠNG|MỤC|Phần|Chương|Mục)\s+[\dIVXLC]+)(?!\p{L})/u;
const SIGNING_PREFIX = /^(?:TM|KT|TL|TUQ|Q|K\/T|T\/M|T\/L)\.?\s*\p{Lu}/u;

// Tests of a line's first character and of a word, compiled once: esbuild turns a literal with \p{…} into a
// `new RegExp` call, which would run on every line.
const STARTS_LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}*$/u;

// The document types by their tone-folded name, computed once rather than for every header line.
const DOCUMENT_TYPE_BY_KEY = new Map<string, DocumentType>();
for (const type of DOCUMENT_TYPES) {
	const key = toneFoldKey(type.name);
	if (!DOCUMENT_TYPE_BY_KEY.has(key)) {
		DOCUMENT_TYPE_BY_KEY.set(key, type);
	}
}

/** The value of a Roman numeral, or NaN when it is not a well-formed one. */
export function romanValue(s: string): number {
	if (!/^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u.test(s) || s === '') {
		return Number.NaN;
	}
	const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
	let total = 0;
	for (let i = 0; i < s.length; i++) {
		const v = values[s[i] ?? ''] ?? 0;
		const next = values[s[i + 1] ?? ''] ?? 0;
		total += v < next ? -v : v;
	}
	return total;
}

// A syntax that never appears in a real letter, and that Markdown previews hide. A rule id is kebab-case
// words (no dash at either end), so that an id and the "-- description" never compete for the same dashes:
// "[a-z0-9-]+" there made a long run of dashes take quadratic time.
const DIRECTIVE =
	/^<!--\s*congvan-(?<kind>disable-next-line|disable-line|disable-file|disable|enable)(?<rules>(?:\s+[a-z0-9]+(?:-[a-z0-9]+)*(?:\s*,\s*[a-z0-9]+(?:-[a-z0-9]+)*)*)?)\s*(?:--.*)?-->$/u;

// What headerComponent returns for a line that is no header component, in capitals or not.
const NO_COMPONENT = -1;
const NO_COMPONENT_IN_CAPITALS = -2;

class Parser {
	readonly norm: MappedText;
	readonly layout: Layout;
	readonly lines: LetterLine[] = [];
	readonly directives: Directive[] = [];
	/**
	 * Per line, 1 when it counts as blank (no content, a rule of dashes or the like, a congvan comment): decided
	 * once here, as the steps ask it of most lines several times.
	 */
	readonly blank: number[] = [];
	/**
	 * The parts that parseTail finds, kept here until parse() puts them on the model in the same order: the
	 * model's shape depends on the header found before, and storing on it from parseTail (which inlines the
	 * readers of the closing) made V8 deoptimise parseTail once for each new shape.
	 */
	attachment: { line: number; range: Range } | undefined = undefined;
	noiNhan: NoiNhan | undefined = undefined;
	signature: Signature | undefined = undefined;
	/** Signature lines found between the Nơi nhận label and its entries. */
	readonly signatureUnderLabel: number[] = [];

	constructor(readonly source: string) {
		this.layout = recoverLayout(normalizeForMatching(source));
		this.norm = this.layout.norm;
		const text = this.norm.text;
		let start = 0;
		for (let index = 0; ; index++) {
			const nl = text.indexOf('\n', start);
			const end = nl === -1 ? text.length : nl;
			const contentStart = skipSpaces(text, start, end);
			const contentEnd = trimEndIndex(text, contentStart, end);
			const content = text.slice(contentStart, contentEnd);
			this.lines.push({ index, start, end, contentStart, contentEnd, content });
			this.blank.push(content === '' || isRuleLine(content) ? 1 : 0);
			if (firstCode(content) === 0x3c /* < */ && content.startsWith('<!--')) {
				const match = DIRECTIVE.exec(content);
				if (match?.groups) {
					const rules = (match.groups['rules'] ?? '').split(/[\s,]+/u).filter((r) => r !== '');
					const kind = match.groups['kind'] as Directive['kind'];
					this.directives.push({ kind, rules, line: index, span: this.span(contentStart, contentEnd) });
					this.blank[index] = 1;
				}
			}
			if (nl === -1) {
				break;
			}
			start = nl + 1;
		}
	}

	span(start: number, end: number): Span {
		return spanIn(this.norm, start, end);
	}

	lineSpan(line: LetterLine): Span {
		return this.span(line.contentStart, line.contentEnd);
	}

	/** The span of a label that `match` found at the start of a line's content: its group 1. */
	labelSpan(line: LetterLine, match: RegExpExecArray): Span {
		return this.span(line.contentStart, line.contentStart + (match[1] as string).length);
	}

	isBlank(i: number): boolean {
		// A line outside the letter is blank.
		return i >= 0 && i < this.blank.length ? this.blank[i] === 1 : true;
	}

	nextNonBlank(from: number, limit = this.lines.length): number {
		let i = from;
		while (i < limit && this.isBlank(i)) {
			i++;
		}
		return i;
	}

	parse(): Letter {
		const letter = new LetterModel(this);
		if (!letter.empty) {
			this.parseParts(letter);
		}
		return letter as unknown as Letter;
	}

	/** Fills in the parts of a letter that is not empty. */
	parseParts(letter: LetterDraft): void {
		const legacy = detectLegacyEncoding(this.source);
		if (legacy) {
			// Mojibake: one finding and no cascade (reference §10.4). The structure is not parsed.
			letter.legacyEncoding = legacy;
			return;
		}
		const kinhGuiLine = this.findLabel(KINH_GUI_WORD, KINH_GUI, 0, this.lines.length, false);
		// With a Kính gửi, everything before it is header; without, the header ends at the first body line.
		const headerEnd = this.parseHeader(letter, kinhGuiLine ?? this.headerScanLimit(), kinhGuiLine === undefined);
		let bodyStart = headerEnd;
		if (kinhGuiLine !== undefined) {
			bodyStart = this.parseKinhGui(letter, kinhGuiLine);
		}
		const tail = this.parseTail(bodyStart);
		letter.attachment = this.attachment;
		letter.noiNhan = this.noiNhan;
		letter.signature = this.signature;
		letter.body = this.readBody(bodyStart, tail);
		if (letter.attachment) {
			// An attachment (quy chế, kế hoạch "ban hành kèm theo") is a body of its own (reference I4).
			letter.attachmentBody = this.readBody(letter.attachment.line, this.lines.length);
		}
		letter.citations = letter.body ? parseCitations(letter.body.paragraphs) : [];
		if (letter.so?.number) {
			assignRoles(letter.so.number, kyHieuStartsWithType(letter, letter.so.number));
		}
	}

	/**
	 * The first or last line in [from, to) whose content `pattern` matches, where `word` (global) finds every
	 * place the pattern can open: a search of the text jumps to those places, and only their lines are tested.
	 */
	findLabel(word: RegExp, pattern: RegExp, from: number, to: number, last: boolean): number | undefined {
		const first = this.lines[from];
		if (!first || from >= to) {
			return undefined;
		}
		let found: number | undefined;
		const text = this.norm.text;
		word.lastIndex = first.start;
		for (let match = word.exec(text); match; match = word.exec(text)) {
			const i = lineHolding(this.lines, match.index);
			if (i >= to) {
				break;
			}
			const line = this.lines[i] as LetterLine;
			if (match.index === line.contentStart && pattern.test(line.content)) {
				found = i;
				if (!last) {
					break;
				}
			}
			// The next search starts one code unit on, so that a match never hides one that overlaps it.
			word.lastIndex = match.index + 1;
		}
		return found;
	}

	/** Without Kính gửi, the header is looked for in the first 30 non-blank lines at most. */
	headerScanLimit(): number {
		let seen = 0;
		for (let i = 0; i < this.lines.length; i++) {
			if (!this.isBlank(i) && ++seen > 30) {
				return i;
			}
		}
		return this.lines.length;
	}

	/**
	 * Finds the header components in lines [0, limit). Returns the first line after the header: without a
	 * Kính gửi, the header ends at the first line that is none of its components.
	 */
	parseHeader(letter: LetterDraft, limit: number, stopAtBody: boolean): number {
		let lastHeaderLine = -1;
		for (let i = 0; i < limit; i++) {
			const line = this.lines[i];
			if (!line || this.isBlank(i)) {
				continue;
			}
			const consumed = this.headerComponent(letter, line);
			if (consumed >= 0) {
				lastHeaderLine = consumed;
				i = consumed;
				continue;
			}
			if (
				consumed === NO_COMPONENT_IN_CAPITALS &&
				!line.content.endsWith(':') &&
				!SIGNING_PREFIX.test(line.content) &&
				// "I. MỤC ĐÍCH, YÊU CẦU", "PHẦN I", "CHƯƠNG II": the first heading of the body, not an agency.
				!(lastHeaderLine >= 0 && HEADING_MARKER.test(line.content))
			) {
				// The managing and issuing body, an authority line, urgency or confidentiality stamps.
				letter.agencyLines.push(this.lineSpan(line));
				lastHeaderLine = i;
				continue;
			}
			if (stopAtBody) {
				break;
			}
		}
		const party = letter.agencyLines.find((s) => PARTY.test(s.text));
		if (party) {
			letter.regime = 'party';
			letter.regimeEvidence = party;
		}
		return lastHeaderLine + 1;
	}

	/**
	 * Recognises one header component starting at `line`; returns the last line it uses, or, when the line is no
	 * component, NO_COMPONENT_IN_CAPITALS or NO_COMPONENT as it is in capitals or not (the caller's next question,
	 * answered by the test the type name needs, once per line).
	 */
	headerComponent(letter: LetterDraft, line: LetterLine): number {
		const content = line.content;
		const i = line.index;
		const quocHieu = letter.quocHieu ? null : QUOC_HIEU.exec(content);
		if (quocHieu) {
			letter.quocHieu = this.span(line.contentStart + quocHieu.index, line.contentStart + quocHieu.index + quocHieu[0].length);
			const before = content.slice(0, quocHieu.index).trim();
			if (before !== '') {
				// Extraction merged the agency name and the Quốc hiệu on one line (reference R8.1).
				const at = content.indexOf(before);
				letter.agencyLines.push(this.span(line.contentStart + at, line.contentStart + at + before.length));
			}
			const after = TIEU_NGU.exec(content.slice(quocHieu.index + quocHieu[0].length));
			if (after) {
				const at = line.contentStart + quocHieu.index + quocHieu[0].length + after.index;
				letter.tieuNgu = this.span(at, at + after[0].length);
			}
			return i;
		}
		const tieuNgu = letter.tieuNgu ? null : TIEU_NGU.exec(content);
		if (tieuNgu) {
			letter.tieuNgu = this.span(line.contentStart + tieuNgu.index, line.contentStart + tieuNgu.index + tieuNgu[0].length);
			return i;
		}
		// "Số"/"SỐ" and "V/v" start with S and V or v: the anchored patterns run only on such lines.
		const so = letter.so || content.charCodeAt(0) !== 0x53 /* S */ ? null : SO_LABEL.exec(content);
		if (so && (so[2] !== undefined || /^(?:Số|SỐ)[ \t]*\d/u.test(content))) {
			letter.so = this.parseSo(line, so);
			if (letter.so.number?.form === 'legal-normative' && letter.regime === 'administrative') {
				letter.regime = 'legal-normative';
				letter.regimeEvidence = letter.so.span;
			}
			return i;
		}
		// Both forms of the date line have a comma after the place: the reader runs only on lines with one.
		const date = letter.date || !content.includes(',') ? undefined : this.parseDateLine(line);
		if (date) {
			letter.date = date;
			const issueDate: Partial<DateValue> = {};
			if (date.day) {
				issueDate.day = date.day.value;
			}
			if (date.month) {
				issueDate.month = date.month.value;
			}
			if (date.year) {
				issueDate.year = date.year.value;
			}
			letter.issueDate = issueDate;
			return i;
		}
		const vv = letter.trichYeu || (content.charCodeAt(0) | 0x20) !== 0x76 /* V or v */ ? null : VV_LABEL.exec(content);
		if (vv) {
			return this.parseTrichYeu(letter, line, this.labelSpan(line, vv));
		}
		const upper = isUpperCaseText(content);
		if (!letter.typeName) {
			// The cheap test first: a type name line is in capitals, and most lines are not.
			const type = upper ? DOCUMENT_TYPE_BY_KEY.get(toneFoldKey(content)) : undefined;
			if (type) {
				letter.typeName = { line: i, span: this.lineSpan(line), type };
				const next = this.nextNonBlank(i + 1);
				const nextLine = this.lines[next];
				if (nextLine && !isUpperCaseText(nextLine.content) && !/^Căn\s+cứ/iu.test(nextLine.content)) {
					return this.parseTrichYeu(letter, nextLine, undefined);
				}
				return i;
			}
		}
		return upper ? NO_COMPONENT_IN_CAPITALS : NO_COMPONENT;
	}

	/** The Số line `line`, whose content SO_LABEL matched (`match`). */
	parseSo(line: LetterLine, match: RegExpExecArray): SoLine {
		const labelLength = (match[1] as string).length;
		const colonAt = match[2] !== undefined ? line.content.indexOf(':', labelLength) : -1;
		const so: SoLine = {
			line: line.index,
			span: this.lineSpan(line),
			label: this.span(line.contentStart, line.contentStart + labelLength),
			blank: true,
		};
		if (colonAt >= 0) {
			so.colon = this.span(line.contentStart + colonAt, line.contentStart + colonAt + 1);
		}
		const valueStart = skipSpaces(this.norm.text, line.contentStart + (colonAt >= 0 ? colonAt + 1 : labelLength), line.contentEnd);
		if (valueStart < line.contentEnd) {
			so.value = this.span(valueStart, line.contentEnd);
			so.number = readSoKyHieu(so.value, { source: this.source });
			so.blank = so.number.blank;
			if (so.number.kyHieu) {
				so.kyHieu = so.number.kyHieu;
			}
		}
		return so;
	}

	/** The place and date that this line holds, if it is a date line (dateInWords, else dateInNumbers). */
	parseDateLine(line: LetterLine): DateLine | undefined {
		const content = line.content;
		const at = line.contentStart;
		const words = dateInWords(content);
		if (words) {
			const placeEnd = groupLength(words, 1);
			const date: DateLine = { line: line.index, span: this.lineSpan(line), place: this.span(at, at + placeEnd), form: 'words' };
			// The offsets of the parts, each after the groups before it.
			const dayKw = placeEnd + groupLength(words, 2);
			const day = dayKw + groupLength(words, 3) + groupLength(words, 4);
			const monthKw = day + groupLength(words, 5) + groupLength(words, 6);
			const month = monthKw + groupLength(words, 7) + groupLength(words, 8);
			const yearKw = month + groupLength(words, 9) + groupLength(words, 10);
			const year = yearKw + groupLength(words, 11) + groupLength(words, 12);
			if (words[5] !== undefined) {
				date.day = this.numberAt(at + day, words[5]);
			}
			if (words[9] !== undefined) {
				date.month = this.numberAt(at + month, words[9]);
			}
			if (words[13] !== undefined) {
				date.year = this.numberAt(at + year, words[13]);
			}
			date.dayKeyword = this.span(at + dayKw, at + dayKw + groupLength(words, 3));
			date.monthKeyword = this.span(at + monthKw, at + monthKw + groupLength(words, 7));
			date.yearKeyword = this.span(at + yearKw, at + yearKw + groupLength(words, 11));
			return date;
		}
		const numeric = dateInNumbers(content);
		if (numeric) {
			const placeEnd = groupLength(numeric, 1);
			const date: DateLine = { line: line.index, span: this.lineSpan(line), place: this.span(at, at + placeEnd), form: 'numeric' };
			const dayKw = placeEnd + groupLength(numeric, 2);
			const day = dayKw + groupLength(numeric, 3) + groupLength(numeric, 4);
			const month = day + groupLength(numeric, 5) + groupLength(numeric, 6);
			const year = month + groupLength(numeric, 7) + groupLength(numeric, 8);
			if (numeric[3] !== undefined) {
				date.dayKeyword = this.span(at + dayKw, at + dayKw + groupLength(numeric, 3));
			}
			date.day = this.numberAt(at + day, numeric[5] as string);
			date.month = this.numberAt(at + month, numeric[7] as string);
			date.year = this.numberAt(at + year, numeric[9] as string);
			return date;
		}
		return undefined;
	}

	/** The number `digits` written at `start` of the normalised text. */
	numberAt(start: number, digits: string): NumberSpan {
		const span = this.span(start, start + digits.length);
		// The fields of spanIn's span, written out: an object spread cost more on this path.
		return { text: span.text, range: span.range, map: span.map, offset: span.offset, value: Number(span.text) };
	}

	/** The trích yếu runs from `first` over the following lines up to a blank line or another component. */
	parseTrichYeu(letter: LetterDraft, first: LetterLine, label: Span | undefined): number {
		const lines: Span[] = [this.lineSpan(first)];
		let last = first.index;
		for (let i = first.index + 1; i < this.lines.length; i++) {
			const line = this.lines[i];
			if (!line || this.isBlank(i)) {
				break;
			}
			const c = line.content;
			if (SO_LABEL.test(c) || KINH_GUI.test(c) || isDateLine(c) || QUOC_HIEU.test(c) || TIEU_NGU.test(c)) {
				break;
			}
			if (
				/^Căn\s+cứ/iu.test(c) ||
				/^(?:\d+\.\s|[IVX]+\.\s|Điều\s+\d)/u.test(c) ||
				(isUpperCaseText(c) && !isUpperCaseText(first.content))
			) {
				break;
			}
			lines.push(this.lineSpan(line));
			last = i;
		}
		const firstRange = lines[0]?.range ?? { start: 0, end: 0 };
		const lastRange = lines[lines.length - 1]?.range ?? firstRange;
		letter.trichYeu = { lines, range: { start: firstRange.start, end: lastRange.end } };
		if (label) {
			letter.trichYeu.label = label;
		}
		return last;
	}

	/** Parses "Kính gửi:" and its recipients; returns the first line after them. */
	parseKinhGui(letter: LetterDraft, index: number): number {
		const line = this.lines[index];
		if (!line) {
			return index + 1;
		}
		const match = KINH_GUI.exec(line.content);
		const label = match ? this.labelSpan(line, match) : undefined;
		const recipients: Span[] = [];
		const afterLabel = skipSpaces(this.norm.text, line.contentStart + (match?.[0].length ?? 0), line.contentEnd);
		let last = index;
		if (afterLabel < line.contentEnd) {
			recipients.push(this.span(afterLabel, line.contentEnd));
		}
		// A list may start on the label's line ("Kính gửi: - Sở Xây dựng" then "- Sở Tài chính", reference H8):
		// the "-" lines below belong to it.
		if (afterLabel >= line.contentEnd || startsWithDash(this.norm.text.charAt(afterLabel))) {
			for (let i = index + 1; i < this.lines.length; i++) {
				if (this.isBlank(i)) {
					continue;
				}
				const next = this.lines[i];
				if (!next || !startsWithDash(next.content)) {
					break;
				}
				recipients.push(this.lineSpan(next));
				last = i;
			}
		}
		const labelSpan = label ?? this.lineSpan(line);
		const end = recipients[recipients.length - 1]?.range.end ?? labelSpan.range.end;
		const markAt = skipSpaces(this.norm.text, labelSpan.offset + labelSpan.text.length, line.contentEnd);
		const hasMark = markAt < line.contentEnd && ':;,.'.includes(this.norm.text.charAt(markAt));
		letter.kinhGui = {
			line: index,
			label: labelSpan,
			recipients,
			range: { start: labelSpan.range.start, end },
			mark: hasMark ? this.span(markAt, markAt + 1) : undefined,
		};
		return last + 1;
	}

	/**
	 * Finds Nơi nhận and the signature after the body. Returns the first line that is not body: the Nơi
	 * nhận label or the first signature line, whichever comes first.
	 */
	parseTail(bodyStart: number): number {
		// An attachment run on after the signer's name is no part of the closing (reference B2, B3).
		const attachmentLine = this.layout.attachmentLine ?? findAttachmentStart(this.norm.text, this.lines, bodyStart);
		const end = attachmentLine ?? this.lines.length;
		if (attachmentLine !== undefined) {
			const first = this.lines[end] as LetterLine;
			const last = this.lines[this.lines.length - 1] as LetterLine;
			this.attachment = { line: end, range: this.norm.range(first.contentStart, Math.max(first.contentEnd, last.contentEnd)) };
		}
		const labelLine = this.findLabel(NOI_NHAN_WORD, NOI_NHAN, bodyStart, end, true);
		let tailStart = end;
		let signatureLines: number[] = [];
		if (labelLine !== undefined) {
			const entriesEnd = this.parseNoiNhan(labelLine, end);
			// Whatever follows the entries is the signature block (reference R6.2), but a page number.
			for (let i = entriesEnd; i < end; i++) {
				if (!this.isBlank(i) && !PAGE_NUMBER.test(this.lines[i]?.content ?? '')) {
					signatureLines.push(i);
				}
			}
			if (this.signatureUnderLabel.length > 0) {
				signatureLines = this.signatureUnderLabel.concat(signatureLines);
			}
			// Extraction may also put the signature before the label.
			const before = this.signatureBefore(labelLine, bodyStart);
			if (signatureLines.length === 0 || before.length > 0) {
				signatureLines = before.concat(signatureLines);
			}
			tailStart = before[0] ?? labelLine;
		} else {
			let before = this.signatureBefore(end, bodyStart);
			if (before.length === 0 && attachmentLine === undefined) {
				before = this.signatureInLowerCase(bodyStart);
			}
			signatureLines = before;
			tailStart = before[0] ?? end;
		}
		if (signatureLines.length > 0) {
			this.buildSignature(signatureLines);
		}
		return tailStart;
	}

	/** Lines just before `limit` that look like a signature block: title lines in capitals and a name. */
	signatureBefore(limit: number, floor: number): number[] {
		const found: number[] = [];
		let sawTitle = false;
		for (let i = limit - 1; i >= floor; i--) {
			if (this.isBlank(i)) {
				continue;
			}
			const c = this.lines[i]?.content ?? '';
			if (found.length > 0 && firstCode(c) === 0x28 /* ( */ && SIGNED_NOTE.test(c)) {
				// "(đã ký)" between the title and the name of a signed copy.
				found.unshift(i);
				continue;
			}
			if (c.length <= 80 && (isUpperCaseText(c) || SIGNING_PREFIX.test(c)) && !endsSentence(c.replace(/^(?:TM|KT|TL|TUQ|Q)\./u, ''))) {
				sawTitle = true;
				found.unshift(i);
				continue;
			}
			if (!sawTitle && found.length === 0 && isNameLike(c)) {
				found.unshift(i);
				continue;
			}
			break;
		}
		return sawTitle ? found : [];
	}

	/**
	 * The two last non-blank lines of the text when they are certainly a signature written in lower case (old
	 * letters, reference H2): a signer's known title as a whole line ("Chủ tịch"), then a person's name in title
	 * case with a known family name ("Trần Minh Khoa"). Anything else gives no lines.
	 */
	signatureInLowerCase(floor: number): number[] {
		const found: number[] = [];
		for (let i = this.lines.length - 1; i >= floor && found.length < 2; i--) {
			if (!this.isBlank(i)) {
				found.unshift(i);
			}
		}
		const [title, name] = found.map((i) => this.lines[i]?.content ?? '');
		if (title === undefined || name === undefined || isUpperCaseText(title) || signerTitleLine(title) === undefined) {
			return [];
		}
		const words = name.split(/[ \t]+/u).length;
		return words >= 2 && isNameLike(name) && isNameInCapitals(name.toUpperCase()) ? found : [];
	}

	buildSignature(indices: number[]): void {
		// Plain loops rather than map and filter: arrays built both ways reached this code with different maps,
		// and each new map made V8 deoptimise parseTail, which inlines it.
		const lines: Span[] = [];
		const titleLines: Span[] = [];
		// The layout's lines are empty when every line is as typed: read only below their length.
		const layoutLines = this.layout.lines;
		let recovery: Recovery = 'as-typed';
		for (const i of indices) {
			const span = this.lineSpan(this.lines[i] as LetterLine);
			lines.push(span);
			if (isUpperCaseText(span.text) || SIGNING_PREFIX.test(span.text)) {
				titleLines.push(span);
			}
			const recovered = i < layoutLines.length ? (layoutLines[i] as LineLayout).recovery : 'as-typed';
			// The first recovered line's recovery, unless one was cut at a case boundary.
			if (recovered !== 'as-typed' && (recovery === 'as-typed' || recovered === 'case-boundary')) {
				recovery = recovered;
			}
		}
		const lastLine = lines[lines.length - 1];
		const signature: Signature = {
			lines,
			titleLines,
			range: { start: lines[0]?.range.start ?? 0, end: lastLine?.range.end ?? 0 },
			recovery,
		};
		if (lastLine && !titleLines.includes(lastLine)) {
			signature.name = lastLine;
		}
		this.signature = signature;
	}

	/** Parses the Nơi nhận entries; returns the first line after them. */
	parseNoiNhan(labelLine: number, limit: number): number {
		const line = this.lines[labelLine] as LetterLine;
		const match = NOI_NHAN.exec(line.content);
		const label = match ? this.labelSpan(line, match) : this.lineSpan(line);
		const entries: NoiNhanEntry[] = [];
		const addLine = (start: number, end0: number, continuation: boolean): void => {
			const text = this.norm.text.slice(start, end0);
			// ENTRY_NOTE ends with a bracket, and LUU_ENTRY needs the "ư" of "Lưu" (in either case): most lines have neither.
			let note = text.endsWith(')') ? ENTRY_NOTE.exec(text) : null;
			if (!note && (text.includes('ư') || text.includes('Ư')) && LUU_ENTRY.test(text)) {
				// Initials only after a copy count in brackets ("(2b). HN"), or a bare number of copies ("TTM. 40"):
				// "- Lưu: VT. KT" is a unit after a wrong period, not box 12.
				const box = LUU_BOX_12.exec(text);
				note = box && (/\)\.$/u.test(text.slice(0, box.index)) || /^\d+$/u.test(box[1] ?? '')) ? box : null;
			}
			const end = note ? start + note.index : end0;
			const span = this.span(start, end);
			if (note) {
				const noteStart = start + note.index + note[0].length - (note[1]?.length ?? 0);
				const noteSpan = this.span(noteStart, end0);
				pending.push(noteSpan);
			}
			const current = entries[entries.length - 1];
			if (continuation && current) {
				current.lines.push(span);
				current.text += ' ' + span.text;
				current.range = { start: current.range.start, end: span.range.end };
			} else {
				entries.push({ lines: [span], text: span.text, range: span.range });
			}
			if (pending.length > 0) {
				const entry = entries[entries.length - 1] as NoiNhanEntry;
				entry.notes = [...(entry.notes ?? []), ...pending];
				pending.length = 0;
			}
		};
		const pending: Span[] = [];
		const rest = line.contentStart + (match?.[0].length ?? line.content.length);
		if (rest < line.contentEnd) {
			addLine(rest, line.contentEnd, false);
		}
		let end = labelLine + 1;
		let blankSince = false;
		for (let i = labelLine + 1; i < limit; i++) {
			if (this.isBlank(i)) {
				blankSince = true;
				continue;
			}
			const next = this.lines[i] as LetterLine;
			const c = next.content;
			if (
				entries.length === 0 &&
				(isUpperCaseText(c) || SIGNING_PREFIX.test(c)) &&
				startsWithDash(this.lines[this.nextNonBlank(i + 1, limit)]?.content ?? '')
			) {
				// A signature line that a copy put under the label, above the entries (reference B10, block 3).
				this.signatureUnderLabel.push(i);
				continue;
			}
			const finished = endsEntry(entries[entries.length - 1]?.text ?? '');
			if (startsWithDash(c) || (!blankSince && finished && this.entryWithoutDash(i, limit))) {
				addLine(next.contentStart, next.contentEnd, false);
			} else {
				// A line without a dash continues the previous entry when it follows it directly and the
				// entry is not finished (the decree's own list wraps this way, reference R7.3).
				const previous = entries[entries.length - 1];
				const open = previous && !endsEntry(previous.text);
				if (!previous || blankSince || !open || isUpperCaseText(c) || SIGNING_PREFIX.test(c)) {
					break;
				}
				addLine(next.contentStart, next.contentEnd, true);
			}
			blankSince = false;
			end = i + 1;
		}
		const lastEntry = entries[entries.length - 1];
		this.noiNhan = {
			line: labelLine,
			label,
			entries,
			range: { start: label.range.start, end: lastEntry?.range.end ?? label.range.end },
		};
		return end;
	}

	/**
	 * Whether line `i` of the Nơi nhận is an entry that lost its dash in extraction ("Trung tâm Công báo tỉnh;"
	 * after a finished entry): it ends like an entry and an entry with a dash follows directly (reference B7).
	 */
	entryWithoutDash(i: number, limit: number): boolean {
		const c = this.lines[i]?.content ?? '';
		if (!startsUpper(c) || !endsEntry(c) || isUpperCaseText(c) || SIGNING_PREFIX.test(c) || c.length > 120) {
			return false;
		}
		const next = this.nextNonBlank(i + 1, limit);
		return next === i + 1 && startsWithDash(this.lines[next]?.content ?? '');
	}

	/** The paragraphs and items of lines `start`..`end` (exclusive), or undefined when they are all blank. */
	readBody(start: number, end: number): Body | undefined {
		const first = this.nextNonBlank(start, end);
		if (first >= end) {
			return undefined;
		}
		let last = end - 1;
		while (last > first && this.isBlank(last)) {
			last--;
		}
		// A khoản number typed alone on its line, its text on the next ("1" / "Rà soát …"): the paragraph's first
		// line is the bare number (reference H10).
		const bareNumbers = new Set<number>();
		const paragraphs = this.paragraphsOf(first, last, bareNumbers);
		const firstLine = this.lines[first] as LetterLine;
		const lastLine = this.lines[last] as LetterLine;
		const body: Body = {
			firstLine: first,
			lastLine: last,
			range: this.norm.range(firstLine.contentStart, lastLine.contentEnd),
			paragraphs,
			items: [],
			allItems: [],
			// Set by buildItemTree when a Điều's label is missing; written here so that every body has one shape.
			unlabelled: undefined,
		};
		buildItemTree(body, bareNumbers);
		return body;
	}

	/**
	 * The paragraphs of the lines from `first` to `last` (inclusive), blank lines left out; adds to `bareNumbers`
	 * the paragraphs whose first line is a bare number of one or two digits. The loop runs on every line of the
	 * body: it asks each line's first character once, and only lines that can open an item meet a pattern.
	 */
	paragraphsOf(first: number, last: number, bareNumbers: Set<number>): Paragraph[] {
		const paragraphs: Paragraph[] = [];
		let current: number[] = [];
		let previous: LetterLine | undefined;
		// The last khoản and Roman numbers that opened a paragraph: a heading that continues them starts an
		// item even after a long unfinished line (reference C1).
		let khoan = 0;
		let roman = 0;
		for (let i = first; i <= last; i++) {
			if (this.blank[i] === 1) {
				continue;
			}
			const line = this.lines[i] as LetterLine;
			const opens = mayOpenItem(firstCode(line.content));
			const heading = opens ? NUMBERED_HEADING.exec(line.content) : null;
			let number = Number.NaN;
			let continues = false;
			if (heading) {
				number = heading[1] ? Number(heading[1]) : romanValue(heading[2] ?? '');
				continues = number === (heading[1] ? khoan : roman) + 1;
			}
			if (previous && (continues || this.startsParagraph(previous, line, current.length, opens))) {
				paragraphs.push(this.paragraphOf(current, paragraphs.length, bareNumbers));
				current = [];
			}
			if (current.length === 0 && heading) {
				if (heading[1]) {
					khoan = number;
				} else {
					roman = number;
				}
			}
			current.push(i);
			previous = line;
		}
		if (current.length > 0) {
			paragraphs.push(this.paragraphOf(current, paragraphs.length, bareNumbers));
		}
		return paragraphs;
	}

	/** makeParagraph, and the paragraph's index added to `bareNumbers` when its first line is a bare number. */
	paragraphOf(indices: number[], index: number, bareNumbers: Set<number>): Paragraph {
		if (indices.length > 1 && isBareNumber((this.lines[indices[0] as number] as LetterLine).content)) {
			bareNumbers.add(index);
		}
		return this.makeParagraph(indices);
	}

	/**
	 * Whether `line` starts a new paragraph after `previous` (reference §13.3). Hard wraps and page breaks
	 * leave lines that start with lower case, digits ("19; hạn chế", "13/CT-TTg, …") or even capitals
	 * ("Văn phòng Uỷ ban …"); they continue the paragraph unless the previous line ended a sentence.
	 */
	startsParagraph(previous: LetterLine, line: LetterLine, paragraphLines: number, mayOpen: boolean): boolean {
		const c = line.content;
		const ended = endsSentence(previous.content);
		// `mayOpen`: mayOpenItem of the line's first character, asked once by the caller.
		if (mayOpen && STRUCTURAL.test(c)) {
			// A numbered marker after an unfinished line is a new item only if that line was a short title.
			return ended || paragraphLines === 1 || /^(?:[-+•]\s|Điều\s|Phần\s|Chương\s|Mục\s)/u.test(c) || previous.content.length < 60;
		}
		if (!ended) {
			return false;
		}
		// After a finished sentence, a line in lower case is still a continuation (a wrap after ";" or ",").
		return !startsLower(c);
	}

	makeParagraph(indices: number[]): Paragraph {
		if (indices.length === 1) {
			// Most paragraphs are one line: a slice shares the letter's map instead of copying it.
			const line = this.lines[indices[0] ?? 0] as LetterLine;
			return {
				lines: indices,
				text: this.norm.slice(line.contentStart, line.contentEnd),
				range: this.norm.range(line.contentStart, line.contentEnd),
			};
		}
		return this.joinedParagraph(indices);
	}

	/** A paragraph of several lines: their contents joined into one mapped text. */
	joinedParagraph(indices: number[]): Paragraph {
		const builder = new MappedTextBuilder();
		let previousEnd = -1;
		for (const i of indices) {
			const line = this.lines[i] as LetterLine;
			if (previousEnd >= 0) {
				const prevText = builder.peekEnd();
				// "COVID-⏎19" and "BCĐ-⏎KGVX": a hyphen at the end of a line joins a token split by the wrap.
				const glue = prevText.endsWith('-') && STARTS_LETTER_OR_DIGIT.test(line.content) ? '' : ' ';
				if (glue !== '') {
					builder.appendSynthetic(glue, this.norm.endAt(previousEnd), this.norm.startAt(line.contentStart));
				}
			}
			builder.appendSlice(this.norm, line.contentStart, line.contentEnd);
			previousEnd = line.contentEnd;
		}
		const text = builder.build();
		const firstLine = this.lines[indices[0] ?? 0] as LetterLine;
		const lastLine = this.lines[indices[indices.length - 1] ?? 0] as LetterLine;
		return { lines: indices, text, range: this.norm.range(firstLine.contentStart, lastLine.contentEnd) };
	}
}

/** Whether parseDateLine reads a date line in this content. */
function isDateLine(content: string): boolean {
	return dateInWords(content) !== null || dateInNumbers(content) !== null;
}

/** The match of DATE_WORDS on a line's content whose place is a place (isPlace), or null. */
function dateInWords(content: string): RegExpExecArray | null {
	// DATE_WORDS needs "ngày" and a comma, and reads the first words of any line.
	const words = content.includes('ngày') && content.includes(',') ? DATE_WORDS.exec(content) : null;
	return words && isPlace(words[1] as string) ? words : null;
}

/** The match of DATE_NUMERIC on a line's content whose place is a place (isPlace), or null. */
function dateInNumbers(content: string): RegExpExecArray | null {
	const numeric = content.includes(',') ? DATE_NUMERIC.exec(content.trimEnd()) : null;
	return numeric && isPlace(numeric[1] as string) ? numeric : null;
}

/** /^\d{1,2}$/u.test(s): one or two ASCII digits. */
function isBareNumber(s: string): boolean {
	return (s.length === 1 || s.length === 2) && isDigitCode(s.charCodeAt(0)) && isDigitCode(s.charCodeAt(s.length - 1));
}

function isDigitCode(code: number): boolean {
	return code >= 0x30 && code <= 0x39;
}

/** A short line of capitalised words without final punctuation, such as a signer's name. */
function isNameLike(s: string): boolean {
	// The final mark first: the body's last sentence, read on the way up from the closing, ends with one, and is
	// then not split into words.
	if (/[.;:,]$/u.test(s)) {
		return false;
	}
	const words = s.split(/\s+/u);
	return words.length >= 1 && words.length <= 6 && words.every((w) => CAPITALISED_WORD.test(w));
}

/** Parses a letter. Never throws on any input. */
export function parseLetter(text: string): Letter {
	return new Parser(text).parse();
}

/** The range of a line's content (without surrounding white space) in the original text. */
export function lineContentRange(letter: Letter, index: number): Range {
	const line = letter.lines[index];
	return line ? letter.norm.range(line.contentStart, line.contentEnd) : { start: 0, end: 0 };
}

/** The zero-based number of the last line with content, or -1. */
export function lastContentLine(letter: Letter): number {
	for (let i = letter.lines.length - 1; i >= 0; i--) {
		if (letter.lines[i]?.content) {
			return i;
		}
	}
	return -1;
}

/** The content of line `index` (without surrounding white space) as a span of the normalised text. */
export function lineSpanOf(letter: Letter, index: number): Span {
	const line = letter.lines[index];
	return spanIn(letter.norm, line?.contentStart ?? 0, line?.contentEnd ?? 0);
}

/** The last line whose start, as `startOf` gives it, is at or before `offset` (binary search; 0 for an empty letter). */
function lastLineFrom(letter: Letter, offset: number, startOf: (line: LetterLine) => number): number {
	const lines = letter.lines;
	let low = 0;
	let high = lines.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		const line = lines[mid];
		if (line && startOf(line) <= offset) {
			low = mid;
		} else {
			high = mid - 1;
		}
	}
	return low;
}

/**
 * The index of the line of `lines` that holds `offset` of their text: the last that starts at or before it
 * (binary search; 0 when there are none).
 */
export function lineHolding(lines: readonly LetterLine[], offset: number): number {
	let low = 0;
	let high = lines.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if ((lines[mid] as LetterLine).start <= offset) {
			low = mid;
		} else {
			high = mid - 1;
		}
	}
	return low;
}

/** The zero-based line of the letter that holds an offset of the normalised text (`letter.norm`). */
export function lineAtNormalized(letter: Letter, offset: number): number {
	return lineHolding(letter.lines, offset);
}

/** The zero-based line of the letter that holds an offset of the original text. */
export function lineOfOffset(letter: Letter, offset: number): number {
	if (letter.layout.reordered) {
		// Lines read out of the original order (two columns one after the other): the line whose original
		// range holds the offset, else the last line that starts before it.
		let best = 0;
		let bestStart = -1;
		for (const line of letter.lines) {
			const start = letter.norm.startAt(line.start);
			const end = letter.norm.endAt(line.end);
			if (offset >= start && offset <= end && line.end > line.start) {
				return line.index;
			}
			if (start <= offset && start > bestStart) {
				best = line.index;
				bestStart = start;
			}
		}
		return best;
	}
	// Lines are in the normalised text; compare their original starts.
	return lastLineFrom(letter, offset, (line) => letter.norm.startAt(line.start));
}

const SOURCE_LINES = memoKey<LineIndex>('sourceLines');

/**
 * The zero-based line of the original text that holds an offset: the line a message names ("ở dòng 24") and
 * the editor shows, whatever the layout recovery did to the letter's own lines (`lineOfOffset`).
 */
export function sourceLineOf(letter: Letter, offset: number): number {
	return memoOn(letter, SOURCE_LINES, () => new LineIndex(letter.source)).positionAt(offset).line;
}

const BLOCKS = memoKey<Block[]>('blocks');

/**
 * The letter as blocks: each non-blank line one paragraph, with its column (header left or right, body,
 * Nơi nhận, signature, attachment), its original range and how the layout recovery found it. Computed on
 * demand from the parsed model and cached.
 */
export function letterBlocks(letter: Letter): Block[] {
	return memoOn(letter, BLOCKS, () => readBlocks(letter));
}

function readBlocks(letter: Letter): Block[] {
	const lineOf = (span: Span): number => lineAtNormalized(letter, span.offset);
	const headerRight = new Set<number>();
	for (const span of [letter.quocHieu, letter.tieuNgu, letter.date?.span]) {
		if (span) {
			headerRight.add(lineOf(span));
		}
	}
	const signature = new Set((letter.signature?.lines ?? []).map(lineOf));
	const noiNhan = new Set<number>();
	if (letter.noiNhan) {
		noiNhan.add(letter.noiNhan.line);
		for (const entry of letter.noiNhan.entries) {
			for (const span of [...entry.lines, ...(entry.notes ?? [])]) {
				noiNhan.add(lineOf(span));
			}
		}
	}
	const ends = [letter.kinhGui?.line, letter.body?.firstLine, letter.noiNhan?.line, ...signature].filter(
		(n): n is number => n !== undefined,
	);
	const headerEnd = ends.length > 0 ? Math.min(...ends) : letter.lines.length;
	const attachment = letter.attachment?.line ?? letter.lines.length;
	const directives = new Set(letter.directives.map((d) => d.line));
	const blocks: Block[] = [];
	for (const line of letter.lines) {
		if (line.content === '' || directives.has(line.index)) {
			continue;
		}
		const i = line.index;
		const layout = letter.layout.lines[i];
		let column: Block['column'] = 'body';
		if (i >= attachment) {
			column = 'attachment';
		} else if (signature.has(i)) {
			column = 'closing-right';
		} else if (noiNhan.has(i)) {
			column = 'closing-left';
		} else if (i < headerEnd) {
			column = headerRight.has(i) ? 'header-right' : 'header-left';
		}
		blocks.push({
			column,
			range: letter.norm.range(line.contentStart, line.contentEnd),
			text: line.content,
			line: i,
			recovery: layout?.recovery ?? 'as-typed',
		});
	}
	return blocks;
}
