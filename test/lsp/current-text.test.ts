// The pieces behind "fixes are a function of the current text", without a connection:
// - ParsedDocuments parses a text once, whatever version number comes with it, and checks it once per
//   configuration (counted, not timed);
// - the quick fixes that a diagnostic gets are those of the problem of the current text with its rule,
//   messageId and range, and nothing when there is none (a property over real letters edited at random).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit as LspTextEdit } from 'vscode-languageserver';
import { quickActions, fixAllAction, type ActionSource } from '../../server/src/code-actions';
import { diagnosticData, toDiagnostics, toLspEdits, toLspRange } from '../../server/src/convert';
import { LineIndex, applyFixes, lintText, type LintConfig, type TeamProfile } from '../../server/src/core/index';
import type { DocumentFormat } from '../../server/src/core/letter/format';
import { ParsedDocuments } from '../../server/src/parsed-documents';
import { buildLetter } from '../harness/letter-builder';
import { documentEdits, repoRoot } from '../harness/lsp';

const CONFIG: LintConfig = { today: { year: 2026, month: 11, day: 22 } };
const DOCS = 'file:///docs/rules/';
const URI = 'file:///congvan/a.congvan';

describe('ParsedDocuments: one parse per text, one check per text and configuration', () => {
	it('parses again when a change reuses the version number, and not when nothing changed', () => {
		const parsed = new ParsedDocuments();
		const first = buildLetter({ so: 'Số: 5/UBND-VP' });
		const document = TextDocument.create(URI, 'congvan', 7, first);
		assert.equal(parsed.get(document).letter.source, first);
		assert.equal(parsed.get(document).text, first);
		assert.equal(parsed.counts.parses, 1);
		// The same version, another text: TextDocuments updates the same object in place.
		const second = `DỰ THẢO\n${first}`;
		TextDocument.update(document, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'DỰ THẢO\n' }], 7);
		assert.equal(document.version, 7);
		assert.equal(parsed.get(document).letter.source, second);
		assert.equal(parsed.get(document).index.lineCount, second.split('\n').length);
		assert.equal(parsed.counts.parses, 2);
		// A change that leaves the same text (typed and undone) needs no new parse.
		TextDocument.update(document, [{ text: second }], 8);
		parsed.get(document);
		assert.equal(parsed.counts.parses, 2);
	});

	it('checks a text once per configuration and again after a change', () => {
		const parsed = new ParsedDocuments();
		const document = TextDocument.create(URI, 'congvan', 1, buildLetter({ so: 'Số: 5/UBND-VP' }));
		const problems = parsed.problems(document, { ...CONFIG, rules: {} });
		assert.ok(problems.some((p) => p.ruleId === 'malformed-so-ky-hieu'));
		assert.equal(parsed.problems(document, { ...CONFIG, rules: {} }), problems, 'an equal configuration reuses the list');
		assert.equal(parsed.counts.checks, 1);
		const off = parsed.problems(document, { ...CONFIG, rules: { 'malformed-so-ky-hieu': 'off' } });
		assert.ok(!off.some((p) => p.ruleId === 'malformed-so-ky-hieu'));
		assert.equal(parsed.counts.checks, 2);
		parsed.problems(document, { ...CONFIG, rules: {}, locale: 'en' });
		parsed.problems(document, { ...CONFIG, today: { year: 2027, month: 1, day: 1 }, rules: {}, locale: 'en' });
		assert.equal(parsed.counts.checks, 4, 'the locale and today are part of the configuration');
		// The profile counts by identity: a profile read again is a new object and a new check.
		const profile: TeamProfile = { donVi: [{ ten: 'Văn phòng', kyHieu: 'VP' }] };
		parsed.problems(document, { ...CONFIG, rules: {}, profile });
		parsed.problems(document, { ...CONFIG, rules: {}, profile });
		assert.equal(parsed.counts.checks, 5);
		parsed.problems(document, { ...CONFIG, rules: {}, profile: { ...profile } });
		assert.equal(parsed.counts.checks, 6);
		TextDocument.update(document, [{ text: buildLetter({ so: 'Số: 6/UBND-VP' }) }], 2);
		const changed = parsed.problems(document, { ...CONFIG, rules: {}, profile: { ...profile } });
		assert.equal(parsed.counts.checks, 7);
		assert.ok(changed.some((p) => p.ruleId === 'malformed-so-ky-hieu' && p.message.includes('"6"')));
	});

	it('keeps the models of the most recently used documents only, and the problems of every open document', () => {
		const parsed = new ParsedDocuments(undefined, 2);
		const documents = [5, 6, 7].map((n) =>
			TextDocument.create(`file:///congvan/${n}.congvan`, 'congvan', 1, buildLetter({ so: `Số: ${n}/UBND-VP` })),
		);
		const lists = documents.map((d) => parsed.problems(d, CONFIG));
		assert.equal(parsed.counts.parses, 3);
		assert.equal(parsed.counts.checks, 3);
		// The two most recent (6 and 7) kept their models: asking for them parses nothing.
		parsed.get(documents[2] as TextDocument);
		parsed.get(documents[1] as TextDocument);
		assert.equal(parsed.counts.parses, 3);
		// The first lost its model, not its problems: the same list, no new check, and a parse when a feature asks.
		assert.equal(parsed.problems(documents[0] as TextDocument, CONFIG), lists[0]);
		assert.equal(parsed.counts.checks, 3);
		const again = parsed.get(documents[0] as TextDocument);
		assert.equal(parsed.counts.parses, 4);
		assert.equal(again.letter.so?.value?.text, '5/UBND-VP');
		// Now 5 and 6 are the recent ones: 7 was dropped, and reading it again parses it again, which drops 5,
		// the least recently used.
		parsed.get(documents[1] as TextDocument);
		assert.equal(parsed.counts.parses, 4);
		parsed.get(documents[2] as TextDocument);
		assert.equal(parsed.counts.parses, 5);
		// A closed document takes its model with it: 6 keeps its model, 5 is parsed again.
		parsed.delete((documents[2] as TextDocument).uri);
		parsed.get(documents[1] as TextDocument);
		assert.equal(parsed.counts.parses, 5);
		parsed.get(documents[0] as TextDocument);
		assert.equal(parsed.counts.parses, 6);
	});

	it('gives a document parsed again the Word formatting of its first parse, when the Word view has forgotten it', () => {
		const format: DocumentFormat = { origin: 'docx', sections: [], paragraphs: [], runs: [], ruleLines: [] };
		let asked = 0;
		// The Word views answer once, then have forgotten the file (docx-requests.ts keeps the latest 32).
		const parsed = new ParsedDocuments(() => (asked++ === 0 ? format : undefined), 1);
		const word = TextDocument.create('file:///congvan/a.docx', 'congvan', 1, buildLetter({ so: 'Số: 5/UBND-VP' }));
		const text = TextDocument.create('file:///congvan/b.congvan', 'congvan', 1, buildLetter({ so: 'Số: 6/UBND-VP' }));
		assert.equal(parsed.get(word).letter.format, format);
		parsed.get(text);
		const again = parsed.get(word);
		assert.equal(parsed.counts.parses, 3, 'the Word document lost its model and was parsed again');
		assert.equal(again.letter.format, format);
	});

	it('converts the problems with the kept line index exactly as from the text (the server no longer indexes it twice)', () => {
		let compared = 0;
		for (const text of LETTERS) {
			const parsed = new ParsedDocuments();
			const document = TextDocument.create(URI, 'congvan', 1, text);
			const problems = parsed.problems(document, CONFIG);
			const context = { uri: URI, docsBaseUri: DOCS };
			assert.deepEqual(toDiagnostics(parsed.get(document).index, problems, context), toDiagnostics(text, problems, context));
			compared += problems.length;
		}
		assert.ok(compared > 0, 'the letters have findings, so the comparison compares something');
	});

	it('forgets a closed document', () => {
		const parsed = new ParsedDocuments();
		const document = TextDocument.create(URI, 'congvan', 1, 'x');
		parsed.get(document);
		parsed.delete(URI);
		parsed.get(document);
		assert.equal(parsed.counts.parses, 2);
	});
});

