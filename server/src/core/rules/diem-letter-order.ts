// Các điểm trong mỗi khoản dùng chữ cái tiếng Việt theo thứ tự bảng chữ cái tiếng Việt:
// a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y. Các chữ f, j, w, z không có trong
// bảng chữ cái tiếng Việt; "e)" ngay sau "d)" bỏ mất "đ)" khi chính văn bản đã dùng "đ)" ở chỗ khác.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ (reference R5.4).
// "a) b) c) d) đ) e)" is correct and never reported. Without "đ)" anywhere, "e)" after "d)" is a skipped
// letter, reported as a warning by item-sequence.
import { isForeignLetter, renumberFrom, numberedBodies, siblingGroups, usesDj } from '../item-numbering';
import { DIEM_LETTERS } from '../letter';
import type { Rule } from '../types';

export default {
	id: 'diem-letter-order',
	category: 'noi-dung',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ',
	description: 'Các điểm phải dùng chữ cái theo thứ tự bảng chữ cái tiếng Việt (a, b, c, d, đ, e, g, h, i, k …), không dùng f, j, w, z.',
	defaultSeverity: 'error',
	fixable: false,
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		foreignLetter: 'Điểm "{marker}": chữ "{letter}" không có trong bảng chữ cái tiếng Việt; {hint}.',
		missingDj: 'Điểm "{marker}" đứng ngay sau "d)": theo bảng chữ cái tiếng Việt, sau "d)" là "đ)" (văn bản này đã dùng "đ)").',
	},
	check(ctx) {
		for (const body of numberedBodies(ctx.letter)) {
			const dj = usesDj(body);
			for (const siblings of siblingGroups(body)) {
				if (siblings[0]?.kind !== 'diem') {
					continue;
				}
				siblings.forEach((item, index) => {
					const previous = siblings[index - 1];
					const foreign = isForeignLetter(item);
					const missingDj = dj && item.label === 'e' && previous?.label === 'd';
					if (!foreign && !missingDj) {
						return;
					}
					// The letter that should stand here: the one after the previous điểm's, if that one is Vietnamese.
					const previousValue = previous && !isForeignLetter(previous) ? previous.value : 0;
					const expected = DIEM_LETTERS[previousValue] ?? 'a';
					const edits = renumberFrom(siblings, index, previousValue + 1);
					ctx.report({
						messageId: foreign ? 'foreignLetter' : 'missingDj',
						data: {
							marker: item.marker.text,
							letter: item.label,
							hint: previous ? `sau "${previous.marker.text}" là "${expected})"` : 'điểm đầu tiên là "a)"',
						},
						range: item.marker.range,
						...(edits && edits.length > 0
							? { suggestions: [{ message: `Đánh lại chữ các điểm từ "${item.marker.text}" trở đi.`, edits }] }
							: {}),
					});
				});
			}
		}
	},
} satisfies Rule;
