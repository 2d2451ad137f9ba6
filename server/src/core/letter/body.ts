// The item tree of the body as the drafter meant it: which paragraphs open a numbered part (Phần, Chương,
// Mục, I., Điều, khoản, decimal item, điểm), and where each part belongs (reference groups C and H4).
// - Quoted text ("như sau: “1. … 2. …”") is a numbering scope of its own inside the item that quotes it.
// - Decimal numbering (1.1., 4.2.3.) is a level of its own under the item whose number it extends.
// - Phần/Chương/Mục and Roman headings used inside a khoản are headings of that khoản when the khoản's
//   sequence continues after them, not a restart.
// - Rows of a table (after a "TT"/"STT" header line, or with cells joined by TAB) are not items.
import {
	DIEM_LETTERS,
	lineHolding,
	romanValue,
	type Body,
	type Item,
	type ItemKind,
	type LetterLine,
	type Paragraph,
	type UnlabelledItem,
} from '../letter';
import { spanIn } from '../span';
import { ATTACHMENT_TITLES } from './layout';

// `first`: the characters a match can start with, so that a paragraph is matched only against the
// patterns that can match it; most paragraphs start with none of them. The patterns are sticky
// (tried at the marker's place, after an opening quote, without slicing the paragraph) and the whole match is
// the marker (what follows it is a lookahead), so that its end is the start plus its length. The groups are
// numbered, not named: a named group builds a `groups` object per match, and most paragraphs of a long body
// have a marker. `label` and `prefix` ("4.2.") are the numbers of those groups; the label is group 1 by default.
// `word`: the marker ends a word, as `(?![\p{L}\p{N}])` would say; tested after the match (wordEndsAt), since
// that class costs more to compile than the rest of the pattern and these three patterns run on most letters.
// The same: what the pattern's last group matched ([IVXLC]+, \d+) cannot end earlier before a letter or digit.
const ITEM_PATTERNS: readonly { kind: ItemKind; first: string; pattern: RegExp; label?: number; prefix?: number; word?: true }[] = [
	{ kind: 'phan', first: 'P', pattern: /Phần\s+([IVXLC]+)/uy, word: true },
	{ kind: 'chuong', first: 'C', pattern: /Chương\s+([IVXLC]+)/uy, word: true },
	{ kind: 'muc', first: 'M', pattern: /Mục\s+(\d+)/uy, word: true },
	// "Điều 1:" is read as an Điều too, so that its numbering holds; item-marker-format reports the colon.
	{ kind: 'dieu', first: 'Đ', pattern: /Điều\s+(\d+)\s*[.:]/uy },
	{ kind: 'la-ma', first: 'IVXLC', pattern: /([IVXLC]+)\.(?=\s)/uy },
	// A decimal item: "1.1.", "4.2.3." followed by a space, or "16.2" followed by a capital; never a date
	// ("30.3.2024") or an amount ("1.500 người", "2.5 triệu"): the groups after the first have one or two digits.
	{
		kind: 'khoan',
		first: '0123456789',
		pattern: /(\d{1,3}\.(?:\d{1,2}\.){0,2})(\d{1,2})(?:\.(?=\s)|(?=\s+\p{Lu}))/uy,
		label: 2,
		prefix: 1,
	},
	{ kind: 'khoan', first: '0123456789', pattern: /(\d+)\.(?!\d)/uy },
	// "1 - Rà soát …" (a dash instead of the period) before a capital: a khoản numbered the wrong way, read as one so
	// that its numbering holds; item-marker-format reports it (reference H10).
	{ kind: 'khoan', first: '0123456789', pattern: /(\d{1,2})[ \t]*-(?=[ \t]+\p{Lu})/uy },
	{ kind: 'diem', first: 'abcdefghijklmnopqrstuvwxyzđ', pattern: /([a-zđ])\)(?=\s)/uy },
];
// The patterns by the character a match can start with, in the order of ITEM_PATTERNS: a paragraph's first
// character picks the few patterns to try with one lookup.
const PATTERNS_BY_HEAD = new Map<string, (typeof ITEM_PATTERNS)[number][]>();
for (const entry of ITEM_PATTERNS) {
	for (const head of entry.first) {
		const list = PATTERNS_BY_HEAD.get(head);
		if (list) {
			list.push(entry);
		} else {
			PATTERNS_BY_HEAD.set(head, [entry]);
		}
	}
}
const LEVEL: Record<ItemKind, number> = { phan: 0, chuong: 1, muc: 2, 'la-ma': 3, dieu: 4, khoan: 5, diem: 6 };
// Headings above a khoản (Phần, Chương, Mục, I.) that sit inside one: deeper than its decimal items.
const NESTED_HEADING_LEVEL = 5.9;
// A table's header line: its first cell is "TT" or "STT".
const TABLE_HEADER = /^(?:S\s?TT|TT)(?:[\s.|]|$)/u;

