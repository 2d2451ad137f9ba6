// Thời gian ban hành phải viết đầy đủ "ngày … tháng … năm …" bằng chữ số Ả Rập, không viết gọn bằng
// số ("Hà Nội, 05/3/2020"). Quy tắc chỉ xét dòng địa danh, ngày tháng ở phần đầu văn bản; ngày tháng
// trong nội dung ("ngày 28/01/2021") không thuộc phạm vi của quy định này.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.4.b (reference R3.3).
import { daysInMonth, pad2 } from '../dates';
import { originalText } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'date-format',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.4.b',
	description: 'Ngày ban hành ở dòng địa danh, ngày tháng phải viết đầy đủ "ngày … tháng … năm …", không viết dạng "05/3/2020".',
	defaultSeverity: 'error',
	fixable: true,
	judges: ['date'],
	messages: {
		numeric: 'Ngày ban hành phải viết đầy đủ: "{expected}" thay cho "{actual}".',
		numericInvalid: 'Ngày ban hành phải viết đầy đủ dạng "ngày … tháng … năm …", không viết "{actual}".',
	},
	check(ctx) {
		const { letter } = ctx;
		const date = letter.date;
		if (date?.form !== 'numeric' || !date.day || !date.month || !date.year) {
			return;
		}
		const { day, month, year } = date;
		// The date runs from the word "ngày" (when written) or the day to the year.
		const start = date.dayKeyword?.offset ?? day.offset;
		const range = letter.norm.range(start, year.offset + year.text.length);
		const actual = letter.norm.text.slice(start, year.offset + year.text.length);
		const valid = month.value >= 1 && month.value <= 12 && day.value >= 1 && day.value <= daysInMonth(month.value, year.value);
		if (!valid) {
			// date-invalid reports the date itself; rewriting it would hide the mistake.
			ctx.report({ messageId: 'numericInvalid', data: { actual }, range });
			return;
		}
		const expected = `ngày ${pad2(day.value)} tháng ${month.value <= 2 ? pad2(month.value) : String(month.value)} năm ${year.text}`;
		// Written in the line's own normalisation, so that the fix does not mix NFC into an NFD line.
		const line = originalText(letter, date.span.range);
		const text = line === line.normalize('NFC') ? expected : expected.normalize('NFD');
		ctx.report({ messageId: 'numeric', data: { expected, actual }, range, fix: [{ range, text }] });
	},
} satisfies Rule;