/** The real letters and the examples, and their NFD copies. */
function letters(): string[] {
	const files: string[] = [];
	for (const [dir, ext] of [
		[path.resolve(repoRoot, '..', 'shared', 'letters'), '.txt'],
		[path.join(repoRoot, 'examples'), '.congvan'],
	] as const) {
		if (fs.existsSync(dir)) {
			files.push(
				...fs
					.readdirSync(dir)
					.filter((n) => n.endsWith(ext))
					.sort()
					.map((n) => path.join(dir, n)),
			);
		}
	}
	return files.map((f) => fs.readFileSync(f, 'utf8')).flatMap((text) => [text, text.normalize('NFD')]);
}

const LETTERS = letters();

/** One edit of a letter's lines: a line inserted, a line removed, or two lines swapped. */
type LineEdit = { kind: 'insert'; at: number; line: string } | { kind: 'remove'; at: number } | { kind: 'swap'; at: number; with: number };

const INSERTED = ['DỰ THẢO', '', 'SỞ NỘI VỤ', 'Số: 5/UBND-VP', '1. Nội dung.', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '- Lưu: VT.'];

const lineEdit: fc.Arbitrary<LineEdit> = fc.oneof(
	fc.record({ kind: fc.constant('insert' as const), at: fc.nat(60), line: fc.constantFrom(...INSERTED) }),
	fc.record({ kind: fc.constant('remove' as const), at: fc.nat(60) }),
	fc.record({ kind: fc.constant('swap' as const), at: fc.nat(60), with: fc.nat(60) }),
);