/** The position of a numbered marker in its sequence. */
function itemValue(kind: ItemKind, label: string): number {
	switch (kind) {
		case 'phan':
		case 'chuong':
		case 'la-ma':
			return romanValue(label);
		case 'diem': {
			const at = DIEM_LETTERS.indexOf(label);
			// Letters outside the Vietnamese order (f, j, w, z) rank after their Latin neighbours.
			return at >= 0 ? at + 1 : 100 + label.charCodeAt(0);
		}
		default:
			return Number(label);
	}
}

/** A paragraph's marker, before the paragraph is placed in the tree. */
interface Candidate {
	kind: ItemKind;
	label: string;
	value: number;
	prefix: string | undefined;
	start: number;
	end: number;
}

/** The marker that opens `text` at `skip`, if any. */
function matchMarker(text: string, skip: number): Candidate | undefined {
	const entries = PATTERNS_BY_HEAD.get(text.charAt(skip));
	if (entries === undefined) {
		return undefined;
	}
	for (const entry of entries) {
		const { kind, pattern } = entry;
		pattern.lastIndex = skip;
		const match = pattern.exec(text);
		const label = match?.[entry.label ?? 1];
		if (!match || label === undefined || (entry.word && !wordEndsAt(text, skip + match[0].length))) {
			continue;
		}
		const value = itemValue(kind, label);
		if (Number.isNaN(value)) {
			continue;
		}
		// Every field set, in one order, so that every candidate has one shape (an empty prefix counts as none).
		const prefix = entry.prefix === undefined ? undefined : match[entry.prefix] || undefined;
		return { kind, label, value, prefix, start: skip, end: skip + match[0].length };
	}
	return undefined;
}

// A letter or a digit, for the characters outside ASCII (compiled only when one follows a marker).
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/** Whether no letter or digit (\p{L}, \p{N}) starts at `at`: a marker that ends there ends a word. */
function wordEndsAt(text: string, at: number): boolean {
	if (at >= text.length) {
		return true;
	}
	const code = text.charCodeAt(at);
	if (code < 0x80) {
		return !((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a));
	}
	LETTER_OR_DIGIT.lastIndex = at;
	return !LETTER_OR_DIGIT.test(text);
}

/**
 * Whether a quotation is still open after `text` from `from`: curly quotes nest, a straight one closes a straight
 * one. The text is read by char code, not by a string iterator, which would build a string per character.
 */
function stillOpen(text: string, from: number, straightOpener: boolean): boolean {
	let depth = 1;
	let straight = straightOpener;
	for (let i = from; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 0x201c /* “ */) {
			depth++;
		} else if (ch === 0x201d /* ” */) {
			depth--;
		} else if (ch === 0x22 /* " */) {
			depth += straight ? -1 : 1;
			straight = !straight;
		}
		if (depth <= 0) {
			return false;
		}
	}
	return true;
}

/**
 * The bare khoản numbers of a body ("1" alone on its line, the khoản's text on the next line), in the
 * paragraphs that `bareNumbers` names: only a number that fits the sequence of the khoản around it (the one
 * before plus one, the one after minus one) is read as a khoản, so that a page number is never one.
 */
