// Known defects injected into a clean letter, each with the rule it must trigger and where, and quiet controls
// that must trigger nothing new. Used by scripts/eval/run.mjs (recall per defect class) and by
// test/layout-invariance.test.ts. Every injection edits the clean text only where its defect is.

/** A letter with one injected defect, or a quiet control. */
export interface Injection {
	/** The defect class ("so-no-slash", "dup-dieu", "control-deadline-after"). */
	defect: DefectClass;
	/** The rule that must report it; undefined for a quiet control, which must add no finding. */
	rule?: string;
	/** The zero-based line of the clean text where the finding must start; undefined for "anywhere". */
	line?: number;
	/** The letter with the defect. */
	text: string;
}

export const DEFECT_CLASSES = [
	'drop-noi-nhan',
	'so-no-slash',
	'so-lowercase',
	'so-spaces',
	'so-letters-in-number',
	'so-missing-number',
	'dup-item',
	'dup-diem',
	'dup-dieu',
	'citation-after-letter',
	'control-citation-before',
	'control-deadline-after',
] as const;

export type DefectClass = (typeof DEFECT_CLASSES)[number];

interface Line {
	start: number;
	end: number;
	text: string;
}

function lines(text: string): Line[] {
	const out: Line[] = [];
	let start = 0;
	for (const t of text.split('\n')) {
		out.push({ start, end: start + t.length, text: t });
		start += t.length + 1;
	}
	return out;
}

function replaceRange(text: string, start: number, end: number, by: string): string {
	return text.slice(0, start) + by + text.slice(end);
}

/** The Số line's number and ký hiệu ("Số: 215/UBND-KT"), within the first 30 lines. */
const SO_VALUE = /^(Số:\s*)(\d+)\/(\p{Lu}[\p{L}\p{N}]*)((?:-[\p{L}\p{N}]+)*)\s*$/u;

/** The letter's date from its date line ("…, ngày 14 tháng 5 năm 2024"). */
const LETTER_DATE = /^\p{L}[\p{L} .-]*, ngày (\d{1,2}) tháng (\d{1,2}) năm (\d{4})\s*$/u;

function letterDate(text: string): { day: number; month: number; year: number } | undefined {
	for (const l of lines(text).slice(0, 30)) {
		const m = LETTER_DATE.exec(l.text.trim());
		if (m) {
			return { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
		}
	}
	return undefined;
}

function soInjection(
	text: string,
	defect: DefectClass,
	edit: (n: string, first: string, rest: string) => string,
	rule = 'malformed-so-ky-hieu',
): Injection | undefined {
	const ls = lines(text);
	for (let i = 0; i < Math.min(ls.length, 30); i++) {
		const l = ls[i] as Line;
		const m = SO_VALUE.exec(l.text);
		if (m) {
			const value = edit(m[2] as string, m[3] as string, m[4] as string);
			const start = l.start + (m[1] as string).length;
			return { defect, rule, line: i, text: replaceRange(text, start, l.end, value) };
		}
	}
	return undefined;
}

/** The end of the body: the line of the Nơi nhận label, or the end of the text. */
function noiNhanLine(ls: readonly Line[]): number | undefined {
	for (let i = ls.length - 1; i >= 0; i--) {
		if (/^Nơi nhận:/u.test(ls[i]?.text.trim() ?? '')) {
			return i;
		}
	}
	return undefined;
}

/**
 * Two consecutive items of one kind ("1." then "2.", "a)" then "b)", "Điều 1." then "Điều 2."): the second is
 * renumbered like the first. Items are looked for between the header and the Nơi nhận label.
 */
function duplicate(text: string, defect: DefectClass, marker: RegExp, same: (a: string, b: string) => boolean): Injection | undefined {
	const ls = lines(text);
	const end = noiNhanLine(ls) ?? ls.length;
	let prev: { line: number; label: string } | undefined;
	for (let i = 0; i < end; i++) {
		const m = marker.exec(ls[i]?.text ?? '');
		if (!m?.groups) {
			continue;
		}
		const label = m.groups['label'] as string;
		if (prev && same(prev.label, label)) {
			const l = ls[i] as Line;
			const at = l.start + m.index + m[0].indexOf(label);
			return { defect, rule: 'duplicate-item-number', line: i, text: replaceRange(text, at, at + label.length, prev.label) };
		}
		prev = { line: i, label };
	}
	return undefined;
}

const next = (a: string, b: string): boolean => /^\d+$/u.test(a) && Number(b) === Number(a) + 1;
const DIEM = 'abcdđeghiklmnopqrstuvxy';
const nextLetter = (a: string, b: string): boolean => DIEM.indexOf(b) === DIEM.indexOf(a) + 1 && DIEM.includes(a);

/** A citation "số N/KH-UBND ngày dd/mm/yyyy" (numeric date) in the body, not a legal-normative number. */
const CITED = /(số \d+\/\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)* ngày )\d{1,2}\/\d{1,2}\/\d{4}/u;