function edited(text: string, edits: readonly LineEdit[]): string {
	const lines = text.split('\n');
	for (const edit of edits) {
		const at = edit.at % (lines.length + 1);
		if (edit.kind === 'insert') {
			lines.splice(at, 0, edit.line);
		} else if (edit.kind === 'remove' && at < lines.length) {
			lines.splice(at, 1);
		} else if (edit.kind === 'swap' && at < lines.length) {
			const other = edit.with % lines.length;
			[lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? ''];
		}
	}
	return lines.join('\n');
}

/** What the server computes the actions of a text from, at a version. */
function sourceOf(text: string, version: number): ActionSource {
	return {
		target: { uri: URI, version, documentChanges: true },
		text,
		index: new LineIndex(text),
		problems: lintText(text, CONFIG),
		locale: 'vi',
		docsBaseUri: DOCS,
	};
}

function editsOf(action: CodeAction): LspTextEdit[] {
	return documentEdits(action.edit, URI).edits;
}

describe('quick fixes come from the current problem that a diagnostic stands for (fast-check)', function () {
	this.timeout(120_000);

	it('has letters to edit', () => {
		assert.ok(LETTERS.length >= 8);
	});

	it('gives a diagnostic of an older text only the fixes of a current problem with its rule, messageId and range', () => {
		let matched = 0;
		let unmatched = 0;
		fc.assert(
			fc.property(fc.constantFrom(...LETTERS), fc.array(lineEdit, { minLength: 1, maxLength: 3 }), (before, changes) => {
				const after = edited(before, changes);
				const old = toDiagnostics(before, lintText(before, CONFIG), { uri: URI, docsBaseUri: DOCS });
				const source = sourceOf(after, 2);
				for (const diagnostic of old) {
					const data = diagnosticData(diagnostic);
					assert.ok(data);
					const current = source.problems.filter(
						(p) =>
							p.ruleId === data.ruleId &&
							p.messageId === data.messageId &&
							JSON.stringify(toLspRange(source.index, p.range)) === JSON.stringify(diagnostic.range),
					);
					const actions = quickActions(source, [diagnostic]);
					for (const action of actions) {
						if (action.edit !== undefined) {
							assert.equal(documentEdits(action.edit, URI).version, 2);
						}
					}
					if (current.length === 0) {
						unmatched++;
						assert.deepEqual(actions, [], `${data.ruleId} ${JSON.stringify(diagnostic.range)} has no current problem`);
						continue;
					}
					matched++;
					const problem = current[0];
					assert.ok(problem);
					const preferred = actions.filter((a) => a.isPreferred === true);
					if (problem.fix && problem.fix.length > 0) {
						assert.equal(preferred.length, 1);
						assert.deepEqual(editsOf(preferred[0] as CodeAction), toLspEdits(source.index, problem.fix));
					} else {
						assert.deepEqual(preferred, []);
					}
				}
			}),
			{ seed: 20261207, numRuns: 60, endOnFailure: true },
		);
		// Both sides of the property were exercised.
		assert.ok(matched > 100 && unmatched > 20, `${matched} matched, ${unmatched} unmatched`);
	});

	it('applies, through fix-all, exactly what applyFixes applies to the current text', () => {
		fc.assert(
			fc.property(fc.constantFrom(...LETTERS), fc.array(lineEdit, { maxLength: 3 }), (before, changes) => {
				const text = edited(before, changes);
				const source = sourceOf(text, 5);
				const action = fixAllAction(source);
				const expected = applyFixes(text, source.problems).output;
				const document = TextDocument.create(URI, 'congvan', 5, text);
				assert.equal(action === undefined ? text : TextDocument.applyEdits(document, editsOf(action)), expected);
			}),
			{ seed: 20261207, numRuns: 40, endOnFailure: true },
		);
	});
});

