// Họ tên người ký viết bằng chữ in thường, hoa chữ cái đầu của mỗi tiếng ("Nguyễn Văn An"), không viết in hoa
// toàn bộ ("NGUYỄN VĂN AN").
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.7.đ ("Họ và tên của người ký … bằng chữ in thường")
// và Phụ lục II, Mục II.1.a (viết hoa chữ cái đầu của tất cả các âm tiết trong tên người) (reference R6.2).
import type { Signature, Span } from '../letter';
import { subRange } from '../letter';
import type { Rule } from '../types';
import { matchPrefix, replacement } from './signing-prefix';

// Academic degrees, ranks and honorary titles written before a name (reference R6.3): "TS.", "ThS.", "PGS.TS.",
// "GS.", "KS.", "BS.CKII", "NGƯT". No Vietnamese syllable is spelt like one of these, so a name cannot start with
// one; each must still be followed by a period, a comma or a space.
const DEGREE = /^(?:(?:PGS|GS|TSKH|TS|Th\.?S|KTS|KS|BSCKII|BSCKI|BS|DS|LS|CN|CKII|CKI|NG[ƯU]T|NGND|NS[ƯU]T|NSND|TT[ƯU]T|TTND)(?:[.,][ \t]*|[ \t]+(?:[.,][ \t]*)?))+/iu;

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

// The placeholder of templates and snippets, to be replaced by the name.
const PLACEHOLDER = /^(?:Họ[ \t]+(?:và[ \t]+)?tên|HỌ[ \t]+(?:VÀ[ \t]+)?TÊN)$/u;

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
	if (words.length === 0 || words.length > 6 || !words.every((w) => /^\p{L}+(?:['’-]\p{L}+)*$/u.test(w))) {
		return undefined;
	}
	return words;
}

/** The length of a degree at the start of `text` when a name follows it, else 0. */
export function degreeLength(text: string): number {
	const match = DEGREE.exec(text);
	if (!match || match[0].length >= text.length || !nameWords(text.slice(match[0].length))) {
		return 0;
	}
	// The name itself must start with a capital (the "i" flag would let \p{Lu} match any letter).
	return /^\p{Lu}/u.test(text.slice(match[0].length)) ? match[0].length : 0;
}

/** Whether a line in capitals is a person's name: two to six words, a known family name, no title word. */
export function isNameInCapitals(text: string): boolean {
	const words = nameWords(text);
	if (!words || words.length < 2 || /\p{Ll}/u.test(text)) {
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
export function findSignerName(signature: Signature): SignerName | undefined {
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
export function titleLinesOf(signature: Signature): Span[] {
	const name = findSignerName(signature);
	return name?.inCapitals ? signature.titleLines.filter((s) => s !== name.span) : signature.titleLines;
}

/**
 * Vietnamese title case for a name: the first letter of each word in capitals, the rest in lower case, and a
 * capital after an apostrophe ("H'Hen"). Parts joined by hyphens stay in lower case ("Vla-đi-mia"), as Phụ lục II,
 * Mục II.2.b writes transcribed names.
 */
export function titleCase(text: string): string {
	return text.replace(/\S+/gu, (word) =>
		word
			.toLowerCase()
			.replace(/^\p{L}|(?<=['’])\p{L}/gu, (letter) => letter.toUpperCase()),
	);
}

// A name word written correctly: a capital, then lower case; after a hyphen or an apostrophe either case.
const WELL_FORMED_WORD = /^\p{Lu}\p{Ll}*(?:['’-]\p{L}\p{Ll}*)*$/u;

export default {
	id: 'signature-name-case',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.7.đ; Phụ lục II, Mục II.1.a',
	description: 'Họ tên người ký viết chữ in thường, hoa chữ cái đầu mỗi tiếng ("Nguyễn Văn An"), không viết in hoa toàn bộ.',
	defaultSeverity: 'warning',
	fixable: true,
	messages: {
		upperCase: 'Họ tên người ký "{found}" không viết in hoa toàn bộ; viết là "{expected}".',
		notCapitalised: 'Họ tên người ký "{found}" phải viết hoa chữ cái đầu của mỗi tiếng: "{expected}".',
	},
	check(ctx) {
		const { letter } = ctx;
		const signature = letter.signature;
		if (!signature) {
			return;
		}
		const name = findSignerName(signature);
		// A name without any title line above it is a truncated block (signature-incomplete), not a name to recase.
		if (!name || titleLinesOf(signature).length === 0) {
			return;
		}
		const text = name.span.text.slice(name.degreeEnd);
		if (!nameWords(text) || PLACEHOLDER.test(text)) {
			return;
		}
		const expected = titleCase(text);
		if (expected === text || (!name.inCapitals && text.split(/[ \t]+/u).every((w) => WELL_FORMED_WORD.test(w)))) {
			return;
		}
		const range = subRange(name.span, name.degreeEnd);
		ctx.report({
			messageId: /\p{Ll}/u.test(text) ? 'notCapitalised' : 'upperCase',
			data: { found: text, expected },
			range,
			...replacement(letter, range, expected, `Sửa thành "${expected}".`),
		});
	},
} satisfies Rule;