function citationInjection(text: string, defect: DefectClass, year: (letterYear: number) => number, rule?: string): Injection | undefined {
	const date = letterDate(text);
	if (!date) {
		return undefined;
	}
	const ls = lines(text);
	const end = noiNhanLine(ls) ?? ls.length;
	for (let i = 0; i < end; i++) {
		const l = ls[i] as Line;
		const m = CITED.exec(l.text);
		if (!m) {
			continue;
		}
		// Keep day and month of the letter so that the cited date is a real one on either side.
		const dd = String(date.day).padStart(2, '0');
		const mm = String(date.month).padStart(2, '0');
		const start = l.start + m.index + (m[1] as string).length;
		const endAt = start + m[0].length - (m[1] as string).length;
		return { defect, rule, line: rule ? i : undefined, text: replaceRange(text, start, endAt, `${dd}/${mm}/${year(date.year)}`) };
	}
	return undefined;
}

/** Each applicable injection for a clean letter (a letter without numbered Điều gets no "dup-dieu"). */
export function injectDefects(clean: string): Injection[] {
	const out: (Injection | undefined)[] = [];
	const ls = lines(clean);
	const nn = noiNhanLine(ls);
	if (nn !== undefined) {
		let last = nn;
		while (last + 1 < ls.length && (ls[last + 1]?.text.trim() ?? '') !== '') {
			last++;
		}
		const from = ls[nn]?.start ?? 0;
		const to = Math.min(clean.length, (ls[last]?.end ?? 0) + 1);
		out.push({ defect: 'drop-noi-nhan', rule: 'missing-noi-nhan', text: replaceRange(clean, from, to, '') });
	}
	out.push(
		soInjection(clean, 'so-no-slash', (n, first, rest) => `${n}-${first}${rest}`),
		soInjection(clean, 'so-lowercase', (n, first, rest) => `${n}/${first.toLowerCase()}${rest}`),
		soInjection(clean, 'so-spaces', (n, first, rest) => `${n}/${first}${rest.replace(/-/gu, ' - ')}`),
		soInjection(clean, 'so-letters-in-number', (n, first, rest) => `${n}a/${first}${rest}`),
		// A Số without its number reads as a draft whose number the văn thư fills in on issue: an information.
		soInjection(clean, 'so-missing-number', (_n, first, rest) => `/${first}${rest}`, 'draft-blank'),
	);
	// "so-spaces" needs a second group; without one it is the same text as the clean letter.
	const spaces = out.find((x) => x?.defect === 'so-spaces');
	if (spaces && spaces.text === clean) {
		out.splice(out.indexOf(spaces), 1);
	}
	out.push(
		duplicate(clean, 'dup-item', /^(?<label>\d+)\.\s/u, next),
		duplicate(clean, 'dup-diem', /^(?<label>[a-zđ])\)\s/u, nextLetter),
		duplicate(clean, 'dup-dieu', /^Điều (?<label>\d+)\.\s/u, next),
		citationInjection(clean, 'citation-after-letter', (y) => y + 1, 'citation-date-after-letter'),
		citationInjection(clean, 'control-citation-before', (y) => y - 1),
	);
	const date = letterDate(clean);
	const closingParagraph = (() => {
		const end = nn ?? ls.length;
		for (let i = end - 1; i >= 0; i--) {
			if (/\.\/\.\s*$/u.test(ls[i]?.text ?? '')) {
				return i;
			}
		}
		return undefined;
	})();
	if (date && closingParagraph !== undefined) {
		// A deadline a month after the letter, as its own paragraph before the closing one.
		const month = date.month === 12 ? 1 : date.month + 1;
		const year = date.month === 12 ? date.year + 1 : date.year;
		const sentence = `Thời hạn gửi báo cáo chậm nhất ngày ${String(Math.min(date.day, 28)).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}.\n\n`;
		const at = ls[closingParagraph]?.start ?? 0;
		out.push({ defect: 'control-deadline-after', text: replaceRange(clean, at, at, sentence) });
	}
	return out.filter((x): x is Injection => x !== undefined);
}
