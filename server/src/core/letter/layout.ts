// Layout recovery: the front end that reads a letter in whatever shape it arrives (reference
// real-world-shapes.md, groups A, B and E). Word pastes the header and signature tables as rows of cells
// joined by TAB, a PDF text layer as rows joined by runs of spaces or lines split in the middle of a
// component, a web page as whole tables flattened onto one line. Before the letter is parsed, this module
// turns the normalised text into lines that are each one paragraph of the letter, in reading order: a row's
// cells go on lines of their own, two columns side by side are read one after the other, components run
// together on one line are cut where the next one begins, and components split over lines are joined.
//
// The result is a MappedText like the one normalizeForMatching gives, so every range stays exact in the
// original text: a line break put between two cells maps to the separator it replaces (the TAB, the spaces,
// the " | "), or to an empty range where two cells were glued. A letter that needs none of this keeps the
// normalised text as it is, line for line.
import { DOCUMENT_TYPES } from '../data/document-types';
import { MappedText, MappedTextBuilder, hasLowerCase, isUpperCaseText, skipSpaces, toneFoldKey, trimEndIndex } from '../text';
import type { Range } from '../types';

/** Where a block of the letter stands. */
export type Column = 'header-left' | 'header-right' | 'body' | 'closing-left' | 'closing-right' | 'attachment';

/**
 * How a line of the letter was found: as typed, as a cell of a table row, as one of two columns read one
 * after the other, cut from a line where the next component begins, joined from lines split by a PDF, moved
 * to where it belongs, or cut where capitals meet a capitalised word ("PHÓ CHỦ TỊCHTrần Minh Khoa").
 * Everything but `as-typed` is a reading of the layout, which a fix must not cross.
 */
export type Recovery = 'as-typed' | 'cell' | 'columns' | 'inline' | 'joined' | 'moved' | 'case-boundary';

/** A run of characters with its formatting, as a reader of .docx files gives it. */
export interface Run {
	range: Range;
	bold?: boolean;
	italic?: boolean;
	underline?: boolean;
	/** Font size in points. */
	size?: number;
}

/**
 * One paragraph of the letter: the contract between a reader of a format (plain text here, later .docx) and
 * the parser. A .docx reader produces blocks straight from Word's tables, with `table` and `runs` filled in.
 */
export interface Block {
	column: Column;
	/** The paragraph's range in the original text. */
	range: Range;
	/** The paragraph's normalised text. */
	text: string;
	/** The line of the letter (`letter.lines`) that holds it. */
	line: number;
	recovery: Recovery;
	/** The table cell it came from, when the reader knows it. */
	table?: { row: number; cell: number };
	runs?: Run[];
}

/** What the layout recovery did to one line of the normalised text. */
export interface LineLayout {
	recovery: Recovery;
	/** The column of a table cell, when the line came from a row of two cells. */
	side?: 'left' | 'right';
}

/** The normalised text with its lines in reading order. */
export interface Layout {
	norm: MappedText;
	/** Per line of `norm`; empty when nothing was recovered (every line is as typed). */
	lines: LineLayout[];
	/** The first line of an attachment found run on into the signature, if any. */
	attachmentLine?: number;
	/** True when lines are not in the order of the original text (two columns read one after the other). */
	reordered: boolean;
	/** The original ranges where a line break was put (cell separators, glue points), for fixes not to cross. */
	separators: Range[];
	/** Original ranges of lines cut where capitals meet a capitalised word: no fix may touch them. */
	guarded: Range[];
}

/**
 * Whether edits keep to the components the layout recovery found: none spans a cell separator or a glue point,
 * and none touches a line cut at a case boundary (reference G1: a title glued to a name gets no fix).
 */
export function editsKeepLayout(layout: Layout, edits: readonly { range: Range }[]): boolean {
	if (layout.separators.length === 0 && layout.guarded.length === 0) {
		return true;
	}
	return edits.every(({ range }) => {
		const crosses = layout.separators.some((sep) =>
			sep.start === sep.end ? range.start < sep.start && range.end > sep.start : range.start < sep.end && range.end > sep.start,
		);
		return !crosses && !layout.guarded.some((g) => range.start <= g.end && range.end >= g.start);
	});
}

const AS_TYPED: LineLayout = Object.freeze({ recovery: 'as-typed' });

interface Piece {
	start: number;
	end: number;
	/** The piece's trimmed text, kept once asked for: the steps read each line several times, and no piece changes. */
	trimmed?: string | undefined;
}

interface OutLine {
	pieces: Piece[];
	/** The line of the normalised text it comes from, for the zones. */
	raw: number;
	/** The number of lines of the body, for the one piece that holds the body between the zones. */
	body?: number;
	recovery: Recovery;
	side?: 'left' | 'right';
	attachment?: boolean;
}

// Anchors of the header and closing components, on a cell's or a line's trimmed text.
const SO_START = /^(?:Số|SỐ)\s*:/u;
const SO_ALONE = /^(?:Số|SỐ)\s*:?$/u;
const QUOC_HIEU = /C[ỘO]NG\s+H[ÒOÀ]{1,2}A?\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T(?:\s+NAM)?/iu;
const QUOC_HIEU_OPEN = /C[ỘO]NG\s+H[ÒOÀ]{1,2}A?\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T$/iu;
const TIEU_NGU = /^Độc\s+lập\s*-\s*Tự\s+do/iu;
const QUOC_HIEU_WHOLE = /C[ỘO]NG\s+H[ÒOÀ]{1,2}A?\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM/u;
const PARTY_WHOLE = /ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM/u;
const TIEU_NGU_WHOLE = /^Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc/u;
const VV_START = /^[Vv] ?\/ ?[Vv](?!\p{L})/u;
const KINH_GUI_START = /^(?:Kính\s*gửi|KÍNH\s*GỬI)\s*:/u;
const NOI_NHAN_START = /^(?:Nơi\s*nhận|NƠI\s*NHẬN)/u;
const PREFIX_START = /^(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}/u;
// The place and "ngày" of a date line; the place is capitalised words ("Lâm Viên", "TP. Lâm Viên").
const DATE_START = /^(?:TP\. ?|Tp\. ?)?\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,4} ?, ?ngày(?!\p{L})/u;
// The same, found after white space in the middle of a line.
const DATE_INSIDE = /(?<=\s)(?:TP\. ?|Tp\. ?)?\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,4} ?, ?ngày(?!\p{L})/u;
// The end of a date in words: the year, or a blank year in a draft.
const DATE_END = /ngày(?:\s+\d{1,2})?\s+tháng(?:\s+\d{1,2})?\s+năm(?:\s+\d{4}|(?!\s*\d))(?=\s+\S)/u;
// A date line that a PDF wrapped after "ngày", after the day or after the month; its rest follows on the next lines.
const DATE_WRAPPED = /^(?:TP\. ?|Tp\. ?)?\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){0,4} ?, ?ngày(?: \d{1,2})?(?: tháng(?: \d{1,2})?)?$/u;
// The words whose lines headerCut needs (LayoutReader.wordsOf), as bits.
const HOLDS_NGAY = 1;
const HOLDS_CONG = 2;
const HOLDS_DANG = 4;
const HOLDS_SO = 8;
const HEADER_WORDS: readonly (readonly [string, number])[] = [
	['ngày', HOLDS_NGAY],
	['CỘNG', HOLDS_CONG],
	['CONG', HOLDS_CONG],
	['ĐẢNG', HOLDS_DANG],
	['Số', HOLDS_SO],
	['SỐ', HOLDS_SO],
];

// What a row of two cells needs between them, for markZoneLines: a TAB, " | " or a run of three spaces. A constant
// built like HEADER_WORDS, so that markZoneLines sees one kind of array (another kind made V8 deoptimise it).
const CELL_SEPARATORS: readonly (readonly [string, number])[] = [
	['\t', 1],
	['   ', 1],
	[' | ', 1],
];

/** DATE_START.test, run only on lines that hold "ngày": the pattern reads the first words of every line. */
function isDateStart(text: string): boolean {
	return text.includes('ngày') && DATE_START.test(text);
}
const VV_INSIDE = /\s(?=[Vv] ?\/ ?[Vv](?!\p{L}))/u;
const KINH_GUI_INSIDE = /\s(?=(?:Kính\s*gửi|KÍNH\s*GỬI)\s*:)/u;
// "./.Nơi nhận:" and ". Nơi nhận:": the label glued to the end of the body.
const NOI_NHAN_GLUED = /(?<=\.)\s*(?=(?:Nơi\s*nhận|NƠI\s*NHẬN)\s*:)/u;
// "hình nối 2Số: 215/…": a drawing-shape label left before the Số line by a conversion.
const SO_AFTER_JUNK = /(?=(?:Số|SỐ)\s*:\s*\d)/u;
const MARKDOWN_HEADING = /^#{1,6}[ \t]+/u;
// The first words of a signer's title or of an authority line, for finding where a signature starts on a
// line that holds something else before it.
const TITLE_START =
	/(?<=\s)(?=(?:(?:TM|KT|TL|TUQ|Q)\.\s*)?(?:CHỦ TỊCH|PHÓ |GIÁM ĐỐC|TRƯỞNG |CHÁNH |BỘ TRƯỞNG|THỦ TRƯỞNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|TỔNG |CỤC TRƯỞNG|BÍ THƯ|ỦY BAN|UỶ BAN|THƯỜNG TRỰC|QUYỀN ))/u;
