// Whole-letter golden files: every finding on the five real letters, on the bundled examples and on the
// fixtures, one sorted line per finding. `UPDATE_GOLDEN=1 npm test` rewrites them for review.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixText, lintText, LineIndex, type LintConfig, type Problem } from '../server/src/core/index';

const root = path.resolve(__dirname, '..', '..');
const shared = path.resolve(root, '..', 'shared', 'letters');
const update = process.env['UPDATE_GOLDEN'] === '1';
// A fixed today keeps the golden files stable.
const config: LintConfig = { today: { year: 2026, month: 11, day: 22 } };

interface Case {
	name: string;
	file: string;
	expected: string;
	fixed?: string;
}

function listCases(): Case[] {
	const cases: Case[] = [];
	const add = (dir: string, ext: string, goldenDir: string, label: string): void => {
		if (!fs.existsSync(dir)) {
			return;
		}
		for (const name of fs
			.readdirSync(dir)
			.filter((n) => n.endsWith(ext))
			.sort()) {
			const base = name.slice(0, -ext.length);
			cases.push({
				name: `${label}/${name}`,
				file: path.join(dir, name),
				expected: path.join(goldenDir, `${base}.expected.txt`),
				fixed: path.join(goldenDir, `${base}.fixed.txt`),
			});
		}
	};
	add(shared, '.txt', path.join(root, 'test/fixtures/golden/shared'), 'shared');
	add(path.join(root, 'examples'), '.congvan', path.join(root, 'test/fixtures/golden/examples'), 'examples');
	add(path.join(root, 'test/fixtures/letters'), '.congvan', path.join(root, 'test/fixtures/letters'), 'fixtures');
	return cases;
}

/** One line per problem: `line:col severity rule-id message`, 1-based, as a reviewer reads them. */
export function goldenLines(text: string, problems: readonly Problem[]): string[] {
	const index = new LineIndex(text);
	return problems.map((p) => {
		const at = index.positionAt(p.range.start);
		return `${at.line + 1}:${at.character + 1} ${p.severity} ${p.ruleId} ${p.message}`;
	});
}

function compare(file: string, actual: string): void {
	if (update || !fs.existsSync(file)) {
		if (!update) {
			assert.fail(`missing golden file ${path.relative(root, file)}; run UPDATE_GOLDEN=1 npm test and review it`);
		}
		fs.mkdirSync(path.dirname(file), { recursive: true });
		fs.writeFileSync(file, actual);
		return;
	}
	assert.equal(actual, fs.readFileSync(file, 'utf8'), `golden file ${path.relative(root, file)} differs`);
}

/** Findings that do not depend on how characters are encoded or lines end: rule, message and line. */
function signature(text: string, problems: readonly Problem[]): string[] {
	const index = new LineIndex(text);
	return problems.map((p) => `${index.positionAt(p.range.start).line + 1} ${p.ruleId} ${p.messageId} ${p.message.normalize('NFC')}`);
}

describe('golden letters', () => {
	const cases = listCases();

	it('finds the five real letters and the examples', () => {
		assert.equal(cases.filter((c) => c.name.startsWith('shared/')).length, 5, `expected the five letters in ${shared}`);
		assert.ok(cases.filter((c) => c.name.startsWith('examples/')).length >= 3);
	});

	for (const c of cases) {
		describe(c.name, () => {
			const text = fs.readFileSync(c.file, 'utf8');
			const problems = lintText(text, config);

			it('matches its golden file', () => {
				compare(c.expected, goldenLines(text, problems).join('\n') + '\n');
			});

			it('gives the same findings in NFD and with CRLF line ends', () => {
				const base = signature(text, problems);
				const nfd = text.normalize('NFD');
				assert.deepEqual(
					signature(
						nfd,
						lintText(nfd, config).filter((p) => p.ruleId !== 'nfd-text'),
					),
					base,
					'NFD (apart from the nfd-text finding itself)',
				);
				const crlf = text.replace(/\r?\n/gu, '\r\n');
				assert.deepEqual(signature(crlf, lintText(crlf, config)), base, 'CRLF');
			});

			it('converges when every fix is applied', () => {
				const result = fixText(text, config);
				assert.ok(result.passes <= 3, `took ${result.passes} passes`);
				assert.deepEqual(
					result.problems.filter((p) => p.fix).map((p) => p.ruleId),
					[],
					'nothing fixable is left',
				);
				const again = fixText(result.output, config);
				assert.equal(again.output, result.output, 'fixing again changes nothing');
				if (result.output !== text && c.fixed) {
					compare(c.fixed, result.output);
				}
			});
		});
	}
});

describe('the four spine rules on the five real letters (issue #2)', () => {
	it('report only the duplicated item 7 of 000_421e170032c2d4c4.txt, at line 31', () => {
		const spine = ['missing-noi-nhan', 'malformed-so-ky-hieu', 'duplicate-item-number', 'citation-date-after-letter'];
		const found: string[] = [];
		for (const name of fs.readdirSync(shared).sort()) {
			const text = fs.readFileSync(path.join(shared, name), 'utf8');
			const index = new LineIndex(text);
			for (const p of lintText(text, config).filter((p) => spine.includes(p.ruleId))) {
				found.push(`${name}:${index.positionAt(p.range.start).line + 1} ${p.severity} ${p.ruleId}`);
			}
		}
		assert.deepEqual(found, ['000_421e170032c2d4c4.txt:31 error duplicate-item-number']);
	});
});
