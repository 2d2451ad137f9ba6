// The dates written out in words in the body ("ngày 31 tháng 02 năm 2024"), as the numbers written and their
// ranges in the original text. Only the full form with the three keywords is read, so that a number near
// "tháng" in other wording ("3 tháng 02 năm") is not taken for a date; dates written with "/" are read by the
// citation reader where they belong to a citation, and left alone elsewhere (they are often table data).
import type { Letter } from '../letter';
import type { Range } from '../types';

/** One date of the body, with the day, month and year as written. */
export interface BodyDate {
	day: { text: string; value: number; range: Range };
	month: { text: string; value: number };
	year: { text: string; value: number };
	/** From "ngày" to the last digit of the year. */
	range: Range;
}

// Sticky: tried only where "ngày" is written (found by indexOf), rather than at every character of the body.
const WORDS_DATE = /(?<![\p{L}\p{N}])ngày[ \t]+(?<d>\d{1,2})[ \t]+tháng[ \t]+(?<m>\d{1,2})[ \t]+năm[ \t]+(?<y>\d{4})(?![\p{L}\p{N}])/uy;

/** Every full date in words in the body's paragraphs, in document order. */
export function bodyDates(letter: Letter): BodyDate[] {
	const dates: BodyDate[] = [];
	for (const paragraph of letter.body?.paragraphs ?? []) {
		const mapped = paragraph.text;
		const text = mapped.text;
		// The matches that a global scan finds, in order: each starts at a "ngày" after the last match. A date in
		// words holds "tháng": most paragraphs that write "ngày" have none (five in six on the bench letters), and
		// are left at one search.
		let at = text.includes('tháng') ? text.indexOf('ngày') : -1;
		while (at >= 0) {
			WORDS_DATE.lastIndex = at;
			const match = WORDS_DATE.exec(text);
			if (!match) {
				at = text.indexOf('ngày', at + 1);
				continue;
			}
			at = text.indexOf('ngày', WORDS_DATE.lastIndex);
			const groups = match.groups ?? {};
			const d = groups.d ?? '';
			const m = groups.m ?? '';
			const y = groups.y ?? '';
			const dayStart = match.index + match[0].indexOf(d, 'ngày'.length);
			dates.push({
				day: { text: d, value: Number(d), range: mapped.range(dayStart, dayStart + d.length) },
				month: { text: m, value: Number(m) },
				year: { text: y, value: Number(y) },
				range: mapped.range(match.index, match.index + match[0].length),
			});
		}
	}
	return dates;
}
