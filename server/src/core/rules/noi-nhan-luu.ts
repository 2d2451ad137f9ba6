// Dòng cuối cùng của phần Nơi nhận là dòng lưu: chữ "Lưu", dấu hai chấm, chữ viết tắt "VT" (Văn thư), rồi đơn vị
// soạn thảo và số bản lưu: "- Lưu: VT, TCCB.", "- Lưu: VT, HC (2).". Giấy giới thiệu chỉ có "- Lưu: VT.", Biên bản
// có "- Lưu: VT, Hồ sơ."; ký hiệu người soạn thảo và số bản phát hành thường được ghi tiếp vào dòng này
// ("VP(TVTT)", "Đt(6)"), đều được chấp nhận.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d (ô số 9b) và Mục III.3 (reference R7.3).
import type { NoiNhanEntry } from '../letter';
import { subRange } from '../letter';
import type { Rule, RuleContext } from '../types';

// "- Lưu" in any case, as a whole word, with its colon if any.
const LUU = /^(?<dash>[-+•][ \t]*)(?<word>Lưu)(?![\p{L}\p{N}])(?<gap>[ \t]*)(?<colon>:?)[ \t]*/iu;

/** Whether an entry is the Lưu line ("- Lưu: VT, VP."). */
export function isLuuEntry(entry: NoiNhanEntry): boolean {
	const match = LUU.exec(entry.text);
	// "- Lưu ý …" or "- Lưu trữ …" are not the Lưu line; "- Lưu VT" (no colon) and "- Lưu: vt" are.
	const rest = match ? entry.text.slice(match[0].length) : '';
	return match !== null && (match.groups?.['colon'] === ':' || !/^\p{Ll}/u.test(rest) || /^vt(?![\p{L}\p{N}])/iu.test(rest));
}

/** The index of the last Lưu entry, or -1. */
export function luuIndex(entries: readonly NoiNhanEntry[]): number {
	for (let i = entries.length - 1; i >= 0; i--) {
		if (isLuuEntry(entries[i] as NoiNhanEntry)) {
			return i;
		}
	}
	return -1;
}

/** The line break used at the end of the line before `lineStart` ("\n", "\r\n" or "\r"), "\n" by default. */
export function lineBreakBefore(source: string, lineStart: number): string {
	if (source[lineStart - 1] === '\n') {
		return source[lineStart - 2] === '\r' ? '\r\n' : '\n';
	}
	return source[lineStart - 1] === '\r' ? '\r' : '\n';
}

/** The offset of the start of the line holding `offset` in the original text. */
export function lineStartOf(source: string, offset: number): number {
	let i = offset;
	while (i > 0 && source[i - 1] !== '\n' && source[i - 1] !== '\r') {
		i--;
	}
	return i;
}

/**
 * The items of the Lưu entry after "Lưu:", split at commas: "VT", then the units. Each item has the index of its
 * line in the entry and its offset in that line's text.
 */
export function luuItems(entry: NoiNhanEntry): { text: string; start: number; line: number }[] {
	const items: { text: string; start: number; line: number }[] = [];
	entry.lines.forEach((line, lineIndex) => {
		const from = lineIndex === 0 ? (LUU.exec(line.text)?.[0].length ?? 0) : 0;
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

export default {
	id: 'noi-nhan-luu',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d',
	description: 'Dòng cuối cùng của phần Nơi nhận phải là "- Lưu: VT, <đơn vị soạn thảo>.": chữ "Lưu", dấu hai chấm rồi "VT".',
	defaultSeverity: 'error',
	fixable: true,
	messages: {
		missing: 'Phần Nơi nhận thiếu dòng cuối "- Lưu: VT, <đơn vị soạn thảo>.".',
		notLast: 'Dòng "Lưu" phải là dòng cuối cùng của phần Nơi nhận.',
		noColon: 'Sau chữ "Lưu" phải có dấu hai chấm: "- Lưu: VT, …".',
		noVt: 'Sau "Lưu:" phải là chữ viết tắt "VT" (Văn thư), rồi đến đơn vị soạn thảo: "- Lưu: VT, …" (đang là "{found}").',
	},
	check(ctx) {
		const { letter } = ctx;
		const noiNhan = letter.noiNhan;
		if (!noiNhan) {
			return;
		}
		const entries = noiNhan.entries;
		const at = luuIndex(entries);
		const luu = entries[at];
		if (!luu) {
			const last = entries[entries.length - 1];
			ctx.report({ messageId: 'missing', range: last?.range ?? noiNhan.label.range });
			return;
		}
		if (at !== entries.length - 1) {
			ctx.report({ messageId: 'notLast', range: luu.range });
		}
		checkLuu(luu, ctx.report);
	},
} satisfies Rule;

function checkLuu(luu: NoiNhanEntry, report: RuleContext['report']): void {
	const first = luu.lines[0];
	const match = first ? LUU.exec(first.text) : null;
	if (!first || !match) {
		return;
	}
	const wordStart = (match.groups?.['dash'] ?? '').length;
	const wordRange = subRange(first, wordStart, wordStart + (match.groups?.['word'] ?? '').length);
	const rest = luu.text.slice(match[0].length);
	const startsWithVt = /^VT(?![\p{L}\p{N}])/iu.test(rest);
	if (match.groups?.['colon'] !== ':') {
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
	if (/^VT(?![\p{L}\p{N}])/u.test(rest)) {
		return;
	}
	const firstItem = luuItems(luu)[0];
	const range = firstItem && firstItem.line === 0 ? subRange(first, firstItem.start, firstItem.start + firstItem.text.length) : luu.range;
	// "vt" or "Vt": the letters are right, only their case is wrong.
	const fix = startsWithVt ? { fix: [{ range: subRange(first, match[0].length, match[0].length + 2), text: 'VT' }] } : {};
	report({ messageId: 'noVt', data: { found: firstItem?.text ?? luu.text }, range, ...fix });
}
