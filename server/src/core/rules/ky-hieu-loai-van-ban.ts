// Ký hiệu của văn bản có tên loại bắt đầu bằng chữ viết tắt tên loại (QĐ ↔ QUYẾT ĐỊNH, KH ↔ KẾ HOẠCH, TTr ↔
// TỜ TRÌNH …); ký hiệu của công văn không có chữ viết tắt tên loại, và "CV" không phải chữ viết tắt tên loại
// ("Số: 12/CV-UBND" là sai). Bảng chữ viết tắt chọn theo ngày của văn bản: Nghị định 30 từ 05/3/2020 (và dự
// thảo chưa ghi ngày), Thông tư 01/2011 trước đó (GN, TTh, UQ, NP …).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3.b; Phụ lục III, Mục I (reference R1.2, R1.3, §2, §9).
import { AGENCY_LIKE_ABBREVIATIONS, DOCUMENT_TYPES, type DocumentType } from '../data/document-types';
import { beforeNd30 } from '../dates';
import type { Rule } from '../types';

// Abbreviations that agencies also use as their own first group (the citation rules' list, plus Thanh tra
// "TTr-…"): in a công văn they most likely name the agency, so they are not reported there.
const AGENCY_LIKE = new Set([...AGENCY_LIKE_ABBREVIATIONS, 'TTR']);

const upper = (s: string): string => s.toUpperCase();

// The types by their Nghị định 30 abbreviation in capitals, the first of the table for each, built once rather
// than upper-casing the whole table on every letter.
const TYPE_BY_ABBREVIATION = new Map<string, DocumentType>();
for (const type of DOCUMENT_TYPES) {
	if (type.abbreviation !== undefined && !TYPE_BY_ABBREVIATION.has(upper(type.abbreviation))) {
		TYPE_BY_ABBREVIATION.set(upper(type.abbreviation), type);
	}
}

// A group of letters only. Compiled once: esbuild turns a literal with \p{…} into a `new RegExp` call on every use.
const LETTERS = /^\p{L}+$/u;

/** The type whose Nghị định 30 abbreviation is `group`, if any. */
function typeOfAbbreviation(group: string): DocumentType | undefined {
	return TYPE_BY_ABBREVIATION.get(upper(group));
}

export default {
	id: 'ky-hieu-loai-van-ban',
	category: 'viet-tat',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3.b; Phụ lục III, Mục I',
	description:
		'Ký hiệu của văn bản có tên loại bắt đầu bằng chữ viết tắt của tên loại đó (QĐ, KH, TTr …); ký hiệu của công văn không có chữ viết tắt tên loại và không dùng "CV".',
	defaultSeverity: 'error',
	fixable: false,
	messages: {
		mismatch:
			'Ký hiệu "{symbol}" không khớp tên loại {typeName}: ký hiệu phải bắt đầu bằng chữ viết tắt "{expected}" (ví dụ "{expected}-{agency}").',
		otherType: '"{value}" là chữ viết tắt của {other}, nhưng văn bản có tên loại {typeName}: ký hiệu phải bắt đầu bằng "{expected}".',
		oldAbbreviation:
			'"{value}" là chữ viết tắt của {typeName} theo Thông tư 01/2011; từ ngày 05/3/2020 (Nghị định 30/2020/NĐ-CP) viết là "{expected}".',
		notFirst: 'Chữ viết tắt tên loại "{expected}" phải đứng đầu ký hiệu, trước chữ viết tắt tên cơ quan ("{expected}-{agency}").',
		congVanCv:
			'Công văn không có chữ viết tắt tên loại, "CV" cũng không phải chữ viết tắt tên loại: ký hiệu gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo (ví dụ "{agency}-VP").',
		congVanType:
			'"{value}" là chữ viết tắt của {other}, nhưng văn bản không có tên loại (công văn). Nếu là {other}, hãy ghi tên loại ở phần đầu; nếu là công văn, ký hiệu gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo.',
	},
	check(ctx) {
		const { letter } = ctx;
		const symbol = letter.header.kyHieu;
		const first = symbol?.groups[0];
		// A blank or placeholder group ("…/QĐ-…" keeps its type; "…" alone says nothing).
		if (!symbol || first === undefined || !LETTERS.test(first)) {
			return;
		}
		const parts = letter.header;
		const old = beforeNd30(letter.issueDate);
		const type = parts.typeName?.type;
		const related = parts.typeName ? [{ range: parts.typeName.span.range, message: 'Tên loại văn bản' }] : undefined;
		const expected = type ? (old ? (type.oldAbbreviation ?? type.abbreviation) : type.abbreviation) : undefined;
		if (type && expected !== undefined) {
			// Thông tư 01/2011 is known only from secondary sources: before 05/03/2020 accept both forms (reference §9).
			const accepted = old ? [type.abbreviation, type.oldAbbreviation].filter((a): a is string => a !== undefined) : [expected];
			const other = typeOfAbbreviation(first);
			// A longer group that starts with the abbreviation ("HĐLĐ", "HĐKT") names a kind of that type.
			const ok = accepted.some((a) => upper(first) === upper(a) || (upper(first).startsWith(upper(a)) && !other));
			if (ok) {
				return;
			}
			// The agency's abbreviation, for the example in the message: the group after a wrong type
			// abbreviation, else the first group itself ("12/UBND-VP" under QUYẾT ĐỊNH).
			const agency = other ? (symbol.groups[1] ?? first) : first;
			const data = { value: first, symbol: symbol.span.text, typeName: type.name, expected, agency };
			if (!old && type.oldAbbreviation !== undefined && upper(type.oldAbbreviation) === upper(first)) {
				ctx.report({ messageId: 'oldAbbreviation', data, range: symbol.first.range, ...(related ? { related } : {}) });
			} else if (symbol.groups.slice(1).some((g) => accepted.some((a) => upper(a) === upper(g)))) {
				ctx.report({ messageId: 'notFirst', data, range: symbol.span.range, ...(related ? { related } : {}) });
			} else if (other && other !== type) {
				ctx.report({
					messageId: 'otherType',
					data: { ...data, other: other.name },
					range: symbol.first.range,
					...(related ? { related } : {}),
				});
			} else {
				ctx.report({ messageId: 'mismatch', data, range: symbol.first.range, ...(related ? { related } : {}) });
			}
			return;
		}
		// Otherwise only a công văn's ký hiệu is checked; a type that Nghị định 30 dropped (GIẤY CHỨNG NHẬN …) has
		// nothing to compare with.
		if (!letter.header.congVan) {
			return;
		}
		if (upper(first) === 'CV') {
			ctx.report({ messageId: 'congVanCv', data: { value: first, agency: symbol.groups[1] || 'UBND' }, range: symbol.first.range });
			return;
		}
		const other = typeOfAbbreviation(first);
		if (other && !AGENCY_LIKE.has(upper(first))) {
			ctx.report({ messageId: 'congVanType', data: { value: first, other: other.name }, range: symbol.first.range });
		}
	},
} satisfies Rule;
