// Chữ viết tắt tên đơn vị soạn thảo ghi ở dòng "- Lưu: VT, …" thường trùng với nhóm chữ cuối của ký hiệu văn bản
// (công văn "Số: 283/STNMT-VP" và "- Lưu: VT, VP."). Quy tắc chỉ báo khi hai chữ viết tắt gần như giống nhau mà không
// trùng ("QLVHGĐ" ở ký hiệu và "QLVHGD" ở dòng Lưu), vì đó gần như chắc chắn là lỗi gõ; hai đơn vị khác hẳn nhau là
// bình thường (nhóm thứ hai của ký hiệu công văn có thể là lĩnh vực, không phải đơn vị soạn thảo).
// Nghị định không đòi hai chỗ phải trùng nhau, nên đây là cảnh báo.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3.b và II.9.d (reference R1.3, R7.3).
import { subRange, type Span } from '../letter';
import type { KyHieuGroup } from '../letter/so-ky-hieu';
import { foldAbbreviation, withinOneEdit } from '../text';
import type { Rule } from '../types';

// A group of letters (and "&"), whole or at the start, and a lower-case letter. Compiled once: esbuild turns a
// literal with \p{…} into a `new RegExp` call, which would run for every group and item.
const LETTER_GROUP = /^[\p{L}&]+$/u;
const LEADING_LETTERS = /^[\p{L}&]+/u;
const LOWER = /\p{Ll}/u;

/**
 * Whether `unit` is a near miss of `group`: equal after folding, or one edit apart when both are long. The folded
 * forms (foldAbbreviation) are passed in, each computed once rather than for every pair.
 */
function nearMiss(unit: string, a: string, group: string, b: string): boolean {
	if (unit === group) {
		return false;
	}
	// Short abbreviations one letter apart ("VP" and "VX") are usually two real units.
	return a === b || (Math.min(a.length, b.length) >= 5 && withinOneEdit(a, b));
}

/**
 * Whether an item of the Lưu line could be reported: a unit in capitals, not "VT", not written exactly as a group
 * of the ký hiệu. Most letters have none ("- Lưu: VT, VP." under "…/UBND-VP"); this is known here with plain
 * loops, before the lists the check builds.
 */
function hasCandidate(items: readonly { text: string }[], groups: readonly KyHieuGroup[]): boolean {
	for (const item of items) {
		const unit = LEADING_LETTERS.exec(item.text)?.[0] ?? '';
		if (unit === '' || unit === 'VT' || LOWER.test(unit)) {
			continue;
		}
		let exact = false;
		for (const group of groups) {
			if (group.span.text === unit && LETTER_GROUP.test(group.span.text)) {
				exact = true;
				break;
			}
		}
		if (!exact) {
			return true;
		}
	}
	return false;
}

export default {
	id: 'noi-nhan-unit-mismatch',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3.b, II.9.d',
	description:
		'Chữ viết tắt đơn vị ở dòng "- Lưu:" gần giống nhưng không trùng với nhóm chữ tương ứng trong ký hiệu văn bản (thường là lỗi gõ).',
	defaultSeverity: 'warning',
	fixable: false,
	// Judged against the Số line's units (it needs both the Số and the Nơi nhận, so either part would do).
	judges: ['so'],
	messages: {
		nearMiss: 'Đơn vị "{unit}" ở dòng Lưu gần giống nhưng không trùng với "{group}" trong ký hiệu "{kyHieu}".',
	},
	check(ctx) {
		const { letter } = ctx;
		const kyHieu = letter.so?.kyHieu;
		const luu = letter.closing.luu;
		if (!kyHieu || !luu || !hasCandidate(luu.items, letter.so?.number?.groups ?? [])) {
			return;
		}
		// The units of the Lưu line: the letters at the start of each item ("VP(TVTT)" → "VP", "HC (2)" → "HC").
		const units = luu.items
			.map((item) => ({ ...item, text: LEADING_LETTERS.exec(item.text)?.[0] ?? '' }))
			.filter((u) => u.text !== '' && u.text !== 'VT');
		// The groups of the ký hiệu as the one reader found them (letter/so-ky-hieu.ts).
		const groups = (letter.so?.number?.groups ?? []).map((g) => g.span).filter((g) => LETTER_GROUP.test(g.text));
		const folded = groups.map((g) => foldAbbreviation(g.text));
		const exact = new Set(units.map((u) => u.text).filter((u) => groups.some((g) => g.text === u)));
		for (const unit of units) {
			// Drafter initials ("Đt") are in lower case by habit; they are not units.
			if (LOWER.test(unit.text) || exact.has(unit.text)) {
				continue;
			}
			const unitFolded = foldAbbreviation(unit.text);
			const group = groups.find((g, k) => nearMiss(unit.text, unitFolded, g.text, folded[k] as string) && !exact.has(g.text));
			const line = luu.entry.lines[unit.line] as Span;
			if (!group) {
				continue;
			}
			const range = subRange(line, unit.start, unit.start + unit.text.length);
			ctx.report({
				messageId: 'nearMiss',
				data: { unit: unit.text, group: group.text, kyHieu: kyHieu.text },
				range,
				related: [{ range: group.range, message: `"${group.text}" trong ký hiệu văn bản.` }],
				suggestions: [{ message: `Sửa thành "${group.text}" như trong ký hiệu.`, edits: [{ range, text: group.text }] }],
			});
		}
	},
} satisfies Rule;
