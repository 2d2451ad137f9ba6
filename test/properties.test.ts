// Properties of the checking core on any text (issue #6), with fast-check: random edits of real letters and
// random Unicode (surrogate pairs, lone surrogates, combining marks, CR/LF/CRLF mixes, NBSP, Ð, "*").
// - Checking never throws, and no rule crashes (no internal-error finding).
// - Every range, fix edit, suggestion edit and related place lies inside the text, on UTF-16 boundaries:
//   never between the two halves of a surrogate pair.
// - Applying all fixes converges within a few passes, and a pass changes nothing outside its edits.
// - CRLF or LF line ends change positions only: the same rule ids, message ids and lines.
// Seeded and bounded, so that `npm test` stays fast and a failure is reproduced by the same run.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import {
	LineIndex,
	applyFixes,
	fixText,
	lintLetter,
	lintText,
	parseLetter,
	type Letter,
	type LintConfig,
	type Problem,
	type Range,
	type TextEdit,
} from '../server/src/core/index';

const root = path.resolve(__dirname, '..', '..');
const CONFIG: LintConfig = { today: { year: 2026, month: 11, day: 22 } };
// A longer hunt: CONGVAN_FC_SEED=<n> CONGVAN_FC_RUNS=<factor> npm test (the default is fixed and short).
const SEED = Number(process.env['CONGVAN_FC_SEED'] ?? 20260611);
const FACTOR = Number(process.env['CONGVAN_FC_RUNS'] ?? 1);

/** The real letters next to the repository, the examples and the fixtures, and their NFD copies. */
function realLetters(): string[] {
	const files: string[] = [];
	const add = (dir: string, ext: string): void => {
		if (fs.existsSync(dir)) {
			files.push(
				...fs
					.readdirSync(dir)
					.filter((n) => n.endsWith(ext) && !/\.(?:expected|fixed)\.txt$/u.test(n))
					.sort()
					.map((n) => path.join(dir, n)),
			);
		}
	};
	add(path.resolve(root, '..', 'shared', 'letters'), '.txt');
	add(path.join(root, 'examples'), '.congvan');
	add(path.join(root, 'test', 'fixtures', 'letters'), '.congvan');
	// Each letter also decomposed (NFD), as macOS and PDFs give it.
	return files.map((f) => fs.readFileSync(f, 'utf8')).flatMap((text) => [text, text.normalize('NFD')]);
}

const LETTERS = realLetters();

// Pieces that letters from PDFs, Word, old encodings and macOS keyboards bring, and parts of a letter.
const PIECES = [
	'\n',
	'\r\n',
	'\r',
	'\n\n',
	'\u00a0',
	'Ð',
	'ð',
	'Đ',
	'*',
	'**',
	'***',
	'\u0301',
	'\u0323\u0302',
	'e\u0323\u0302',
	'\ud83d\ude00',
	'\ud835\udc00',
	'\ud800',
	'\udc00',
	'\ufeff',
	'\u200b',
	'–',
	'—',
	'\t',
	' ',
	'Số: ',
	'Số: 5/UBND-VP',
	'SỐ 12-CV/TU',
	'30/2020/NĐ-CP',
	'Hà Nội, ngày 5 tháng 3 năm 2024',
	'ngày 05/3/2020',
	'V/v ',
	'QUYẾT ĐỊNH',
	'Kính gửi:',
	'- ',
	'1. ',
	'1.',
	'a) ',
	'f) ',
	'Điều 1.',
	'Phần I',
	'Công văn số 12/UBND-VP ngày 05/01/2099 của Bộ Nội vụ về việc họp',
	'./.',
	'Nơi nhận:',
	'- Lưu: VT, VP.',
	'KT. GIÁM ĐỐC',
	'Nguyễn Văn A',
	'<!-- congvan-disable-next-line -->',
	'Céng hoµ x· héi',
	'Coäng hoøa',
];

/** A string made of letter pieces and random Unicode, including astral characters and lone surrogates. */
const noise = fc
	.array(
		fc.oneof(
			fc.constantFrom(...PIECES),
			fc.string({ unit: 'binary', maxLength: 4 }),
			fc.string({ unit: 'grapheme-composite', maxLength: 3 }),
		),
		{
			maxLength: 12,
		},
	)
	.map((parts) => parts.join(''));

