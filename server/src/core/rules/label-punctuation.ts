// Dấu câu quanh các nhãn và dòng ngày tháng của mẫu: "Số:", "Kính gửi:", "Nơi nhận:" viết liền dấu hai chấm
// ("Số : 215/UBND-KT" có khoảng trắng thừa trước dấu hai chấm); dòng địa danh, ngày tháng không có dấu chấm
// ở cuối ("Lâm Viên, ngày 14 tháng 5 năm 2024."). Các mẫu của Phụ lục I trình bày như vậy nhưng không thành
// quy định, nên đây là gợi ý (reference §13.5; real-world shapes H10).
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3, II.4 và II.9 (các mẫu trình bày).
import { subRange, type Span } from '../letter';
import { spaceBeforeColon } from '../letter/labels';
import type { Rule } from '../types';

export default {
	id: 'label-punctuation',
	category: 'the-thuc',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3, II.4, II.9',
	description:
		'"Số:", "Kính gửi:", "Nơi nhận:" viết liền dấu hai chấm, không có khoảng trắng trước dấu hai chấm; dòng địa danh, ngày tháng không có dấu chấm ở cuối.',
	defaultSeverity: 'hint',
	fixable: true,
	judges: ['so', 'kinhGui', 'noiNhan', 'date'],
	messages: {
		spaceBeforeColon: 'Khoảng trắng thừa trước dấu hai chấm: viết "{label}:".',
		dateEndsWithPeriod: 'Dòng địa danh, ngày tháng không có dấu chấm ở cuối.',
	},
	check(ctx) {
		const { letter } = ctx;
		const labels: { label: Span; line: number }[] = [];
		if (letter.so) {
			labels.push({ label: letter.so.label, line: letter.so.line });
		}
		if (letter.kinhGui) {
			labels.push({ label: letter.kinhGui.label, line: letter.kinhGui.line });
		}
		if (letter.noiNhan) {
			labels.push({ label: letter.noiNhan.label, line: letter.noiNhan.line });
		}
		for (const { label, line } of labels) {
			const range = spaceBeforeColon(letter, label, line);
			if (!range) {
				continue;
			}
			ctx.report({ messageId: 'spaceBeforeColon', data: { label: label.text }, range, fix: [{ range, text: '' }] });
		}
		const date = letter.date;
		const year = date?.year;
		if (date && year && date.form === 'words') {
			// The period right after the year, and nothing after it on the line.
			const after = date.span.text.slice(year.offset - date.span.offset + year.text.length);
			if (after.trimEnd() === '.') {
				const at = year.offset - date.span.offset + year.text.length;
				const range = subRange(date.span, at, at + 1);
				ctx.report({ messageId: 'dateEndsWithPeriod', range, fix: [{ range, text: '' }] });
			}
		}
	},
} satisfies Rule;
