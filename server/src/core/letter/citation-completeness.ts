// The first-citation rule as data: for each citation of the body, whether it is the first citation of its
// document (and if not, the earlier one), where its date, issuer and trích yếu were found, and what a first
// citation lacks. The rule citation-incomplete reports from it and the hover shows it, so that the two agree.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b (reference R5.2, §13.4): the first citation
// gives the type, number and ký hiệu, date, issuer and trích yếu (a Luật or Pháp lệnh only its type and
// name); later ones need only the type and the number and ký hiệu.
// A heuristic, tuned on the five letters of reference §12. The parts may be shared or written before the
// citation:
// - several numbers joined only by ",", "và" or ";" share the date, issuer and subject written after the
//   last of them ("Chỉ thị số 05/CT-TTg ngày … và Kết luận số 22/TB-VPCP ngày … của Thủ tướng Chính phủ
//   về …");
// - the issuer may come first ("chỉ đạo của UBND tỉnh tại Công văn số …", "do Bộ Y tế ban hành tại
//   Quyết định số …", "UBND tỉnh đã ban hành Quyết định số …", "Sở Y tế đã có Công văn số …"), and so may
//   the date ("ngày 04/8/2020 UBND tỉnh đã ban hành …"): the clause before the citation is read back to
//   the previous citation or the previous ".", ";" or ":";
// - a document that issues something already named ("Sổ tay … do Bộ Y tế ban hành tại Quyết định số …",
//   "Quy chế ban hành kèm theo Quyết định số …") and a Tờ trình cited after "Theo đề nghị của …" need no
//   subject of their own;
// - "Tiếp theo Công văn số …" refers to the sender's own earlier document: the sender is its issuer.
import { citationPartsEnd, subjectStop, type Citation, type SubjectStops } from './citations';
import { memoKey, type Letter } from '../letter';
import { spanIn, subSpan, type Span } from '../span';
import { isSpaceCode, skipSpaces, trimEndIndex } from '../text';
import type { DateValue } from '../types';

/** The parts a first citation must give besides its type and number. */
export type CitationPart = 'date' | 'issuer' | 'subject';

/** Where a part of a citation was found. */
export type PartSource =
	/** Written with this number ("… ngày … của Bộ Y tế về …"). */
	| 'own'
	/** Written once after the last number of a group ("Chỉ thị số 05/CT-TTg, 06/CT-TTg của Thủ tướng …"). */
	| 'list'
	/** Written in the clause before the type name ("chỉ đạo của UBND tỉnh tại Công văn số …"). */
	| 'before'
	/**
	 * Given by the clause before the type name without being written out: "Tiếp theo Công văn số …" (the
	 * sender is the issuer), "Quy chế … ban hành kèm theo Quyết định số …" and "Theo đề nghị của … tại Tờ
	 * trình số …" (no trích yếu of its own is needed).
	 */
	| 'implied';

/** A part of a citation and where it was found. */
export interface FoundPart {
	source: PartSource;
	/**
	 * The words that give the part; undefined when it is implied or not written out (set on every part, so that
	 * all parts share one shape).
	 */
	span?: Span | undefined;
}

/** The date of a citation and where it was found. */
export interface FoundDate extends FoundPart {
	span: Span;
	value: DateValue;
}

/** One citation seen against the first-citation rule. */
export interface CitationCompleteness {
	readonly citation: Citation;
	/**
	 * The first citation of the same number in an earlier list; undefined when this is a first citation. A
	 * number written twice in one list ("Công văn số 12/X, 12/X") counts as a first citation both times.
	 */
	readonly first?: Citation;
	/** The date that applies to this citation, and where it was found. */
	readonly date?: FoundDate;
	/** The issuer that applies to this citation, and where it was found. */
	readonly issuer?: FoundPart;
	/** The trích yếu that applies to this citation, and where it was found. */
	readonly subject?: FoundPart;
	/** What a first citation lacks, in the order of the decree; always empty for later citations and laws. */
	readonly missing: CitationPart[];
}

// A Luật or Pháp lệnh is cited by type and name only (reference R5.2).
const NAME_ONLY = new Set(['Luật', 'Bộ luật', 'Pháp lệnh']);
// A date in the clause before the citation, but not the start or end of a period.
const DATE_BEFORE =
	/(?<!(?:từ|đến|trước|sau)\s)ngày\s+(?<d>\d{1,2})(?:\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*|\s+tháng\s+(?<m2>\d{1,2})\s+năm\s+)(?<y>\d{4})/iu;
