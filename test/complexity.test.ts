// Linear time, always (issues #6, 9 and 15): the core's work on a pathological input of size n and of size 8n.
// A linear check does about eight times the work on the larger input, a quadratic one 64 times, so the test
// asserts a ratio below 20. It measures a ratio, never a time threshold, and it measures the CPU time of this
// process, which other processes on a loaded machine do not stretch (the wall clock gave "×6.53, limit 3" on
// two clean runs of a busy two-core machine with sizes n and 2n): the median of five interleaved runs after a
// warm-up, with a full garbage collection before each, every run repeating the work until it lasts long
// enough to be measured, and a second measurement before a failure. The margin is wide on both sides: ×2.5
// above linear, ×3 below quadratic. When a case fails, the message names the parser or the rule whose own
// ratio is too high.
import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { RULES, applyFixes, lintText, parseLetter, type LintConfig, type ProfileUnit, type Rule } from '../server/src/core/index';
import { buildLetter } from './harness/letter-builder';
import { KNOWN_SUPERLINEAR, KNOWN_SUPERLINEAR_OFF } from './harness/known-superlinear';

/** How much larger the large input is. */
const SCALE = 8;
/** Above this ratio of times (8n against n) a case counts as super-linear; linear is 8, quadratic 64. */
const LIMIT = 20;
const RUNS = 5;
const TODAY = { year: 2026, month: 11, day: 22 };

/** A pathological input: `make(n)` is a text of about n UTF-16 code units. */
interface Case {
	name: string;
	/** The smaller size; sizes are chosen so that a run on the larger input (8n) takes some hundred milliseconds. */
	n: number;
	make(n: number): string;
	/** What is timed on the text; lintText when absent. `n` is the size the text was made for. */
	work?(text: string, n: number): void;
}

/** Repeats `unit` to about n code units. */
function repeat(unit: string, n: number): string {
	return unit.repeat(Math.max(1, Math.round(n / unit.length)));
}

/** Whole lines from `lines`, taken in turn, up to about n code units. */
function cycleLines(lines: readonly string[], n: number): string {
	const out: string[] = [];
	let length = 0;
	for (let i = 0; length < n; i++) {
		const line = lines[i % lines.length] ?? '';
		out.push(line);
		length += line.length + 1;
	}
	return out.join('\n');
}

/** A team profile's unit list of `count` units with abbreviations of three to five letters. */
function unitList(count: number): ProfileUnit[] {
	return Array.from({ length: count }, (_, i) => ({ ten: `Đơn vị ${i}`, kyHieu: `DV${i.toString(36).toUpperCase()}` }));
}

