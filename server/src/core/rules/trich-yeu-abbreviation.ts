// Trích yếu nội dung là một câu ngắn gọn nêu nội dung chính của văn bản; người nhận đọc nó trước tiên (sổ
// văn bản đến, danh mục hồ sơ), nên tên loại văn bản và tên cơ quan trong đó không viết tắt:
// "V/v triển khai NĐ của CP" viết "V/v triển khai Nghị định của Chính phủ". Nghị định không nói thành quy định,
// nên đây là gợi ý (reference §13.5; real-world shapes H10).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.5 (trích yếu nội dung văn bản).
// Only whole words of the table below are read, never a group of a cited number ("30/2020/NĐ-CP").
import { subRange } from '../letter';
import type { Rule } from '../types';

// Abbreviations of document types and of bodies, with their full form.
const FULL: Readonly<Record<string, string>> = {
	NĐ: 'Nghị định',
	QĐ: 'Quyết định',
	CV: 'Công văn',
	KH: 'Kế hoạch',
	TB: 'Thông báo',
	CP: 'Chính phủ',
	TTg: 'Thủ tướng Chính phủ',
	UBND: 'Ủy ban nhân dân',
	HĐND: 'Hội đồng nhân dân',
};

// A group of a compound abbreviation ("KH&CN", "VH-TT") is none of these; "Công ty CP" is a công ty cổ phần.
const WORD = /(?<![\p{L}\p{N}/&-])(?:NĐ|QĐ|CV|KH|TB|(?<!(?:[Cc]ông ty|CÔNG TY) )CP|TTg|UBND|HĐND)(?![\p{L}\p{N}/&-])/gu;
// The abbreviations alone, without the tests around them: most trích yếu lines hold none, and this test is
// cheaper than WORD's lookbehinds tried at every offset.
const ANY_ABBREVIATION = /NĐ|QĐ|CV|KH|TB|CP|TTg|UBND|HĐND/u;

export default {
	id: 'trich-yeu-abbreviation',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.5',
	description: 'Trích yếu nội dung không nên viết tắt tên loại văn bản hay tên cơ quan ("NĐ của CP" viết "Nghị định của Chính phủ").',
	defaultSeverity: 'hint',
	fixable: false,
	judges: ['trichYeu'],
	messages: {
		abbreviated: 'Trích yếu nên viết đầy đủ, không viết tắt: {list}.',
	},
	check(ctx) {
		const trichYeu = ctx.letter.trichYeu;
		if (!trichYeu) {
			return;
		}
		// One finding for the trích yếu, on the first line with an abbreviation; the message names them all.
		const words: string[] = [];
		let first: { line: (typeof trichYeu.lines)[number]; start: number; end: number } | undefined;
		for (const line of trichYeu.lines) {
			if (!ANY_ABBREVIATION.test(line.text)) {
				continue;
			}
			for (const match of line.text.matchAll(WORD)) {
				words.push(match[0]);
				const end = match.index + match[0].length;
				if (!first) {
					first = { line, start: match.index, end };
				} else if (first.line === line) {
					first.end = end;
				}
			}
		}
		if (!first) {
			return;
		}
		const list = [...new Set(words)].map((w) => `"${w}" (${FULL[w] ?? w})`).join(', ');
		ctx.report({ messageId: 'abbreviated', data: { list }, range: subRange(first.line, first.start, first.end) });
	},
} satisfies Rule;
