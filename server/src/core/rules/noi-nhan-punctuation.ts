// Mỗi dòng của phần Nơi nhận bắt đầu bằng gạch đầu dòng "-" và kết thúc bằng dấu chấm phẩy ";"; dòng cuối cùng
// (dòng "- Lưu: …") kết thúc bằng dấu chấm ".". Một dòng bị ngắt và viết tiếp ở dòng dưới không có gạch đầu dòng
// là một phần của dòng trên ("- Các bộ, cơ quan ngang bộ,⏎cơ quan thuộc Chính phủ;").
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d (ô số 9b) (reference R7.3).
import { subRange, type NoiNhanEntry } from '../letter';
import type { Range, Rule, RuleContext } from '../types';

// Compiled once: esbuild turns a literal with \p{…} into a `new RegExp` call, which would run on every entry.
const LETTER = /\p{L}/u;

export default {
	id: 'noi-nhan-punctuation',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d',
	description: 'Mỗi dòng nơi nhận bắt đầu bằng "-" và kết thúc bằng ";"; dòng cuối cùng (dòng Lưu) kết thúc bằng ".".',
	defaultSeverity: 'error',
	fixable: true,
	judges: ['noiNhan'],
	messages: {
		dash: 'Dòng nơi nhận phải bắt đầu bằng gạch đầu dòng "-" (đang là "{found}").',
		semicolon: 'Dòng nơi nhận phải kết thúc bằng dấu chấm phẩy ";" (đang là "{found}").',
		missingSemicolon: 'Dòng nơi nhận phải kết thúc bằng dấu chấm phẩy ";".',
		period: 'Dòng cuối cùng của phần Nơi nhận phải kết thúc bằng dấu chấm "." (đang là "{found}").',
		missingPeriod: 'Dòng cuối cùng của phần Nơi nhận phải kết thúc bằng dấu chấm ".".',
	},
	check(ctx) {
		const entries = ctx.letter.noiNhan?.entries ?? [];
		// Entries after a misplaced Lưu line are left to noi-nhan-luu: their punctuation depends on the order.
		const luu = ctx.letter.closing.luu?.index ?? -1;
		const last = luu >= 0 ? luu : entries.length - 1;
		for (let i = 0; i <= last && i < entries.length; i++) {
			const entry = entries[i] as NoiNhanEntry;
			checkDash(ctx, entry);
			checkEnd(ctx, entry, i === last);
		}
	},
} satisfies Rule;

function checkDash(ctx: RuleContext, entry: NoiNhanEntry): void {
	const first = entry.lines[0];
	const bullet = first?.text.charAt(0);
	if (!first || bullet === undefined || bullet === '-') {
		return;
	}
	// An entry that starts with a letter lost its dash, or wraps a long name (reference B7): noi-nhan-entry-dash
	// gives a hint.
	if (LETTER.test(bullet)) {
		return;
	}
	const range = subRange(first, 0, 1);
	ctx.report({ messageId: 'dash', data: { found: bullet }, range, fix: [{ range, text: '-' }] });
}

function checkEnd(ctx: RuleContext, entry: NoiNhanEntry, isLast: boolean): void {
	const line = entry.lines[entry.lines.length - 1];
	if (!line || line.text === '') {
		return;
	}
	const want = isLast ? '.' : ';';
	const end = line.text.length;
	const found = line.text.charAt(end - 1);
	if (found === want) {
		return;
	}
	const lastChar: Range = subRange(line, end - 1, end);
	if (/[.;,:]/u.test(found)) {
		ctx.report({
			messageId: isLast ? 'period' : 'semicolon',
			data: { found },
			range: lastChar,
			fix: [{ range: lastChar, text: want }],
		});
		return;
	}
	const at = lastChar.end;
	ctx.report({
		messageId: isLast ? 'missingPeriod' : 'missingSemicolon',
		range: line.range,
		fix: [{ range: { start: at, end: at }, text: want }],
	});
}
