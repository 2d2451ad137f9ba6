// Gửi một nơi thì tên nơi nhận ghi cùng dòng với "Kính gửi:", và mẫu của Nghị định không có dấu câu ở
// cuối ("Kính gửi: Bộ Nội vụ"). Dấu chấm sau một nơi nhận duy nhất là thừa; không có điều khoản nào cấm
// nên quy tắc chỉ gợi ý.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d và Mục V, dòng 8a (reference R7.2).
import { subRange } from '../letter';
import type { Rule } from '../types';

// A dot that ends an abbreviation ("UBND TP.") is part of the name, not a full stop.
const ABBREVIATION_DOT = /(?<![\p{L}\p{N}])(?:TP|Tp|TX|Tx|TT|\p{Lu})\.$/u;

export default {
	id: 'kinh-gui-single-period',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.9.d',
	description: 'Một nơi nhận ghi cùng dòng với "Kính gửi:" không có dấu chấm ở cuối ("Kính gửi: Bộ Nội vụ").',
	defaultSeverity: 'hint',
	fixable: true,
	judges: ['kinhGui'],
	messages: {
		period: 'Một nơi nhận ghi cùng dòng với "Kính gửi:" không cần dấu chấm ở cuối.',
	},
	check(ctx) {
		const { letter } = ctx;
		const kinhGui = letter.kinhGui;
		const labelLine = kinhGui ? letter.lines[kinhGui.line] : undefined;
		const recipient = kinhGui?.recipients[0];
		// Only a recipient on the label's own line; a "-" list is kinh-gui-format's concern.
		if (
			!kinhGui ||
			!labelLine ||
			!recipient ||
			kinhGui.recipients.length !== 1 ||
			recipient.offset > labelLine.contentEnd ||
			/^[-+•]/u.test(recipient.text)
		) {
			return;
		}
		const text = recipient.text;
		if (!text.endsWith('.') || text.endsWith('..') || ABBREVIATION_DOT.test(text)) {
			return;
		}
		const dot = subRange(recipient, text.length - 1);
		ctx.report({ messageId: 'period', range: dot, fix: [{ range: dot, text: '' }] });
	},
} satisfies Rule;
