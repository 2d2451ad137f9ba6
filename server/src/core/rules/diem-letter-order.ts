// Các điểm trong mỗi khoản dùng chữ cái tiếng Việt theo thứ tự bảng chữ cái tiếng Việt:
// a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y. Các chữ f, j, w, z không có trong
// bảng chữ cái tiếng Việt; "e)" ngay sau "d)" bỏ mất "đ)" khi chính văn bản đã dùng "đ)" ở chỗ khác.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ (reference R5.4).
// "a) b) c) d) đ) e)" is correct and never reported. Without "đ)" anywhere, "e)" after "d)" is a skipped
// letter, reported as a warning by item-sequence.
import { isForeignLetter, numberings, renumberFrom } from '../item-numbering';
import { DIEM_LETTERS, type Item } from '../letter';
import type { Rule, RuleContext } from '../types';

export default {
	id: 'diem-letter-order',
	category: 'noi-dung',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ',
	description: 'Các điểm phải dùng chữ cái theo thứ tự bảng chữ cái tiếng Việt (a, b, c, d, đ, e, g, h, i, k …), không dùng f, j, w, z.',
	defaultSeverity: 'error',
	fixable: false,
	judges: ['body', 'attachmentBody'],
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		foreignLetter: 'Điểm "{marker}": chữ "{letter}" không có trong bảng chữ cái tiếng Việt; {hint}.',
		missingDj: 'Điểm "{marker}" đứng ngay sau "d)": theo bảng chữ cái tiếng Việt, sau "d)" là "đ)" (văn bản này đã dùng "đ)").',
	},
	check(ctx) {
		// A group whose letters all fit (a, b, c …) has nothing to report: only the groups with an item that does not
		// fit are read, and most bodies have none.
		for (const numbering of numberings(ctx.letter)) {
			const dj = numbering.dj;
			for (const group of numbering.broken) {
				const siblings = group.items;
				if ((siblings[0] as Item).kind !== 'diem') {
					continue;
				}
				for (let index = 0; index < siblings.length; index++) {
					const item = siblings[index] as Item;
					const previous = index > 0 ? siblings[index - 1] : undefined;
					if (isForeignLetter(item) || (dj && item.label === 'e' && previous?.label === 'd')) {
						reportLetter(ctx, siblings, index);
					}
				}
			}
		}
	},
} satisfies Rule;

/** Reports `siblings[index]`, a letter outside the Vietnamese order or an "e)" that skips "đ)". */
function reportLetter(ctx: RuleContext, siblings: readonly Item[], index: number): void {
	const item = siblings[index] as Item;
	const previous = index > 0 ? siblings[index - 1] : undefined;
	const foreign = isForeignLetter(item);
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
		...(edits && edits.length > 0 ? { suggestions: [{ message: `Đánh lại chữ các điểm từ "${item.marker.text}" trở đi.`, edits }] } : {}),
	});
}
