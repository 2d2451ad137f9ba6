// Trong phần Nơi nhận, tên mỗi cơ quan, tổ chức, đơn vị, cá nhân (hoặc mỗi nhóm) được trình bày trên một dòng riêng.
// Hai nơi nhận trên cùng một dòng, ngăn bằng dấu chấm phẩy ("- Đảng ủy Bộ; Đảng ủy khối cơ sở Bộ tại TP.HCM;"), nên
// tách thành hai dòng. Một nhóm ngăn bằng dấu phẩy ("- Công đoàn Bộ, Đoàn TNCS HCM Bộ;") là một dòng hợp lệ.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d (ô số 9b) (reference R7.3).
import { originalText, subRange, type NoiNhanEntry, type Span } from '../letter';
import { lineBreakBefore, lineStartOf } from '../text';
import type { Range, Rule, RuleContext } from '../types';

// Compiled once: esbuild turns a literal with \p{…} into a `new RegExp` call, which would run on every semicolon.
const STARTS_WITH_LETTER = /^\p{L}/u;

/** The depth of brackets before `end` in `text`, as the rule counts it: a ")" without its "(" is ignored. */
function bracketDepth(text: string, end: number): number {
	let depth = 0;
	for (let i = 0; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c === 0x28) {
			depth++;
		} else if (c === 0x29) {
			depth = Math.max(0, depth - 1);
		}
	}
	return depth;
}

/** Whether the original text holds a line break in `start`..`end`, without cutting it out. */
function hasLineBreak(source: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const c = source.charCodeAt(i);
		if (c === 10 || c === 13) {
			return true;
		}
	}
	return false;
}

export default {
	id: 'noi-nhan-one-per-line',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d',
	description: 'Mỗi nơi nhận (hoặc nhóm nơi nhận) nên ở một dòng riêng, không ghi hai nơi nhận trên một dòng ngăn bằng dấu ";".',
	defaultSeverity: 'hint',
	fixable: false,
	judges: ['noiNhan'],
	messages: {
		twoOnOneLine: 'Hai nơi nhận trên cùng một dòng; nên tách "{second}" thành một dòng riêng.',
	},
	check(ctx) {
		const { letter } = ctx;
		const entries = letter.noiNhan?.entries ?? [];
		for (let e = 0; e < entries.length; e++) {
			const entry = entries[e] as NoiNhanEntry;
			if (letter.closing.luuEntries.includes(e)) {
				continue;
			}
			for (const line of entry.lines) {
				const text = line.text;
				// Only a semicolon outside brackets that a letter follows separates two recipients: a semicolon at the
				// end of the entry, or one followed by nothing but punctuation, is fine. Most lines have none but
				// their final one, so the semicolons are found with indexOf and the brackets counted only before those.
				for (let i = text.indexOf(';'); i >= 0; i = text.indexOf(';', i + 1)) {
					const after = text.slice(i + 1);
					const second = after.trimStart();
					if (!STARTS_WITH_LETTER.test(second) || bracketDepth(text, i) !== 0) {
						continue;
					}
					reportSemicolon(ctx, entry, line, i, after, second);
				}
			}
		}
		// Entries that a copy ran together on one line ("Nơi nhận:- Như trên;- Lưu: VT, KT."): the parser reads
		// them as entries of their own (reference B10), and they still share a line of the original.
		for (let i = 1; i < entries.length; i++) {
			const previous = entries[i - 1] as NoiNhanEntry;
			const entry = entries[i] as NoiNhanEntry;
			const start = previous.range.end;
			const end = entry.range.start;
			if (end < start || hasLineBreak(letter.source, start, end)) {
				continue;
			}
			reportRunTogether(ctx, previous, entry, { start, end });
		}
	},
} satisfies Rule;

// The findings are built in functions of their own: they are rare, and the check, which runs on every letter and
// gets optimised, is compiled without them.

/** Two recipients separated by the semicolon at `i` of `line`; `after` is the text after it, `second` trimmed. */
function reportSemicolon(ctx: RuleContext, entry: NoiNhanEntry, line: Span, i: number, after: string, second: string): void {
	const { letter } = ctx;
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

/** Two entries on one line of the original, `between` them nothing but what the parser left out. */
function reportRunTogether(ctx: RuleContext, previous: NoiNhanEntry, entry: NoiNhanEntry, between: Range): void {
	const { letter } = ctx;
	const lineStart = lineStartOf(letter.source, previous.range.start);
	ctx.report({
		messageId: 'twoOnOneLine',
		data: { second: /^[-+•]?\s*([^;]*)/u.exec(entry.text)?.[1]?.trim() ?? entry.text },
		range: { start: entry.range.start, end: entry.range.start + 1 },
		suggestions: [{ message: 'Tách thành hai dòng.', edits: [{ range: between, text: lineBreakBefore(letter.source, lineStart) }] }],
	});
}
