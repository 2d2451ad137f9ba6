// Chữ viết tắt tên đơn vị (nhóm cuối của ký hiệu công văn, đơn vị soạn thảo ở dòng "- Lưu: VT, …") do người đứng
// đầu cơ quan quy định; nhóm ghi danh sách đó vào hồ sơ nhóm `.congvan/profile.json` ("donVi"). Một chữ viết tắt
// không có trong danh sách thường là lỗi gõ ("QLVHGD" thay cho "QLVHGĐ") hoặc đơn vị của cơ quan khác.
// Quy tắc chỉ chạy khi có hồ sơ nhóm liệt kê đơn vị.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3.b (chữ viết tắt tên đơn vị do người đứng đầu cơ quan
// quy định) và Mục II.9.d (dòng Lưu) (reference R1.3, R1.6, R7.3).
import { DOCUMENT_TYPES } from '../data/document-types';
import { subRange, type Letter, type Span } from '../letter';
import type { ProfileUnit, Range, Rule, Suggestion } from '../types';
import { luuIndex, luuItems } from './noi-nhan-luu';

/** A unit abbreviation found in the letter, with its range in the original text. */
export interface UnitMention {
	text: string;
	range: Range;
}

/**
 * The drafting unit in the ký hiệu: its last group when one follows the issuer ("UBND-VX", "QĐ-BNN-PC").
 * A named document's "QĐ-UBND" ends with the issuer, so it has none; nor does a ký hiệu of one group.
 */
export function kyHieuUnit(letter: Letter): UnitMention | undefined {
	const value = letter.so?.value;
	const slash = value?.text.lastIndexOf('/') ?? -1;
	if (!value || slash < 0) {
		return undefined;
	}
	const groups: { text: string; start: number }[] = [];
	let at = slash + 1;
	for (const part of value.text.slice(slash + 1).split('-')) {
		const text = part.trim();
		if (!/^[\p{L}\p{N}&]+$/u.test(text)) {
			return undefined;
		}
		groups.push({ text, start: at + part.indexOf(text) });
		at += part.length + 1;
	}
	const first = groups[0]?.text;
	// A named type's ký hiệu starts with the type abbreviation; a công văn's (with its "V/v") with the issuer.
	const typed = letter.typeName
		? first === letter.typeName.type.abbreviation
		: !letter.trichYeu?.label && DOCUMENT_TYPES.some((t) => t.abbreviation === first || t.oldAbbreviation === first);
	const last = groups[groups.length - 1];
	if (!last || groups.length < (typed ? 3 : 2)) {
		return undefined;
	}
	return { text: last.text, range: subRange(value, last.start, last.start + last.text.length) };
}

/** The units on the Lưu line: the capitals at the start of each item after "VT" ("VP(TVTT)" → "VP", "HC (2)" → "HC"). */
export function luuUnits(letter: Letter): UnitMention[] {
	const entries = letter.noiNhan?.entries ?? [];
	const luu = entries[luuIndex(entries)];
	if (!luu) {
		return [];
	}
	const units: UnitMention[] = [];
	for (const item of luuItems(luu)) {
		const text = /^[\p{L}\p{N}&]+/u.exec(item.text)?.[0] ?? '';
		// Drafter initials ("Đt") and "Hồ sơ" of a biên bản have lower case; they are not units.
		if (text === '' || text === 'VT' || /\p{Ll}/u.test(text)) {
			continue;
		}
		const line = luu.lines[item.line] as Span;
		units.push({ text, range: subRange(line, item.start, item.start + text.length) });
	}
	return units;
}

/** The comparison key of two abbreviations: capitals, Đ as D, no diacritics. */
function fold(s: string): string {
	return s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/Đ/gu, 'D');
}

/** Whether two strings are at most one insertion, deletion or substitution apart. */
function withinOneEdit(a: string, b: string): boolean {
	if (Math.abs(a.length - b.length) > 1) {
		return false;
	}
	let i = 0;
	while (i < a.length && i < b.length && a[i] === b[i]) {
		i++;
	}
	return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** The listed units that `text` is probably a typo of: equal after folding, or one edit apart when long. */
function closeUnits(text: string, units: readonly ProfileUnit[]): ProfileUnit[] {
	const key = fold(text);
	const folded = units.filter((u) => fold(u.kyHieu) === key);
	if (folded.length > 0) {
		return folded;
	}
	return key.length >= 4 ? units.filter((u) => withinOneEdit(fold(u.kyHieu), key)) : [];
}

export default {
	id: 'unknown-unit',
	category: 'viet-tat',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3.b, II.9.d; hồ sơ nhóm .congvan/profile.json',
	description: 'Chữ viết tắt đơn vị trong ký hiệu (nhóm cuối) và ở dòng "- Lưu:" phải là một đơn vị có trong hồ sơ nhóm (.congvan/profile.json, "donVi"); chỉ kiểm tra khi có hồ sơ nhóm.',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		inKyHieu: 'Đơn vị "{unit}" trong ký hiệu không có trong danh sách đơn vị của hồ sơ nhóm ({known}).',
		inLuu: 'Đơn vị "{unit}" ở dòng Lưu không có trong danh sách đơn vị của hồ sơ nhóm ({known}).',
	},
	check(ctx) {
		const { letter, profile } = ctx;
		const units = profile?.donVi ?? [];
		if (units.length === 0) {
			return;
		}
		const known = new Set(units.map((u) => u.kyHieu.normalize('NFC')));
		// The issuing body's own abbreviation is not a unit, but it is not unknown to the team either.
		if (profile?.kyHieuCoQuan) {
			known.add(profile.kyHieuCoQuan.normalize('NFC'));
		}
		const list = units.length <= 12 ? units.map((u) => u.kyHieu).join(', ') : `${units.slice(0, 12).map((u) => u.kyHieu).join(', ')}, …`;
		const check = (mention: UnitMention | undefined, messageId: 'inKyHieu' | 'inLuu'): void => {
			if (!mention || known.has(mention.text)) {
				return;
			}
			const suggestions: Suggestion[] = closeUnits(mention.text, units).map((u) => ({
				message: `Sửa thành "${u.kyHieu}" (${u.ten}).`,
				edits: [{ range: mention.range, text: u.kyHieu }],
			}));
			ctx.report({ messageId, data: { unit: mention.text, known: list }, range: mention.range, suggestions });
		};
		check(kyHieuUnit(letter), 'inKyHieu');
		for (const unit of luuUnits(letter)) {
			check(unit, 'inLuu');
		}
	},
} satisfies Rule;
