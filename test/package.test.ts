// The .vsix holds exactly the files the extension needs: the Node bundles and the two of VS Code for the Web
// (dist/web/: the browser client, the server's web worker, the export's worker), the editor contributions, the
// rule pages that diagnostics link to, and the manifest documents. `vsce ls` lists what `vsce package`
// would pack, using .vscodeignore, without building anything. Needs dist/ (npm test bundles first).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { RULES, docsPath } from '../server/src/core/registry';

const ROOT = path.resolve(__dirname, '..', '..');

/** The files shipped whatever the rules are. */
const FIXED = [
	'package.json',
	'package.nls.json',
	'package.nls.vi.json',
	'l10n/bundle.l10n.vi.json',
	'README.md',
	'CHANGELOG.md',
	'LICENSE',
	'language-configuration.json',
	'dist/client.js',
	'dist/server.js',
	'dist/cli.js',
	'dist/export.js',
	'dist/media/preview.js',
	'dist/media/preview.css',
	'dist/web/client.js',
	'dist/web/server.js',
	'dist/web/export.js',
	'syntaxes/congvan.tmLanguage.json',
	'snippets/congvan.code-snippets',
	'schemas/congvanrc.schema.json',
	'schemas/profile.schema.json',
];

/** Folders and kinds of files that must never reach the package. */
const FORBIDDEN = [
	/^out\//u,
	/^test\//u,
	/^\.tools\//u,
	/^node_modules\//u,
	/^scripts\//u,
	/^examples\//u,
	/^\.ci\//u,
	/\.ts$/u,
	/\.map$/u,
	/(^|\/)\./u,
];

function vsceList(): string[] {
	const vsce = path.join(path.dirname(require.resolve('@vscode/vsce/package.json')), 'vsce');
	const result = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
	assert.equal(result.status, 0, `vsce ls failed:\n${result.stdout}${result.stderr}`);
	return result.stdout
		.split(/\r?\n/u)
		.map((line) => line.trim())
		.filter((line) => line !== '');
}