describe('Diagnostic.data names the finding and carries no edits', () => {
	it('stays a few dozen bytes for the one nfd-text finding of a 100 KB NFD letter', () => {
		let text = '';
		while (text.length < 100_000) {
			text += `${LETTERS[0] ?? ''}\n`;
		}
		text = text.normalize('NFD');
		const problems = lintText(text, CONFIG);
		const nfd = problems.find((p) => p.ruleId === 'nfd-text');
		assert.ok(nfd?.fix && nfd.fix.length > 100, 'the finding has hundreds of edits (one per decomposed line)');
		const diagnostics = toDiagnostics(text, problems, { uri: URI, docsBaseUri: DOCS });
		const nfdDiagnostic = diagnostics.find((d) => d.code === 'nfd-text');
		assert.deepEqual(nfdDiagnostic?.data, { ruleId: 'nfd-text', messageId: nfd.messageId, fixable: true });
		for (const diagnostic of diagnostics) {
			const data = diagnostic.data as Record<string, unknown>;
			assert.ok(!('fix' in data) && !('suggestions' in data), JSON.stringify(data));
			assert.ok(JSON.stringify(data).length < 120, JSON.stringify(data));
		}
	});
});

// A diagnostic that the client made up, or changed, gets what the current text has and nothing else.
describe('forged diagnostics (no connection)', () => {
	const text = buildLetter({ so: 'Số: 5/UBND-VP' });
	const source = sourceOf(text, 1);
	const real = toDiagnostics(text, source.problems, { uri: URI, docsBaseUri: DOCS }).find((d) => d.code === 'malformed-so-ky-hieu');

	const cases: [string, (d: Diagnostic) => unknown][] = [
		['another rule id', (d) => ({ ...d, data: { ...(d.data as object), ruleId: 'date-padding' } })],
		['another messageId', (d) => ({ ...d, data: { ...(d.data as object), messageId: 'missingColon' } })],
		['a range one character off', (d) => ({ ...d, range: { ...d.range, end: { ...d.range.end, character: d.range.end.character + 1 } } })],
		['no data', (d) => ({ ...d, data: undefined })],
		['data that is a string', (d) => ({ ...d, data: 'malformed-so-ky-hieu' })],
		['another source', (d) => ({ ...d, source: 'eslint' })],
		['no range', (d) => ({ ...d, range: undefined })],
		['a range of strings', (d) => ({ ...d, range: { start: { line: '2', character: '4' }, end: { line: '2', character: '5' } } })],
	];

	it('has the real diagnostic', () => {
		assert.ok(real);
		assert.ok(quickActions(source, [real]).length > 0);
	});

	for (const [name, forge] of cases) {
		it(`gives nothing to a diagnostic with ${name}`, () => {
			assert.deepEqual(quickActions(source, [forge(real as Diagnostic) as Diagnostic]), []);
		});
	}
});