// "của UBND tỉnh tại …", "do Bộ Y tế ban hành tại …": an issuer named before the type.
const OF_ISSUER = /(?<![\p{L}\p{N}])(?:của|do)\s+["“]?\p{Lu}/u;
// Words that end an issuer named before the type: the verb or preposition that leads to the citation, or
// the start of another part (as the parser ends an issuer after the number). "ban" and "kèm" only before
// "hành" and "theo": "Ủy ban nhân dân tỉnh" is a name.
const ISSUER_STOP = new Set(['tại', 'theo', 'đã', 'vừa', 'được', 'có', 'về', 'v/v', 'ngày']);
const ISSUER_STOP_PAIRS = new Set(['ban hành', 'kèm theo', 'và các']);
// The thing issued is named before: "… ban hành tại / theo / kèm theo Quyết định số …".
const ISSUED_WITH = /(?:ban\s+hành\s+(?:tại|theo|kèm\s+theo)|kèm\s+theo)$/iu;
// "Tiếp theo Công văn số …": the sender's own earlier document.
const FOLLOW_UP = /(?:^|\s)[Tt]iếp\s+theo$/u;
// "Theo đề nghị của … tại Tờ trình số …": the Tờ trình proposes the document being written.
const PROPOSAL = /(?:Theo|Xét)\s+đề\s+nghị/iu;
// A subject written without "về" (a quoted title, a verb that opens a trích yếu) or in brackets.
// ("chỉ đạo" is not one: "Ban chỉ đạo" is often written in lower case.)
const SUBJECT_VERBS = String.raw`ban hành|phê duyệt|quy định|hướng dẫn|sửa đổi|bổ sung|thành lập|công bố|kiện toàn|bãi bỏ|giao|triển khai|tổ chức|thông báo|yêu cầu|đề nghị|thực hiện|tăng cường|thông qua|giải thích|đồng ý`;
// A verb after the comma that ends the citation's clause is the main clause's ("…, đề nghị các sở rà
// soát"), not a trích yếu: only a quotation or a bracketed "về" may follow a comma.
const SUBJECT_AFTER = new RegExp(
	String.raw`^\s*(?:(?:,\s*)?(?:["“]|\(\s*(?:[Vv]ề|[Vv]\/v)(?![\p{L}\p{N}]))|(?:${SUBJECT_VERBS})(?![\p{L}\p{N}]))`,
	'u',
);
// Also capitalised ("của Thủ tướng Chính phủ Phê duyệt Đề án …"), but only the verbs that no agency name
// holds ("Ban Tổ chức", "Sở Giao thông").
const CAPITALISED_VERBS = String.raw`Phê duyệt|Ban hành|Sửa đổi|Quy định|Thành lập|Kiện toàn|Bãi bỏ|Công bố|Thông qua`;
const SUBJECT_IN_ISSUER = new RegExp(String.raw`\s(?:["“]|(?:${SUBJECT_VERBS}|${CAPITALISED_VERBS})(?![\p{L}\p{N}]))`, 'u');
// Capitalised words that open a sentence without naming anyone ("Thực hiện …", "Tiếp tục …", "Căn cứ …").
const SENTENCE_OPENERS = new Set(
	'Thực Căn Theo Tiếp Triển Để Nhằm Trên Qua Xét Nhận Hiện Ngày Trước Sau Trong Với Về Đề Bám Tại Thi Quán Tổ Nghiên Chấp Khẩn Tăng Đẩy Phối Chủ Rà Kiểm Báo Nghiêm Đảm Bảo Duy Yêu Giao Cử Chuẩn Xây Hướng Tham Đôn Chịu Lập Tuyên Vận Cập Hoàn Sử Áp Tạo Kịp Đồng Ngoài Đối Như Từ Đến Khi Nếu Vì Trường Trình'.split(
		' ',
	),
);
// A citation that points at a provision ("khoản 2 Điều 14 Nghị định số …") cites its rule, not its subject.
const PROVISION =
	/(?:^|\s)(?:điều|khoản|điểm|mục|chương|phụ\s+lục)\s+[\p{L}\p{N}.]+(?:,?\s+(?:điều|khoản|điểm|mục|chương)\s+[\p{L}\p{N}.]+)*\s*(?:của|tại|theo)?$/iu;
// The words PROVISION needs, in lower case.
const PROVISION_WORDS = ['điều', 'khoản', 'điểm', 'mục', 'chương', 'phụ'];
// A subject stated in the clause before the type name.
const SUBJECT_BEFORE = /(?<![\p{L}\p{N}])(?:về|v\/v|ban hành|phê duyệt|thành lập|hướng dẫn|quy định)(?![\p{L}\p{N}])/iu;
// The words SUBJECT_BEFORE needs, in lower case.
const SUBJECT_BEFORE_WORDS = ['về', 'v/v', 'ban hành', 'phê duyệt', 'thành lập', 'hướng dẫn', 'quy định'];
// In the clause after the citation, up to the first comma: a subject, a date and an issuer in any order and
// wording ("của UBND tỉnh ngày 02/02/2024 về …", "kỳ họp thứ mười Hội đồng nhân dân tỉnh về …").
const SUBJECT_AHEAD = new RegExp(
	String.raw`(?<![\p{L}\p{N}])(?:["“]|về|v\/v|(?:${SUBJECT_VERBS}|${CAPITALISED_VERBS})(?![\p{L}\p{N}]))`,
	'u',
);
// Past that comma, while the sentence goes on with a capitalised word: only "về …" or a verb that states
// what the document did ("…, Ủy ban nhân dân tỉnh đã giao các sở …").
const SUBJECT_FURTHER = /(?<![\p{L}\p{N}])(?:về|v\/v|giao|ban hành|phê duyệt|thành lập|hướng dẫn|quy định)(?![\p{L}\p{N}])/iu;
// Digits may be split by single spaces in PDF text ("ngày 0 2 tháng 02 năm 202 4").
const DATE_AHEAD =
	/(?<!(?:từ|đến|trước|sau|hạn)\s)(?:đề\s+)?ngày\s*(?<d>\d(?: ?\d)?)(?:\s*[/.-]\s*(?<m>\d(?: ?\d)?)\s*[/.-]\s*|\s+tháng\s+(?<m2>\d(?: ?\d)?)\s+năm\s+)(?<y>\d(?: ?\d){3})(?!\p{N})/iu;
// An issuer after the number without "của" ("kỳ họp thứ mười Hội đồng nhân dân tỉnh", "c ủa Giám đ ốc Sở"):
// the capitalised head of an agency's or office-holder's name.
const AGENCY_AHEAD =
	/(?<![\p{L}\p{N}])(?:(?:của|do)\s*\p{Lu}|(?:Ủy ban|Uỷ ban|UBND|HĐND|Hội đồng|Bộ|Sở|Chính phủ|Thủ tướng|Văn phòng|Ban|Cục|Tổng cục|Quốc hội|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Huyện ủy|Chủ tịch|Giám đốc|Công ty|Trung tâm|Viện|Ngân hàng|Kho bạc|Thanh tra|Tòa án|Công an|Bộ trưởng)(?![\p{L}\p{N}]))/u;
// A later mention marked as such: "Quyết định số … nêu trên", "Nghị định này".
// Tried right after the citation's parts (sticky).
const BACK_REFERENCE = /\s*(?:,\s*)?(?:nêu\s+trên|nói\s+trên|trên|này)(?![\p{L}\p{N}])/iuy;
// A list label before a bracketed citation: "ý kiến các sở: Tài chính (Công văn số …)".
const LABEL_BEFORE_BRACKET = /(?:^|[,:;]\s*)\p{Lu}[\p{L}\s]{0,40}\($/u;
const LIST_MARKER = /^(?:\d+\.|[a-zđ]\)|[IVXLC]+\.|[-+•])$/u;
const SEPARATOR = /\s*(?:(?:,|;|và)\s*)?/uy;
// Module constants, as every pattern here: the bundle writes a literal with a \p{…} class as `new RegExp(…)`,
// which in a function would build the pattern at each call.
// A capitalised word, perhaps after a quotation mark or a bracket: where an issuer named before the type starts.
const STARTS_CAPITALISED = /^["“(]?\p{Lu}/u;
// The end of the clause after a citation (clauseAhead): the first ",", ";", ":" or "." before a space …
const NEAR_END = /[,;:]|\.(?=\s|$)/u;
// … or, past commas followed by a capitalised word, a comma before a lower-case word that is not a recipient.
const FURTHER_END = /[;:]|\.(?=\s|$)|,\s*(?=\p{Ll})(?!(?:ngành|đơn vị|địa phương|thành phố|thị xã|thị trấn|đoàn thể)(?!\p{L}))/u;

/** True for the types cited by type and name only, without number, date or issuer: Luật, Bộ luật, Pháp lệnh. */
export function citedByNameOnly(typeName: string): boolean {
	return NAME_ONLY.has(typeName);
}

/** The key under which two citations are of the same document: the number without spaces, in capitals. */
export function citationKey(citation: Citation): string {
	const text = citation.number.text;
	// Most numbers hold no white space (a space or TAB is the only kind a cited number can hold).
	return text.includes(' ') || text.includes('\t') ? text.replace(/\s+/gu, '').toUpperCase() : text.toUpperCase();
}

/** What the clause before a group's first citation gives: a date, an issuer, or a named subject. */
interface Before {
	readonly date?: FoundDate | undefined;
	readonly issuer?: FoundPart | undefined;
	readonly subject?: FoundPart | undefined;
}

/**
 * A group of lists joined by ",", "và" or ";": its last citation, the subject that follows it, the clause
 * before its first citation and the one after its last. Each is read when describe first asks for it (most
 * citations write their own parts), then kept for the group's other citations.
 */
class Group {
	private subjectRead: { span: Span | undefined } | undefined;
	private aheadRead: { near: string; further: string } | undefined;
	readonly before: Before;

	constructor(
		first: Citation,
		readonly last: Citation,
		endsIn: (paragraph: number) => readonly number[],
		private readonly stops: SubjectStops,
	) {
		this.before = new ClauseBefore(first, endsIn);
	}

	/** The last citation's subject, or one written without "về" after it or inside its issuer. */
	get subject(): Span | undefined {
		return (this.subjectRead ??= { span: trailingSubject(this.last, this.stops) }).span;
	}

	/** The clause after the last citation (clauseAhead). */
	get ahead(): { near: string; further: string } {
		return (this.aheadRead ??= clauseAhead(this.last));
	}
}

/** A word of a clause and its offset in the paragraph text. */
interface Token {
	text: string;
	at: number;
}

/** The end, in the paragraph text, of the number and the date written right after it. */
function numberAndDateEnd(citation: Citation): number {
	const date = citation.date?.span;
	return date ? date.offset + date.text.length : citation.number.offset + citation.number.text.length;
}

/** Whether `next` continues the group of `last`: same paragraph, nothing of `last`'s own in between. */
function joins(last: Citation, next: Citation, text: string): boolean {
	if (last.paragraph !== next.paragraph || last.issuer || last.subject) {
		return false;
	}
	const from = numberAndDateEnd(last);
	if (from > next.type.offset) {
		return false;
	}
	// Only white space and one separator between them: the sticky pattern ends at the type name (which starts
	// with a letter, and never with "và"), without a slice of the text in between.
	SEPARATOR.lastIndex = from;
	SEPARATOR.test(text);
	return SEPARATOR.lastIndex === next.type.offset;
}

/** The span of the tokens `from`..`to` (exclusive), without punctuation after the last one. */
function tokenSpan(citation: Citation, tokens: readonly Token[], from: number, to: number): Span | undefined {
	const first = tokens[from];
	const last = tokens[to - 1];
	if (!first || !last) {
		return undefined;
	}
	let end = last.at + last.text.length;
	while (end > last.at && /[,;:]/u.test(last.text.charAt(end - last.at - 1))) {
		end--;
	}
	return end > first.at ? spanIn(citation.type.map, first.at, end) : undefined;
}

/** The issuer after "của" or "do" in token `keyword`: the words up to a verb or preposition, or a comma. */
function issuerAfter(citation: Citation, tokens: readonly Token[], keyword: number): Span | undefined {
	let to = keyword + 1;
	while (to < tokens.length) {
		const word = tokens[to]?.text ?? '';
		if (ISSUER_STOP.has(word) || ISSUER_STOP_PAIRS.has(`${word} ${tokens[to + 1]?.text ?? ''}`) || word.startsWith('(')) {
			break;
		}
		to++;
		if (/[,;:]$/u.test(word)) {
			break;
		}
	}
	return tokenSpan(citation, tokens, keyword + 1, to);
}

/**
 * The ends of the parts of the citations of `paragraph` (number, date, issuer, all parts), sorted, so that the
 * last one before an offset is found by a binary search. The citations are in the order of the text, so a
 * paragraph's are one run, found by a binary search too: only the paragraphs whose clauses are read are visited,
 * by plain loops (a map of every paragraph's ends, filled and then walked, cost more to compile than to run).
 */
function partEnds(citations: readonly Citation[], paragraph: number): number[] {
	let low = 0;
	let high = citations.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((citations[middle] as Citation).paragraph < paragraph) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}
	const ends: number[] = [];
	for (let i = low; i < citations.length && (citations[i] as Citation).paragraph === paragraph; i++) {
		const c = citations[i] as Citation;
		// In the order the parts come in the text, so that most paragraphs' ends are sorted already.
		ends.push(numberAndDateEnd(c));
		if (c.issuer) {
			ends.push(c.issuer.offset + c.issuer.text.length);
		}
		ends.push(citationPartsEnd(c));
	}
	// A sort with a comparator copies the array: it runs only where the ends are out of order.
	if (!isSorted(ends)) {
		ends.sort((x, y) => x - y);
	}
	return ends;
}

/** Whether numbers are in ascending order. */
function isSorted(values: readonly number[]): boolean {
	for (let i = 1; i < values.length; i++) {
		if ((values[i - 1] as number) > (values[i] as number)) {
			return false;
		}
	}
	return true;
}

/** The greatest of the sorted `ends` that is at most `at`, or -1. */
function lastEndAtOrBefore(ends: readonly number[], at: number): number {
	let low = 0;
	let high = ends.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if ((ends[middle] ?? 0) <= at) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}
	return low > 0 ? (ends[low - 1] ?? -1) : -1;
}

