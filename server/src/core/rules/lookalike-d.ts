// Chữ "Đ" tiếng Việt là U+0110. Các ký tự trông giống hệt như "Ð" (U+00D0, chữ eth của tiếng Iceland),
// "Ɖ" (U+0189) hay "ð" (U+00F0) làm sai việc tìm kiếm, sắp xếp và so khớp ký hiệu ("QÐ" khác "QĐ").
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4 (bộ mã TCVN 6909:2001); reference §10.3.
import { originalText } from '../letter';
import type { Rule, TextEdit } from '../types';

const LOOKALIKE = /[\u00d0\u0189\u00f0]/gu;

export default {
	id: 'lookalike-d',
	category: 'chinh-ta',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4 (Unicode TCVN 6909:2001)',
	description: 'Chữ "Đ/đ" phải là ký tự tiếng Việt (U+0110/U+0111), không phải ký tự trông giống như "Ð" (U+00D0) hay "ð".',
	defaultSeverity: 'warning',
	fixable: true,
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		lookalike: 'Chữ "{char}" ở đây không phải chữ "Đ/đ" tiếng Việt ({count} chỗ trong văn bản); thay bằng "{fixed}".',
	},
	check(ctx) {
		const source = ctx.letter.source;
		const edits: TextEdit[] = [];
		for (const match of source.matchAll(LOOKALIKE)) {
			edits.push({ range: { start: match.index, end: match.index + 1 }, text: match[0] === '\u00f0' ? 'đ' : 'Đ' });
		}
		const first = edits[0];
		if (first) {
			const char = originalText(ctx.letter, first.range);
			ctx.report({ messageId: 'lookalike', data: { char, count: edits.length, fixed: first.text }, range: first.range, fix: edits });
		}
	},
} satisfies Rule;
