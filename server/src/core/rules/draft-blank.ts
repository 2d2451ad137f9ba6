// Bản dự thảo để trống số và ngày ("Số:      /SCT-VP", "ngày    tháng 8 năm 2020"): văn thư điền sau khi
// người có thẩm quyền ký. Đây là trạng thái bình thường của dự thảo, chỉ báo ở mức thông tin.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2, 3 (reference R1.7).
import type { Rule } from '../types';

export default {
	id: 'draft-blank',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Điều 15 khoản 2, 3; Phụ lục I, Phần I, Mục II.3, II.4',
	description: 'Số hoặc ngày tháng còn để trống (bản dự thảo): văn thư điền khi phát hành văn bản.',
	defaultSeverity: 'information',
	fixable: false,
	judges: ['so', 'date'],
	messages: {
		number: 'Số văn bản còn để trống (dự thảo): văn thư cấp số khi phát hành.',
		date: 'Ngày ban hành còn để trống phần {parts} (dự thảo): văn thư điền khi phát hành.',
	},
	check(ctx) {
		const { letter } = ctx;
		const so = letter.so;
		// The one definition of a blank number (letter/so-ky-hieu.ts); a blank slot followed by its "/".
		const separator = so?.number?.separator;
		if (so?.value && so.blank && separator?.text === '/' && letter.regime === 'administrative') {
			ctx.report({ messageId: 'number', range: { start: so.value.range.start, end: separator.range.end } });
		}
		const date = letter.date;
		if (date?.form === 'words') {
			const missing: string[] = [];
			if (!date.day) {
				missing.push('ngày');
			}
			if (!date.month) {
				missing.push('tháng');
			}
			if (!date.year) {
				missing.push('năm');
			}
			const first = !date.day ? date.dayKeyword : !date.month ? date.monthKeyword : date.yearKeyword;
			const last = !date.year ? date.yearKeyword : !date.month ? date.monthKeyword : date.dayKeyword;
			if (missing.length > 0 && first && last) {
				ctx.report({ messageId: 'date', data: { parts: missing.join(', ') }, range: { start: first.range.start, end: last.range.end } });
			}
		}
	},
} satisfies Rule;