/** The words of a clause: their offsets in the paragraph text, the words joined by single spaces, and where each starts there. */
interface Words {
	tokens: Token[];
	joined: string;
	starts: number[];
}

/**
 * The words of text[from..end), which starts and ends with a word: the runs of code units that are not white
 * space (as /\S+/gu finds them), joined by single spaces, and where each word starts in the joined text.
 */
function wordsOf(text: string, from: number, end: number): Words {
	const tokens: Token[] = [];
	const starts: number[] = [];
	let joined = '';
	for (let i = from; i < end;) {
		let j = i + 1;
		while (j < end && !isSpaceCode(text.charCodeAt(j))) {
			j++;
		}
		const word = text.slice(i, j);
		tokens.push({ text: word, at: i });
		starts.push(tokens.length > 1 ? joined.length + 1 : 0);
		joined = tokens.length > 1 ? `${joined} ${word}` : word;
		i = skipSpaces(text, j, end);
	}
	return { tokens, joined, starts };
}

/**
 * The clause before a group's first citation: what the parts before the citation are read from. Its words are
 * split only when a reading needs them (an issuer named before the type); the tests read the text.
 */
class Clause {
	/** `text` in lower case: what the cheap tests before the Unicode patterns look in. */
	readonly lower: string;

	constructor(
		readonly citation: Citation,
		/** The words joined by single spaces. */
		readonly text: string,
		/** Where the clause is in the paragraph text: its first word starts at `from`, its last ends at `end`. */
		private readonly from: number,
		private readonly end: number,
		/** Whether the clause opens a sentence (its first word may be a verb such as "Thực hiện"). */
		readonly sentenceStart: boolean,
		/** Whether the clause starts right after an earlier citation's last part. */
		readonly afterCitation: boolean,
		/** The words, when they were split already. */
		private words: Words | undefined,
	) {
		this.lower = text.toLowerCase();
	}