// Where a signer's title (or another authority line) begins after the first words of an authority line: the
// words that open a title, never a word inside one ("TRƯỞNG" of "BỘ TRƯỞNG").
const NEXT_TITLE =
	/(?<=\s)(?:(?:TM|KT|TL|TUQ|Q)\.\s*\p{Lu}|(?:PHÓ|CHỦ TỊCH|GIÁM ĐỐC|CHÁNH|THỨ TRƯỞNG|BỘ TRƯỞNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|CỤC TRƯỞNG|TỔNG CỤC TRƯỞNG|BÍ THƯ|TRƯỞNG (?:PHÒNG|BAN|KHOA))(?!\p{L}))/u;
// A capitalised word of a person's name.
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
// The patterns below are used inside functions that run on many lines; they stand here so that each is
// compiled once (esbuild turns a literal with \p{…} into a `new RegExp` call, which would run on every call).
const CAPITALS_WORD = /^\p{Lu}{2,}$/u;
const TWO_CAPITALS = /^\p{Lu}{2}/u;
const MONTH_OR_YEAR_START = /^(?:tháng|năm)(?!\p{L})/u;
const ENTRY_START = /^[-+•]\s*\p{L}/u;
const DRAFT_BLANK_OR_LOWER = /^[/…\p{Ll}\d]/u;
const NUMBER_REST = /^\/?\s*\d|^\/\s*\p{Lu}|^\.{2,}|^…/u;
const ENTRIES_SHARING_LINE = /(?<=[;.:,])\s*(?=[-+•]\s*\p{L})/u;
const LUU_AFTER_ENTRY = /\s(?=[-+•]\s*Lưu(?!\p{L}))/u;
const LUU_LABEL = /(?:^|[-+•]\s*)Lưu(?!\p{L})\s*:?/u;
const SIGNATURE_AFTER_LUU =
	/(?<=\.)\s+(?=(?:\p{Lu}{2,}|[TK]\/[MLT])(?:\s+\p{Lu}{2,})*\s+\p{Lu}\p{Ll}|(?:\p{Lu}{2,}|[TK]\/[MLT])(?:\s+\p{Lu}{2,})+$)/u;
const NAME_AFTER_LUU = /(?<=(?:\p{L}{2}|\))\.)\s+(?=(?:\p{Lu}\p{Ll}+\s+){0,4}\p{Lu}\p{Ll}+$)/u;
const NAME_THEN_ATTACHMENT = /^(?:\p{Lu}\p{Ll}+ ){1,4}\p{Lu}\p{Ll}+ (?=\p{Lu}{2,}\s+\p{Lu}{2})/u;
const SIGNATURE_LINE_START = /^(?:\p{Lu}{2}|[TK]\/[MLT]\s)/u;
const TITLE_THEN_LOWER_NAME = /^\p{Lu}+(?:\s+\p{Lu}+)+\s+(?=\p{Ll}+(?:\s+\p{Ll}+){1,4}$)/u;
const CAPITALS_GLUED_TO_NAME = /(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll})/u;
const DOCUMENT_TYPE_NAMES = DOCUMENT_TYPES.filter((t) => t.name !== 'CÔNG VĂN' && t.name !== 'THƯ CÔNG')
	.map((t) => t.name)
	.sort((a, b) => b.length - a.length);
const DOCUMENT_TYPE_KEYS = new Set(DOCUMENT_TYPE_NAMES.map((name) => toneFoldKey(name)));
// The same names followed by a space, and after one, built once rather than for every line.
const DOCUMENT_TYPE_NAMES_THEN_SPACE = DOCUMENT_TYPE_NAMES.map((name) => name + ' ');
const DOCUMENT_TYPE_NAMES_AFTER_SPACE = DOCUMENT_TYPE_NAMES.map((name) => ' ' + name);
// "Nơi nhận" in either case, looked for from the end of the letter.
const NOI_NHAN_AT = /Nơi\s*nhận|NƠI\s*NHẬN/uy;

// The title of a document attached after the signature, alone on its line or followed by its subject.
// The titles a document attached after the signature opens with, as a regex alternation (body.ts reads it too).
export const ATTACHMENT_TITLES = 'QUY CHẾ|QUY ĐỊNH|KẾ HOẠCH|CHƯƠNG TRÌNH|DANH SÁCH|PHỤ LỤC|ĐIỀU LỆ|HƯỚNG DẪN|ĐỀ ÁN';
const ATTACHMENT_TITLE = new RegExp(`^(?:${ATTACHMENT_TITLES})(?:\\s+\\p{Lu}|$)`, 'u');

/** Whether an entry mark (dash, plus, bullet) stands after the first character, as ENTRIES_SHARING_LINE needs. */
function hasEntryMark(text: string): boolean {
	return text.indexOf('-', 1) > 0 || text.indexOf('+', 1) > 0 || text.indexOf('•', 1) > 0;
}

/** Whether a line is a person's name: two to five capitalised words (a degree such as "TS." may come first). */
function isNameLine(text: string): boolean {
	const words = text.replace(/^(?:(?:PGS|GS|TS|ThS|BS|KS|CN|NGƯT|NGND)\.\s*)+/u, '').split(' ');
	return words.length >= 2 && words.length <= 5 && words.every((w) => NAME_WORD.test(w));
}

/** Whether a line ends with a title in capitals and a name ("… GIÁM ĐỐC Lê Văn Hùng"), word by word. */
function endsWithTitleAndName(text: string): boolean {
	const words = text.split(' ');
	let n = 0;
	while (n < 5 && n < words.length && NAME_WORD.test(words[words.length - 1 - n] ?? '')) {
		n++;
	}
	return n >= 2 && CAPITALS_WORD.test(words[words.length - 1 - n] ?? '');
}

/** Whether a cell reads as a component of the header or closing tables, so that a row of two is a table row. */
function isAnchorCell(text: string): boolean {
	if (
		SO_START.test(text) ||
		QUOC_HIEU.test(text) ||
		TIEU_NGU.test(text) ||
		VV_START.test(text) ||
		isDateStart(text) ||
		KINH_GUI_START.test(text) ||
		NOI_NHAN_START.test(text) ||
		PREFIX_START.test(text)
	) {
		return true;
	}
	const words = text.split(' ');
	if (isUpperCaseText(text) && words.length >= 2) {
		return true;
	}
	return words.length >= 2 && words.length <= 5 && words.every((w) => NAME_WORD.test(w));
}

/** The first of the cuts found (offsets above 0), or undefined. */
function firstCut(...candidates: (number | undefined)[]): number | undefined {
	// A loop rather than filter and Math.min(...): no array or closure per line of the zones.
	let first: number | undefined;
	for (const n of candidates) {
		if (n !== undefined && n > 0 && (first === undefined || n < first)) {
			first = n;
		}
	}
	return first;
}

/** Where `pattern` cuts `text`: where its match starts, or after it when the match is white space. */
function searchCut(pattern: RegExp, text: string): number | undefined {
	const m = pattern.exec(text);
	return m ? m.index + (m[0].length > 0 && /^\s/u.test(m[0]) ? m[0].length : 0) : undefined;
}

/** Recovers the layout of a normalised letter; see the top of this file. */
export function recoverLayout(norm: MappedText): Layout {
	const text = norm.text;
	const closingFrom = closingZoneStart(text);
	const attachment = attachmentAt(text, closingFrom);
	const steps = stepsNeeded(text, closingFrom, attachment);
	if ((steps & ~STEP_ATTACHMENT) === 0) {
		// No step would change a line (stepsNeeded): the letter keeps its lines, as the reader would return them,
		// with the attachment that the reader's findAttachment would find on them (attachmentAt is that search).
		return unchangedLayout(norm, attachment >= 0 ? lineNumberAt(text, attachment) : undefined);
	}
	return new LayoutReader(norm, steps).run();
}

/** The layout of a letter whose lines stay as normalised, with the line where an attachment starts if any. */
function unchangedLayout(norm: MappedText, attachmentLine: number | undefined): Layout {
	const layout: Layout = { norm, lines: [], reordered: false, separators: [], guarded: [] };
	if (attachmentLine !== undefined) {
		layout.attachmentLine = attachmentLine;
	}
	return layout;
}

