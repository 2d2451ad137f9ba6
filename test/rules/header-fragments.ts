// Header fragments of the five real letters (reference §12), read from ../shared/letters at test time (the
// project ships no copies of them): the blank lines, trailing spaces, en dashes and wraps are the files'
// own, so line numbers match the §12 tables. Shared by the tests of the header rules.
import * as fs from 'node:fs';
import * as path from 'node:path';

const SHARED = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'letters');

/** Lines `from`..`to` (1-based, inclusive) of a shared letter. */
function lines(name: string, from: number, to: number): string {
	return fs
		.readFileSync(path.join(SHARED, name), 'utf8')
		.split('\n')
		.slice(from - 1, to)
		.join('\n');
}

/** 000_421e170032c2d4c4.txt, lines 1–21. Sở TN&MT Cao Bằng: no Quốc hiệu, Tiêu ngữ or agency; Số, date, 3-line V/v; body "v/v" (line 13) and "5K: Khẩu trang - …" (line 21). */
export const L000 = lines('000_421e170032c2d4c4.txt', 1, 21);

/** 001_7be023b102d61987.txt, lines 1–15. Bộ TN&MT: agency and Quốc hiệu merged on line 3, Tiêu ngữ with en dashes (line 5), V/v (line 9) before the date (line 11). */
export const L001 = lines('001_7be023b102d61987.txt', 1, 15);

/** 002_d020e18a9f77c476.txt, lines 1–13. Sở VH-TT&DL Cao Bằng: draft number, V/v over lines 7–9 with trailing double spaces and a final period. */
export const L002 = lines('002_d020e18a9f77c476.txt', 1, 13);

/** 003_5418981208059e29.txt, lines 1–7. No header at all: the text starts at " Kính gửi:" (line 1); every wrapped line is followed by a blank line. */
export const L003 = lines('003_5418981208059e29.txt', 1, 7);

/** 004_d5b89adf6b17fad0.txt, lines 1–12. Sở Công Thương Lạng Sơn: draft, V/v right after Số with no blank line, wrapped over lines 4–6. */
export const L004 = lines('004_d5b89adf6b17fad0.txt', 1, 12);
