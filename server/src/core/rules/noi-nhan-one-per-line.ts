// Trong phần Nơi nhận, tên mỗi cơ quan, tổ chức, đơn vị, cá nhân (hoặc mỗi nhóm) được trình bày trên một dòng riêng.
// Hai nơi nhận trên cùng một dòng, ngăn bằng dấu chấm phẩy ("- Đảng ủy Bộ; Đảng ủy khối cơ sở Bộ tại TP.HCM;"), nên
// tách thành hai dòng. Một nhóm ngăn bằng dấu phẩy ("- Công đoàn Bộ, Đoàn TNCS HCM Bộ;") là một dòng hợp lệ.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d (ô số 9b) (reference R7.3).
import { isLuuEntry } from '../closing-parts';
import { originalText, subRange } from '../letter';
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
		for (const entry of letter.noiNhan?.entries ?? []) {
			if (isLuuEntry(entry)) {
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
	},
} satisfies Rule;