const CASES: readonly Case[] = [
	// The list.
	// 25,000 and 200,000 characters.
	{ name: 'a line of digits and slashes', n: 25_000, make: (n) => repeat('12/3/', n) },
	// 6,250 and 50,000 lines.
	{ name: 'one-dot-lines', n: 18_750, make: (n) => repeat('1.\n', n) },
	{
		name: 'numbering counting down',
		n: 6_250,
		make: (n) => {
			const count = Math.round(n / 10);
			return Array.from({ length: count }, (_, i) => `${count - i}. Nội dung`).join('\n');
		},
	},
	{
		name: 'deeply nested numbering',
		n: 3_750,
		make: (n) =>
			cycleLines(
				['Phần I', 'Chương II', 'Mục 3', 'I. Nội dung', 'Điều 4. Phạm vi', '1. Khoản', 'a) Điểm', '1.1. Tiểu mục', '- Ý', '+ Ý nhỏ'],
				n,
			),
	},
	{
		name: 'numbering ever deeper (1.1.1. …)',
		n: 10_000,
		make: (n) => {
			const lines: string[] = [];
			let length = 0;
			for (let depth = 1; length < n; depth++) {
				lines.push(`${'1.'.repeat(depth)} Nội dung`);
				length += depth * 2 + 10;
			}
			return lines.join('\n');
		},
	},
	{ name: 'a file of only "Số:" lines', n: 6_250, make: (n) => repeat('Số:\n', n) },
	{ name: 'citation-fragments', n: 6_250, make: (n) => repeat('Công văn số 1/A-B ngày 01/01/2020 của ', n) },
	{
		name: 'citations with subjects in one sentence',
		n: 6_250,
		make: (n) => repeat('Công văn số 1/A-B ngày 01/01/2020 của Bộ X về việc Y, ', n),
	},
	// A long gap between "số" and a number: "\s*:?\s*" in the citation pattern backtracked over it.
	{ name: 'a long gap after "số" in a citation', n: 25_000, make: (n) => `Kính gửi: Sở Nội vụ\n\nCông văn số${' '.repeat(n)}1x` },
	{ name: 'a line of "*"', n: 50_000, make: (n) => repeat('*', n) },
	{ name: 'a line of combining marks', n: 25_000, make: (n) => `a${'\u0301'.repeat(n - 1)}` },
	// Other shapes that make a parser or a rule loop: every line a header, signature, Nơi nhận or
	// Kính gửi candidate, comments, decomposed text, mixed line ends and lookalike letters.
	{ name: 'upper-case lines (signature and header candidates)', n: 7_500, make: (n) => repeat('ỦY BAN NHÂN DÂN\n', n) },
	{ name: '"Nơi nhận:" lines', n: 6_250, make: (n) => repeat('Nơi nhận:\n- Như trên;\n', n) },
	{ name: '"Kính gửi:" lines', n: 6_250, make: (n) => repeat('Kính gửi:\n- Sở Nội vụ;\n', n) },
	{ name: 'congvan comments', n: 5_000, make: (n) => repeat('<!-- congvan-disable-next-line malformed-so-ky-hieu -->\nSố: 5/UBND\n', n) },
	{ name: 'a comment with a long run of dashes', n: 50_000, make: (n) => `<!-- congvan-disable a${'-'.repeat(n)}` },
	{ name: 'decomposed (NFD) lines', n: 7_500, make: (n) => repeat('Cộng hòa xã hội chủ nghĩa Việt Nam\n'.normalize('NFD'), n) },
	{ name: 'mixed CR, LF and CRLF', n: 7_500, make: (n) => repeat('Số: 5\r\nngày\rtháng\n', n) },
	{ name: 'lookalike Đ and NBSP', n: 10_000, make: (n) => repeat('Ðà Nẵng,\u00a0ngày ', n) },
	{ name: 'date lines', n: 7_500, make: (n) => repeat('Hà Nội, ngày 5 tháng 3 năm 2024\n', n) },
	{
		name: 'one long paragraph of words',
		n: 12_500,
		make: (n) => repeat('Thực hiện nhiệm vụ được giao, hoà ủy đề nghị các đơn vị báo cáo ', n),
	},
	// Issue 9: the layout recovery cuts a flattened header or closing where each component begins (at most a
	// few cuts a line), and each cut searches the rest of the line once.
	{
		name: 'a header table flattened onto one line (web page), the line repeated',
		n: 25_000,
		make: (n) =>
			repeat(
				'ỦY BAN NHÂN DÂN TỈNH LÂM VIÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 215/UBND-KT Lâm Viên, ngày 14 tháng 5 năm 2024 V/v rà soát hệ thống đèn chiếu sáng công cộng\n',
				n,
			),
	},
	{
		name: 'a whole header table and its repetitions on one line',
		n: 25_000,
		make: (n) =>
			repeat(
				'ỦY BAN NHÂN DÂN TỈNH LÂM VIÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 215/UBND-KT Lâm Viên, ngày 14 tháng 5 năm 2024 V/v rà soát ',
				n,
			),
	},
	{
		name: 'a closing flattened onto one line, repeated on that line',
		n: 25_000,
		make: (n) =>
			`Nội dung./.\n${repeat('Nơi nhận: - Như trên; - Phòng Kinh tế - Lưu: VT, KT. TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Trần Minh Khoa ', n)}`,
	},
	{
		name: 'PDF columns: rows of two cells with a run of spaces, a date wrapped beside each number',
		n: 12_500,
		make: (n) => repeat('Số:        Lâm Viên, ngày 14 tháng 5\n215/UBND-KT          năm 2024\n', n),
	},
	// Issue 15: suppression comments, fix-all and a large team profile.
	{
		name: 'a disable-next-line comment above every duplicated item (2,000 comments in 100 KB)',
		n: 12_500,
		make: (n) => buildLetter({ body: repeat('<!-- congvan-disable-next-line duplicate-item-number -->\n1. Nội dung công việc.\n', n) }),
	},
	{
		name: 'fix-all on a decomposed (NFD) letter (applyFixes builds its output once)',
		n: 12_500,
		make: (n) => buildLetter({ body: repeat('Thực hiện kế hoạch công tác năm 2021 của Ủy ban nhân dân tỉnh.\n\n', n) }).normalize('NFD'),
		work: (text) => {
			applyFixes(text, lintText(text, CONFIG));
		},
	},
	{
		name: 'unknown-unit: a profile of 8n units and n/250 unknown units on the Lưu line',
		n: 2_000,
		make: (n) => {
			const mentions = Array.from({ length: Math.max(1, Math.round(n / 250)) }, (_, i) => `QXYZ${i}`);
			return buildLetter({ noiNhan: `Nơi nhận:\n- Như trên;\n- Lưu: VT, ${mentions.join(', ')}.` });
		},
		// A new unit list each time: the folding and the index of the profile are part of the work.
		work: (text, n) => {
			lintText(text, { ...CONFIG, profile: { donVi: unitList(8 * n) } });
		},
	},
];

