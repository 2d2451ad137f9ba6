// Trong phần Nơi nhận, tên mỗi cơ quan, tổ chức, đơn vị, cá nhân (hoặc mỗi nhóm) được trình bày trên một dòng riêng.
// Hai nơi nhận trên cùng một dòng, ngăn bằng dấu chấm phẩy ("- Đảng ủy Bộ; Đảng ủy khối cơ sở Bộ tại TP.HCM;"), nên
// tách thành hai dòng. Một nhóm ngăn bằng dấu phẩy ("- Công đoàn Bộ, Đoàn TNCS HCM Bộ;") là một dòng hợp lệ.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d (ô số 9b) (reference R7.3).
import { originalText, subRange, type NoiNhanEntry } from '../letter';
import { lineBreakBefore, lineStartOf } from '../text';
import type { Rule } from '../types';

export default {
	id: 'noi-nhan-one-per-line',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d',
	description: 'Mỗi nơi nhận (hoặc nhóm nơi nhận) nên ở một dòng riêng, không ghi hai nơi nhận trên một dòng ngăn bằng dấu ";".',
	defaultSeverity: 'hint',
	fixable: false,
	messages: {
		twoOnOneLine: 'Hai nơi nhận trên cùng một dòng; nên tách "{second}" thành một dòng riêng.',
	},
	check(ctx) {
		const { letter } = ctx;
		for (const [i, entry] of (letter.noiNhan?.entries ?? []).entries()) {
			if (letter.closing.luuEntries.includes(i)) {
				continue;
			}
			const lastLine = entry.lines[entry.lines.length - 1];
			for (const line of entry.lines) {
				let depth = 0;
				const text = line.text;
				for (let i = 0; i < text.length; i++) {
					const c = text[i];
					if (c === '(') {
						depth++;
					} else if (c === ')') {
						depth = Math.max(0, depth - 1);
					} else if (c === ';' && depth === 0) {
						const after = text.slice(i + 1);
						const second = after.trimStart();
						// A semicolon at the end of the entry, or one followed by nothing but punctuation, is fine.
						if (!/^\p{L}/u.test(second) || (line === lastLine && second.trim() === '')) {
							continue;
						}
						const semicolon = subRange(line, i, i + 1);
						const spaces = subRange(line, i, i + 1 + after.length - second.length);
						const lineStart = lineStartOf(letter.source, entry.range.start);
						const indent = originalText(letter, { start: lineStart, end: entry.range.start });
						const lineBreak = lineBreakBefore(letter.source, lineStart);
						ctx.report({
							messageId: 'twoOnOneLine',
							data: { second: /^[^;]*/u.exec(second)?.[0].trim() ?? second },
							range: semicolon,
							suggestions: [
								{
									message: 'Tách thành hai dòng.',
									edits: [{ range: spaces, text: `;${lineBreak}${/^[ \t]*$/u.test(indent) ? indent : ''}- ` }],
								},
							],
						});
					}
				}
			}
		}
		// Entries that a copy ran together on one line ("Nơi nhận:- Như trên;- Lưu: VT, KT."): the parser reads
		// them as entries of their own (reference B10), and they still share a line of the original.
		const entries = letter.noiNhan?.entries ?? [];
		for (let i = 1; i < entries.length; i++) {
			const previous = entries[i - 1] as NoiNhanEntry;
			const entry = entries[i] as NoiNhanEntry;
			const between = { start: previous.range.end, end: entry.range.start };
			if (between.end < between.start || /[\r\n]/u.test(originalText(letter, between))) {
				continue;
			}
			const lineStart = lineStartOf(letter.source, previous.range.start);
			ctx.report({
				messageId: 'twoOnOneLine',
				data: { second: /^[-+•]?\s*([^;]*)/u.exec(entry.text)?.[1]?.trim() ?? entry.text },
				range: { start: entry.range.start, end: entry.range.start + 1 },
				suggestions: [{ message: 'Tách thành hai dòng.', edits: [{ range: between, text: lineBreakBefore(letter.source, lineStart) }] }],
			});
		}
	},
} satisfies Rule;
