// The closing of the letter model (`Letter.closing`), read once per letter when first asked for: the authority
// prefix of each signature line ("KT.", "K/T"), the signer's name (also when the parser took a name in capitals
// for a title), the title lines proper, the Lưu line with its label, items and units, and the drafting unit of
// the ký hiệu. Rules (groups/closing.ts, missing-noi-nhan, unknown-unit) and editor features read these fields;
// none of them reads the closing's text again. It builds on the parser's spans (letter.ts).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 13; Phụ lục I, Phần I, Mục II.3.b, II.7, II.9.d (reference R1.3,
// R6.1–R6.3, R7.3).
import { signerTitleLine } from './signature-titles';
import { unitGroup } from './so-ky-hieu';
import { originalText, subRange, type Letter, type NoiNhanEntry, type Signature, type Span } from '../letter';
import type { Range, TextEdit } from '../types';
import { hasLowerCase, startsLower, startsUpper } from '../text';

// Small patterns used inside functions, compiled once (esbuild turns a literal with \p{…} into a `new RegExp`
// call, which would run on every call).
const NAME_PART = /^\p{L}+(?:['’-]\p{L}+)*$/u;
const VT_START = /^vt(?![\p{L}\p{N}])/iu;
const UNIT_WORD = /^[\p{L}\p{N}&]+$/u;
const UNIT_WORD_START = /^[\p{L}\p{N}&]+/u;

// The five prefixes and the ways they are miswritten: a slash or a period between the letters ("K/T", "K.T"),
// any case ("Kt"), then a period, colon or comma or nothing, then spaces. The title must follow at once.
// Groups, numbered (a named group builds a `groups` object, a dictionary, per match): 1 the prefix's letters, 2 the
// separator, 3 the spaces.
const PREFIX = /^(K[./]?T|T[./]?M|T[./]?L|T[./]?U[./]?Q|Q)([.:,]?)([ \t]*)(?=\p{L})/iu;

/** The authority prefix at the start of a signature line, in whatever spelling. */
export interface PrefixMatch {
	/** The prefix as written, without the spaces after it ("K/T", "KT.", "Kt"). */
	written: string;
	/** The prefix in its one correct form, with its period ("KT."). */
	canonical: string;
	/** Length of the prefix with its separator and spaces, in the span's text. */
	length: number;
	/** Whether the prefix is written exactly, followed by at least one space. */
	exact: boolean;
}

/** Reads an authority prefix ("KT. ", "K/T ", "Kt.") at the start of a line of the signature block. */
function matchPrefix(text: string): PrefixMatch | undefined {
	// Every prefix starts with K, T or Q in either case (or the Kelvin sign, which the "i" flag matches as K): most
	// lines are passed over without the pattern.
	const head = text.length > 0 ? text.charCodeAt(0) | 0x20 : 0;
	if (head !== 0x6b && head !== 0x74 && head !== 0x71 && head !== 0x212a) {
		return undefined;
	}
	const match = PREFIX.exec(text);
	const core = match?.[1];
	if (!match || core === undefined) {
		return undefined;
	}
	const sep = match[2] ?? '';
	const space = match[3] ?? '';
	// "Quang", "Tlan": without a separator or a space the letters start a word, not a prefix.
	if (sep === '' && space === '') {
		return undefined;
	}
	const canonical = core.replace(/[./]/gu, '').toUpperCase() + '.';
	return {
		written: core + sep,
		canonical,
		length: match[0].length,
		exact: core + sep === canonical && space !== '',
	};
}

/** A fix when the original text under `range` holds nothing hidden (markdown emphasis), else a suggestion. */
export function replacement(
	letter: Letter,
	range: Range,
	text: string,
	message: string,
): { fix?: TextEdit[]; suggestions?: { message: string; edits: TextEdit[] }[] } {
	const edits = [{ range, text }];
	return originalText(letter, range).includes('*') ? { suggestions: [{ message, edits }] } : { fix: edits };
}

// Academic degrees, ranks and honorary titles written before a name (reference R6.3): "TS.", "ThS.", "PGS.TS.",
// "GS.", "KS.", "BS.CKII", "NGƯT". No Vietnamese syllable is spelt like one of these, so a name cannot start with
// one; each must still be followed by a period, a comma or a space.
const DEGREE =
	/^(?:(?:PGS|GS|TSKH|TS|Th\.?S|KTS|KS|BSCKII|BSCKI|BS|DS|LS|CN|CKII|CKI|NG[ƯU]T|NGND|NS[ƯU]T|NSND|TT[ƯU]T|TTND)(?:[.,][ \t]*|[ \t]+(?:[.,][ \t]*)?))+/iu;

// Family names, for telling a name in capitals ("NGUYỄN VĂN AN") from a title ("PHÓ GIÁM ĐỐC"): the common Kinh
// names and those of the northern mountain provinces (Nông, Sầm, Liều, Lò, Bế …). "Phó" and "Văn" are left out
// because titles start with them too.
const FAMILY_NAMES = wordSet(
	'NGUYỄN TRẦN LÊ PHẠM HOÀNG HUỲNH PHAN VŨ VÕ ĐẶNG BÙI ĐỖ HỒ NGÔ DƯƠNG LÝ ĐÀO ĐOÀN VƯƠNG TRỊNH TRƯƠNG LÂM PHÙNG ' +
		'MAI TÔ HÀ TẠ ĐINH LƯƠNG CAO LƯU KIỀU QUÁCH THÁI LA LẠI TÔN TĂNG CHU CHÂU DIỆP ÔNG LỤC NÔNG SẦM LIỀU LÒ LƯỜNG ' +
		'CẦM TÒNG QUÀNG ĐIÊU BẠC BẾ MA TRIỆU VI LỘC MÔNG HỨA LĂNG GIÀNG SÙNG VÀNG THÀO LẦU MÙA SÌNH HẦU LÃ LƯ KHỔNG ' +
		'KHÚC KIM MẠC NGHIÊM NINH PHÍ QUAN THÂN THIỀU TIÊU TỪ ƯNG ĐÀM GIÁP HÀN KHƯƠNG LỮ MÃ NHÂM ÔN QUẢN TÀO THẠCH ' +
		'TỐNG UÔNG DOÃN ĐẬU CÙ LÙ TRÁNG HẠNG CHẢO',
);

// Words that belong to titles and never to names: a line in capitals holding one is not a name.
const NEVER_IN_NAMES = wordSet('GIÁM ĐỐC TỊCH TRƯỞNG PHÓ BÍ ỦY UỶ TƯỚNG CỤC SỞ BỘ VỤ');

// Words of titles and names of bodies, for telling a title line from a line that is neither.
const TITLE_WORDS = new Set([
	...NEVER_IN_NAMES,
	...wordSet(
		'CHỦ CHÁNH TỔNG THƯ VIÊN THỦ KẾ TOÁN BAN PHÒNG VIỆN HIỆU HỘI ĐỒNG NHÂN DÂN TRỢ LÝ ĐẠI SỨ TÒA TOÀ ÁN KIỂM ' +
			'SÁT CHỈ HUY LỆNH CHÍNH PHỦ TRUNG TÂM THANH TRA TRƯỜNG ĐOÀN CÔNG TY THƯỜNG TRỰC QUYỀN',
	),
]);

function wordSet(list: string): Set<string> {
	return new Set(list.split(' ').filter((w) => w !== ''));
}

/** The signer's name line, split into a leading degree (if any) and the name proper. */
export interface SignerName {
	/** The whole line. */
	span: Span;
	/** Length of the leading degree with its punctuation and spaces ("TS. "), 0 when there is none. */
	degreeEnd: number;
	/** Whether the name was found as a line in capitals that the parser took for a title. */
	inCapitals: boolean;
}

/** Words of a name: letters, possibly joined by an apostrophe ("H'Hen") or a hyphen. */
export function nameWords(text: string): string[] | undefined {
	const words = text.split(/[ \t]+/u).filter((w) => w !== '');
	if (words.length === 0 || words.length > 6 || !words.every((w) => NAME_PART.test(w))) {
		return undefined;
	}
	return words;
}

/** The length of a degree at the start of `text` when a name follows it, else 0. */
function degreeLength(text: string): number {
	const match = DEGREE.exec(text);
	if (!match || match[0].length >= text.length || !nameWords(text.slice(match[0].length))) {
		return 0;
	}
	// The name itself must start with a capital (the "i" flag would let \p{Lu} match any letter).
	return startsUpper(text.slice(match[0].length)) ? match[0].length : 0;
}

/** Whether a line in capitals is a person's name: two to six words, a known family name, no title word. */
export function isNameInCapitals(text: string): boolean {
	const words = nameWords(text);
	if (!words || words.length < 2 || hasLowerCase(text)) {
		return false;
	}
	return FAMILY_NAMES.has(words[0] ?? '') && !words.some((w) => NEVER_IN_NAMES.has(w));
}

/** Whether a line in capitals reads as a title or a body's name ("PHÓ GIÁM ĐỐC", "KT. BỘ TRƯỞNG"). */
export function isTitleLike(text: string): boolean {
	if (matchPrefix(text)) {
		return true;
	}
	return text
		.toUpperCase()
		.split(/\P{L}+/u)
		.some((w) => TITLE_WORDS.has(w));
}

/**
 * The signer's name: the parser's name line, or a last line in capitals that is a name ("NGUYỄN VĂN AN",
 * "TS. NGUYỄN VĂN AN") which the parser counted among the title lines.
 */
function findSignerName(signature: Signature): SignerName | undefined {
	if (signature.name) {
		return { span: signature.name, degreeEnd: degreeLength(signature.name.text), inCapitals: false };
	}
	const last = signature.lines[signature.lines.length - 1];
	if (!last || signature.lines.length < 2 || matchPrefix(last.text)) {
		return undefined;
	}
	const degreeEnd = degreeLength(last.text);
	return isNameInCapitals(last.text.slice(degreeEnd)) ? { span: last, degreeEnd, inCapitals: true } : undefined;
}

/** The title lines proper: without a name in capitals that the parser counted among them. */
function titleLinesOf(signature: Signature, name: SignerName | undefined): Span[] {
	return name?.inCapitals ? signature.titleLines.filter((s) => s !== name.span) : signature.titleLines;
}

// "- Lưu" in any case, as a whole word, with its colon if any.
// Groups, numbered (see PREFIX): 1 the dash and its spaces, 2 "Lưu", 3 the spaces after it, 4 the colon.
const LUU_LABEL = /^([-+•][ \t]*)(Lưu)(?![\p{L}\p{N}])([ \t]*)(:?)[ \t]*/iu;

/** Whether an entry is the Lưu line ("- Lưu: VT, VP."). */
function isLuuEntry(entry: NoiNhanEntry): boolean {
	// "Lưu" has an "ư" in either case: the other entries are passed over without the pattern.
	const text = entry.text;
	const match = text.includes('ư') || text.includes('Ư') ? LUU_LABEL.exec(text) : null;
	// "- Lưu ý …" or "- Lưu trữ …" are not the Lưu line; "- Lưu VT" (no colon) and "- Lưu: vt" are.
	const rest = match ? entry.text.slice(match[0].length) : '';
	return match !== null && (match[4] === ':' || !startsLower(rest) || VT_START.test(rest));
}

/**
 * The items of the Lưu entry after "Lưu:", split at commas: "VT", then the units. Each item has the index of its
 * line in the entry and its offset in that line's text. `labelLength`: the length of the label on the first line.
 */
function luuItems(entry: NoiNhanEntry, labelLength: number): LuuItem[] {
	const items: LuuItem[] = [];
	entry.lines.forEach((line, lineIndex) => {
		const from = lineIndex === 0 ? labelLength : 0;
		let at = from;
		for (const part of line.text.slice(from).split(',')) {
			const lead = part.length - part.trimStart().length;
			let text = part.trim();
			while (text.endsWith('.') || text.endsWith(';')) {
				text = text.slice(0, -1);
			}
			if (text !== '') {
				items.push({ text, start: at + lead, line: lineIndex });
			}
			at += part.length + 1;
		}
	});
	return items;
}

/** A unit abbreviation found in the letter, with its range in the original text. */
export interface UnitMention {
	text: string;
	range: Range;
}

/**
 * The drafting unit in the ký hiệu: its last group when one follows the issuer ("UBND-VX", "QĐ-BNN-PC").
 * A named document's "QĐ-UBND" ends with the issuer, so it has none; nor does a ký hiệu of one group.
 * The roles are the model's (letter/so-ky-hieu.ts, given in parseLetter), the same the editor features show.
 */
function kyHieuUnit(letter: Letter): UnitMention | undefined {
	const unit = unitGroup(letter.so?.number);
	if (!unit || !UNIT_WORD.test(unit.span.text)) {
		return undefined;
	}
	return { text: unit.span.text, range: unit.span.range };
}

/** The units on the Lưu line: the capitals at the start of each item after "VT" ("VP(TVTT)" → "VP", "HC (2)" → "HC"). */
function luuUnits(luu: NoiNhanEntry, items: readonly LuuItem[]): UnitMention[] {
	const units: UnitMention[] = [];
	for (const item of items) {
		const text = UNIT_WORD_START.exec(item.text)?.[0] ?? '';
		// Drafter initials ("Đt") and "Hồ sơ" of a biên bản have lower case; they are not units.
		if (text === '' || text === 'VT' || hasLowerCase(text)) {
			continue;
		}
		const line = luu.lines[item.line] as Span;
		units.push({ text, range: subRange(line, item.start, item.start + text.length) });
	}
	return units;
}

/** An item of the Lưu line after "Lưu:" ("VT", a unit, the drafter's initials), without its final mark. */
export interface LuuItem {
	text: string;
	/** The index of its line in the entry. */
	line: number;
	/** Its offset in that line's text. */
	start: number;
}

/** The label of the Lưu line as written: "- Lưu:" split into its parts. */
export interface LuuLabel {
	/** The dash (or "+", "•") with the spaces after it. */
	dash: string;
	/** "Lưu" in the case written. */
	word: string;
	/** The colon, or "" when it is missing. */
	colon: string;
	/** Length of the label with its colon and the spaces after it, in the first line's text. */
	length: number;
}

/** The Lưu line ("- Lưu: VT, VP."): the last entry of the Nơi nhận that is one. */
export interface LuuLine {
	/** Its index in `noiNhan.entries`. */
	index: number;
	entry: NoiNhanEntry;
	/** The label on its first line; absent when "Lưu" only appears there after a wrap. */
	label?: LuuLabel;
	items: LuuItem[];
}

/** The closing as rules and features read it. */
export interface ClosingParts {
	/** The signer's name: the parser's name line, or a name in capitals that the parser counted among the titles. */
	signer?: SignerName;
	/** The title lines proper, without a name in capitals. */
	titleLines: Span[];
	/** The authority prefix of each signature line that opens with one (the name line aside), in order. */
	prefixes: (PrefixMatch & { span: Span })[];
	/** The Lưu line, when the Nơi nhận has one. */
	luu?: LuuLine;
	/** The indices of every entry of the Nơi nhận that is a Lưu line (more than one only in a defective list). */
	luuEntries: number[];
	/** The drafting unit of the ký hiệu: its last group when one follows the issuer ("UBND-VX" → "VX"). */
	kyHieuUnit?: UnitMention;
	/** The units on the Lưu line, after "VT". */
	luuUnits: UnitMention[];
	/**
	 * The authority line of a block written in lower case, when it is a signer's known title as a whole line
	 * above the name ("Chủ tịch" / "Trần Minh Khoa"): it is then the block's only title line.
	 */
	lowerCaseTitle?: LowerCaseTitle;
}

/** A signer's title written in lower case as the block's authority line ("Chủ tịch"). */
export interface LowerCaseTitle {
	span: Span;
	/** The title in capitals ("CHỦ TỊCH"). */
	title: string;
	/**
	 * The collective the head signs for, when the letter is an Ủy ban nhân dân's and the title is "CHỦ TỊCH":
	 * the block then reads "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" (reference R6.1).
	 */
	collective?: string;
}

// An agency line of an Ủy ban nhân dân, also in an old title line ("QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH").
const PEOPLES_COMMITTEE = /^(?:CỦA[ \t]+)?(?:ỦY|UỶ)[ \t]+BAN[ \t]+NHÂN[ \t]+DÂN(?![\p{L}\p{N}])/u;
// The line that carries on an Ủy ban's name with its place ("TỈNH LÂM VIÊN", "THÀNH PHỐ HÀ NỘI").
const PLACE_LINE = /^(?:TỈNH|THÀNH[ \t]+PHỐ|HUYỆN|QUẬN|THỊ[ \t]+XÃ|XÃ|PHƯỜNG|THỊ[ \t]+TRẤN)(?![\p{L}\p{N}])/u;

/** The lower-case authority line of a block that has a name and no title line in capitals. */
function lowerCaseTitleOf(letter: Letter, signature: Signature, signer: SignerName | undefined): LowerCaseTitle | undefined {
	const first = signature.lines[0];
	if (!first || !signer || signature.titleLines.length > 0 || signature.lines.length !== 2 || !hasLowerCase(first.text)) {
		return undefined;
	}
	const title = signerTitleLine(first.text);
	if (title === undefined) {
		return undefined;
	}
	// The letter is the Ủy ban's own when its agency lines name the Ủy ban and its place only: under "ỦY BAN NHÂN
	// DÂN TỈNH" a "SỞ …" or "HỘI ĐỒNG …" line is the issuing body, whose head does not sign for the Ủy ban; after
	// "QUYẾT ĐỊNH CỦA CHỦ TỊCH …" the Chủ tịch issues in his own name, without "TM.".
	const agencies = letter.agencyLines.map((s) => s.text.trim());
	const ownLetter =
		agencies.some((a) => PEOPLES_COMMITTEE.test(a)) && agencies.every((a) => PEOPLES_COMMITTEE.test(a) || PLACE_LINE.test(a));
	return { span: first, title, collective: title === 'CHỦ TỊCH' && ownLetter ? 'ỦY BAN NHÂN DÂN' : undefined };
}

/** Reads the closing of a parsed letter; `Letter.closing` calls it once, on first use. */
export function readClosing(letter: Letter): ClosingParts {
	const signature = letter.signature;
	const signer = signature ? findSignerName(signature) : undefined;
	const lowerCaseTitle = signature ? lowerCaseTitleOf(letter, signature, signer) : undefined;
	const entries = letter.noiNhan?.entries ?? [];
	const luuEntries = luuEntriesOf(entries);
	const index = luuEntries[luuEntries.length - 1];
	const entry = index === undefined ? undefined : entries[index];
	const luu = index !== undefined && entry ? readLuu(index, entry) : undefined;
	// Every field in one literal, in the order the model dump shows them: one shape for every letter's closing.
	return {
		titleLines: lowerCaseTitle ? [lowerCaseTitle.span] : signature ? titleLinesOf(signature, signer) : [],
		prefixes: signature ? prefixesOf(signature) : [],
		luuEntries,
		luuUnits: luu ? luuUnits(luu.entry, luu.items) : [],
		signer,
		lowerCaseTitle,
		luu,
		kyHieuUnit: kyHieuUnit(letter),
	};
}

/** The authority prefix of each line of the signature block that opens with one, the name line aside. */
function prefixesOf(signature: Signature): ClosingParts['prefixes'] {
	const prefixes: ClosingParts['prefixes'] = [];
	for (const line of signature.lines) {
		const prefix = line === signature.name ? undefined : matchPrefix(line.text);
		if (prefix) {
			prefixes.push({ written: prefix.written, canonical: prefix.canonical, length: prefix.length, exact: prefix.exact, span: line });
		}
	}
	return prefixes;
}

/** The indices of the entries of the Nơi nhận that are a Lưu line. */
function luuEntriesOf(entries: readonly NoiNhanEntry[]): number[] {
	const found: number[] = [];
	for (let i = 0; i < entries.length; i++) {
		if (isLuuEntry(entries[i] as NoiNhanEntry)) {
			found.push(i);
		}
	}
	return found;
}

/** The Lưu line of entry `index`: its label, when on its first line, and its items. */
function readLuu(index: number, entry: NoiNhanEntry): LuuLine {
	const match = entry.lines[0] ? LUU_LABEL.exec(entry.lines[0].text) : null;
	const items = luuItems(entry, match?.[0].length ?? 0);
	const label: LuuLabel | undefined = match
		? {
				dash: match[1] ?? '',
				word: match[2] ?? '',
				colon: match[4] ?? '',
				length: match[0].length,
			}
		: undefined;
	return { index, entry, items, label };
}
