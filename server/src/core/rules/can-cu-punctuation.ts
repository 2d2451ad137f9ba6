// Mỗi căn cứ ban hành văn bản đặt ở một dòng, kết thúc bằng dấu chấm phẩy ";"; dòng cuối cùng của phần căn cứ
// (thường là "Theo đề nghị của …") kết thúc bằng dấu chấm ".".
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.a (reference R5.1, H7).
// Only a block that is plainly the căn cứ of a decision is judged: lines that start with "Căn cứ" (then
// "Theo đề nghị" / "Xét đề nghị" / "Xét tờ trình"), directly followed by the line that opens the decision
// ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "Điều 1."). A "Căn cứ …, Sở đề nghị …" sentence of a công văn is not a block.
// A line wrapped in the middle continues the căn cứ it belongs to; "…" and "..." are not judged.
import { canCuEntries } from '../letter/can-cu';
import { lineSpanOf, subRange } from '../letter';
import type { Rule, TextEdit } from '../types';

export default {
	id: 'can-cu-punctuation',
	category: 'noi-dung',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.a',
	description: 'Mỗi căn cứ ban hành văn bản kết thúc bằng dấu chấm phẩy ";", dòng cuối cùng của phần căn cứ kết thúc bằng dấu chấm ".".',
	defaultSeverity: 'warning',
	fixable: true,
	judges: ['body'],
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		semicolon: 'Căn cứ chưa phải là dòng cuối của phần căn cứ nên kết thúc bằng dấu chấm phẩy ";", không phải "{found}".',
		period: 'Dòng cuối cùng của phần căn cứ kết thúc bằng dấu chấm ".", không phải "{found}".',
		missingSemicolon: 'Căn cứ chưa có dấu câu ở cuối: kết thúc bằng dấu chấm phẩy ";".',
		missingPeriod: 'Dòng cuối cùng của phần căn cứ chưa có dấu câu ở cuối: kết thúc bằng dấu chấm ".".',
	},
	check(ctx) {
		const ends = canCuEntries(ctx.letter);
		if (!ends) {
			return;
		}
		ends.forEach((line, index) => {
			const span = lineSpanOf(ctx.letter, line);
			const text = span.text;
			const isLast = index === ends.length - 1;
			const wanted = isLast ? '.' : ';';
			if (text.endsWith(wanted) || /(?:…|\.\.\.)$/u.test(text) || text === '') {
				return;
			}
			const mark = /[.;,:]$/u.exec(text);
			// The finding covers the wrong mark, or the line's last character when the mark is missing; the fix
			// replaces the mark, or inserts one after the last character.
			const range = subRange(span, text.length - 1);
			const edits: TextEdit[] = [{ range: mark ? range : subRange(span, text.length, text.length), text: wanted }];
			ctx.report({
				messageId: mark ? (isLast ? 'period' : 'semicolon') : isLast ? 'missingPeriod' : 'missingSemicolon',
				data: mark ? { found: mark[0] } : {},
				range,
				fix: edits,
			});
		});
	},
} satisfies Rule;