/**
 * The layout as the reader finds it with every step run, whatever stepsNeeded says: what recoverLayout must
 * equal (test/letter/layout.test.ts compares them, so that a step's pattern changed without its search is seen).
 */
export function recoverLayoutEveryStep(norm: MappedText): Layout {
	return new LayoutReader(norm, ALL_STEPS).run();
}

// The steps of the recovery, as bits: what stepsNeeded finds each of them may have to do.
const STEP_MARKDOWN = 1;
const STEP_CELLS = 2;
const STEP_JOIN = 4;
const STEP_KINH_GUI = 8;
const STEP_ATTACHMENT = 16;
const STEP_INLINE = 32;
const ALL_STEPS = STEP_MARKDOWN | STEP_CELLS | STEP_JOIN | STEP_KINH_GUI | STEP_ATTACHMENT | STEP_INLINE;

// What a letter must hold for each step to find anything, as a search of a zone's text (native code, where
// the steps read every line of the zones in JavaScript). Each pattern finds at least every line that its step
// acts on when it reads the letter's own lines: the step's patterns on a trimmed line, with "\s" that stays on
// the line written [^\S\n], and its other conditions left out. A pattern may find more; the step then runs and
// decides. Once a step has changed the lines (cells, joins), the later steps run whatever the patterns said.
// Patterns start with a line feed or with a word, which the regex engine looks for quickly, rather than with a
// look-behind tried at every offset.
const LINE_SPACE = '[^\\S\\n]';
// The start of a line of a zone's text (split on LF alone, as the reader splits it), and its white space.
const LINE_START = `(?:^|\\n)${LINE_SPACE}*`;
// The end of a line of a zone's text.
const LINE_END = `${LINE_SPACE}*(?=\\n|$)`;
const TYPE_NAMES = DOCUMENT_TYPE_NAMES.join('|');
// The place and "ngày" of a date line: the words of DATE_START (with "TP." as a word), as words without a
// comma that do not start with a small Latin letter: the engine needs no tables of capitals and small letters.
const DATE_OPENING = '[^\\sa-z,][^\\s,]*(?: [^\\sa-z,][^\\s,]*){0,5} ?, ?ngày';
// splitCells (besides a TAB or " | "): a run of three spaces or more (found at its end, so that a long run is
// not read again from each of its spaces) before a cell that cellsOf would not take for a blank
// (DRAFT_BLANK_OR_LOWER). A row whose right cell is such a blank needs a row above it, which is found.
const CELLS_STEP = new RegExp(` {3}(?! )${LINE_SPACE}*[^\\s/…\\p{Ll}\\d]`, 'gu');
// The steps that read the header zone's lines: stripMarkdownHeadings (MARKDOWN_HEADING); joinSplitComponents
// ("Số:" alone, a date cut after "ngày" or the month, a line that ends with "VIỆT"); headerCut (a Quốc hiệu
// followed by more text, the Party's name after other text, the Tiêu ngữ followed by more text, a Số line that
// holds a V/v, "ngày", "Kính gửi", a type name or "Cộng", a date line with text after its year or "Kính gửi",
// a V/v line with "ngày" or "Kính gửi", a type name and a word after it, "Số: 1" less than 30 characters into a
// line). The Quốc hiệu after other text and alone on its line is read in place (headerCut). Three patterns,
// each led by what the engine can look for quickly: a line feed (the first line is tried on its own), a comma,
// or a capital. Group 1 holds what the first two steps act on, which an attachment's lines do not stop (the
// cuts of headerCut are not made there).
const LINE_STEPS =
	`(#{1,6}[ \\t]|(?:Số|SỐ)(?:${LINE_SPACE}*:)?${LINE_END})|` +
	[
		`(?:Số|SỐ)[^\\n]*?(?:${LINE_SPACE}[Vv] ?\\/ ?[Vv]|ngày|${LINE_SPACE}(?:Kính|KÍNH)|[Cc][ỘộOo][Nn][Gg]| (?:${TYPE_NAMES}))`,
		`[Vv] ?\\/ ?[Vv][^\\n]*?(?:ngày|${LINE_SPACE}(?:Kính|KÍNH))`,
		`(?:${TYPE_NAMES}) `,
	].join('|');
const FIRST_LINE_STEPS = new RegExp(`^${LINE_SPACE}*(?:${LINE_STEPS})`, 'u');
const HEADER_STEPS = [
	new RegExp(`\\n${LINE_SPACE}*(?:${LINE_STEPS})`, 'gu'),
	new RegExp(
		`, ?ngày(?<=(?:^|\\n)${LINE_SPACE}*${DATE_OPENING})(?:((?: \\d{1,2})?(?: tháng(?: \\d{1,2})?)?${LINE_END})|[^\\n]*?(?:năm(?:${LINE_SPACE}+\\d{4}|(?!${LINE_SPACE}*\\d))${LINE_SPACE}+\\S|${LINE_SPACE}(?:Kính|KÍNH)))`,
		'gu',
	),
	new RegExp(
		[
			`[Vv][Ii][ỆệEe][Tt](?:(${LINE_END})|(?<=VI[ỆE]T)\\s+NAM${LINE_SPACE}+\\S)`,
			`ĐẢNG(?<=\\S${LINE_SPACE}+ĐẢNG)\\s+CỘNG`,
			`Hạnh\\s+phúc${LINE_SPACE}+\\S`,
			`(?:Số|SỐ)(?<=(?:^|\\n)${LINE_SPACE}*\\S[^\\n]{0,29}(?:Số|SỐ))\\s*:\\s*\\d`,
		].join('|'),
		'gu',
	),
];
// moveKinhGui: "Kính gửi" on the first line with content and a line of the Số, a V/v or a date after it, or
// "Kính gửi:" at the end of a line and a date on the next line with content.
const KINH_GUI_FIRST_STEP = new RegExp(
	`^\\s*(?:Kính\\s*gửi|KÍNH\\s*GỬI)\\s*:[\\s\\S]*?\\n${LINE_SPACE}*(?:Số|SỐ|[Vv] ?\\/ ?[Vv]|${DATE_OPENING})`,
	'u',
);
const KINH_GUI_STEP = new RegExp(`(?:Kính\\s*gửi|KÍNH\\s*GỬI)\\s*:${LINE_SPACE}*\\n\\s*${DATE_OPENING}`, 'u');
// findAttachment: ATTACHMENT_TITLE at the start of a line after the first of the closing zone.
const ATTACHMENT_STEP = new RegExp(`\\n${LINE_SPACE}*(?:${ATTACHMENT_TITLES})(?:\\s+\\p{Lu}|${LINE_END})`, 'gu');
// Classes for the searches that hold every character of a Unicode property class and some more, so that a search
// finds at least what the step's own pattern finds: a capital (\p{Lu}) is any character but ASCII that is not a
// capital, the block up to U+00BF and the small Vietnamese letters; a small letter (\p{Ll}) likewise; a letter
// (\p{L}) any character but ASCII that is not a letter; a letter that must not follow ((?!\p{L})) is one of the
// ASCII and Vietnamese letters. Each property class costs hundreds of ranges to compile (several milliseconds for
// CLOSING_INLINE_STEP, more than its searches of 2,000 letters); these cost a few dozen. The Vietnamese letters keep
// the search as selective as the property classes on Vietnamese text: "Nơi nhận" holds no two capitals.
const SMALL_VIETNAMESE = 'àáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ';
const CAPITAL_VIETNAMESE = SMALL_VIETNAMESE.toUpperCase();
const CAPITAL_OR_OTHER = `[^\\0-@\\[-\\xbf${SMALL_VIETNAMESE}]`;
const SMALL_OR_OTHER = `[^\\0-\`{-\\xb4\\xb6-\\xbf${CAPITAL_VIETNAMESE}]`;
const LETTER_OR_OTHER = '[^\\0-@\\[-`{-\\x7f]';
const SOME_LETTER = `[A-Za-z${SMALL_VIETNAMESE}${CAPITAL_VIETNAMESE}]`;

/** A search pattern's source with its property classes replaced by the classes above, which find more. */
function loosened(source: string): string {
	// Only positive classes and the negative look-ahead are rewritten: a class under a negation would find less.
	return source
		.replaceAll('(?!\\p{L})', `(?!${SOME_LETTER})`)
		.replaceAll('\\p{Lu}', CAPITAL_OR_OTHER)
		.replaceAll('\\p{Ll}', SMALL_OR_OTHER)
		.replaceAll('\\p{L}', LETTER_OR_OTHER);
}

