// Điều viết "Điều" + số Ả Rập + dấu chấm ("Điều 1."); khoản viết số Ả Rập + dấu chấm ("1."). "Điều 1:" và
// "1 - Rà soát …" (dấu gạch thay cho dấu chấm) và số "1" đứng riêng một dòng, nội dung ở dòng sau, là sai cách
// đánh số.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.c–đ (reference R5.3; real-world shapes H2, H10).
import { numberings } from '../item-numbering';
import { subRange } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'item-marker-format',
	category: 'noi-dung',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6',
	description: 'Điều viết "Điều 1.", khoản viết "1." (số Ả Rập và dấu chấm), không viết "Điều 1:" hay "1 -".',
	defaultSeverity: 'warning',
	fixable: true,
	judges: ['body', 'attachmentBody'],
	messages: {
		dieu: 'Sau số điều dùng dấu chấm: "{expected}" (đang là "{written}").',
		khoan: 'Số thứ tự khoản viết bằng số và dấu chấm: "{expected}" (đang là "{written}").',
		bare: 'Số thứ tự khoản viết bằng số và dấu chấm, cùng dòng với nội dung khoản: "{expected}" (đang là "{written}" đứng riêng một dòng).',
	},
	check(ctx) {
		// Only the items whose marker ends in ":" or "-" or is a bare number, found in the numbering's one walk.
		for (const { body, oddMarkers } of numberings(ctx.letter)) {
			for (const item of oddMarkers) {
				const written = item.marker.text;
				const mark = written.at(-1);
				if (item.kind === 'dieu' && mark === ':') {
					// The spaces before the colon go with it ("Điều 1 :" → "Điều 1."), and nothing after the marker.
					const number = written.slice(0, -1).trimEnd();
					const range = subRange(item.marker, number.length);
					const expected = `${number}.`;
					ctx.report({ messageId: 'dieu', data: { expected, written }, range: item.marker.range, fix: [{ range, text: '.' }] });
				} else if (item.kind === 'khoan' && item.prefix === undefined && written === item.label) {
					// A bare "1" on its own line, the khoản's text on the next: the fix joins them as "1. Rà soát …".
					const text = body.paragraphs[item.paragraph]?.text;
					if (!text) {
						continue;
					}
					const range = { start: item.marker.range.start, end: text.startAt(written.length + 1) };
					ctx.report({ messageId: 'bare', data: { expected: `${written}.`, written }, range, fix: [{ range, text: `${written}. ` }] });
				} else if (item.kind === 'khoan' && item.prefix === undefined && mark === '-') {
					const expected = `${item.label}.`;
					const range = subRange(item.marker, item.label.length);
					ctx.report({ messageId: 'khoan', data: { expected, written }, range: item.marker.range, fix: [{ range, text: '.' }] });
				}
			}
		}
	},
} satisfies Rule;
