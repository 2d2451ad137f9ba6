// Dates: the calendar, the "dd/mm/yyyy" form used in messages and hovers, and the date from which Nghị định
// 30/2020/NĐ-CP applies (05/03/2020; Thông tư 01/2011/TT-BNV before it, reference R3.6, §9).
import type { DateValue } from './types';

/** A day or month with two digits: 5 → "05", 12 → "12". */
export function pad2(n: number): string {
	return String(n).padStart(2, '0');
}

/** "05/03/2020": a date with two-digit day and month. */
export function formatDate(date: DateValue): string {
	return `${pad2(date.day)}/${pad2(date.month)}/${date.year}`;
}

/** The number of days of a month (1 to 12) of the Gregorian calendar: 29 February in leap years. */
export function daysInMonth(month: number, year: number): number {
	if (month === 2) {
		const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
		return leap ? 29 : 28;
	}
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the day exists in the Gregorian calendar (no 30/02, no 31/04, no month 13, no day 0). */
export function isCalendarDate(date: DateValue): boolean {
	const { year, month, day } = date;
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) {
		return false;
	}
	return day <= daysInMonth(month, year);
}

/** The day of the week of a date, 0 for Sunday to 6 for Saturday (years before 100 included). */
export function weekdayIndex(date: DateValue): number {
	// Date.UTC reads the years 0 to 99 as 1900 to 1999; setUTCFullYear does not.
	const at = new Date(0);
	at.setUTCFullYear(date.year, date.month - 1, date.day);
	return at.getUTCDay();
}

/** A number that orders dates: 2020-03-05 → 20200305. */
export function dateKey(date: DateValue): number {
	return date.year * 10000 + date.month * 100 + date.day;
}

/**
 * True when a letter dated `date` follows Thông tư 01/2011, i.e. is dated before 05/03/2020 (reference R3.6,
 * §9). An undated draft, and a March 2020 draft whose day is still blank, follow the rules in force.
 */
export function beforeNd30(date: Partial<DateValue> | undefined): boolean {
	const { year, month, day } = date ?? {};
	if (year === undefined || year > 2020) {
		return false;
	}
	if (year < 2020) {
		return true;
	}
	if (month === undefined || month > 3) {
		return false;
	}
	return month < 3 || (day !== undefined && day < 5);
}