function readBareNumbers(paragraphs: readonly Paragraph[], candidates: (Candidate | undefined)[], bareNumbers: ReadonlySet<number>): void {
	const khoan = (c: Candidate | undefined): boolean => c?.kind === 'khoan' && c.prefix === undefined;
	// The value of the next khoản after each paragraph, in one backward pass; the previous one as the forward
	// pass goes, bare numbers read included.
	const nextValue: (number | undefined)[] = [];
	for (let i = candidates.length - 1, next: number | undefined; i >= 0; i--) {
		nextValue[i] = next;
		const c = candidates[i];
		// A Điều or a heading above it starts the khoản numbering again.
		next = c && khoan(c) ? c.value : c && LEVEL[c.kind] < LEVEL.khoan ? undefined : next;
	}
	let previous = 0;
	candidates.forEach((candidate, index) => {
		if (candidate && khoan(candidate)) {
			previous = candidate.value;
			return;
		}
		if (candidate && LEVEL[candidate.kind] < LEVEL.khoan) {
			previous = 0;
		}
		const label = candidate || !bareNumbers.has(index) ? undefined : /^(\d{1,2}) \p{Lu}/u.exec(paragraphs[index]?.text.text ?? '')?.[1];
		const value = Number(label);
		if (label !== undefined && value === previous + 1 && nextValue[index] === value + 1) {
			candidates[index] = { kind: 'khoan', label, value, prefix: undefined, start: 0, end: label.length };
			previous = value;
		}
	});
}

/** An item on the stack of open items, with the level it was placed at. */
interface Open {
	item: Item;
	level: number;
}

/**
 * Closes an item that stays open no longer: its range runs from its marker's paragraph to the end of the last
 * paragraph read while it was open (`end`). The end is set once here rather than after every paragraph, so
 * that a long body does not build a range per open item per paragraph.
 */
function close(open: Open, end: number): void {
	open.item.range = { start: open.item.range.start, end };
}

/** How many groups a decimal item's prefix has ("4.2." has two). */
function prefixDepth(prefix: string): number {
	let dots = 0;
	for (let i = prefix.indexOf('.'); i >= 0; i = prefix.indexOf('.', i + 1)) {
		dots++;
	}
	// As many groups as "4.2.".split('.') has parts: the empty one after the last dot included.
	return dots + 1;
}

/** Builds the item tree of a body from its paragraphs; `bareNumbers`: paragraphs whose first line is a bare number. */
export function buildItemTree(body: Body, bareNumbers?: ReadonlySet<number>): void {
	const paragraphs = body.paragraphs;
	// First pass: the marker of each paragraph, quoted or not, and the rows of tables. Each pass is a function of
	// its own, so that each is compiled on its own and small.
	const candidates: (Candidate | undefined)[] = [];
	const quoted: boolean[] = [];
	readMarkers(paragraphs, candidates, quoted);
	if (bareNumbers && bareNumbers.size > 0) {
		readBareNumbers(paragraphs, candidates, bareNumbers);
	}
	placeItems(body, candidates, quoted);
	findUnlabelled(body);
}

/** The marker of each paragraph (`candidates`), and whether it is quoted text (`quoted`), by index. */
function readMarkers(paragraphs: readonly Paragraph[], candidates: (Candidate | undefined)[], quoted: boolean[]): void {
	let inQuote = false;
	let opener = false;
	let tableRow = 0;
	for (let index = 0; index < paragraphs.length; index++) {
		const text = (paragraphs[index] as Paragraph).text.text;
		// Plain comparisons of the first character, before the patterns (this runs for every paragraph). A
		// paragraph that starts with a quotation mark (curly or straight) opens a quoted scope.
		const head = text.charAt(0);
		const opens = !inQuote && (head === '“' || head === '"');
		const isQuoted = inQuote || opens;
		quoted[index] = isQuoted;
		const skip = opens ? 1 : 0;
		if (opens) {
			opener = head === '"';
		}
		if (isQuoted) {
			// The quote stays open until its closing mark.
			inQuote = stillOpen(text, skip, opener);
		}
		let marker = matchMarker(text, skip);
		if (marker && marker.kind === 'khoan' && marker.prefix === undefined && tableRow > 0) {
			// A table's rows number 1, 2, 3 …; the first number that does not follow ends the table.
			if (marker.value === tableRow) {
				tableRow++;
				marker = undefined;
			} else {
				tableRow = 0;
			}
		} else if (tableRow > 0 && !marker) {
			tableRow = head >= '0' && head <= '9' ? tableRow : 0;
		}
		if ((head === 'S' || head === 'T') && TABLE_HEADER.test(text)) {
			tableRow = 1;
		}
		// A row of a table whose cells were joined by TAB ("1.⇥Nhà văn hóa tỉnh⇥3"): Word pastes a list's number with
		// one TAB after it, a second TAB separates cells. Tested here, not in a function of its own: each distinct
		// function this hot is compiled once more per process.
		if (marker && text.includes('\t', text.charAt(marker.end) === '\t' ? marker.end + 1 : marker.end)) {
			marker = undefined;
		}
		candidates[index] = marker;
	}
}