// splitInline on a closing line (closingCut): the label glued after a period; an entry mark after punctuation
// (entries sharing a line), or before "Lưu"; after "Lưu", a capital after a period or a title; a name and
// capitals after it (an attachment); an authority line with a second title; a line of the signature (a prefix
// or two capitals) with a lower-case letter, which every later cut needs.
const CLOSING_INLINE_STEP = new RegExp(
	loosened(
		[
			`\\.${LINE_SPACE}*(?:Nơi\\s*nhận|NƠI\\s*NHẬN)\\s*:`,
			`[;.:,]${LINE_SPACE}*[-+•]\\s*\\p{L}`,
			`${LINE_SPACE}[-+•]${LINE_SPACE}*Lưu(?!\\p{L})`,
			`Lưu(?!\\p{L})[^\\n]*?\\.${LINE_SPACE}+\\p{Lu}`,
			`Lưu(?!\\p{L})[^\\n]+?${TITLE_START.source}`,
			`${LINE_START}(?:` +
				[
					`(?:\\p{Lu}\\p{Ll}+ ){1,4}\\p{Lu}\\p{Ll}+ \\p{Lu}{2,}\\s+\\p{Lu}{2}`,
					`(?:(?:TM|KT|TL|TUQ|Q)\\.|T\\/M|K\\/T|T\\/L)${LINE_SPACE}*\\S[^\\n]+?${NEXT_TITLE.source}`,
					`(?:(?:TM|KT|TL|TUQ|Q)\\.\\s*\\p{Lu}|\\p{Lu}{2}|[TK]\\/[MLT]\\s)[^\\n]*\\p{Ll}`,
				].join('|') +
				')',
		].join('|'),
	),
	'u',
);

/**
 * The steps that may find something in a letter (STEP_* bits), from a few searches of its text: 0 for most
 * letters, laid out one component per line. The zones are those of LayoutReader.findZones: the header zone
 * ends with the 30th line with content, the closing zone starts with the line of the last "Nơi nhận" (without
 * one, 8 lines before the end). `attachment` is where an attachment starts (attachmentAt), or -1: no cut is
 * made from there.
 */
function stepsNeeded(text: string, closingFrom: number, attachment: number): number {
	let steps = attachment >= 0 ? STEP_ATTACHMENT : 0;
	// The header's patterns are searched in the whole text (most letters have fewer than 30 lines); a match
	// counts in the header zone.
	if (FIRST_LINE_STEPS.test(text) || HEADER_STEPS.some((pattern) => headerFinds(pattern, text, attachment))) {
		steps |= STEP_MARKDOWN | STEP_JOIN | STEP_INLINE;
	}
	const cell = firstCellSeparator(text, 0);
	if (cell >= 0 && (inHeaderZone(text, cell) || firstCellSeparator(text, closingFrom) >= 0)) {
		steps |= STEP_CELLS;
	}
	if (KINH_GUI_FIRST_STEP.test(text) || KINH_GUI_STEP.test(text)) {
		steps |= STEP_KINH_GUI;
	}
	if (CLOSING_INLINE_STEP.test(text.slice(closingFrom, attachment >= 0 ? attachment : text.length))) {
		steps |= STEP_INLINE;
	}
	return steps;
}

/**
 * Whether a pattern of HEADER_STEPS finds a line of the header zone that a step acts on: any match before the
 * attachment, and after it a match of group 1 only.
 */
function headerFinds(pattern: RegExp, text: string, attachment: number): boolean {
	pattern.lastIndex = 0;
	for (let m = pattern.exec(text); m !== null && inHeaderZone(text, m.index); m = pattern.exec(text)) {
		if (attachment < 0 || m.index < attachment || m[1] !== undefined) {
			return true;
		}
	}
	return false;
}

/**
 * Where the title of an attachment after the signature starts (findAttachment on the letter's own lines), or
 * -1: a line of the closing zone that ATTACHMENT_TITLE matches, after a line with content that is a name, or
 * that ends with a title and a name.
 */
function attachmentAt(text: string, closingFrom: number): number {
	// The zone's first line has no line before it in the zone, so it is not a title: the search starts after its
	// line feed.
	ATTACHMENT_STEP.lastIndex = closingFrom;
	for (let m = ATTACHMENT_STEP.exec(text); m !== null; m = ATTACHMENT_STEP.exec(text)) {
		const start = m.index + 1;
		const nl = text.indexOf('\n', start);
		if (ATTACHMENT_TITLE.test(text.slice(start, nl === -1 ? text.length : nl).trim())) {
			const previous = previousContent(text, start, closingFrom);
			if (isNameLine(previous) || endsWithTitleAndName(previous)) {
				return start;
			}
		}
	}
	return -1;
}

/** The trimmed text of the last line with content before the line at `lineStart`, from `zoneStart` on, or ''. */
function previousContent(text: string, lineStart: number, zoneStart: number): string {
	// The line feed that ends the line before.
	let end = lineStart - 1;
	while (end >= zoneStart) {
		const start = end > 0 ? text.lastIndexOf('\n', end - 1) + 1 : 0;
		const content = text.slice(start, end).trim();
		if (content !== '') {
			return content;
		}
		end = start - 1;
	}
	return '';
}

/** The number of the line that holds an offset. */
function lineNumberAt(text: string, offset: number): number {
	let line = 0;
	for (let at = text.indexOf('\n'); at >= 0 && at < offset; at = text.indexOf('\n', at + 1)) {
		line++;
	}
	return line;
}

/** Where the closing zone starts (LayoutReader.findZones): the line of the last "Nơi nhận", or 8 lines from the end. */
function closingZoneStart(text: string): number {
	const last = lastLabelAt(text);
	if (last >= 0) {
		return text.lastIndexOf('\n', last) + 1;
	}
	// After the 8th line feed from the end.
	let at = text.length;
	for (let k = 0; k < 8 && at >= 0; k++) {
		at = at > 0 ? text.lastIndexOf('\n', at - 1) : -1;
	}
	return at + 1;
}

/** Whether an offset stands on one of the first 30 lines with content (the header zone of findZones); false for -1. */
function inHeaderZone(text: string, offset: number): boolean {
	if (offset < 0) {
		return false;
	}
	let seen = 0;
	for (let start = 0; start <= offset;) {
		const nl = text.indexOf('\n', start);
		const end = nl === -1 ? text.length : nl;
		if (skipSpaces(text, start, end) < end && ++seen > 30) {
			return false;
		}
		if (nl === -1) {
			break;
		}
		start = nl + 1;
	}
	return true;
}

/** The offset of the first TAB, " | " or CELLS_STEP match from `from`, or -1: what every table row holds. */
function firstCellSeparator(text: string, from: number): number {
	CELLS_STEP.lastIndex = from;
	const run = CELLS_STEP.exec(text);
	let first = run ? run.index : -1;
	const tab = text.indexOf('\t', from);
	if (tab >= 0 && (first < 0 || tab < first)) {
		first = tab;
	}
	// The bar first, which is rare, where " | " would be looked for at every space.
	// A bar at the very start of the text is no " | ", but one after it may be: the search goes on past it.
	let bar = text.indexOf('|', from);
	while (bar >= 0 && !(bar > 0 && text.charCodeAt(bar - 1) === 0x20 && text.charCodeAt(bar + 1) === 0x20)) {
		bar = text.indexOf('|', bar + 1);
	}
	if (bar > 0 && (first < 0 || bar - 1 < first)) {
		first = bar - 1;
	}
	return first;
}

/** The offset of the last "Nơi nhận" (NOI_NHAN_AT) in the text, or -1. */
function lastLabelAt(text: string): number {
	// Every match starts with "Nơi" or "NƠI", so the last match is the last of those where the pattern matches
	// (two matches cannot overlap): found with indexOf rather than by a regex tried at every offset.
	return Math.max(lastMatchFrom(text, 'Nơi'), lastMatchFrom(text, 'NƠI'));
}

/** The offset of the last occurrence of `word` where NOI_NHAN_AT matches, or -1. */
function lastMatchFrom(text: string, word: string): number {
	// Forward: indexOf is much faster than lastIndexOf in V8, and the word is rare.
	let last = -1;
	for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
		NOI_NHAN_AT.lastIndex = at;
		if (NOI_NHAN_AT.test(text)) {
			last = at;
		}
	}
	return last;
}

class LayoutReader {
	readonly text: string;
	// Start and end of each line of the normalised text, as numbers rather than objects: most lines are body
	// lines that the recovery never looks at, and an object per line showed in the profile.
	readonly starts: number[] = [];
	readonly ends: number[] = [];
	out: OutLine[] = [];
	changed = false;
	reordered = false;
	headerLimit = 0;
	closingStart = 0;
	/** Per raw line, the HOLDS_* bits of the words it holds; computed when first asked for. */
	words: Uint8Array | undefined;
	/** The original ranges of the separators between the two cells of table rows. */
	readonly cellSeparators: Range[] = [];

