// Invariant 6 of ARCHITECTURE.md, "one reading", enforced by ESLint (eslint.config.mjs): rule and feature files
// may not import the readers of core/letter/ and may not run a pattern or a split over the raw text of a line,
// the original text or the normalised text. These tests run ESLint through its Node API on small rule files
// placed (virtually) where the restriction applies, so a change to the configuration that loses the
// restriction fails here.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ESLint } from 'eslint';
import { REPO_ROOT } from './harness/letters';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'lint');
const RESTRICTIONS = new Set(['no-restricted-syntax', 'no-restricted-imports']);

/** The findings of the invariant-6 restrictions on `code`, linted as the file at `file` (relative to the repository). */
async function restricted(code: string, file: string): Promise<{ rule: string; line: number; message: string }[]> {
	const eslint = new ESLint({ cwd: REPO_ROOT });
	const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) });
	assert.ok(result, 'ESLint returned no result');
	return result.messages
		.filter((m) => m.ruleId !== null && RESTRICTIONS.has(m.ruleId))
		.map((m) => ({ rule: m.ruleId ?? '', line: m.line, message: m.message }));
}

/** A rule file's body around one statement of `check` (the letter is `ctx.letter`). */
function ruleWith(statement: string, imports = ''): string {
	return `${imports}import type { Rule } from '../types';\n\nexport default {\n\tcheck(ctx) {\n\t\tconst { letter } = ctx;\n\t\t${statement}\n\t},\n} as unknown as Rule;\n`;
}

describe('invariant 6: rules and features read the model, enforced by ESLint', function () {
	// ESLint loads typescript-eslint and the configuration on first use: seconds on a loaded machine.
	this.timeout(120000);

	it('rejects a rule that matches the text of letter.lines[i] again (fixture raw-line-text)', async () => {
		const code = fs.readFileSync(path.join(FIXTURES, 'raw-line-text.rule.txt'), 'utf8');
		const found = await restricted(code, 'server/src/core/rules/raw-line-text.ts');
		const line = code.split('\n').findIndex((l) => l.includes('letter.lines[i].text.match(')) + 1;
		assert.deepEqual(
			found.map((f) => [f.rule, f.line]),
			[['no-restricted-syntax', line]],
		);
		assert.match(found[0]?.message ?? '', /Invariant 6/u);
	});

	it('lets through a rule that judges a field of the model (fixture model-reader)', async () => {
		const code = fs.readFileSync(path.join(FIXTURES, 'model-reader.rule.txt'), 'utf8');
		assert.deepEqual(await restricted(code, 'server/src/core/rules/model-reader.ts'), []);
	});

	it('allows the character rules of the allow-list to read raw text', async () => {
		const code = fs.readFileSync(path.join(FIXTURES, 'raw-line-text.rule.txt'), 'utf8');
		for (const id of ['nfd-text', 'lookalike-d', 'legacy-encoding', 'tone-mark-style', 'unfilled-placeholder']) {
			assert.deepEqual(await restricted(code, `server/src/core/rules/${id}.ts`), [], id);
		}
	});

	it('rejects a pattern over the original or the normalised text, directly or after slice(), in rules and features', async () => {
		const cases = [
			'const eol = /\\r\\n|\\n/u.exec(letter.source);',
			"const so = /^Số/u.test(letter.lines[0]?.content ?? '');",
			'const at = letter.norm.text.slice(0, 10).search(/ngày/u);',
			"const parts = letter.lines[2].content.split(',');",
			'const all = letter.source.matchAll(/Điều/gu);',
			// The text of a line kept in a variable, to be matched out of the other selectors' sight.
			"const content = letter.lines[1]?.content ?? '';",
			'const text = letter.lines[3].text;',
		];
		for (const file of ['server/src/core/rules/x.ts', 'server/src/core/features/x.ts', 'server/src/features/x.ts']) {
			for (const statement of cases) {
				const found = await restricted(ruleWith(statement), file);
				assert.deepEqual(
					found.map((f) => f.rule),
					['no-restricted-syntax'],
					`${file}: ${statement}`,
				);
			}
		}
	});

	it('rejects imports of the readers, and allows the model types and fields beside them', async () => {
		const rejected = [
			"import { recoverLayout } from '../letter/layout';",
			"import { buildItemTree } from '../letter/body';",
			"import { readSoKyHieu } from '../letter/so-ky-hieu';",
			"import { parseCitations } from '../letter/citations';",
			"import { readHeader } from '../letter/header';",
			"import { readClosing } from '../letter/closing';",
			"import { normalizeForMatching } from '../text';",
			"import { parseLetter } from '../letter';",
		];
		for (const line of rejected) {
			const found = await restricted(ruleWith('void letter;', `${line}\n`), 'server/src/core/rules/x.ts');
			assert.deepEqual(
				found.map((f) => f.rule),
				['no-restricted-imports'],
				line,
			);
		}
		const allowed = [
			"import type { SoKyHieu } from '../letter/so-ky-hieu';",
			"import { typeAsWritten } from '../letter/citations';",
			"import { isBlankLine } from '../letter/header';",
			"import { subRange } from '../letter';",
			"import { isUpperCaseText } from '../text';",
		];
		for (const line of allowed) {
			assert.deepEqual(await restricted(ruleWith('void letter;', `${line}\n`), 'server/src/core/rules/x.ts'), [], line);
		}
	});

	it('keeps the purity of the core in rule files (invariant 1) beside the new restriction', async () => {
		const found = await restricted(ruleWith('void letter;', "import * as fs from 'node:fs';\n"), 'server/src/core/rules/x.ts');
		assert.deepEqual(
			found.map((f) => f.rule),
			['no-restricted-imports'],
		);
	});

	it('leaves core/letter/ itself free to read text', async () => {
		const code = fs.readFileSync(path.join(FIXTURES, 'raw-line-text.rule.txt'), 'utf8');
		assert.deepEqual(await restricted(code, 'server/src/core/letter/raw-line-text.ts'), []);
	});
});