/** Places the items in the tree: each under the open item above its level, in its quotation's scope. */
function placeItems(body: Body, candidates: readonly (Candidate | undefined)[], quoted: readonly boolean[]): void {
	const paragraphs = body.paragraphs;
	// Made at the first heading above a Điều, which most bodies do not have.
	let ahead: Lookahead | undefined;
	const stack: Open[] = [];
	// The scope of a quotation: its own stack, and the item that quotes it.
	let quote: { id: number; host: Item | undefined; stack: Open[] } | undefined;
	let quoteId = 0;
	// The end of the paragraph before this one: where an item closed at this paragraph ends.
	let previousEnd = 0;
	for (let index = 0; index < paragraphs.length; index++) {
		const paragraph = paragraphs[index] as Paragraph;
		const candidate = candidates[index];
		if (!quoted[index]) {
			if (quote) {
				for (const open of quote.stack) {
					close(open, previousEnd);
				}
			}
			quote = undefined;
		} else if (!quote) {
			quoteId++;
			quote = { id: quoteId, host: stack[stack.length - 1]?.item, stack: [] };
		}
		if (candidate) {
			// Every field set in the literal, absent ones as undefined, in the order the model dump shows them: items
			// of one shape keep the code that reads them monomorphic (fields added later gave items eight shapes).
			const item: Item = {
				kind: candidate.kind,
				marker: spanIn(paragraph.text, candidate.start, candidate.end),
				label: candidate.label,
				value: candidate.value,
				children: [],
				paragraph: index,
				range: paragraph.range,
				prefix: candidate.prefix,
				quote: quote?.id,
				parent: undefined,
			};
			const scope = quote ? quote.stack : stack;
			let level = LEVEL[item.kind] + (item.prefix ? prefixDepth(item.prefix) * 0.1 : 0);
			if (!quote && LEVEL[item.kind] < LEVEL.dieu && nestedInKhoan(item, index, scope, candidates, (ahead ??= new Lookahead(candidates)))) {
				level = NESTED_HEADING_LEVEL;
			}
			while (scope.length > 0 && (scope[scope.length - 1] as Open).level >= level) {
				close(scope.pop() as Open, previousEnd);
			}
			const parent = scope[scope.length - 1]?.item ?? quote?.host;
			if (parent) {
				item.parent = parent;
				parent.children.push(item);
			} else {
				body.items.push(item);
			}
			scope.push({ item, level });
			body.allItems.push(item);
		}
		previousEnd = paragraph.range.end;
	}
	// The items still open run to the end of the last paragraph.
	for (const open of stack) {
		close(open, previousEnd);
	}
	for (const open of quote?.stack ?? []) {
		close(open, previousEnd);
	}
}

// A sentence's end, and the start of a paragraph that can be a Điều's text: a capital letter.
const SENTENCE_END = /[.;][)"”’'\]]*$/u;
const CAPITAL_START = /^\p{Lu}\p{Ll}*(?![\p{L}\p{N}])/u;

/**
 * The paragraphs where a Điều's label is missing (reference H10): between two Điều of the body (not quoted) whose
 * numbers leave out exactly one, the only paragraph, when the Điều before it is a sentence ending with "." or ";"
 * (not a heading whose text follows, "Điều 2. Hiệu lực") with no items inside, and the paragraph starts with a
 * capital and ends a sentence too.
 */