	/** The words of the clause and their offsets in the paragraph text. */
	get tokens(): Token[] {
		return this.split().tokens;
	}

	/** Where each word starts in `text`. */
	get starts(): number[] {
		return this.split().starts;
	}

	private split(): Words {
		this.words ??= wordsOf(this.citation.type.map.text, this.from, this.end);
		return this.words;
	}
}

// A mark that ends a clause when white space follows it: ".", ";", ":", "!" or "?".
const CLAUSE_MARK = /[.;:!?](?=\s)/gu;
// White space other than a single space between words: the clause is then rewritten with its words apart by
// single spaces.
const IRREGULAR_SPACE = /[^\S ]| {2}/u;

/**
 * Where the last word of text[from..end) starts when it is "các" or "những", the quantifier between a verb and the
 * type name ("tại các Chỉ thị số …"), which is no word of the clause; else -1.
 */
function quantifierBefore(text: string, from: number, end: number): number {
	const at = text.endsWith('các', end) ? end - 3 : text.endsWith('những', end) ? end - 5 : -1;
	return at >= from && (at === from || isSpaceCode(text.charCodeAt(at - 1))) ? at : -1;
}

/**
 * The clause before `citation` (a group's first); `ends` are the sorted part ends of the citations of its
 * paragraph (partEnds). Only the 300 code units before the type name are read, back to the end of the last
 * part of an earlier citation. Every part of a citation ends after its own number, so an end at or before the
 * type name is one of an earlier citation's. Searches, not loops over characters: the clause is read for most
 * citations that do not write all their parts.
 */
function readClause(citation: Citation, ends: readonly number[]): Clause {
	const text = citation.type.map.text;
	const at = citation.type.offset;
	let start = Math.max(0, at - 300);
	let afterCitation = false;
	const previousEnd = lastEndAtOrBefore(ends, at);
	if (previousEnd > start) {
		start = previousEnd;
		afterCitation = true;
	}
	// Only the clause the citation is in: after the last ".", ";", ":", "!" or "?" followed by white space. The
	// type name starts with a letter, so a mark right before it is none (nor is one in the window: nothing follows).
	const window = text.slice(start, at);
	let boundary = -1;
	CLAUSE_MARK.lastIndex = 0;
	for (let mark = CLAUSE_MARK.exec(window); mark !== null; mark = CLAUSE_MARK.exec(window)) {
		boundary = start + mark.index;
	}
	const sentenceStart = boundary >= 0 ? text.charCodeAt(boundary) !== 0x3b /* ; */ : start === 0 && !afterCitation;
	if (boundary >= 0) {
		start = boundary + 1;
	}
	// The words are the runs of code units that are not white space (as /\S+/gu finds them), without the
	// quantifiers at the end.
	const from = skipSpaces(text, start, at);
	let end = trimEndIndex(text, from, at);
	for (let q = quantifierBefore(text, from, end); q >= 0; q = quantifierBefore(text, from, end)) {
		end = trimEndIndex(text, from, q);
	}
	const written = text.slice(from, end);
	if (!IRREGULAR_SPACE.test(written)) {
		return new Clause(citation, written, from, end, sentenceStart, afterCitation, undefined);
	}
	// Other white space, or more than one space: the words joined by single spaces.
	const words = wordsOf(text, from, end);
	return new Clause(citation, words.joined, from, end, sentenceStart, afterCitation, words);
}

