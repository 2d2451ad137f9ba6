// The dates written out in words in the body ("ngày 31 tháng 02 năm 2024"), as the numbers written and their
// ranges in the original text. Only the full form with the three keywords is read, so that a number near
// "tháng" in other wording ("3 tháng 02 năm") is not taken for a date; dates written with "/" are read by the
// citation reader where they belong to a citation, and left alone elsewhere (they are often table data).
import type { Body, Letter } from '../letter';
import type { MappedText } from '../text';
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
// Groups 1–3: day, month, year (numbered, not named: a named group builds an object per match).
const WORDS_DATE = /(?<![\p{L}\p{N}])ngày[ \t]+(\d{1,2})[ \t]+tháng[ \t]+(\d{1,2})[ \t]+năm[ \t]+(\d{4})(?![\p{L}\p{N}])/uy;

/** Every full date in words in the body's paragraphs, in document order. */
export function bodyDates(letter: Letter): BodyDate[] {
	const dates: BodyDate[] = [];
	const body = letter.body;
	if (body === undefined || !bodyHolds(letter, body, 'tháng')) {
		return dates;
	}
	// A date in words holds "tháng": most paragraphs have none, and are left at one search.
	for (const paragraph of body.paragraphs) {
		if (paragraph.text.text.includes('tháng')) {
			readDates(paragraph.text, dates);
		}
	}
	return dates;
}

/**
 * Whether a paragraph of the body may hold `word` (which holds no white space and no hyphen): the paragraphs are
 * the contents of the body's lines joined by a space, or by nothing after a hyphen (letter.ts, makeParagraph),
 * so a paragraph holds the word only where the normalised text of the body's lines does. One search of that
 * text tells the two letters in three whose body writes no "tháng", and their paragraphs are not visited.
 */
function bodyHolds(letter: Letter, body: Body, word: string): boolean {
	const first = letter.lines[body.firstLine];
	const last = letter.lines[body.lastLine];
	if (first === undefined || last === undefined) {
		return true;
	}
	const found = letter.norm.text.indexOf(word, first.start);
	return found >= 0 && found + word.length <= last.end;
}

/** Adds to `dates` the dates in words of a paragraph. */
function readDates(mapped: MappedText, dates: BodyDate[]): void {
	const text = mapped.text;
	// The matches that a global scan finds, in order: each starts at a "ngày" after the last match.
	let at = text.indexOf('ngày');
	while (at >= 0) {
		WORDS_DATE.lastIndex = at;
		const match = WORDS_DATE.exec(text);
		if (!match) {
			at = text.indexOf('ngày', at + 1);
			continue;
		}
		at = text.indexOf('ngày', WORDS_DATE.lastIndex);
		const d = match[1] ?? '';
		const m = match[2] ?? '';
		const y = match[3] ?? '';
		const dayStart = match.index + match[0].indexOf(d, 'ngày'.length);
		dates.push({
			day: { text: d, value: Number(d), range: mapped.range(dayStart, dayStart + d.length) },
			month: { text: m, value: Number(m) },
			year: { text: y, value: Number(y) },
			range: mapped.range(match.index, match.index + match[0].length),
		});
	}
}