// A full collection before each run, so that one run's garbage is not collected during the next.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** A measurement shorter than this is mostly noise: the work is repeated until one lasts this long. */
const MIN_MS = 10;

/** The CPU time of this process so far, in milliseconds (user and system, every thread). */
function cpuMs(): number {
	const used = process.cpuUsage();
	return (used.user + used.system) / 1000;
}

/** The CPU time of `repeats` runs of `work` on `input`, after a full garbage collection. */
function timeOnce<T>(input: T, work: (input: T) => void, repeats: number): number {
	collectGarbage();
	const start = cpuMs();
	for (let i = 0; i < repeats; i++) {
		work(input);
	}
	return cpuMs() - start;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The median CPU times of `work` on the two inputs, measured in turn, each measurement repeating the work as
 * often as the small input needs to last MIN_MS.
 */
function timePair<T>(small: T, large: T, work: (input: T) => void, runs = RUNS): [number, number] {
	// A run of each first, so that compiling the code for these inputs is not in the calibration.
	work(small);
	work(large);
	let repeats = 1;
	while (repeats < 1024 && Math.min(timeOnce(small, work, repeats), timeOnce(small, work, repeats)) < MIN_MS) {
		repeats *= 2;
	}
	for (;;) {
		const times: [number[], number[]] = [[], []];
		for (let run = 0; run < runs; run++) {
			times[0].push(timeOnce(small, work, repeats));
			times[1].push(timeOnce(large, work, repeats));
		}
		const n = median(times[0]);
		// CPU time counts every thread of the process: a collection or a compilation of earlier work that
		// lands in the calibration makes it stop early. Runs that turn out too short are measured again, longer.
		if (n >= MIN_MS / 2 || repeats >= 1024) {
			return [Math.max(n, 0.01), median(times[1])];
		}
		repeats *= 2;
	}
}

// FIXME(#6): the rules known to be super-linear are off here and checked on their own at the end.
const OFF: LintConfig['rules'] = KNOWN_SUPERLINEAR_OFF;
const CONFIG: LintConfig = { today: TODAY, rules: OFF };

/** For a failure message: the parser's and each rule's own ratio, the worst first. */
function attribution(small: string, large: string): string {
	const rows: { name: string; n: number; twoN: number }[] = [];
	const [parseN, parse2N] = timePair(small, large, (t) => parseLetter(t), 3);
	rows.push({ name: 'parseLetter', n: parseN, twoN: parse2N });
	const letters = [parseLetter(small), parseLetter(large)] as const;
	for (const rule of RULES) {
		if (OFF?.[rule.id] === 'off') {
			continue;
		}
		const [n, twoN] = timePair(letters[0], letters[1], (letter) => runRule(rule, letter), 3);
		rows.push({ name: rule.id, n, twoN });
	}
	return rows
		.sort((a, b) => b.twoN / Math.max(b.n, 0.01) - a.twoN / Math.max(a.n, 0.01))
		.slice(0, 5)
		.map((r) => `${r.name}: ${r.n.toFixed(1)} ms → ${r.twoN.toFixed(1)} ms (×${(r.twoN / Math.max(r.n, 0.01)).toFixed(2)})`)
		.join('; ');
}

/** Runs one rule's check alone, as the engine would, ignoring what it reports or throws. */
function runRule(rule: Rule, letter: ReturnType<typeof parseLetter>): void {
	try {
		rule.check({ letter, options: rule.defaultOptions ?? {}, today: TODAY, report: () => undefined });
	} catch {
		// A rule that throws is the engine's business (internal-error); here only its time counts.
	}
}

/**
 * Work of a rule that does not depend on the machine: the elements of the letter's lists that it reads
 * (citations, paragraphs, items and their children) and the edits and related places that it reports.
 */
function workOf(rule: Rule, text: string): number {
	const letter = parseLetter(text);
	let work = 0;
	const counted = <T>(array: T[]): T[] =>
		new Proxy(array, {
			get(target, key, receiver) {
				if (typeof key === 'string' && /^\d+$/u.test(key)) {
					work++;
				}
				return Reflect.get(target, key, receiver) as unknown;
			},
		});
	letter.citations = counted(letter.citations);
	const body = letter.body;
	if (body) {
		body.paragraphs = counted(body.paragraphs);
		body.items = counted(body.items);
		for (const item of body.allItems) {
			item.children = counted(item.children);
		}
		body.allItems = counted(body.allItems);
	}
	rule.check({
		letter,
		options: rule.defaultOptions ?? {},
		today: TODAY,
		report: (descriptor) => {
			work += 1 + (descriptor.fix?.length ?? 0) + (descriptor.related?.length ?? 0);
			for (const suggestion of descriptor.suggestions ?? []) {
				work += suggestion.edits.length;
			}
		},
	});
	return work;
}

describe('linear time on pathological input (a ratio of CPU times, n against 8n)', function () {
	// Generous: a loaded two-core machine; the suite's own runs take some seconds in all.
	this.timeout(180_000);

	before(() => {
		// Warm up the parser and every rule so that compilation is not counted in the first measurement.
		for (const c of CASES) {
			(c.work ?? ((t: string) => lintText(t, CONFIG)))(c.make(2_000), 2_000);
		}
	});

	for (const c of CASES) {
		it(`${c.name}: eight times the input at most about eight times the work`, () => {
			const small = { text: c.make(c.n), n: c.n };
			const large = { text: c.make(SCALE * c.n), n: SCALE * c.n };
			const work = c.work ?? ((text: string) => lintText(text, CONFIG));
			const run = (input: { text: string; n: number }): void => work(input.text, input.n);
			let [n, eightN] = timePair(small, large, run);
			if (eightN / n >= LIMIT) {
				// Measure once more before failing: a super-linear case fails twice, a burst of load rarely does.
				[n, eightN] = timePair(small, large, run, RUNS + 2);
			}
			const ratio = eightN / n;
			if (process.env['CONGVAN_COMPLEXITY_LOG']) {
				console.log(`      ${c.name}: ${n.toFixed(1)} → ${eightN.toFixed(1)} ms CPU, ×${ratio.toFixed(2)}`);
			}
			if (ratio >= LIMIT) {
				assert.fail(
					`${c.name}: ${n.toFixed(1)} ms CPU for ${small.text.length} code units, ${eightN.toFixed(1)} ms for ${large.text.length}: ×${ratio.toFixed(2)} (limit ${LIMIT}). Own ratios: ${c.work ? '(not lintText alone)' : attribution(small.text, large.text)}`,
				);
			}
		});
	}

	describe('FIXME(#6): rules known to be super-linear (switched off above)', () => {
		for (const known of KNOWN_SUPERLINEAR) {
			it(`${known.rule} is still super-linear on ${known.input}: ${known.cause} (take it off the list once this fails)`, () => {
				const rule = RULES.find((r) => r.id === known.rule);
				assert.ok(rule, `${known.rule} is no longer registered: take it off KNOWN_SUPERLINEAR`);
				const input = CASES.find((c) => c.name === known.input);
				assert.ok(input, `no case named ${known.input}`);
				let n: number;
				let twoN: number;
				if (known.measure === 'work') {
					// Small sizes: a count does not need long runs.
					[n, twoN] = [workOf(rule, input.make(1_000)), workOf(rule, input.make(SCALE * 1_000))];
				} else {
					// Large enough for the quadratic term to dominate the time (×10 or more here), small enough to
					// stay short.
					const letters = [parseLetter(input.make(5_000)), parseLetter(input.make(SCALE * 5_000))] as const;
					runRule(rule, parseLetter(input.make(1_000)));
					[n, twoN] = timePair(letters[0], letters[1], (letter) => runRule(rule, letter), 2);
				}
				assert.ok(
					twoN / n >= LIMIT,
					`${known.rule}: ${known.measure} ${n.toFixed(1)} → ${twoN.toFixed(1)} (×${(twoN / n).toFixed(2)}) looks linear now`,
				);
			});
		}
	});
});