/** One edit of a text: delete some code units at a relative position and insert noise there. */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 40 }), insert: noise });

/** A real letter with one to five random edits. */
const editedLetter = fc.tuple(fc.nat({ max: LETTERS.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 5 })).map(([index, edits]) => {
	let text = LETTERS[index] ?? '';
	for (const e of edits) {
		const at = Math.floor(e.at * text.length);
		text = text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
	}
	return text;
});

/** Random Unicode text with line breaks of every kind. */
const randomText = fc.array(fc.oneof(noise, fc.constantFrom('\n', '\r\n', '\r')), { maxLength: 30 }).map((parts) => parts.join(''));

const anyText = fc.oneof(editedLetter, randomText);

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
	const before = text.charCodeAt(offset - 1);
	const after = text.charCodeAt(offset);
	return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function assertRange(text: string, range: Range, what: string): void {
	assert.ok(
		Number.isInteger(range.start) &&
			Number.isInteger(range.end) &&
			0 <= range.start &&
			range.start <= range.end &&
			range.end <= text.length,
		`${what}: ${JSON.stringify(range)} is not inside a text of ${text.length} code units`,
	);
	assert.ok(!splitsPair(text, range.start) && !splitsPair(text, range.end), `${what}: ${JSON.stringify(range)} splits a surrogate pair`);
}

function assertProblems(text: string, problems: readonly Problem[]): void {
	for (const p of problems) {
		assert.notEqual(p.ruleId, 'internal-error', `a rule crashed: ${p.message}`);
		assertRange(text, p.range, `${p.ruleId} range`);
		for (const e of p.fix ?? []) {
			assertRange(text, e.range, `${p.ruleId} fix`);
		}
		for (const s of p.suggestions ?? []) {
			for (const e of s.edits) {
				assertRange(text, e.range, `${p.ruleId} suggestion`);
			}
		}
		for (const r of p.related ?? []) {
			assertRange(text, r.range, `${p.ruleId} related`);
		}
	}
}

/** The text with the edits applied, built from the untouched parts of the original and the new texts. */
function spliced(text: string, edits: readonly TextEdit[]): string {
	const sorted = [...edits].sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
	let out = '';
	let at = 0;
	for (const e of sorted) {
		assert.ok(e.range.start >= at, `applied edits overlap at ${e.range.start}`);
		out += text.slice(at, e.range.start) + e.text;
		at = e.range.end;
	}
	return out + text.slice(at);
}

/**
 * applyFixes as it was first written (quadratic, issue 15): fixes in document order of their first edit, a
 * fix skipped when an edit lies outside the text or overlaps an edit already taken, the text rebuilt per edit.
 * The oracle of the fast version, which also skips a fix whose own edits overlap.
 */
function referenceApplyFixes(text: string, problems: readonly Problem[]): { output: string; applied: Problem[] } {
	const overlaps = (a: TextEdit, b: TextEdit): boolean =>
		a.range.start === a.range.end && b.range.start === b.range.end
			? a.range.start === b.range.start
			: a.range.start < b.range.end && b.range.start < a.range.end;
	const first = (p: Problem): number => Math.min(...(p.fix ?? []).map((e) => e.range.start));
	const fixable = problems.filter((p) => p.fix && p.fix.length > 0).sort((a, b) => first(a) - first(b));
	const taken: TextEdit[] = [];
	const applied: Problem[] = [];
	for (const problem of fixable) {
		const edits = problem.fix ?? [];
		const valid = edits.every((e) => e.range.start >= 0 && e.range.end >= e.range.start && e.range.end <= text.length);
		const selfOverlap = edits.some((e, i) => edits.some((f, j) => i < j && overlaps(e, f)));
		if (!valid || selfOverlap || edits.some((e) => taken.some((t) => overlaps(e, t)))) {
			continue;
		}
		taken.push(...edits);
		applied.push(problem);
	}
	taken.sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
	let output = text;
	for (const edit of taken) {
		output = output.slice(0, edit.range.start) + edit.text + output.slice(edit.range.end);
	}
	return { output, applied };
}

