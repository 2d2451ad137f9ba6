// The registry, the rule files, the docs pages, the rule tests and the generated files agree. Each check
// collects every offender first, so one run lists all that is missing instead of stopping at the first.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES, docsPath } from '../server/src/core/registry';

const ROOT = path.resolve(__dirname, '..', '..');
const RULES_DIR = path.join(ROOT, 'server', 'src', 'core', 'rules');
const DOCS_DIR = path.join(ROOT, 'docs', 'rules');

/** The fixed headings of a rule page, in order (STYLE.md §9). */
const HEADINGS = ['Căn cứ', 'Ví dụ sai', 'Ví dụ đúng', 'Tùy chọn', 'Khi nào tắt quy tắc'];

function assertNone(problems: string[], what: string): void {
	if (problems.length > 0) {
		assert.fail(`${what} (${problems.length}):\n  - ${problems.join('\n  - ')}`);
	}
}

/** The level-2 headings of a markdown page, outside fenced code blocks. */
function headingsOf(markdown: string): string[] {
	const headings: string[] = [];
	let fenced = false;
	for (const line of markdown.split(/\r?\n/u)) {
		const trimmed = line.trimStart();
		if (trimmed.startsWith('```') || trimmed.startsWith('~~~')) {
			fenced = !fenced;
		} else if (!fenced && line.startsWith('## ')) {
			headings.push(line.slice(3).trim());
		}
	}
	return headings;
}

describe('meta: rules, docs and tests agree', () => {
	it('rule ids are unique ASCII kebab-case', () => {
		const problems: string[] = [];
		const seen = new Set<string>();
		for (const rule of RULES) {
			if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/u.test(rule.id)) {
				problems.push(`"${rule.id}" is not ASCII kebab-case`);
			}
			if (seen.has(rule.id)) {
				problems.push(`"${rule.id}" is registered twice`);
			}
			seen.add(rule.id);
		}
		assertNone(problems, 'bad rule ids');
	});

	it('every rule has a description, a source and non-empty messages with camelCase ids', () => {
		const problems: string[] = [];
		for (const rule of RULES) {
			if (rule.description.trim() === '') {
				problems.push(`${rule.id}: empty description`);
			}
			if (rule.source.trim() === '') {
				problems.push(`${rule.id}: empty source`);
			}
			const messages = Object.entries(rule.messages);
			if (messages.length === 0) {
				problems.push(`${rule.id}: no messages`);
			}
			for (const [id, text] of messages) {
				if (text.trim() === '') {
					problems.push(`${rule.id}: message "${id}" is empty`);
				}
				if (!/^[a-z][a-zA-Z0-9]*$/u.test(id)) {
					problems.push(`${rule.id}: messageId "${id}" is not camelCase`);
				}
			}
		}
		assertNone(problems, 'rules with missing metadata');
	});

	it('every file in server/src/core/rules/ is registered under its file name', () => {
		const ids = new Set(RULES.map((rule) => rule.id));
		const problems = readdirSync(RULES_DIR)
			.filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
			.map((name) => name.slice(0, -'.ts'.length))
			.filter((id) => !ids.has(id))
			.map((id) => `server/src/core/rules/${id}.ts is not in RULES (server/src/core/registry.ts), or its id differs from its file name`);
		const files = new Set(readdirSync(RULES_DIR));
		for (const rule of RULES) {
			if (!files.has(`${rule.id}.ts`)) {
				problems.push(`${rule.id} is registered but server/src/core/rules/${rule.id}.ts does not exist`);
			}
		}
		assertNone(problems, 'rule files and registry disagree');
	});

	it(`every rule has docs/rules/<id>.md titled with its id, with the headings ${HEADINGS.join(', ')}`, () => {
		const problems: string[] = [];
		for (const rule of RULES) {
			const file = path.join(ROOT, docsPath(rule.id));
			if (!existsSync(file)) {
				problems.push(`${docsPath(rule.id)} is missing`);
				continue;
			}
			const text = readFileSync(file, 'utf8');
			const firstLine = text.split(/\r?\n/u, 1)[0] ?? '';
			if (firstLine.trim() !== `# ${rule.id}`) {
				problems.push(`${docsPath(rule.id)} must start with "# ${rule.id}", not "${firstLine}"`);
			}
			const found = headingsOf(text).filter((heading) => HEADINGS.includes(heading));
			if (found.join('|') !== HEADINGS.join('|')) {
				problems.push(`${docsPath(rule.id)} has the headings [${found.join(', ')}], expected [${HEADINGS.join(', ')}] in that order`);
			}
		}
		assertNone(problems, 'missing or malformed rule pages');
	});

	it('every page in docs/rules/ belongs to a registered rule', () => {
		const ids = new Set(RULES.map((rule) => rule.id));
		const problems = existsSync(DOCS_DIR)
			? readdirSync(DOCS_DIR)
					.filter((name) => name.endsWith('.md') && name !== 'README.md')
					.filter((name) => !ids.has(name.slice(0, -'.md'.length)))
					.map((name) => `docs/rules/${name} documents no registered rule`)
			: [];
		assertNone(problems, 'orphan rule pages');
	});

	it('every rule has test/rules/<id>.test.ts, with an output case when it is fixable', () => {
		const problems: string[] = [];
		for (const rule of RULES) {
			const file = path.join(ROOT, 'test', 'rules', `${rule.id}.test.ts`);
			if (!existsSync(file)) {
				problems.push(`test/rules/${rule.id}.test.ts is missing`);
			} else if (rule.fixable && !/\boutput\s*:/u.test(readFileSync(file, 'utf8'))) {
				problems.push(`test/rules/${rule.id}.test.ts has no invalid case with an "output", but the rule is fixable`);
			}
		}
		assertNone(problems, 'missing rule tests');
	});

	it('the generated files match the registry (node scripts/build-docs.mjs --check)', () => {
		const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'build-docs.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
		assert.equal(result.status, 0, `build-docs --check failed; run "npm run build-docs":\n${result.stdout}${result.stderr}`);
	});
});