/** The token that holds offset `offset` of the clause text. */
function tokenAt(clause: Clause, offset: number): number {
	const starts = clause.starts;
	let k = 0;
	while (k + 1 < starts.length && (starts[k + 1] ?? 0) <= offset) {
		k++;
	}
	return k;
}

/** The paragraph offset of clause offset `offset`, which lies inside a token. */
function textAt(clause: Clause, offset: number): number {
	const k = tokenAt(clause, offset);
	return (clause.tokens[k]?.at ?? 0) + offset - (clause.starts[k] ?? 0);
}

/** A date written in the clause before the citation ("ngày 04/8/2020 UBND tỉnh đã ban hành …"). */
function dateBefore(clause: Clause): FoundDate | undefined {
	// DATE_BEFORE needs the word "ngày" (in any case): most clauses have none.
	const date = clause.lower.includes('ngày') ? DATE_BEFORE.exec(clause.text) : null;
	if (!date?.groups) {
		return undefined;
	}
	const g = date.groups;
	const span = spanIn(clause.citation.type.map, textAt(clause, date.index), textAt(clause, date.index + date[0].length - 1) + 1);
	return { source: 'before', span, value: { day: Number(g['d']), month: Number(g['m'] ?? g['m2']), year: Number(g['y']) } };
}

/** Whether the words of `text` (apart by single spaces) end with `words`. */
function endsWithWord(text: string, words: string): boolean {
	return text.endsWith(words) && (text.length === words.length || text.charCodeAt(text.length - words.length - 1) === 0x20);
}

/** An issuer named in the clause before the citation, or implied by it ("Tiếp theo Công văn số …"). */
function issuerBefore(clause: Clause): FoundPart | undefined {
	const { citation } = clause;
	// OF_ISSUER needs "của" or "do" (in lower case), FOLLOW_UP a clause that ends with "theo".
	const of = clause.text.includes('của') || clause.text.includes('do') ? OF_ISSUER.exec(clause.text) : null;
	if (of) {
		const span = issuerAfter(citation, clause.tokens, tokenAt(clause, of.index));
		return span ? { source: 'before', span } : { source: 'implied', span: undefined };
	}
	if (clause.text.endsWith('theo') && FOLLOW_UP.test(clause.text)) {
		return { source: 'implied', span: undefined };
	}
	// issuerBeforeConnector needs a clause that ends with "tại", "ban hành" or "có" (in any case): most do not,
	// and their words are not split.
	const lower = clause.lower;
	const connector = endsWithWord(lower, 'tại') || endsWithWord(lower, 'có') || endsWithWord(lower, 'ban hành');
	const named = connector ? issuerBeforeConnector(clause.tokens, clause.sentenceStart) : undefined;
	if (named) {
		const span = tokenSpan(citation, clause.tokens, named.from, named.to);
		return span ? { source: 'before', span } : { source: 'implied', span: undefined };
	}
	return undefined;
}

/** A subject stated in the clause before the citation, or made needless by it. */
function subjectBefore(clause: Clause): FoundPart | undefined {
	const { text, lower } = clause;
	// Cheap tests on the lower-case clause before each pattern: ISSUED_WITH ends with "tại" or "theo", PROPOSAL
	// and "đề nghị" hold "nghị", PROVISION names a part of a document.
	const proposal = lower.includes('nghị');
	if (
		((lower.endsWith('tại') || lower.endsWith('theo')) && ISSUED_WITH.test(text)) ||
		(proposal && PROPOSAL.test(text)) ||
		(PROVISION_WORDS.some((word) => lower.includes(word)) && PROVISION.test(text)) ||
		// Every Tờ trình cited after "(và) đề nghị của … tại", not only the first.
		(proposal && clause.citation.typeName === 'Tờ trình' && /đề\s+nghị/iu.test(text))
	) {
		return { source: 'implied', span: undefined };
	}
	if (!clause.afterCitation && SUBJECT_BEFORE_WORDS.some((word) => lower.includes(word)) && SUBJECT_BEFORE.test(text)) {
		// The subject written before the number: "Về đề nghị hỗ trợ … tại Công văn số …", "được thành lập theo
		// Quyết định số …". Not after an earlier citation, whose own subject it would be.
		return { source: 'before', span: undefined };
	}
	return undefined;
}

/**
 * What the clause before a group's first citation gives. Each part is read when describe first asks for it
 * (most citations write their own date, issuer and subject after the number), then kept for the group.
 */
class ClauseBefore implements Before {
	private clauseRead: Clause | undefined;
	private dateRead: { part: FoundDate | undefined } | undefined;
	private issuerRead: { part: FoundPart | undefined } | undefined;
	private subjectRead: { part: FoundPart | undefined } | undefined;

	constructor(
		private readonly citation: Citation,
		private readonly endsIn: (paragraph: number) => readonly number[],
	) {}

	private get clause(): Clause {
		return (this.clauseRead ??= readClause(this.citation, this.endsIn(this.citation.paragraph)));
	}

	get date(): FoundDate | undefined {
		return (this.dateRead ??= { part: dateBefore(this.clause) }).part;
	}

	get issuer(): FoundPart | undefined {
		return (this.issuerRead ??= { part: issuerBefore(this.clause) }).part;
	}

	get subject(): FoundPart | undefined {
		return (this.subjectRead ??= { part: subjectBefore(this.clause) }).part;
	}
}

/**
 * "Thủ tướng Chính phủ tại các Chỉ thị số …", "UBND tỉnh đã ban hành Quyết định số …", "Sở Y tế đã có
 * Công văn số …": a capitalised word among the few words before "tại", "ban hành" or "có". The verb that
 * opens a sentence ("Thực hiện ý kiến chỉ đạo tại …") does not count. Returns the words from the first
 * capitalised one to the connector (exclusive), as token indices.
 */
