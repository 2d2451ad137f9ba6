// Mỗi căn cứ ban hành văn bản đặt ở một dòng, kết thúc bằng dấu chấm phẩy ";"; dòng cuối cùng của phần căn cứ
// (thường là "Theo đề nghị của …") kết thúc bằng dấu chấm ".".
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.a (reference R5.1, H7).
// Only a block that is plainly the căn cứ of a decision is judged: lines that start with "Căn cứ" (then
// "Theo đề nghị" / "Xét đề nghị" / "Xét tờ trình"), directly followed by the line that opens the decision
// ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "Điều 1."). A "Căn cứ …, Sở đề nghị …" sentence of a công văn is not a block.
// A line wrapped in the middle continues the căn cứ it belongs to; "…" and "..." are not judged.
import { lineSpanOf, subRange, type Letter } from '../letter';
import type { Rule, TextEdit } from '../types';

const ENTRY = /^(?:Căn\s+cứ|(?:Theo|Xét)\s+(?:đề\s+nghị|đề\s+xuất|tờ\s+trình|báo\s+cáo))(?!\p{L})/iu;
const OPENS_DECISION = /^(?:(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|CHỈ\s+THỊ|BAN\s+HÀNH)\s*:?$|Điều\s+1(?!\d))/u;
// How many lines a căn cứ block may span: a long decision cites a dozen documents, each wrapped a few times.
const MAX_BLOCK_LINES = 80;

/** The căn cứ entries of the letter: for each, the zero-based line where it ends. */
function canCuEntries(letter: Letter): number[] | undefined {
	const body = letter.body;
	if (!body) {
		return undefined;
	}
	for (let i = body.firstLine; i <= body.lastLine; i++) {
		if (!/^Căn\s+cứ(?!\p{L})/iu.test(letter.lines[i]?.content ?? '')) {
			continue;
		}
		const ends: number[] = [];
		let last = i;
		for (let j = i + 1; j <= body.lastLine && j - i <= MAX_BLOCK_LINES; j++) {
			const content = letter.lines[j]?.content ?? '';
			if (content === '') {
				continue;
			}
			if (OPENS_DECISION.test(content)) {
				ends.push(last);
				return ends;
			}
			if (ENTRY.test(content)) {
				ends.push(last);
			} else if (/^\p{Lu}[\p{Lu}\s,]*$/u.test(content)) {
				// An upper-case line (an authority line, a heading) is not part of a căn cứ block.
				return undefined;
			}
			last = j;
		}
		return undefined;
	}
	return undefined;
}

export default {
	id: 'can-cu-punctuation',
	category: 'noi-dung',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.a',
	description: 'Mỗi căn cứ ban hành văn bản kết thúc bằng dấu chấm phẩy ";", dòng cuối cùng của phần căn cứ kết thúc bằng dấu chấm ".".',
	defaultSeverity: 'warning',
	fixable: true,
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