	constructor(
		readonly norm: MappedText,
		/** The steps that may find something (stepsNeeded), as long as no step has changed the lines. */
		readonly steps: number,
	) {
		this.text = norm.text;
		let start = 0;
		for (;;) {
			const nl = this.text.indexOf('\n', start);
			const end = nl === -1 ? this.text.length : nl;
			this.starts.push(start);
			this.ends.push(end);
			if (nl === -1) {
				break;
			}
			start = nl + 1;
		}
	}

	rawPiece(i: number): Piece {
		// With the slot for its trimmed text, so that filling it in later does not reshape the object.
		return { start: this.starts[i] ?? 0, end: this.ends[i] ?? 0, trimmed: undefined };
	}

	content(p: Piece): Piece {
		const start = skipSpaces(this.text, p.start, p.end);
		return { start, end: trimEndIndex(this.text, start, p.end) };
	}

	trimmed(p: Piece): string {
		if (p.trimmed === undefined) {
			// content(p) without its Piece: this runs once for every line of the zones.
			const start = skipSpaces(this.text, p.start, p.end);
			p.trimmed = this.text.slice(start, trimEndIndex(this.text, start, p.end));
		}
		return p.trimmed;
	}

	run(): Layout {
		this.findZones();
		// Lines of the header and closing zones, one by one; the body between them as one piece that no step cuts.
		const count = this.starts.length;
		const bodyFrom = Math.min(this.headerLimit, this.closingStart);
		const bodyTo = Math.max(bodyFrom, this.closingStart);
		for (let i = 0; i < count; i++) {
			if (i === bodyFrom && bodyTo > bodyFrom) {
				const piece = { start: this.starts[bodyFrom] ?? 0, end: this.ends[bodyTo - 1] ?? 0 };
				this.out.push({ pieces: [piece], raw: bodyFrom, recovery: 'as-typed', body: bodyTo - bodyFrom });
				i = bodyTo - 1;
				continue;
			}
			this.out.push({ pieces: [this.rawPiece(i)], raw: i, recovery: 'as-typed' });
		}
		if (this.needs(STEP_MARKDOWN)) {
			this.stripMarkdownHeadings();
		}
		if (this.needs(STEP_CELLS)) {
			this.splitCells();
		}
		if (this.needs(STEP_JOIN)) {
			this.joinSplitComponents();
		}
		if (this.needs(STEP_KINH_GUI)) {
			this.moveKinhGui();
		}
		const attached = this.needs(STEP_ATTACHMENT) ? this.findAttachment() : undefined;
		if (this.needs(STEP_INLINE)) {
			this.splitInline();
		}
		if (!this.changed) {
			// Nothing moved: the out line's raw line is the letter's line.
			return unchangedLayout(this.norm, attached);
		}
		return this.build();
	}

	/** Whether a step may find something: stepsNeeded said so, or a step before it changed the lines it read. */
	needs(step: number): boolean {
		return this.changed || (this.steps & step) !== 0;
	}

	/**
	 * A document attached after the signature on lines of its own (reference I4): its title in capitals
	 * ("QUY CHẾ", "KẾ HOẠCH …") just after the signer's name. Its lines are marked, so that no cut touches them
	 * and the closing ends before them. Returns the raw line of the title, or undefined.
	 */
	findAttachment(): number | undefined {
		let previous = '';
		for (let i = 0; i < this.out.length; i++) {
			const line = this.out[i] as OutLine;
			if (line.raw < this.closingStart || line.body !== undefined) {
				continue;
			}
			const text = this.lineText(line);
			if (text === '') {
				continue;
			}
			// After the name alone, or after a closing flattened onto one line that ends with the name.
			if (ATTACHMENT_TITLE.test(text) && (isNameLine(previous) || endsWithTitleAndName(previous))) {
				for (let k = i; k < this.out.length; k++) {
					(this.out[k] as OutLine).attachment = true;
				}
				return line.raw;
			}
			previous = text;
		}
		return undefined;
	}

	/** The header zone is the first 30 non-blank lines; the closing zone starts at the last "Nơi nhận". */
	findZones(): void {
		let seen = 0;
		const count = this.starts.length;
		this.headerLimit = count;
		for (let i = 0; i < count; i++) {
			// A line with content: something other than white space.
			if (skipSpaces(this.text, this.starts[i] ?? 0, this.ends[i] ?? 0) < (this.ends[i] ?? 0) && ++seen > 30) {
				this.headerLimit = i;
				break;
			}
		}
		// From the line with the last "Nơi nhận"; without one, the last lines.
		const last = lastLabelAt(this.text);
		this.closingStart = last >= 0 ? this.lineAt(last) : Math.max(0, count - 8);
	}

	/**
	 * Which of the words that headerCut (and joinSplitComponents) looks for a raw line of the zones holds, as
	 * HOLDS_* bits: found with indexOf once, rather than by a search of every line for each. A piece of the
	 * line holds no more.
	 */
	wordsOf(raw: number): number {
		this.words ??= this.markZoneLines(HEADER_WORDS);
		return this.words[raw] ?? 0;
	}

	/**
	 * Per raw line, the bits of the words it holds, for the lines of the header and closing zones only (the
	 * steps read no other line): indexOf runs over the zones' text, not over the body of a long letter.
	 */
	markZoneLines(words: readonly (readonly [string, number])[]): Uint8Array {
		const marks = new Uint8Array(this.starts.length);
		const n = this.text.length;
		const headerEnd = this.headerLimit > 0 ? (this.ends[this.headerLimit - 1] ?? n) : 0;
		const closingFrom = this.starts[this.closingStart] ?? n;
		const zones =
			headerEnd >= closingFrom
				? [[0, n]]
				: [
						[0, headerEnd],
						[closingFrom, n],
					];
		for (const [from = 0, to = n] of zones) {
			// A slice shares the letter's characters; indexOf on it stops at the zone's end.
			const zone = this.text.slice(from, to);
			for (const [word, bit] of words) {
				for (let at = zone.indexOf(word); at >= 0; at = zone.indexOf(word, at + word.length)) {
					const line = this.lineAt(from + at);
					marks[line] = (marks[line] ?? 0) | bit;
				}
			}
		}
		return marks;
	}