function issuerBeforeConnector(tokens: readonly Token[], sentenceStart: boolean): { from: number; to: number } | undefined {
	// The words still considered are tokens[0..n): the connector and the auxiliary verbs are dropped from the end.
	let n = tokens.length;
	const word = (i: number): string => (i >= 0 && i < n ? (tokens[i] as Token).text : '');
	const endsWith = (...words: string[]): boolean => words.every((w, i) => word(n - words.length + i).toLowerCase() === w);
	let connector = false;
	if (endsWith('tại')) {
		n--;
		connector = true;
	}
	if (endsWith('ban', 'hành')) {
		n -= 2;
		connector = true;
	} else if (!connector && endsWith('có')) {
		n--;
		connector = true;
	}
	if (!connector) {
		return undefined;
	}
	while (['đã', 'vừa', 'được'].includes(word(n - 1))) {
		n--;
	}
	let first = 0;
	while (LIST_MARKER.test(word(first))) {
		first++;
	}
	if (sentenceStart && SENTENCE_OPENERS.has(word(first))) {
		first++;
	}
	for (let k = Math.max(first, n - 8); k < n; k++) {
		if (STARTS_CAPITALISED.test(word(k))) {
			return { from: k, to: n };
		}
	}
	return undefined;
}

/**
 * The subject a group's last citation gives to the others, including one written without "về". `stops`
 * remembers the last stop found, so that a paragraph of many groups before one stop is scanned once.
 */
function trailingSubject(last: Citation, stops: SubjectStops): Span | undefined {
	if (last.subject) {
		return last.subject;
	}
	const text = last.type.map.text;
	const end = citationPartsEnd(last);
	const after = text.slice(end, end + 40);
	if (SUBJECT_AFTER.test(after)) {
		// The subject starts after the spaces and the comma that SUBJECT_AFTER allows before it.
		const start = end + (/^[\s,]*/u.exec(after)?.[0].length ?? 0);
		// A subject written without "về" ends where one written with it does (subjectStop).
		return spanIn(last.type.map, start, Math.max(start, subjectStop(text, start, stops)));
	}
	const inIssuer = last.issuer ? SUBJECT_IN_ISSUER.exec(last.issuer.text) : null;
	return last.issuer && inIssuer ? subSpan(last.issuer, inIssuer.index + 1) : undefined;
}

/** The text after a group's last citation up to the end of its clause: the first comma, or the sentence end. */
function clauseAhead(last: Citation): { near: string; further: string } {
	const text = last.type.map.text;
	const end = citationPartsEnd(last);
	const rest = text.slice(end, end + 300);
	// Up to the first ",", ";", ":" or "." before a space (a bracket closes inside: "(VHDL)").
	const nearEnd = NEAR_END.exec(rest)?.index ?? rest.length;
	// Past commas followed by a capitalised word ("Xây dựng (…) về …", "Ủy ban nhân dân tỉnh đã giao …"), to
	// a comma before a lower-case word (the main clause: "…, đề nghị các sở"), ";", ":" or ".".
	// A comma inside a list of recipients ("gửi các sở, ngành về …") does not end the clause.
	const furtherEnd = FURTHER_END.exec(rest)?.index ?? rest.length;
	return { near: rest.slice(0, nearEnd), further: rest.slice(0, furtherEnd) };
}

/**
 * The issuer group of an administrative cited number, as the one reader gave it its role: the group after the
 * type's abbreviation ("UBND" in "10/QĐ-UBND"), else the first ("STC" in "12/STC-VP").
 */
function issuerGroup(citation: Citation): string | undefined {
	if (citation.reading.form !== 'administrative') {
		return undefined;
	}
	return citation.reading.groups.find((g) => g.role === 'issuer')?.span.text.toUpperCase();
}

/**
 * The issuer group of the letter's own Số, as the one reader read it and the parser gave it its role: a malformed
 * Số ("1342-UBND-KT", "/UBND-KT", "12a/UBND-KT", "12/UBND - KT") still names its issuer, whatever rule reports
 * the defect.
 */
function ownIssuerGroup(so: Letter['so']): string | undefined {
	const issuer = so?.number?.groups.find((g) => g.role === 'issuer' && !g.placeholder);
	return issuer && /^[\p{L}&]+$/u.test(issuer.span.text) ? issuer.span.text.toUpperCase() : undefined;
}

/** Whether the number stands inside a direct quotation (“…”) of its paragraph, or in a row of a table. */
function quotedOrTabled(citation: Citation): boolean {
	const text = citation.type.map.text;
	if (text.includes('\t')) {
		return true;
	}
	// More opening than closing quotation marks before the number.
	const before = citation.number.offset;
	let opened = 0;
	for (let i = text.indexOf('“'); i >= 0 && i < before; i = text.indexOf('“', i + 1)) {
		opened++;
	}
	for (let i = text.indexOf('”'); opened > 0 && i >= 0 && i < before; i = text.indexOf('”', i + 1)) {
		opened--;
	}
	return opened > 0;
}

// An issuer named in the label of a list: "của" or "do" and a capitalised name.
const LABEL_ISSUER = /(?<![\p{L}\p{N}])(?:của|do)\s+\p{Lu}/u;

/** The label of the list a citation stands in: the words before the last ":" of its sentence, or "". */
function labelOf(citation: Citation): string {
	const text = citation.type.map.text;
	const start = Math.max(0, citation.type.offset - 600);
	// Most citations have no ":" before them: nothing is cut out then.
	if (citation.type.offset === 0 || text.lastIndexOf(':', citation.type.offset - 1) < start) {
		return '';
	}
	const before = text.slice(start, citation.type.offset);
	const colon = before.lastIndexOf(':');
	if (colon < 0 || /\.\s/u.test(before.slice(colon))) {
		return '';
	}
	const label = before.slice(0, colon);
	const sentence = Math.max(label.lastIndexOf('. '), label.lastIndexOf(';'));
	return label.slice(sentence + 1);
}

/** What the whole letter tells about a citation: its own issuer group and the earlier citations. */
class LetterContext {
	private ownGroupRead: { group: string | undefined } | undefined;
	/** The earlier citations, each with its key (citationKey). */
	readonly earlier: { citation: Citation; key: string }[] = [];

	constructor(private readonly so: Letter['so'] | undefined) {}

