// Văn bản phải dùng bộ mã Unicode dựng sẵn (NFC): chữ "ủ" là một ký tự U+1EE7, không phải "u" cộng dấu
// móc U+0309. Văn bản dạng tổ hợp (NFD), thường gặp khi chép từ macOS hoặc PDF, làm hỏng việc tìm kiếm,
// sắp xếp và so khớp.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4 (bộ mã ký tự Unicode theo TCVN 6909:2001);
// reference §10.1.
import { combiningClusters } from '../text';
import type { Rule, TextEdit } from '../types';

export default {
	id: 'nfd-text',
	category: 'chinh-ta',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục I.4 (Unicode TCVN 6909:2001)',
	description: 'Chữ tiếng Việt phải ở dạng dựng sẵn (Unicode NFC), không phải dạng tổ hợp chữ cái và dấu rời (NFD).',
	defaultSeverity: 'warning',
	fixable: true,
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		decomposed: 'Văn bản có {count} chữ ở dạng tổ hợp (NFD, dấu tách rời khỏi chữ cái); nên chuyển sang dạng dựng sẵn (NFC).',
	},
	check(ctx) {
		const source = ctx.letter.source;
		const edits: TextEdit[] = [];
		for (const [start, end] of combiningClusters(source)) {
			const cluster = source.slice(start, end);
			const composed = cluster.normalize('NFC');
			if (composed !== cluster) {
				edits.push({ range: { start, end }, text: composed });
			}
		}
		const first = edits[0];
		if (first) {
			// One finding for the whole letter, not one per word: the cause is the way the text was made.
			ctx.report({ messageId: 'decomposed', data: { count: edits.length }, range: first.range, fix: edits });
		}
	},
} satisfies Rule;
