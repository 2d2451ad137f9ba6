// Các khoản, điểm, điều, mục cùng cấp phải có số hoặc chữ khác nhau: hai mục cùng cấp mang cùng một số
// (1., 2., 2.) là lỗi đánh số.
// Of the two, the one that breaks the sequence is reported ("1. 2. 4. 4. 5.": the first "4."), with the
// other as related information; when both fit as well, the later one.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ (reference R5.3–R5.5).
import { KIND_NAMES, numberings, renumberFrom, type Verdict } from '../item-numbering';
import { sourceLineOf, type Item } from '../letter';
import { wordLocationAt } from '../letter/format';
import type { ReportDescriptor, Rule, RuleContext } from '../types';

export default {
	id: 'duplicate-item-number',
	category: 'noi-dung',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ',
	description: 'Hai phần, chương, mục, điều, khoản hoặc điểm cùng cấp không được mang cùng một số hoặc chữ.',
	defaultSeverity: 'error',
	fixable: false,
	judges: ['body', 'attachmentBody'],
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		duplicate: '{kind} "{marker}" bị trùng số với {kind} ở dòng {line}.',
		duplicateParagraph: '{kind} "{marker}" bị trùng số với {kind} ở đoạn {paragraph}.',
		first: '{kind} "{marker}" đầu tiên.',
		renumber: 'Đánh số lại từ {kind} này trở đi.',
	},
	check(ctx) {
		// Only the groups with an item that does not fit can hold a duplicate: most bodies have none.
		for (const numbering of numberings(ctx.letter)) {
			for (const group of numbering.broken) {
				const verdicts = group.verdicts;
				for (let index = 0; index < verdicts.length; index++) {
					const verdict = verdicts[index] as Verdict;
					if (verdict.kind === 'duplicate') {
						reportDuplicate(ctx, group.items, index, verdict.other);
					}
				}
			}
		}
	},
} satisfies Rule;

/** Reports `siblings[index]`, a duplicate of `other`, with the renumbering from it on. */
function reportDuplicate(ctx: RuleContext, siblings: readonly Item[], index: number, other: Item): void {
	const item = siblings[index] as Item;
	const kind = KIND_NAMES[item.kind];
	// Where the other one is, as the user finds it: in a Word file its paragraph (the lines of the text view mean
	// nothing in Word), else the line of the original text (after a layout recovery the letter's lines are not the
	// original's).
	const paragraph = ctx.letter.format ? wordLocationAt(ctx.letter.format, other.marker.range.start)?.paragraph : undefined;
	const marker = item.marker.text;
	// Renumber from here to follow the item before this one.
	const edits = renumberFrom(siblings, index, (index > 0 ? (siblings[index - 1] as Item).value : 0) + 1);
	// Built field by field: object spreads of literals cost a runtime call each in the interpreter, and this
	// rule reports thousands of findings in a corpus where one body numbers a few dozen items the same.
	const descriptor: ReportDescriptor = {
		messageId: paragraph !== undefined ? 'duplicateParagraph' : 'duplicate',
		data:
			paragraph !== undefined
				? { kind, marker, paragraph }
				: { kind, marker, line: sourceLineOf(ctx.letter, other.marker.range.start) + 1 },
		range: item.marker.range,
		related: [
			{
				range: other.marker.range,
				message:
					other.marker.range.start < item.marker.range.start
						? `${kind} "${other.marker.text}" đầu tiên.`
						: `${kind} "${other.marker.text}" cùng số.`,
			},
		],
	};
	if (edits) {
		descriptor.suggestions = [{ message: `Đánh số lại từ ${kind} "${marker}" trở đi.`, edits }];
	}
	ctx.report(descriptor);
}