	/** The issuer group of the letter's own Số, read when a citation without an issuer first asks. */
	get ownGroup(): string | undefined {
		return (this.ownGroupRead ??= { group: ownIssuerGroup(this.so) }).group;
	}
}

/** An earlier citation of the same type whose number differs from this one by a typo or a cut ký hiệu. */
function variantOf(citation: Citation, key: string, earlier: readonly { citation: Citation; key: string }[]): Citation | undefined {
	// The first citation of a letter has none (most letters cite one document, or each once).
	if (earlier.length === 0) {
		return undefined;
	}
	const head = /^\d+(?:\/\d{4})?\//u.exec(key)?.[0];
	if (!head) {
		return undefined;
	}
	// The key is the number without white space in capitals, as citationKey writes it.
	return earlier.find(({ citation: e, key: other }) => {
		if (e.typeName !== citation.typeName || other === key || !other.startsWith(head)) {
			return false;
		}
		// A number with its year ("15/2024/") names one document of its type, whatever follows.
		return /\/\d{4}\/$/u.test(head) || other.startsWith(key) || key.startsWith(other) || sameButOne(other, key);
	})?.citation;
}

/** Whether two strings differ only in one character (a typo). */
function sameButOne(a: string, b: string): boolean {
	if (a.length !== b.length) {
		return false;
	}
	let differences = 0;
	for (let i = 0; i < a.length && differences < 2; i++) {
		if (a[i] !== b[i]) {
			differences++;
		}
	}
	return differences === 1;
}

/**
 * The citation with what applies to it, given its group and the earlier citation of its number. Whether it
 * is a first citation and what it lacks are decided at once; the parts themselves are read when asked for (the
 * hover shows them for every citation, the rules need them only to decide what a first citation lacks).
 */
class Completeness implements CitationCompleteness {
	readonly first?: Citation;
	readonly missing: CitationPart[] = [];
	private dateRead: { part: FoundDate | undefined } | undefined;
	private issuerRead: { part: FoundPart | undefined } | undefined;
	private subjectRead: { part: FoundPart | undefined } | undefined;

	constructor(
		readonly citation: Citation,
		key: string,
		first: Citation | undefined,
		private readonly group: Group,
		private readonly context: LetterContext,
	) {
		const text = citation.type.map.text;
		// A back-reference or a variant of an earlier number is a later mention.
		BACK_REFERENCE.lastIndex = citationPartsEnd(citation);
		const laterMention = first ?? (BACK_REFERENCE.test(text) ? citation : variantOf(citation, key, context.earlier));
		if (laterMention && laterMention !== citation) {
			this.first = laterMention;
		}
		if (!laterMention && !citedByNameOnly(citation.typeName)) {
			// A part written with the number is there without a reading (the getters read where it came from for
			// the hover), and a quotation or a table row is looked for only when a part is missing.
			const date = citation.date !== undefined || this.date !== undefined;
			const issuer = citation.issuer !== undefined || this.issuer !== undefined;
			const subject = citation.subject !== undefined || this.subject !== undefined;
			if ((!date || !issuer || !subject) && !quotedOrTabled(citation)) {
				if (!date) {
					this.missing.push('date');
				}
				if (!issuer) {
					this.missing.push('issuer');
				}
				if (!subject) {
					this.missing.push('subject');
				}
			}
		}
	}

	/** What the group's last citation writes is its own, and shared with the others of the group. */
	private get shared(): PartSource {
		return this.citation === this.group.last ? 'own' : 'list';
	}

	get date(): FoundDate | undefined {
		return (this.dateRead ??= { part: this.findDate() }).part;
	}

	get issuer(): FoundPart | undefined {
		return (this.issuerRead ??= { part: this.findIssuer() }).part;
	}

	get subject(): FoundPart | undefined {
		return (this.subjectRead ??= { part: this.findSubject() }).part;
	}

	private findDate(): FoundDate | undefined {
		const { citation, group } = this;
		const { last, before } = group;
		const date = citation.date ?? last.date;
		if (date) {
			return { source: date === citation.date ? 'own' : this.shared, span: date.span, value: date.value };
		}
		if (before.date) {
			return before.date;
		}
		const found = DATE_AHEAD.exec(group.ahead.near);
		if (!found?.groups) {
			return undefined;
		}
		const g = found.groups;
		const digits = (value: string | undefined): number => Number((value ?? '').replace(/\s+/gu, ''));
		const at = citationPartsEnd(last) + found.index;
		return {
			source: citation === last ? 'own' : 'list',
			span: spanIn(citation.type.map, at, at + found[0].length),
			value: { day: digits(g['d']), month: digits(g['m'] ?? g['m2']), year: digits(g['y']) },
		};
	}

	private findIssuer(): FoundPart | undefined {
		const { citation, group, context } = this;
		const { last, before } = group;
		const text = citation.type.map.text;
		const issuer = citation.issuer ?? last.issuer;
		if (issuer) {
			return { source: issuer === citation.issuer ? 'own' : this.shared, span: issuer };
		}
		if (before.issuer) {
			return before.issuer;
		}
		if (AGENCY_AHEAD.test(group.ahead.near)) {
			return { source: citation === last ? 'own' : 'list', span: undefined };
		}
		const from = Math.max(0, citation.type.offset - 60);
		// LABEL_BEFORE_BRACKET ends with "(": a clause without one before the type is not tried.
		if (
			text.lastIndexOf('(', citation.type.offset - 1) >= from &&
			LABEL_BEFORE_BRACKET.test(text.slice(from, citation.type.offset).trimEnd())
		) {
			// "ý kiến các sở: Tài chính (Công văn số …), Xây dựng (…)": the list label names the issuer.
			return { source: 'before', span: undefined };
		}
		if (LABEL_ISSUER.test(labelOf(citation))) {
			// "Các văn bản của UBND tỉnh áp dụng bao gồm: Quyết định số …; Quyết định số …": the label names the
			// issuer of every document of its list.
			return { source: 'before', span: undefined };
		}
		if (context.ownGroup !== undefined && issuerGroup(citation) === context.ownGroup) {
			// A document of the letter's own issuer, known by its ký hiệu, needs no issuer named.
			return { source: 'implied', span: undefined };
		}
		return undefined;
	}

