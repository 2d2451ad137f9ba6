// Names that letters often capitalise wrongly, with their right form. A small table of known cases,
// not a general capitalisation checker: hard-wrapped lines start with lower case everywhere, and most
// capitalisation depends on meaning (a generic "ban chỉ đạo" against the name "Ban Chỉ đạo …").
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục II (reference R5.8).

/** What to do when the wrong form starts a sentence, where its first letter is capitalised anyway. */
export type AtSentenceStart =
	/** Report it as anywhere else. */
	| 'report'
	/** Never report it: at a sentence start the written form is right. */
	| 'ignore'
	/** Report it only when the next word is capitalised (a name or an agency follows: a title, not a common noun). */
	| 'when-next-capitalised';

/** One wrongly capitalised name. `wrong` and `right` differ only in letter case, letter for letter. */
export interface ProperNameCase {
	/** The wrong form, matched case-sensitively as whole words. */
	wrong: string;
	/** The right form inside a sentence. */
	right: string;
	/** The right form at the start of a sentence, when it differs from `right`. */
	rightAtSentenceStart?: string;
	/** Whether a sentence-initial match is reported; 'report' when absent. */
	atSentenceStart?: AtSentenceStart;
	/** The clause of Phụ lục II, for the message. */
	basis: string;
}

const AGENCY = 'Phụ lục II, Mục IV.1.a';
const TITLE = 'Phụ lục II, Mục V.3';
const TET = 'Phụ lục II, Mục V.8.b';
// Viện dẫn phần, chương, mục, tiểu mục, điều của một văn bản cụ thể: viết hoa chữ cái đầu; khoản, điểm viết thường.
const PARTS = 'Phụ lục II, Mục V.7';

/** A part of a document cited by its number ("điều 3", "Khoản 2 Điều 5"), with a pattern instead of a fixed string. */
export interface DocumentPartCase {
	/** Matches the wrong word, followed (lookahead) by what makes it a citation of a part. */
	pattern: RegExp;
	/** The wrong word the pattern matches, as written: a text without it is not searched. */
	word: string;
	/** The right form of the matched word. */
	right: string;
	/** Whether a match at the start of a sentence is reported (a capital there is right for khoản and điểm). */
	atSentenceStart: boolean;
	basis: string;
}

/**
 * Parts of a document cited by number: "Điều" is capitalised, "khoản" and "điểm" are not inside a sentence
 * (reference R5.8: "điểm a khoản 2 Điều 103"). Only a word followed by its number, and for khoản and điểm by the
 * part it belongs to, is matched.
 */
export const DOCUMENT_PART_CASES: readonly DocumentPartCase[] = [
	{ pattern: /(?<![\p{L}\p{N}])điều(?= \d)/gu, word: 'điều', right: 'Điều', atSentenceStart: true, basis: PARTS },
	{ pattern: /(?<![\p{L}\p{N}])Khoản(?= \d{1,2} (?:Điều|điều) \d)/gu, word: 'Khoản', right: 'khoản', atSentenceStart: false, basis: PARTS },
	{ pattern: /(?<![\p{L}\p{N}])Điểm(?= [a-zđ] (?:khoản|Khoản) \d)/gu, word: 'Điểm', right: 'điểm', atSentenceStart: false, basis: PARTS },
];

/** The table. Entries never overlap, so a place in the text is reported at most once. */
export const PROPER_NAME_CASES: readonly ProperNameCase[] = [
	// "Bộ Y tế": the type of agency and its field are capitalised (IV.1.a). "cán bộ y tế" (health
	// workers) starts with a lower-case "bộ" and is not matched.
	{ wrong: 'Bộ y tế', right: 'Bộ Y tế', basis: AGENCY },
	{ wrong: 'Bộ Y Tế', right: 'Bộ Y tế', basis: AGENCY },
	// "Ban Chỉ đạo trung ương về Phòng chống tham nhũng" is the decree's own example. A generic "ban chỉ
	// đạo" is lower case; a capital "B" inside a sentence shows that a name is meant.
	{ wrong: 'Ban chỉ đạo', right: 'Ban Chỉ đạo', atSentenceStart: 'when-next-capitalised', basis: AGENCY },
	{ wrong: 'Ban Chỉ Đạo', right: 'Ban Chỉ đạo', basis: AGENCY },
	// "Cục Thuế tỉnh …", "Văn phòng Sở", "Thủ tướng Chính phủ": the field of a body is capitalised, the word
	// "phòng" of "Văn phòng" is not (IV.1.a; reference H9). Lower-case "cục thuế" (generic) is not matched.
	{ wrong: 'Cục thuế', right: 'Cục Thuế', basis: AGENCY },
	{ wrong: 'Văn Phòng', right: 'Văn phòng', basis: AGENCY },
	{ wrong: 'Thủ tướng chính phủ', right: 'Thủ tướng Chính phủ', basis: AGENCY },
	// A title before a person's or an agency's name is capitalised: "Phó Chủ tịch UBND tỉnh" (V.3).
	{ wrong: 'Phó chủ tịch', right: 'Phó Chủ tịch', atSentenceStart: 'when-next-capitalised', basis: TITLE },
	{ wrong: 'Chủ Tịch', right: 'Chủ tịch', basis: TITLE },
	// Festivals: "tết Nguyên đán"; "Tết" alone stands for tết Nguyên đán (V.8.b).
	{ wrong: 'Tết Nguyên đán', right: 'tết Nguyên đán', atSentenceStart: 'ignore', basis: TET },
	{ wrong: 'Tết nguyên đán', right: 'tết Nguyên đán', rightAtSentenceStart: 'Tết Nguyên đán', basis: TET },
	{ wrong: 'tết nguyên đán', right: 'tết Nguyên đán', basis: TET },
	{ wrong: 'Tết Nguyên Đán', right: 'tết Nguyên đán', rightAtSentenceStart: 'Tết Nguyên đán', basis: TET },
];