/** Whether a rule is off on a line, by the comments as the engine first read them (a scan per question). */
function referenceOff(letter: Letter, ruleId: string, line: number): boolean {
	const matches = (rules: string[]): boolean => rules.length === 0 || rules.includes(ruleId);
	const nextContent = (from: number): number => {
		for (let i = from + 1; i < letter.lines.length; i++) {
			if ((letter.lines[i]?.content ?? '') !== '' && !letter.directives.some((d) => d.line === i)) {
				return i;
			}
		}
		return -1;
	};
	let disabled = false;
	for (const d of letter.directives) {
		if (!matches(d.rules)) {
			continue;
		}
		if (d.kind === 'disable-file') {
			return true;
		}
		if ((d.kind === 'disable' || d.kind === 'enable') && d.line < line) {
			disabled = d.kind === 'disable';
		}
		if ((d.kind === 'disable-line' || d.kind === 'disable-next-line') && nextContent(d.line) === line) {
			return true;
		}
	}
	return disabled;
}

/** fast-check parameters: seeded, `runs` times the factor. */
function runs(runs: number): { seed: number; numRuns: number; endOnFailure: boolean } {
	return { seed: SEED, numRuns: Math.max(1, Math.round(runs * FACTOR)), endOnFailure: true };
}

describe('properties of the core on any text (fast-check)', function () {
	this.timeout(60_000);

	it('has real letters to edit', () => {
		assert.ok(LETTERS.length >= 4, 'the examples at least');
	});

	it('never throws, and every range and edit is inside the text, on UTF-16 boundaries', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				assertProblems(text, lintText(text, CONFIG));
			}),
			runs(300),
		);
	});

	it('converges when every fix is applied, and a pass changes nothing outside its edits', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				let current = text;
				for (let pass = 1; pass <= 5; pass++) {
					const problems = lintText(current, CONFIG);
					const { output, applied } = applyFixes(current, problems);
					if (applied.length === 0) {
						return;
					}
					assert.equal(
						output,
						spliced(
							current,
							applied.flatMap((p) => p.fix ?? []),
						),
						'the output is the untouched parts and the edits',
					);
					assertProblems(output, lintText(output, CONFIG));
					current = output;
				}
				assert.fail(
					`fixes still apply after 5 passes: ${JSON.stringify(
						lintText(current, CONFIG)
							.filter((p) => p.fix)
							.map((p) => p.ruleId),
					)}`,
				);
			}),
			runs(150),
		);
	});

	it('applyFixes takes the same fixes and writes the same text as the first, quadratic version', () => {
		const range = fc.tuple(fc.nat({ max: 60 }), fc.nat({ max: 8 })).map(([start, length]) => ({ start, end: start + length }));
		const problem = fc
			.array(fc.record({ range, text: fc.constantFrom('', 'x', 'yz', 'Đ') }), { minLength: 1, maxLength: 4 })
			.map((fix): Problem => ({
				ruleId: 'r',
				messageId: 'm',
				message: '',
				severity: 'hint',
				source: '',
				range: { start: 0, end: 0 },
				fix,
			}));
		fc.assert(
			fc.property(fc.string({ minLength: 0, maxLength: 64 }), fc.array(problem, { maxLength: 12 }), (text, problems) => {
				const fast = applyFixes(text, problems);
				const reference = referenceApplyFixes(text, problems);
				assert.equal(fast.output, reference.output);
				assert.deepEqual(fast.applied, reference.applied);
			}),
			runs(300),
		);
	});

	it('congvan comments drop the same findings as a scan of every comment, and no fix lands where its rule is off', () => {
		const withComments = fc
			.tuple(
				editedLetter,
				fc.array(
					fc.tuple(
						fc.double({ min: 0, max: 1, noNaN: true }),
						fc.constantFrom('disable-next-line', 'disable-line', 'disable', 'enable', 'disable-file'),
						fc.constantFrom('', ' nfd-text', ' lookalike-d', ' malformed-so-ky-hieu, date-padding', ' duplicate-item-number'),
					),
					{ minLength: 1, maxLength: 6 },
				),
			)
			.map(([text, comments]) => {
				const lines = text.split('\n');
				for (const [at, kind, rules] of comments) {
					lines.splice(Math.floor(at * lines.length), 0, `<!-- congvan-${kind}${rules} -->`);
				}
				return lines.join('\n');
			});
		fc.assert(
			fc.property(withComments, (text) => {
				const letter = parseLetter(text);
				const lines = new LineIndex(text);
				const kept = lintLetter(letter, CONFIG);
				// The same letter with comments that switch nothing off (read alike, as blank lines): every
				// finding, then filtered the old way.
				const all = lintLetter({ ...letter, directives: letter.directives.map((d) => ({ ...d, rules: ['no-such-rule'] })) }, CONFIG);
				const key = (p: Problem): string => `${p.ruleId} ${p.range.start} ${p.range.end}`;
				// nfd-text and lookalike-d leave suppressed lines out themselves, so their one finding moves.
				const own = (p: Problem): boolean => p.ruleId !== 'nfd-text' && p.ruleId !== 'lookalike-d';
				const expected = all
					.filter((p) => own(p) && (p.ruleId === 'internal-error' || !referenceOff(letter, p.ruleId, lines.positionAt(p.range.start).line)))
					.map(key);
				assert.deepEqual(kept.filter(own).map(key), expected);
				for (const p of kept) {
					for (const edit of p.fix ?? []) {
						const first = lines.positionAt(edit.range.start).line;
						const last = lines.positionAt(Math.max(edit.range.start, edit.range.end - 1)).line;
						for (let line = first; line <= last; line++) {
							assert.ok(!referenceOff(letter, p.ruleId, line), `${p.ruleId} fixes line ${line}, where it is off`);
						}
					}
				}
			}),
			runs(100),
		);
	});

	it('fixText leaves nothing fixable behind', () => {
		fc.assert(
			fc.property(editedLetter, (text) => {
				const result = fixText(text, CONFIG);
				assert.ok(result.passes <= 5, `${result.passes} passes`);
				assert.deepEqual(
					result.problems.filter((p) => p.fix).map((p) => p.ruleId),
					[],
				);
			}),
			runs(60),
		);
	});

	it('LineIndex finds the lines a walk over every code unit finds (LF, CRLF, lone CR), both ways', () => {
		// The definition: a line starts after LF, after CR not followed by LF, and after CRLF.
		const starts = (text: string): number[] => {
			const result = [0];
			for (let i = 0; i < text.length; i++) {
				const c = text.charCodeAt(i);
				if (c === 13 && text.charCodeAt(i + 1) === 10) {
					i++;
				}
				if (c === 13 || c === 10) {
					result.push(i + 1);
				}
			}
			return result;
		};
		const unit = fc.constantFrom('a', 'ă', ' ', '\r', '\n', '\r\n', '\n\r', '\t');
		const texts = fc.oneof(
			fc.array(unit, { maxLength: 40 }).map((parts) => parts.join('')),
			anyText.map((text) => text.slice(0, 3000)),
		);
		fc.assert(
			fc.property(texts, (text) => {
				const expected = starts(text);
				const index = new LineIndex(text);
				assert.equal(index.lineCount, expected.length);
				for (let offset = 0; offset <= text.length; offset++) {
					let line = 0;
					while (line + 1 < expected.length && (expected[line + 1] as number) <= offset) {
						line++;
					}
					const position = index.positionAt(offset);
					assert.deepEqual(position, { line, character: offset - (expected[line] as number) });
					if (text.charCodeAt(offset - 1) !== 13 || text.charCodeAt(offset) !== 10) {
						assert.equal(index.offsetAt(position), offset);
					}
				}
			}),
			runs(150),
		);
	});

	it('finds the same rule ids, message ids and lines with CRLF as with LF line ends', () => {
		const summary = (text: string): string[] => {
			const lines = new LineIndex(text);
			return lintText(text, CONFIG)
				.map((p) => `${lines.positionAt(p.range.start).line} ${p.ruleId} ${p.messageId}`)
				.sort();
		};
		fc.assert(
			fc.property(anyText, (text) => {
				const lf = text.replace(/\r\n?/gu, '\n');
				assert.deepEqual(summary(lf.replace(/\n/gu, '\r\n')), summary(lf));
			}),
			runs(150),
		);
	});
});