	private findSubject(): FoundPart | undefined {
		const { citation, group } = this;
		const { last, before } = group;
		const subject = citation.subject ?? group.subject;
		if (subject) {
			return { source: subject === citation.subject ? 'own' : this.shared, span: subject };
		}
		if (before.subject) {
			return before.subject;
		}
		if (SUBJECT_AHEAD.test(group.ahead.near) || SUBJECT_FURTHER.test(group.ahead.further)) {
			return { source: citation === last ? 'own' : 'list', span: undefined };
		}
		return undefined;
	}
}

/** Each citation of the letter, in order, against the first-citation rule. */
export function citationCompleteness(letter: Pick<Letter, 'citations'> & Partial<Pick<Letter, 'so'>>): CitationCompleteness[] {
	const citations = letter.citations;
	const results: CitationCompleteness[] = [];
	if (citations.length === 0) {
		return results;
	}
	const context = new LetterContext(letter.so);
	// The part ends are needed only when a clause before a citation is read, paragraph after paragraph: those of
	// the paragraph asked last are kept (a later reading of an earlier one, by the hover, reads them again).
	let endsParagraph = -1;
	let ends: readonly number[] = [];
	const endsIn = (paragraph: number): readonly number[] => {
		if (paragraph !== endsParagraph) {
			ends = partEnds(citations, paragraph);
			endsParagraph = paragraph;
		}
		return ends;
	};
	const stops: SubjectStops = { text: undefined, from: -1, at: -1 };
	// The group of each citation: lists (consecutive citations of one type, "Chỉ thị số 05/CT-TTg, 06/CT-TTg")
	// joined by ",", "và" or ";", each with what its last citation and its clause give.
	const groups: Group[] = [];
	for (let first = 0, i = 1; i <= citations.length; i++) {
		const next = citations[i];
		const last = citations[i - 1] as Citation;
		if (next && (next.listIndex > 0 || joins(last, next, next.type.map.text))) {
			continue;
		}
		const group = new Group(citations[first] as Citation, last, endsIn, stops);
		while (groups.length < i) {
			groups.push(group);
		}
		first = i;
	}
	const seen = new Map<string, Citation>();
	const keys: string[] = [];
	for (let from = 0; from < citations.length;) {
		// The list from..to (exclusive) is checked against the citations before it, so a number repeated inside it is first twice.
		let to = from + 1;
		while (to < citations.length && (citations[to] as Citation).listIndex > 0) {
			to++;
		}
		keys.length = 0;
		for (let i = from; i < to; i++) {
			keys.push(citationKey(citations[i] as Citation));
		}
		for (let i = from; i < to; i++) {
			const citation = citations[i] as Citation;
			const key = keys[i - from] as string;
			results.push(new Completeness(citation, key, seen.get(key), groups[i] as Group, context));
		}
		for (let i = from; i < to; i++) {
			const citation = citations[i] as Citation;
			const key = keys[i - from] as string;
			if (!seen.has(key)) {
				seen.set(key, citation);
			}
			context.earlier.push({ citation, key });
		}
		from = to;
	}
	return results;
}

/**
 * A list of numbers after one type name ("Chỉ thị số 05/CT-TTg, 06/CT-TTg"), judged and reported once by
 * citation-incomplete and citation-missing-trich-yeu, with what both read of it.
 */
export interface CitationList {
	/** The citations of the list, in order. */
	readonly entries: CitationCompleteness[];
	/** The first citations of the list that lack a part, in order. */
	readonly lacking: CitationCompleteness[];
	/** The parts they lack, each once, in the order first met. */
	readonly missing: CitationPart[];
	/** Whether one of them lacks its date or issuer (citation-incomplete's), not only its trích yếu. */
	readonly beyondSubject: boolean;
}

/** The citations of a letter grouped by list (CitationList), in order. */
export function citationLists(letter: Pick<Letter, 'citations'> & Partial<Pick<Letter, 'so'>>): CitationList[] {
	// Two rules read the same lists of the same letter: they are computed once per letter.
	// A letter keeps the lists in its memo; a bare list of citations (tests) is read every time.
	const memo = (letter as Partial<Pick<Letter, 'memo'>>).memo as Map<typeof LISTS, CitationList[]> | undefined;
	const cached = memo?.get(LISTS);
	if (cached) {
		return cached;
	}
	const lists: CitationList[] = [];
	const entries = citationCompleteness(letter);
	for (let from = 0; from < entries.length;) {
		const listEntries: CitationCompleteness[] = [];
		const lacking: CitationCompleteness[] = [];
		const missing: CitationPart[] = [];
		let beyondSubject = false;
		// One plain loop, once per letter: the two rules only read the summary.
		for (let i = from; i < entries.length && (i === from || (entries[i] as CitationCompleteness).citation.listIndex > 0); i++) {
			const entry = entries[i] as CitationCompleteness;
			listEntries.push(entry);
			if (entry.missing.length === 0) {
				continue;
			}
			lacking.push(entry);
			for (const part of entry.missing) {
				if (!missing.includes(part)) {
					missing.push(part);
				}
				beyondSubject ||= part !== 'subject';
			}
		}
		lists.push({ entries: listEntries, lacking, missing, beyondSubject });
		from += listEntries.length;
	}
	memo?.set(LISTS, lists);
	return lists;
}

const LISTS = memoKey<CitationList[]>('citationLists');

/**
 * The numbers of the first citations a list lacks parts for, joined by ", " ("05/CT-TTg, 06/CT-TTg"), as both
 * rules quote them. A plain loop: the array that `map` gives before `join` changed its elements kind between
 * letters and sent the optimised checks back to the interpreter ("wrong map").
 */
export function lackingNumbers(list: CitationList): string {
	let numbers = '';
	for (let i = 0; i < list.lacking.length; i++) {
		numbers += (i > 0 ? ', ' : '') + (list.lacking[i] as CitationCompleteness).citation.number.text;
	}
	return numbers;
}
