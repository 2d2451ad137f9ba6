// Dòng cuối cùng của phần Nơi nhận là dòng lưu: chữ "Lưu", dấu hai chấm, chữ viết tắt "VT" (Văn thư), rồi đơn vị
// soạn thảo và số bản lưu: "- Lưu: VT, TCCB.", "- Lưu: VT, HC (2).". Giấy giới thiệu chỉ có "- Lưu: VT.", Biên bản
// có "- Lưu: VT, Hồ sơ."; ký hiệu người soạn thảo và số bản phát hành thường được ghi tiếp vào dòng này
// ("VP(TVTT)", "Đt(6)"), đều được chấp nhận.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d (ô số 9b) và Mục III.3 (reference R7.3).
import type { LuuLine } from '../letter/closing';
import { subRange } from '../letter';
import type { Rule, RuleContext } from '../types';

// "VT" (Văn thư) at the start of the items, in capitals or in any case, or inside a bracket; a semicolon with
// something after it. Compiled once: esbuild turns a literal with \p{…} into a `new RegExp` call on every use.
const VT = /^VT(?![\p{L}\p{N}])/u;
const VT_ANY_CASE = /^VT(?![\p{L}\p{N}])/iu;
const VT_IN_BRACKETS = /^\(\s*VT(?![\p{L}\p{N}])/iu;
const SEMICOLON_INSIDE = /;./u;

export default {
	id: 'noi-nhan-luu',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d',
	description: 'Dòng cuối cùng của phần Nơi nhận phải là "- Lưu: VT, <đơn vị soạn thảo>.": chữ "Lưu", dấu hai chấm rồi "VT".',
	defaultSeverity: 'error',
	fixable: true,
	judges: ['noiNhan'],
	messages: {
		missing: 'Phần Nơi nhận thiếu dòng cuối "- Lưu: VT, <đơn vị soạn thảo>.".',
		notLast: 'Dòng "Lưu" phải là dòng cuối cùng của phần Nơi nhận.',
		noColon: 'Sau chữ "Lưu" phải có dấu hai chấm: "- Lưu: VT, …".',
		noVt: 'Sau "Lưu:" phải là chữ viết tắt "VT" (Văn thư), rồi đến đơn vị soạn thảo: "- Lưu: VT, …" (đang là "{found}").',
		defects: 'Dòng Lưu sai thể thức: {defects}; viết "- Lưu: VT, <đơn vị soạn thảo>.".',
	},
	check(ctx) {
		const { letter } = ctx;
		const noiNhan = letter.noiNhan;
		if (!noiNhan) {
			return;
		}
		const entries = noiNhan.entries;
		const luu = letter.closing.luu;
		if (!luu) {
			const last = entries[entries.length - 1];
			ctx.report({ messageId: 'missing', range: last?.range ?? noiNhan.label.range });
			return;
		}
		if (luu.index !== entries.length - 1) {
			ctx.report({ messageId: 'notLast', range: luu.entry.range });
		}
		checkLuu(luu, ctx.report);
	},
} satisfies Rule;

function checkLuu({ entry: luu, label, items }: LuuLine, report: RuleContext['report']): void {
	const first = luu.lines[0];
	if (!first || !label) {
		return;
	}
	const rest = luu.text.slice(label.length);
	// The usual line ("- Lưu: VT, KT."): nothing to report, known before any range is computed.
	if (label.colon === ':' && VT.test(rest) && !SEMICOLON_INSIDE.test(rest.trimEnd())) {
		return;
	}
	const wordStart = label.dash.length;
	const wordRange = subRange(first, wordStart, wordStart + label.word.length);
	const startsWithVt = VT_ANY_CASE.test(rest);
	// Every defect of the line, named in one finding when there are several (G5).
	const defects: string[] = [];
	if (label.colon !== ':') {
		defects.push('thiếu dấu hai chấm sau "Lưu"');
	}
	if (!startsWithVt && !VT_IN_BRACKETS.test(rest)) {
		defects.push('thiếu "VT" (Văn thư)');
	}
	if (/^\(/u.test(rest)) {
		defects.push('các đơn vị đặt trong ngoặc');
	}
	if (SEMICOLON_INSIDE.test(rest.trimEnd())) {
		defects.push('các đơn vị ngăn cách bằng dấu chấm phẩy');
	}
	if (defects.length >= 2) {
		report({ messageId: 'defects', data: { defects: defects.join('; ') }, range: first.range });
		return;
	}
	if (label.colon !== ':') {
		// Insert the colon only when "VT" follows, so that the result is the right form.
		const at = wordRange.end;
		report({
			messageId: 'noColon',
			range: wordRange,
			...(startsWithVt ? { fix: [{ range: { start: at, end: at }, text: ':' }] } : {}),
		});
		if (!startsWithVt) {
			return;
		}
	}
	if (VT.test(rest)) {
		return;
	}
	const firstItem = items[0];
	const range = firstItem && firstItem.line === 0 ? subRange(first, firstItem.start, firstItem.start + firstItem.text.length) : luu.range;
	// "vt" or "Vt": the letters are right, only their case is wrong.
	const fix = startsWithVt ? { fix: [{ range: subRange(first, label.length, label.length + 2), text: 'VT' }] } : {};
	report({ messageId: 'noVt', data: { found: firstItem?.text ?? luu.text }, range, ...fix });
}