describe('package (.vscodeignore)', function () {
	// vsce takes about a second to start.
	this.timeout(60000);
	let listed: string[] = [];

	before(function () {
		const missing = ['dist/client.js', 'dist/server.js', 'dist/cli.js', 'dist/web/client.js', 'dist/web/server.js'].filter(
			(file) => !existsSync(path.join(ROOT, file)),
		);
		assert.deepEqual(missing, [], 'bundle first: node esbuild.js');
		listed = vsceList();
	});

	it('ships exactly the bundles, the contributions, docs/rules/*.md (Vietnamese and English), the walkthrough, the translations and the manifest documents', () => {
		// The English rule pages (issue 11) are what the English interface and reports link to.
		const docs = ['rules', 'rules/en', 'walkthrough'].flatMap((folder) =>
			readdirSync(path.join(ROOT, 'docs', folder))
				.filter((name) => name.endsWith('.md'))
				.map((name) => `docs/${folder}/${name}`),
		);
		const expected = [...FIXED, ...docs].sort();
		const actual = [...listed].sort();
		const extra = actual.filter((file) => !expected.includes(file));
		const missing = expected.filter((file) => !actual.includes(file));
		assert.deepEqual({ extra, missing }, { extra: [], missing: [] });
	});

	it('ships nothing from out/, test/, .tools/, node_modules/, no sources, maps or dotfiles', () => {
		assert.deepEqual(
			listed.filter((file) => FORBIDDEN.some((pattern) => pattern.test(file))),
			[],
		);
	});

	it('ships the docs page of every rule, which diagnostics link to', () => {
		assert.deepEqual(
			RULES.map((rule) => docsPath(rule.id)).filter((file) => !listed.includes(file)),
			[],
		);
	});

	it('points every contribution of package.json at a shipped file', () => {
		const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
			main: string;
			browser: string;
			contributes: {
				languages?: { configuration?: string }[];
				grammars?: { path: string }[];
				snippets?: { path: string }[];
				jsonValidation?: { url: string }[];
				walkthroughs?: { steps: { media: { markdown?: string; image?: string } }[] }[];
			};
		};
		const { contributes } = pkg;
		const referenced = [
			pkg.main,
			pkg.browser,
			...(contributes.languages ?? []).map((language) => language.configuration),
			...(contributes.grammars ?? []).map((grammar) => grammar.path),
			...(contributes.snippets ?? []).map((snippet) => snippet.path),
			...(contributes.jsonValidation ?? []).map((validation) => validation.url),
			...(contributes.walkthroughs ?? []).flatMap((walkthrough) =>
				walkthrough.steps.map((step) => step.media.markdown ?? step.media.image),
			),
		]
			.filter((file): file is string => typeof file === 'string')
			.map((file) => path.posix.normalize(file));
		assert.ok(referenced.length >= 10, `too few references found: ${referenced.join(', ')}`);
		assert.deepEqual(
			referenced.filter((file) => !listed.includes(file)),
			[],
		);
	});

	it('has both entries: "main" for VS Code desktop and "browser" for VS Code for the Web, each shipped', () => {
		const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { main?: string; browser?: string };
		assert.deepEqual([pkg.main, pkg.browser], ['./dist/client.js', './dist/web/client.js']);
		assert.ok(listed.includes('dist/client.js') && listed.includes('dist/web/client.js'));
		// The web client starts the server from dist/web/server.js (client/src/web/main.ts).
		assert.ok(listed.includes('dist/web/server.js'));
		// The browser bundles load nothing of Node: not even a require of a built-in module.
		for (const file of ['dist/web/client.js', 'dist/web/server.js', 'dist/web/export.js']) {
			const text = readFileSync(path.join(ROOT, file), 'utf8');
			assert.deepEqual(text.match(/\brequire\(["'](?:node:)?(?:fs|path|os|url|child_process|util)["']\)/gu) ?? [], [], file);
		}
	});

	it('links only commands that exist from the walkthrough, and completes each step on an event', () => {
		const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
			contributes: {
				commands: { command: string }[];
				walkthroughs: { steps: { description: string; completionEvents?: string[] }[] }[];
			};
		};
		const nls = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
		const nlsVi = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.vi.json'), 'utf8')) as Record<string, string>;
		const ours = new Set(pkg.contributes.commands.map((c) => c.command));
		// VS Code's own commands that a step may open.
		const builtIn = new Set(['workbench.actions.view.problems']);
		const steps = pkg.contributes.walkthroughs.flatMap((w) => w.steps);
		assert.equal(steps.length, 5);
		for (const step of steps) {
			const key = /^%(.+)%$/u.exec(step.description)?.[1] ?? '';
			for (const texts of [nls, nlsVi]) {
				const text = texts[key];
				assert.ok(text !== undefined, `${key} has no text`);
				const linked = [...text.matchAll(/\(command:([\w.]+)\)/gu)].map((m) => m[1] ?? '');
				assert.equal(linked.length, 1, `${key}: one command button`);
				assert.deepEqual(
					linked.filter((command) => !ours.has(command) && !builtIn.has(command)),
					[],
				);
				assert.deepEqual(step.completionEvents, [`onCommand:${linked[0] ?? ''}`]);
			}
		}
	});

	it('keeps Vietnamese words whole in language-configuration.json (wordPattern with the u flag)', () => {
		const config = JSON.parse(readFileSync(path.join(ROOT, 'language-configuration.json'), 'utf8')) as {
			wordPattern: { pattern: string; flags: string };
		};
		// VS Code builds the RegExp from pattern and flags, and keeps the u flag when it adds g.
		const word = new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags}g`);
		const words = (text: string): string[] => text.match(word) ?? [];
		assert.deepEqual(words('Nghị định số 30/2020/NĐ-CP'), ['Nghị', 'định', 'số', '30', '2020', 'NĐ', 'CP']);
		assert.deepEqual(words('Đồng Tháp, ngày 05 tháng 01'), ['Đồng', 'Tháp', 'ngày', '05', 'tháng', '01']);
		// A decomposed (NFD) word, as pasted from some PDFs, stays whole too.
		assert.deepEqual(
			words('Quyết định'.normalize('NFD')),
			['Quyết', 'định'].map((w) => w.normalize('NFD')),
		);
	});
});