function findUnlabelled(body: Body): void {
	const dieu = body.allItems.filter((item) => item.kind === 'dieu' && item.quote === undefined);
	const found: UnlabelledItem[] = [];
	for (let k = 1; k < dieu.length; k++) {
		const previous = dieu[k - 1] as Item;
		const next = dieu[k] as Item;
		const between = body.paragraphs[previous.paragraph + 1];
		const own = body.paragraphs[previous.paragraph]?.text.text ?? '';
		if (
			next.value !== previous.value + 2 ||
			next.paragraph !== previous.paragraph + 2 ||
			previous.children.length > 0 ||
			!between ||
			own.length <= previous.marker.text.length + 1 ||
			!SENTENCE_END.test(own)
		) {
			continue;
		}
		const text = between.text.text;
		const word = CAPITAL_START.exec(text);
		if (word && SENTENCE_END.test(text)) {
			const start = spanIn(between.text, 0, word[0].length);
			found.push({ paragraph: previous.paragraph + 1, start, value: previous.value + 1, previous, next });
		}
	}
	if (found.length > 0) {
		body.unlabelled = found;
	}
}

const HEADING_KINDS: readonly ItemKind[] = ['phan', 'chuong', 'muc', 'la-ma'];

/**
 * For each paragraph, the next khoản (not decimal) after it, and for each heading kind the next heading of
 * another kind at the level of a Điều or above: computed in one backward pass, so that deciding whether a
 * heading sits inside a khoản takes constant time. The pass runs when a heading first asks (most bodies have
 * no heading inside a khoản to decide). -1 stands for none.
 */
class Lookahead {
	private nextKhoanAt: Int32Array | undefined;
	/** HEADING_KINDS.length entries per paragraph, in the order of HEADING_KINDS. */
	private nextOtherAt: Int32Array | undefined;

	constructor(private readonly candidates: readonly (Candidate | undefined)[]) {}

	nextKhoan(index: number): number {
		return this.compute()[0][index] as number;
	}

	nextOtherHeading(kind: ItemKind, index: number): number {
		return this.compute()[1][index * HEADING_KINDS.length + HEADING_KINDS.indexOf(kind)] as number;
	}

	private compute(): [Int32Array, Int32Array] {
		if (this.nextKhoanAt && this.nextOtherAt) {
			return [this.nextKhoanAt, this.nextOtherAt];
		}
		const candidates = this.candidates;
		const kinds = HEADING_KINDS.length;
		const nextKhoan = new Int32Array(candidates.length);
		const nextOther = new Int32Array(candidates.length * kinds);
		let khoan = -1;
		const other = new Int32Array(kinds).fill(-1);
		for (let i = candidates.length - 1; i >= 0; i--) {
			nextKhoan[i] = khoan;
			nextOther.set(other, i * kinds);
			const c = candidates[i];
			if (c?.kind === 'khoan' && c.prefix === undefined) {
				khoan = i;
			} else if (c && LEVEL[c.kind] <= LEVEL.dieu) {
				for (let k = 0; k < kinds; k++) {
					if (HEADING_KINDS[k] !== c.kind) {
						other[k] = i;
					}
				}
			}
		}
		this.nextKhoanAt = nextKhoan;
		this.nextOtherAt = nextOther;
		return [nextKhoan, nextOther];
	}
}

/**
 * Whether a heading above a khoản (Phần, Chương, Mục, I.) is a heading inside the open khoản: the khoản is
 * not itself under a heading of that level, and the next khoản after the headings continues its sequence.
 */
function nestedInKhoan(
	heading: Item,
	index: number,
	scope: readonly Open[],
	candidates: readonly (Candidate | undefined)[],
	ahead: Lookahead,
): boolean {
	let host: Item | undefined;
	for (let k = scope.length - 1; k >= 0 && !host; k--) {
		const open = scope[k]?.item;
		if (open?.kind === 'khoan' && open.prefix === undefined) {
			host = open;
		}
	}
	if (!host) {
		return false;
	}
	for (let up = host.parent; up; up = up.parent) {
		if (LEVEL[up.kind] <= LEVEL[heading.kind]) {
			return false;
		}
	}
	const khoan = ahead.nextKhoan(index);
	const blocker = ahead.nextOtherHeading(heading.kind, index);
	if (khoan < 0 || (blocker >= 0 && blocker < khoan)) {
		return false;
	}
	return candidates[khoan]?.value === host.value + 1;
}