	/** The line that holds an offset of the normalised text (binary search). */
	lineAt(offset: number): number {
		let low = 0;
		let high = this.starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if ((this.starts[mid] ?? 0) <= offset) {
				low = mid;
			} else {
				high = mid - 1;
			}
		}
		return low;
	}

	inZone(line: OutLine): boolean {
		return line.raw < this.headerLimit || line.raw >= this.closingStart;
	}

	/** "# QUYẾT ĐỊNH": the markers of a markdown heading are left out, as emphasis markers are. */
	stripMarkdownHeadings(): void {
		for (const line of this.out) {
			if (line.raw >= this.headerLimit) {
				break;
			}
			const piece = line.pieces[0] as Piece;
			const text = this.trimmed(piece);
			const match = text.startsWith('#') ? MARKDOWN_HEADING.exec(text) : null;
			if (match) {
				const c = this.content(piece);
				line.pieces = [{ start: c.start + match[0].length, end: piece.end }];
				line.recovery = 'inline';
				this.changed = true;
			}
		}
	}

	/** The two cells of a table row, or undefined when the line is not one. */
	cellsOf(piece: Piece, continuation = false): { left: Piece; right: Piece; sep: Piece } | undefined {
		const line = this.trimmed(piece);
		let sep: Piece | undefined;
		const tab = line.indexOf('\t');
		if (tab < 0 && !line.includes('   ') && !line.includes(' | ')) {
			// Most lines: no TAB, no " | ", no run of three spaces, so no second cell.
			return undefined;
		}
		const c = this.content(piece);
		if (tab >= 0) {
			if (line.indexOf('\t', tab + 1) >= 0 && /\t[^\t]*\t/u.test(line.replace(/\t[ \t]*\t/gu, '\t'))) {
				// Three cells or more: a table of the body, not the header or closing table.
				return undefined;
			}
			// The TAB with the spaces and TABs around it.
			let from = tab;
			let to = tab + 1;
			while (from > 0 && (line[from - 1] === ' ' || line[from - 1] === '\t')) {
				from--;
			}
			while (to < line.length && (line[to] === ' ' || line[to] === '\t')) {
				to++;
			}
			sep = { start: c.start + from, end: c.start + to };
		} else {
			const pipes = line.split(' | ').length - 1;
			if (pipes === 1) {
				const at = line.indexOf(' | ');
				sep = { start: c.start + at, end: c.start + at + 3 };
			} else if (pipes === 0) {
				// Columns stand at least three spaces apart; two are a typing slip inside a component.
				const runs = [...line.matchAll(/ {3,}/gu)];
				if (runs.length === 1) {
					const m = runs[0] as RegExpMatchArray;
					sep = { start: c.start + (m.index ?? 0), end: c.start + (m.index ?? 0) + m[0].length };
				}
			}
		}
		if (!sep || sep.start <= c.start || sep.end >= c.end) {
			return undefined;
		}
		const left = { start: piece.start, end: sep.start };
		const right = { start: sep.end, end: piece.end };
		// "Số:      /SYT-NVY": the blank of a draft number, not two cells; nor "ngày 32 tháng    năm" (a blank
		// month) or a Quốc hiệu with extra spaces.
		const rightText = this.trimmed(right);
		const leftText = this.trimmed(left);
		// Below a row, a PDF puts the rest of a wrapped date beside the number that it moved below "Số:"
		// ("1215/UBND-KT      năm 2024"): a row whose right cell continues the date.
		// Likewise a Nơi nhận entry beside a line of the signature, whatever its case ("- Lưu: VT.   nguyễn văn a").
		const dateRest = continuation && ((MONTH_OR_YEAR_START.test(rightText) && !/ngày|tháng/u.test(leftText)) || ENTRY_START.test(leftText));
		if (!dateRest && ((SO_ALONE.test(leftText) && !isDateStart(rightText)) || DRAFT_BLANK_OR_LOWER.test(rightText))) {
			return undefined;
		}
		if (dateRest) {
			return { left, right, sep };
		}
		for (const pattern of [QUOC_HIEU, /Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc/iu]) {
			const m = pattern.exec(line);
			if (m && c.start + m.index < sep.start && c.start + m.index + m[0].length > sep.end) {
				return undefined;
			}
		}
		if (!isAnchorCell(this.trimmed(left)) && !isAnchorCell(this.trimmed(right))) {
			return undefined;
		}
		return { left, right, sep };
	}

	/** Whether a line that is not a row stands in the right column (indented by a TAB or a run of spaces). */
	isIndented(piece: Piece): boolean {
		const c0 = this.text.charCodeAt(piece.start);
		const c1 = this.text.charCodeAt(piece.start + 1);
		return c0 === 0x09 || (c0 === 0x20 && c1 === 0x20);
	}

	/**
	 * Rows of two cells: each cell goes on a line of its own; two or more rows close together are two columns
	 * side by side, read left column first, then right.
	 */
	splitCells(): void {
		const rows = new Map<number, { left: Piece; right: Piece }>();
		// A row needs a TAB, " | " or three spaces: the lines that hold one are found in the whole text at
		// once, and only they are read (a line's pieces all lie inside its raw line).
		const candidates = this.markZoneLines(CELL_SEPARATORS);
		for (let i = 0; i < this.out.length; i++) {
			const line = this.out[i] as OutLine;
			if (candidates[line.raw] !== 1 || !this.inZone(line)) {
				continue;
			}
			const cells = this.cellsOf((this.out[i] as OutLine).pieces[0] as Piece, rows.has(i - 1));
			if (cells) {
				rows.set(i, cells);
				this.cellSeparators.push(this.norm.range(cells.sep.start, cells.sep.end));
			}
		}
		if (rows.size === 0) {
			return;
		}
		this.changed = true;
		const indices = [...rows.keys()];
		const replaced = new Map<number, OutLine[]>();
		const skip = new Set<number>();
		for (let k = 0; k < indices.length;) {
			let last = k;
			while (
				last + 1 < indices.length &&
				(indices[last + 1] as number) - (indices[last] as number) <= 3 &&
				!this.out.slice(indices[last], indices[last + 1]).some((l) => l.body !== undefined)
			) {
				last++;
			}
			const first = indices[k] as number;
			let end = indices[last] as number;
			if (last > k) {
				// Rows of one cell below the table still belong to it: an entry of the left column ("- Lưu: …")
				// or an indented line of the right column.
				while (end + 1 < this.out.length && !rows.has(end + 1) && (this.out[end + 1] as OutLine).body === undefined) {
					const piece = (this.out[end + 1] as OutLine).pieces[0] as Piece;
					const t = this.trimmed(piece);
					if (t === '' || !(/^[-+•]/u.test(t) || this.isIndented(piece))) {
						break;
					}
					end++;
				}
			}
			if (last === k) {
				const cells = rows.get(first) as { left: Piece; right: Piece };
				const raw = (this.out[first] as OutLine).raw;
				replaced.set(first, [
					{ pieces: [cells.left], raw, recovery: 'cell', side: 'left' },
					{ pieces: [cells.right], raw, recovery: 'cell', side: 'right' },
				]);
			} else {
				this.reordered = true;
				const left: OutLine[] = [];
				const right: OutLine[] = [];
				for (let i = first; i <= end; i++) {
					const cells = rows.get(i);
					const raw = (this.out[i] as OutLine).raw;
					const piece = (this.out[i] as OutLine).pieces[0] as Piece;
					if (cells) {
						left.push({ pieces: [cells.left], raw, recovery: 'columns', side: 'left' });
						right.push({ pieces: [cells.right], raw, recovery: 'columns', side: 'right' });
					} else if (this.isIndented(piece) && this.trimmed(piece) !== '') {
						right.push({ pieces: [piece], raw, recovery: 'columns', side: 'right' });
					} else {
						left.push({ pieces: [piece], raw, recovery: 'columns', side: 'left' });
					}
					if (i > first) {
						skip.add(i);
					}
				}
				replaced.set(first, [...left, ...right]);
			}
			k = last + 1;
		}
		const next: OutLine[] = [];
		this.out.forEach((line, i) => {
			if (skip.has(i)) {
				return;
			}
			next.push(...(replaced.get(i) ?? [line]));
		});
		this.out = next;
	}

	lineText(line: OutLine): string {
		return line.pieces.length === 1 && line.body === undefined ? this.trimmed(line.pieces[0] as Piece) : '';
	}

	nextNonBlank(from: number): number {
		let i = from;
		while (
			i < this.out.length &&
			this.lineText(this.out[i] as OutLine) === '' &&
			(this.out[i] as OutLine).pieces.length === 1 &&
			(this.out[i] as OutLine).body === undefined
		) {
			i++;
		}
		return i;
	}

	/**
	 * PDF text layers split components over lines: the number below "Số:", a date wrapped after "ngày", the
	 * Quốc hiệu (or the Party's name) cut by a line of the other column ("… VIỆT" / "SỞ …" / "NAM"). These are
	 * joined into one line.
	 */
	joinSplitComponents(): void {
		for (let i = 0; i < this.out.length; i++) {
			const line = this.out[i] as OutLine;
			if (line.raw >= this.headerLimit || line.body !== undefined) {
				break;
			}
			const text = this.lineText(line);
			if (text === '') {
				continue;
			}
			if (SO_ALONE.test(text)) {
				const j = this.nextNonBlank(i + 1);
				const next = this.out[j];
				if (next && j === i + 1 && NUMBER_REST.test(this.lineText(next))) {
					this.join(i, [j]);
				}
			} else if ((this.wordsOf(line.raw) & HOLDS_NGAY) !== 0 && text.includes('ngày') && DATE_WRAPPED.test(text)) {
				const parts: number[] = [];
				let joined = text;
				for (let j = i + 1; j < this.out.length && j <= i + 2 && !/năm/u.test(joined); j++) {
					const t = this.lineText(this.out[j] as OutLine);
					if (!MONTH_OR_YEAR_START.test(t)) {
						break;
					}
					parts.push(j);
					joined += ' ' + t;
				}
				if (parts.length > 0 && /năm/u.test(joined)) {
					this.join(i, parts);
				}
			} else if (
				// Both end with "VIỆT" (or "VIET", in either case): the unanchored pattern runs only on such lines.
				(text.endsWith('T') || text.endsWith('t')) &&
				(QUOC_HIEU_OPEN.test(text) || /^ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT$/u.test(text))
			) {
				for (let j = i + 1; j <= i + 2 && j < this.out.length; j++) {
					if (/^NAM$/iu.test(this.lineText(this.out[j] as OutLine))) {
						this.join(i, [j]);
						break;
					}
				}
			}
		}
	}

	/** Joins lines `others` onto line `i` with a space, and removes them. */
	join(i: number, others: number[]): void {
		const line = this.out[i] as OutLine;
		const pieces = [this.content(line.pieces[0] as Piece)];
		for (const j of others) {
			pieces.push(this.content((this.out[j] as OutLine).pieces[0] as Piece));
		}
		line.pieces = pieces;
		line.recovery = 'joined';
		if (others.some((j, k) => j !== i + k + 1)) {
			this.reordered = true;
		}
		for (const j of [...others].sort((a, b) => b - a)) {
			this.out.splice(j, 1);
		}
		this.changed = true;
	}

	/**
	 * A Kính gửi typed above the header is moved below it, and a date that a PDF read after the left column's
	 * "Kính gửi:" is moved above it.
	 */
	moveKinhGui(): void {
		let limit = 0;
		while (limit < this.out.length && (this.out[limit] as OutLine).raw < this.headerLimit) {
			limit++;
		}
		const first = this.nextNonBlank(0);
		const firstLine = this.out[first];
		if (firstLine && KINH_GUI_START.test(this.lineText(firstLine))) {
			let end = first + 1;
			while (end < limit && /^[-+•]/u.test(this.lineText(this.out[end] as OutLine))) {
				end++;
			}
			let after = -1;
			for (let i = end; i < limit; i++) {
				const t = this.lineText(this.out[i] as OutLine);
				if (SO_START.test(t) || isDateStart(t) || VV_START.test(t)) {
					after = i;
				}
				if (KINH_GUI_START.test(t)) {
					after = -1;
					break;
				}
			}
			if (after >= 0) {
				const moved = this.out.splice(first, end - first);
				moved.forEach((l) => (l.recovery = 'moved'));
				this.out.splice(after - moved.length + 1, 0, ...moved);
				this.changed = true;
				this.reordered = true;
				return;
			}
		}
		for (let i = 0; i < limit; i++) {
			const t = this.lineText(this.out[i] as OutLine);
			// Both spellings start with K: the pattern runs only on such lines.
			// The length first: charCodeAt(0) of an empty line reads out of bounds, and V8 deoptimises on it.
			if (t.length > 0 && t.charCodeAt(0) === 0x4b /* K */ && /^(?:Kính\s*gửi|KÍNH\s*GỬI)\s*:$/u.test(t)) {
				const j = this.nextNonBlank(i + 1);
				const next = this.out[j];
				if (next && isDateStart(this.lineText(next)) && /năm/u.test(this.lineText(next))) {
					this.out.splice(j, 1);
					next.recovery = 'moved';
					this.out.splice(i, 0, next);
					this.changed = true;
					this.reordered = true;
				}
				return;
			}
		}
	}

	/** Cuts lines where a component begins in the middle of them; see headerCuts and closingCuts. */
	splitInline(): void {
		const next: OutLine[] = [];
		this.out.forEach((line) => {
			if (line.pieces.length !== 1 || line.body !== undefined) {
				next.push(line);
				return;
			}
			// Most lines have no cut: they are passed on without a queue.
			const firstCut = this.cutOf(line);
			if (!firstCut) {
				next.push(line);
				return;
			}
			const queue: OutLine[] = [line];
			let guard = 0;
			let known: ReturnType<LayoutReader['cutOf']> | null = firstCut;
			while (queue.length > 0) {
				const current = queue.shift() as OutLine;
				// The first line's cut is known already.
				const cut = guard++ < 12 ? (known ?? this.cutOf(current)) : undefined;
				known = null;
				if (!cut) {
					next.push(current);
					continue;
				}
				this.changed = true;
				const piece = current.pieces[0] as Piece;
				const recovery = cut.caseBoundary ? 'case-boundary' : current.recovery === 'as-typed' ? 'inline' : current.recovery;
				const side = current.side ? { side: current.side } : {};
				const head: OutLine = { pieces: [{ start: piece.start, end: cut.sepStart }], raw: current.raw, recovery, ...side };
				const tail: OutLine = { pieces: [{ start: cut.sepEnd, end: piece.end }], raw: current.raw, recovery, ...side };
				if (current.attachment || cut.attachment) {
					tail.attachment = true;
				}
				if (current.attachment) {
					head.attachment = true;
				}
				next.push(head);
				queue.unshift(tail);
			}
		});
		this.out = next;
	}

	/** Where to cut a line, if anywhere: the separator's offsets in the normalised text. */
	cutOf(line: OutLine): { sepStart: number; sepEnd: number; caseBoundary?: boolean; attachment?: boolean } | undefined {
		const inHeader = line.raw < this.headerLimit;
		const inClosing = line.raw >= this.closingStart;
		// The body is never cut (the closing zone starts at the line with the last "Nơi nhận", glued or not).
		if (line.attachment || !(inHeader || inClosing)) {
			return undefined;
		}
		const text = this.trimmed(line.pieces[0] as Piece);
		if (text === '') {
			return undefined;
		}
		if (inHeader) {
			const cut = this.headerCut(text, this.wordsOf(line.raw));
			if (cut !== undefined) {
				return this.separatorAt(line.pieces[0] as Piece, text, cut, {});
			}
		}
		if (inClosing) {
			const cut = this.closingCut(text);
			if (cut) {
				return this.separatorAt(line.pieces[0] as Piece, text, cut.at, cut);
			}
		}
		return undefined;
	}

	/**
	 * The separator around a cut at offset `at` of a piece's trimmed text: the white space on both sides, in
	 * offsets of the normalised text; none when the cut is at either end.
	 */
	separatorAt(
		piece: Piece,
		text: string,
		at: number,
		extra: { caseBoundary?: boolean; attachment?: boolean },
	): { sepStart: number; sepEnd: number; caseBoundary?: boolean; attachment?: boolean } | undefined {
		const c = this.content(piece);
		const s = trimEndIndex(text, 0, at);
		const e = skipSpaces(text, at);
		return s <= 0 || e >= text.length ? undefined : { sepStart: c.start + s, sepEnd: c.start + e, ...extra };
	}

	/** Where the next header component begins on a line that starts with one (A1–A4, E4), or undefined. */
	headerCut(text: string, words: number): number | undefined {
		// A whole header table flattened onto one line (web pages): the agency, then the Quốc hiệu, then the
		// Tiêu ngữ, then the Số. Cut only where white space separates them: a Quốc hiệu glued to its
		// neighbours is read in place (letter.ts).
		// Both patterns are tried at every offset: only on the lines that hold their first word ("CỘNG" or
		// "CONG", "ĐẢNG"), which most lines do not.
		const state = (words & HOLDS_CONG) !== 0 && (text.includes('CỘNG') || text.includes('CONG')) ? QUOC_HIEU_WHOLE.exec(text) : null;
		const quocHieu = state ?? ((words & HOLDS_DANG) !== 0 && text.includes('ĐẢNG') ? PARTY_WHOLE.exec(text) : null);
		// The agency and the Quốc hiệu alone on a line ("BỘ NỘI VỤ CỘNG HÒA …") are read in place too; the
		// Party's name is not, so it is cut from the committee's name before it.
		const afterQuocHieu = quocHieu ? text.slice(quocHieu.index + quocHieu[0].length) : '';
		if (
			quocHieu &&
			quocHieu.index > 0 &&
			(/^\s+\S/u.test(afterQuocHieu) || !state) &&
			/\s$/u.test(text.slice(0, quocHieu.index)) &&
			isUpperCaseText(text.slice(0, quocHieu.index))
		) {
			return quocHieu.index;
		}
		if (quocHieu && quocHieu.index === 0 && /^\s+\S/u.test(afterQuocHieu)) {
			return quocHieu[0].length;
		}
		// The anchored patterns below run only on lines with their first character.
		const first0 = text.charCodeAt(0);
		const tieuNgu = first0 === 0x110 /* Đ */ ? TIEU_NGU_WHOLE.exec(text) : null;
		if (tieuNgu && /^\s+\S/u.test(text.slice(tieuNgu[0].length))) {
			return tieuNgu[0].length;
		}
		if (first0 === 0x53 /* S */ && (SO_START.test(text) || /^(?:Số|SỐ)\s*\d/u.test(text))) {
			const typeAt = this.typeNameInside(text);
			return firstCut(
				searchCut(VV_INSIDE, text),
				searchCut(DATE_INSIDE, text),
				searchCut(KINH_GUI_INSIDE, text),
				typeAt,
				QUOC_HIEU.exec(text)?.index,
			);
		}
		if ((words & HOLDS_NGAY) !== 0 && isDateStart(text)) {
			const end = DATE_END.exec(text);
			return end ? end.index + end[0].length : searchCut(KINH_GUI_INSIDE, text);
		}
		if ((first0 | 0x20) === 0x76 /* V or v */ && VV_START.test(text)) {
			return firstCut(searchCut(DATE_INSIDE, text), searchCut(KINH_GUI_INSIDE, text));
		}
		if (isUpperCaseText(text) && !text.endsWith(':')) {
			// "QUYẾT ĐỊNH VỀ VIỆC …", "KẾ HOẠCH TỔ CHỨC …": the type name, then its subject.
			for (const nameThenSpace of DOCUMENT_TYPE_NAMES_THEN_SPACE) {
				if (text.length > nameThenSpace.length && text.startsWith(nameThenSpace) && !DOCUMENT_TYPE_KEYS.has(toneFoldKey(text))) {
					return nameThenSpace.length - 1;
				}
			}
			return undefined;
		}
		// The pattern starts with a look-ahead, which the regex engine tries at every offset: most lines have no "Số".
		const junk = (words & HOLDS_SO) !== 0 && (text.includes('Số') || text.includes('SỐ')) ? SO_AFTER_JUNK.exec(text) : null;
		if (junk && junk.index > 0 && junk.index <= 30 && !/(?:văn bản|số|theo|tại|của)\s*$/iu.test(text.slice(0, junk.index))) {
			return junk.index;
		}
		return undefined;
	}

	/** The offset of an upper-case type name after the ký hiệu on a Số line ("Số: 30/QĐ-SVHTT QUYẾT ĐỊNH"). */
	typeNameInside(text: string): number | undefined {
		for (const spaceThenName of DOCUMENT_TYPE_NAMES_AFTER_SPACE) {
			const at = text.indexOf(spaceThenName);
			if (at > 0) {
				return at + 1;
			}
		}
		return undefined;
	}

	/** Where the next closing component begins (B1–B3, B10, B11), or undefined. */
	closingCut(text: string): { at: number; caseBoundary?: boolean; attachment?: boolean } | undefined {
		// A look-behind first: tried at every offset, so only on the lines that hold the label.
		// The look-behind needs a period before the label.
		const glued = (text.includes('Nơi') || text.includes('NƠI')) && text.includes('.') ? NOI_NHAN_GLUED.exec(text) : null;
		if (glued && glued.index > 0) {
			return { at: glued.index };
		}
		if (NOI_NHAN_START.test(text) || /^[-+•]/u.test(text)) {
			// Entries sharing a line ("- Như trên; - Lưu: VT, KT."), then a signature run on after the last one.
			// Each pattern is tried at every offset: only on the lines that hold what it needs (a second dash,
			// plus or bullet; "Lưu").
			const entry = hasEntryMark(text) ? ENTRIES_SHARING_LINE.exec(text) : null;
			const hasLuu = text.includes('Lưu');
			// The Lưu entry after an entry that lost its final mark ("- Phòng Tài nguyên - Lưu: VT, TNMT.").
			const luuEntry = hasLuu ? LUU_AFTER_ENTRY.exec(text) : null;
			const luu = hasLuu ? LUU_LABEL.exec(text) : null;
			let signature: number | undefined;
			if (luu) {
				const rest = text.slice(luu.index + luu[0].length);
				// A known title, or after the Lưu entry's period, capitals of two words or more, or capitals and
				// a name ("- Lưu: VT. CHỦ TRÌ Lý Văn Bình"); a lone "HN" there is the drafter's initials (box 12).
				const m =
					TITLE_START.exec(rest) ??
					SIGNATURE_AFTER_LUU.exec(rest) ??
					// Only a name after the entry's period (the title was an image): "- Lưu: VT, TCMT, Đt(6). Phan".
					NAME_AFTER_LUU.exec(rest);
				signature = m ? luu.index + luu[0].length + m.index : undefined;
			}
			const at = firstCut(entry?.index, luuEntry?.index, signature);
			return at !== undefined ? { at } : undefined;
		}
		// "Lê Văn Hùng QUY CHẾ …": a name cut from a signature line, and an attachment's title after it.
		const attached = NAME_THEN_ATTACHMENT.exec(text);
		if (attached) {
			return { at: attached[0].length, attachment: true };
		}
		if (!PREFIX_START.test(text) && !SIGNATURE_LINE_START.test(text)) {
			return undefined;
		}
		// "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "TL. CHỦ TỊCH CHÁNH VĂN PHÒNG", "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH": the
		// signer's own title (or a second authority) after the authority line, where the next title begins.
		const authority = /^(?:(?:TM|KT|TL|TUQ|Q)\.|T\/M|K\/T|T\/L)\s*/u.exec(text);
		if (authority) {
			const rest = text.slice(authority[0].length);
			const next = NEXT_TITLE.exec(rest);
			if (next && isUpperCaseText(rest.slice(0, next.index))) {
				return { at: authority[0].length + next.index };
			}
		}
		// Every cut below needs a lower-case letter (a name's, or the name in lower case): most title lines have none.
		if (!hasLowerCase(text)) {
			return undefined;
		}
		// "HIỆU TRƯỞNG vương thị thu trang": a title in capitals, then a name written in lower case to the end.
		const lowerName = TITLE_THEN_LOWER_NAME.exec(text);
		if (lowerName && !PREFIX_START.test(text)) {
			return { at: lowerName[0].length };
		}
		// "PHÓ CHỦ TỊCHTrần Minh Khoa": capitals glued to a capitalised word.
		const glue = CAPITALS_GLUED_TO_NAME.exec(text);
		if (glue && isUpperCaseText(text.slice(0, glue.index))) {
			return { at: glue.index, caseBoundary: true };
		}
		// "… PHÓ GIÁM ĐỐC Trần Thị Mai": the name after the title, and an attachment after the name.
		const words = [...text.matchAll(/\S+/gu)];
		for (let k = 1; k < words.length; k++) {
			const word = words[k] as RegExpMatchArray;
			if (!NAME_WORD.test(word[0])) {
				continue;
			}
			const before = text.slice(0, word.index);
			// A title has two words in capitals at least; a degree ("TS.", "PGS.TS.") or an honorary title
			// ("NGƯT") before the name stays with it.
			if (!isUpperCaseText(before) || before.split(/\s+/u).filter((w) => CAPITALS_WORD.test(w)).length < 2) {
				return undefined;
			}
			// Two to five capitalised words, then the end of the line or capitals (an attachment's title).
			let n = k;
			while (n < words.length && NAME_WORD.test((words[n] as RegExpMatchArray)[0])) {
				n++;
			}
			const after = words[n]?.[0];
			if (n - k < 2 || n - k > 5 || (after !== undefined && !TWO_CAPITALS.test(after))) {
				return undefined;
			}
			return { at: word.index ?? 0 };
		}
		// A name line followed by an attachment's title in capitals ("Lê Văn Hùng QUY CHẾ …").
		return undefined;
	}

	build(): Layout {
		const builder = new MappedTextBuilder();
		const lines: LineLayout[] = [];
		const separators: Range[] = [...this.cellSeparators];
		const seen = new Set(separators.map((r) => `${r.start}:${r.end}`));
		const guarded: Range[] = [];
		let previousEnd = -1;
		let attachmentLine: number | undefined;
		this.out.forEach((line, index) => {
			const first = line.pieces[0] as Piece;
			if (index > 0) {
				if (this.text.charCodeAt(previousEnd) === 0x0a && first.start === previousEnd + 1) {
					builder.appendSlice(this.norm, previousEnd, previousEnd + 1);
				} else if (first.start >= previousEnd) {
					const range = { start: this.norm.endAt(previousEnd), end: this.norm.startAt(first.start) };
					builder.appendSynthetic('\n', range.start, range.end);
					if (
						(!/^\n?$/u.test(this.text.slice(previousEnd, first.start)) || first.start === previousEnd) &&
						!seen.has(`${range.start}:${range.end}`)
					) {
						separators.push(range);
					}
				} else {
					// Read out of order: the break stands at the start of the line.
					const at = this.norm.startAt(first.start);
					builder.appendSynthetic('\n', at, at);
				}
			}
			line.pieces.forEach((piece, k) => {
				if (k > 0) {
					const prev = line.pieces[k - 1] as Piece;
					const from = this.norm.endAt(prev.end);
					const to = piece.start >= prev.end ? this.norm.startAt(piece.start) : from;
					builder.appendSynthetic(' ', from, to);
				}
				builder.appendSlice(this.norm, piece.start, piece.end);
			});
			previousEnd = (line.pieces[line.pieces.length - 1] as Piece).end;
			if (line.recovery === 'case-boundary') {
				guarded.push(this.norm.range(first.start, previousEnd));
			}
			if (line.body !== undefined) {
				for (let k = 0; k < line.body; k++) {
					lines.push(AS_TYPED);
				}
			} else {
				lines.push({ recovery: line.recovery, ...(line.side ? { side: line.side } : {}) });
			}
			if (line.attachment && attachmentLine === undefined) {
				// The letter's line number: the body piece before it stands for many lines.
				attachmentLine = lines.length - 1;
			}
		});
		const layout: Layout = { norm: builder.build(), lines, reordered: this.reordered, separators, guarded };
		if (attachmentLine !== undefined) {
			layout.attachmentLine = attachmentLine;
		}
		return layout;
	}
}
