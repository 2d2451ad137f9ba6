// Địa danh ở dòng địa danh, ngày tháng là tên gọi chính thức của đơn vị hành chính; đơn vị hành chính
// đặt theo tên người, bằng chữ số hoặc sự kiện lịch sử phải ghi tên gọi đầy đủ: "Thành phố Hồ Chí Minh",
// không viết "TP. Hồ Chí Minh", "TP.HCM"; "Quận 1", không viết "Q.1".
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.4.a (reference R3.4).
// Only the place of the header date line is checked: "TP.HCM" in the body or in Nơi nhận is fine.
import type { Rule, Suggestion } from '../types';

// An abbreviation of an administrative word: "TP", "Tp", "T.P", "TX", "TT", "HCM", "TPHCM" as whole
// tokens, or one capital with a dot ("Q.", "P.", "H.", "T."). A single capital needs its dot, so that
// an upper-case name ("HÀ NỘI") and a real word ("Quảng Ninh", "Huế") never match.
const ABBREVIATION = /(?<![\p{L}\p{N}])(?:(?:T\.?P|Tp|tp|T\.?X|Tx|TT|Tp\.?HCM|TPHCM|HCM)(?![\p{L}\p{N}])|[QPHT]\.)/u;
// The whole place is Ho Chi Minh City written short.
const HO_CHI_MINH = /^(?:T\.?P|Tp|tp)?\.?\s*(?:HCM|Hồ\s+Chí\s+Minh)$/u;
// Prefix abbreviations with their full words, for the suggestion.
const PREFIXES: readonly { pattern: RegExp; words: string }[] = [
	{ pattern: /^(?:T\.?P|Tp|tp)\.?\s*(?=\p{Lu})/u, words: 'Thành phố ' },
	{ pattern: /^(?:T\.?X|Tx)\.?\s*(?=\p{Lu})/u, words: 'Thị xã ' },
	{ pattern: /^Q\.\s*(?=[\p{Lu}\p{N}])/u, words: 'Quận ' },
	{ pattern: /^P\.\s*(?=[\p{Lu}\p{N}])/u, words: 'Phường ' },
];

export default {
	id: 'place-abbreviated',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.4.a',
	description:
		'Địa danh ở dòng địa danh, ngày tháng phải là tên gọi chính thức, đầy đủ của đơn vị hành chính, không viết tắt ("Thành phố Hồ Chí Minh", không viết "TP. HCM").',
	defaultSeverity: 'warning',
	fixable: false,
	judges: ['date'],
	messages: {
		abbreviated:
			'Địa danh "{place}" có chữ viết tắt "{abbreviation}": ghi tên gọi đầy đủ của đơn vị hành chính (ví dụ "Thành phố Hồ Chí Minh", "Quận 1").',
	},
	check(ctx) {
		const place = ctx.letter.date?.place;
		if (!place) {
			return;
		}
		const match = ABBREVIATION.exec(place.text);
		if (!match) {
			return;
		}
		const suggestions: Suggestion[] = [];
		const full = expand(place.text);
		if (full !== undefined) {
			suggestions.push({ message: `Viết đầy đủ: "${full}".`, edits: [{ range: place.range, text: full }] });
		}
		ctx.report({
			messageId: 'abbreviated',
			data: { place: place.text, abbreviation: match[0] },
			range: place.range,
			suggestions,
		});
	},
} satisfies Rule;

/** The place written in full, when the abbreviation is a known prefix; otherwise undefined. */
function expand(place: string): string | undefined {
	if (HO_CHI_MINH.test(place)) {
		return 'Thành phố Hồ Chí Minh';
	}
	for (const { pattern, words } of PREFIXES) {
		const match = pattern.exec(place);
		if (match) {
			const rest = place.slice(match[0].length);
			return ABBREVIATION.test(rest) ? undefined : words + rest;
		}
	}
	return undefined;
}