// The title of a document attached after the signature, and the note that attaches it.
const ATTACHMENT_TITLE = new RegExp(`^(?:${ATTACHMENT_TITLES.replace(/ /gu, '\\s+')})(?![\\p{L}\\p{N}])`, 'u');
const ATTACHED_NOTE = /^\((?:Ban\s+hành\s+)?[Kk]èm\s+theo(?!\p{L})/u;
// The same note wherever it stands, without the check after "theo" (a search that may find more, never less).
const ATTACHED_NOTE_ANYWHERE = /\((?:Ban\s+hành\s+)?[Kk]èm\s+theo/gu;
const NOI_NHAN_LABEL = /^(?:Nơi\s*nhận|NƠI\s*NHẬN)(?!\p{L})/u;
// Where the letter's closing can be (a "./." or a Nơi nhận label) and where an attachment's title can start: the
// words each anchored pattern above opens with, searched in the whole text at once.
const CLOSING_MARK = /\.\/\.|Nơi|NƠI/gu;
const TITLE_WORD = new RegExp([...new Set(ATTACHMENT_TITLES.split('|').map((title) => title.split(' ')[0]))].join('|'), 'gu');

/**
 * The first line of a document attached after the letter's closing (reference I4): after the Nơi nhận label
 * or the body's closing "./.", an upper-case title ("QUY CHẾ", "KẾ HOẠCH" …) with a "(Ban hành kèm theo …)" or "(Kèm theo …)" note within
 * the next four lines. Undefined when there is none, or nothing shows where the letter's closing is.
 * `text` is the text the lines are of. The lines are not read one by one: a search of the text finds the few
 * places where a closing or a title can be, and only their lines are tested.
 */
export function findAttachmentStart(text: string, lines: readonly LetterLine[], from: number): number | undefined {
	const first = lines[from];
	if (!first) {
		return undefined;
	}
	// An attachment has its "(Ban hành kèm theo …)" or "(Kèm theo …)" note after the body: one search of the text
	// for the note anywhere (it may find one inside a line, which the careful reading below passes over, never
	// less than it keeps) spares most letters, which attach nothing, the searches for a closing and a title.
	ATTACHED_NOTE_ANYWHERE.lastIndex = first.start;
	if (!ATTACHED_NOTE_ANYWHERE.test(text)) {
		return undefined;
	}
	// The closing: the first line with a Nơi nhận label at its start or a "./." at its end. Each search resumes one
	// code unit after the last match, so that a match never hides one that overlaps it ("././.").
	let closing = -1;
	CLOSING_MARK.lastIndex = first.start;
	for (let match = CLOSING_MARK.exec(text); match; match = CLOSING_MARK.exec(text)) {
		const line = lines[lineHolding(lines, match.index)] as LetterLine;
		const atEnd = match[0] === './.' && match.index + 3 === line.contentEnd;
		if (atEnd || (match.index === line.contentStart && NOI_NHAN_LABEL.test(line.content))) {
			closing = line.index;
			break;
		}
		CLOSING_MARK.lastIndex = match.index + 1;
	}
	const after = lines[closing + 1];
	if (closing < 0 || !after) {
		return undefined;
	}
	// A title after the closing: a line whose content opens with one of the titles' first words.
	TITLE_WORD.lastIndex = after.start;
	for (let match = TITLE_WORD.exec(text); match; match = TITLE_WORD.exec(text)) {
		const line = lines[lineHolding(lines, match.index)] as LetterLine;
		if (match.index === line.contentStart && ATTACHMENT_TITLE.test(line.content)) {
			const i = line.index;
			for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
				if (ATTACHED_NOTE.test(lines[j]?.content ?? '')) {
					return i;
				}
			}
		}
		TITLE_WORD.lastIndex = match.index + 1;
	}
	return undefined;
}
