// Issue 11: congvan in CI and for reviewers. --max-warnings, --format github, the base URL of the rule
// pages in JSON and SARIF, and the `$congvan` problem matcher of package.json applied, as VS Code applies
// it, to the real stylish output in both languages. Every run is a real child process over real letters.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { RULES } from '../../server/src/core/index';
import { escapeGithubData, escapeGithubProperty } from '../../server/src/node/formatters';
import { normalizeSettings } from '../../server/src/settings';
import { FIXTURES, LETTER_000, LETTER_003, ROOT, TODAY, removeTemporaryDirectories, runCli, temporaryDirectory } from './helpers';

interface JsonEntry {
	file: string;
	diagnostics: Diagnostic[];
}

after(removeTemporaryDirectories);

/** The findings of letters in JSON, by file as printed. */
function jsonOf(args: string[], cwd = ROOT): JsonEntry[] {
	const run = runCli(['lint', '-f', 'json', '--today', TODAY, ...args], { cwd });
	return JSON.parse(run.stdout) as JsonEntry[];
}

describe('issue 11: congvan lint --max-warnings', () => {
	// Letter 003 has no error and 8 warnings (and hints, which never count).
	const warnings = (jsonOf([LETTER_003])[0]?.diagnostics ?? []).filter((d) => d.severity === 2).length;

	it('exits 0 with as many warnings as allowed, and 1 with one more, saying why on standard error', () => {
		assert.ok(warnings > 1, `letter 003 has warnings (${warnings})`);
		const enough = runCli(['lint', '--today', TODAY, '--max-warnings', String(warnings), LETTER_003]);
		assert.equal(enough.status, 0, enough.stderr);
		assert.equal(enough.stderr, '');
		const tooMany = runCli(['lint', '--today', TODAY, '--max-warnings', String(warnings - 1), LETTER_003]);
		assert.equal(tooMany.status, 1);
		assert.equal(tooMany.stdout, enough.stdout, 'the report is the same');
		assert.equal(tooMany.stderr, `congvan: quá nhiều cảnh báo (${warnings}; --max-warnings cho phép tối đa ${warnings - 1}).\n`);
		const english = runCli(['lint', '--locale', 'en', '--today', TODAY, '--max-warnings=0', LETTER_003]);
		assert.equal(english.status, 1);
		assert.equal(english.stderr, `congvan: too many warnings (${warnings}; --max-warnings allows 0).\n`);
	});

	it('takes -1 as no limit, like ESLint, and exits 1 for errors whatever the limit', () => {
		assert.equal(runCli(['lint', '--today', TODAY, '--max-warnings=-1', LETTER_003]).status, 0);
		assert.equal(runCli(['lint', '--today', TODAY, '--max-warnings', '100', LETTER_000]).status, 1);
	});

	it('refuses a count that is not a whole number, and the option outside lint', () => {
		for (const value of ['nhiều', '1.5', '']) {
			const run = runCli(['lint', `--max-warnings=${value}`, LETTER_003]);
			assert.equal(run.status, 2, value);
			assert.match(run.stderr, /--max-warnings ".*" không hợp lệ/u);
		}
		assert.equal(runCli(['rules', '--max-warnings', '0']).status, 2);
	});
});

/** A workflow command line of --format github, read back. */
interface Annotation {
	command: string;
	properties: Record<string, string>;
	message: string;
}

function unescape(text: string): string {
	return text.replace(/%(25|0D|0A|3A|2C)/gu, (_, code: string) => String.fromCharCode(parseInt(code, 16)));
}

function annotations(output: string): Annotation[] {
	return output
		.split('\n')
		.filter((line) => line !== '')
		.map((line) => {
			// Properties never hold a ":" (it is escaped), so the first "::" after them starts the message.
			const match = /^::(error|warning|notice) ([^:]*)::(.*)$/u.exec(line);
			assert.ok(match, `not a workflow command: ${line}`);
			const properties = Object.fromEntries(
				(match[2] ?? '').split(',').map((pair) => {
					const at = pair.indexOf('=');
					return [pair.slice(0, at), unescape(pair.slice(at + 1))];
				}),
			);
			return { command: match[1] ?? '', properties, message: unescape(match[3] ?? '') };
		});
}

describe('issue 11: congvan lint --format github', () => {
	it('escapes "%", CR and LF in messages, and also ":" and "," in properties', () => {
		assert.equal(escapeGithubData('50% xong\r\nCăn cứ: a, b'), '50%25 xong%0D%0ACăn cứ: a, b');
		assert.equal(escapeGithubProperty('thư mục/a,b:c%.congvan'), 'thư mục/a%2Cb%3Ac%25.congvan');
	});

	it('prints one annotation per finding, which reads back as the JSON diagnostics', () => {
		const dir = temporaryDirectory();
		// A file name with a comma and a colon, which must not end its property.
		const name = 'công văn, số 5: bản nháp.congvan';
		fs.mkdirSync(path.join(dir, 'thu muc'));
		fs.copyFileSync(LETTER_000, path.join(dir, 'thu muc', name));
		const run = runCli(['lint', '-f', 'github', '--today', TODAY, 'thu muc'], { cwd: dir });
		assert.equal(run.status, 1, run.stderr);
		const read = annotations(run.stdout);
		const diagnostics = jsonOf(['thu muc'], dir)[0]?.diagnostics ?? [];
		assert.equal(read.length, diagnostics.length);
		assert.ok(read.length > 0);
		read.forEach((annotation, i) => {
			const d = diagnostics[i];
			assert.ok(d);
			const command = { 1: 'error', 2: 'warning', 3: 'notice', 4: 'notice' }[d.severity ?? 1];
			assert.equal(annotation.command, command);
			assert.equal(annotation.properties['file'], `thu muc/${name}`);
			assert.equal(annotation.properties['line'], String(d.range.start.line + 1));
			assert.equal(annotation.properties['col'], String(d.range.start.character + 1));
			assert.equal(annotation.properties['endLine'], String(d.range.end.line + 1));
			assert.equal(annotation.properties['title'], d.code);
			assert.equal(annotation.message, d.message, 'the whole message, with its legal basis on the next line');
		});
		assert.ok(
			read.some((a) => a.message.includes('\nCăn cứ')),
			'a multi-line message survives the escaping',
		);
		assert.ok(
			read.every((a) => Number(a.properties['endColumn']) >= 1),
			'end columns are 1-based',
		);
	});

	it('prints nothing for a letter without findings, and exits 0', () => {
		const run = runCli(['lint', '-f', 'github', '--today', TODAY, path.join(ROOT, 'examples', 'cong-van-mau.congvan')]);
		assert.deepEqual([run.status, run.stdout], [0, '']);
	});
});

describe('issue 11: links to the rule pages', () => {
	it('links JSON diagnostics to docs/rules/ in the repository, never to a file: URI, and to docs/rules/en/ in English', () => {
		const vi = jsonOf([LETTER_000])[0]?.diagnostics ?? [];
		const en = jsonOf(['--locale', 'en', LETTER_000])[0]?.diagnostics ?? [];
		assert.ok(vi.length > 0);
		assert.deepEqual(
			vi.map((d) => d.codeDescription?.href),
			vi.map((d) => `docs/rules/${String(d.code)}.md`),
		);
		assert.deepEqual(
			en.map((d) => d.codeDescription?.href),
			en.map((d) => `docs/rules/en/${String(d.code)}.md`),
		);
		for (const d of [...vi, ...en]) {
			assert.ok(fs.existsSync(path.join(ROOT, d.codeDescription?.href ?? '')), `${d.codeDescription?.href} exists in the repository`);
		}
	});

	it('links JSON diagnostics under --rules-base-url, adding the "/" it lacks', () => {
		const base = 'https://intranet.so-noi-vu.example/congvan/quy-tac';
		const vi = jsonOf(['--rules-base-url', base, LETTER_000])[0]?.diagnostics ?? [];
		const en = jsonOf(['--rules-base-url', `${base}/`, '--locale', 'en', LETTER_000])[0]?.diagnostics ?? [];
		assert.deepEqual(
			vi.map((d) => d.codeDescription?.href),
			vi.map((d) => `${base}/${String(d.code)}.md`),
		);
		assert.deepEqual(
			en.map((d) => d.codeDescription?.href),
			en.map((d) => `${base}/en/${String(d.code)}.md`),
		);
	});

	it('reads the editor setting congvan.rulesBaseUrl by the same rule as --rules-base-url', () => {
		assert.equal(normalizeSettings({ rulesBaseUrl: 'https://a.example/quy-tac' }).settings.rulesBaseUrl, 'https://a.example/quy-tac/');
		const wrong = normalizeSettings({ rulesBaseUrl: 'file:///srv/docs/' }, 'vi');
		assert.equal(wrong.settings.rulesBaseUrl, undefined);
		assert.deepEqual(wrong.errors, ['congvan.rulesBaseUrl phải là một địa chỉ http hoặc https.']);
		assert.deepEqual(normalizeSettings({ rulesBaseUrl: '' }).errors, [], 'an empty value means the shipped pages');
	});

	it('refuses a base URL that is not http or https (a file: link means nothing on another machine)', () => {
		for (const value of ['file:///srv/docs/', 'docs/rules/', 'https://a.example/?q=1']) {
			const run = runCli(['lint', '--rules-base-url', value, LETTER_003]);
			assert.equal(run.status, 2, value);
			assert.match(run.stderr, /--rules-base-url ".*" không hợp lệ/u);
		}
	});
});

/** The parts of SARIF 2.1.0 that GitHub code scanning reads, checked for their shape. */
function assertCodeScanningShape(sarif: Record<string, unknown>): void {
	assert.equal(sarif['version'], '2.1.0');
	assert.equal(typeof sarif['$schema'], 'string');
	const runs = sarif['runs'] as Record<string, unknown>[];
	assert.equal(runs.length, 1);
	const run = runs[0] ?? {};
	const driver = (run['tool'] as { driver: Record<string, unknown> }).driver;
	assert.equal(driver['name'], 'congvan');
	assert.equal(typeof driver['version'], 'string');
	const rules = driver['rules'] as Record<string, unknown>[];
	const ids = rules.map((r) => r['id']);
	assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
	for (const rule of rules) {
		assert.equal(typeof rule['id'], 'string');
		assert.equal(typeof (rule['shortDescription'] as { text: unknown }).text, 'string');
		assert.equal(typeof (rule['fullDescription'] as { text: unknown }).text, 'string');
		const help = rule['help'] as { text: unknown; markdown: unknown };
		assert.equal(typeof help.text, 'string');
		assert.equal(typeof help.markdown, 'string');
		assert.ok(['error', 'warning', 'note'].includes((rule['defaultConfiguration'] as { level: string }).level));
		if (rule['helpUri'] !== undefined) {
			assert.match(String(rule['helpUri']), /^https?:\/\//u, 'helpUri is an absolute web link');
		}
	}
	for (const result of run['results'] as Record<string, unknown>[]) {
		assert.equal(typeof result['ruleId'], 'string');
		assert.equal(rules[result['ruleIndex'] as number]?.['id'], result['ruleId'], 'ruleIndex points at the rule');
		assert.ok(['error', 'warning', 'note'].includes(result['level'] as string));
		assert.ok(String((result['message'] as { text: string }).text).length > 0);
		const locations = result['locations'] as { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
		assert.equal(locations.length, 1);
		const { artifactLocation, region } = locations[0]?.physicalLocation ?? { artifactLocation: { uri: '' }, region: {} };
		assert.ok(artifactLocation.uri.length > 0);
		assert.ok((region['startLine'] ?? 0) >= 1 && (region['startColumn'] ?? 0) >= 1);
		assert.ok((region['endLine'] ?? 0) >= (region['startLine'] ?? 0));
	}
}

describe('issue 11: SARIF help for code scanning', () => {
	it('carries each rule page in help.markdown, without helpUri when no base URL is given', () => {
		const run = runCli(['lint', '-f', 'sarif', '--today', TODAY, LETTER_000]);
		const sarif = JSON.parse(run.stdout) as Record<string, unknown>;
		assertCodeScanningShape(sarif);
		const rules = (sarif['runs'] as { tool: { driver: { rules: Record<string, unknown>[] } } }[])[0]?.tool.driver.rules ?? [];
		assert.equal(rules.length, RULES.length);
		for (const rule of rules) {
			const page = fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${String(rule['id'])}.md`), 'utf8');
			assert.equal((rule['help'] as { markdown: string }).markdown, page);
			assert.equal(rule['helpUri'], undefined, 'no link without a public base');
		}
	});

	it('adds helpUri and informationUri under --rules-base-url, and the English pages in English', () => {
		const base = 'https://congvan.example.org/docs/rules/';
		const run = runCli(['lint', '-f', 'sarif', '--locale', 'en', '--rules-base-url', base, '--today', TODAY, LETTER_000]);
		const sarif = JSON.parse(run.stdout) as Record<string, unknown>;
		assertCodeScanningShape(sarif);
		const driver = (sarif['runs'] as { tool: { driver: Record<string, unknown> } }[])[0]?.tool.driver ?? {};
		assert.equal(driver['informationUri'], base);
		for (const rule of driver['rules'] as Record<string, unknown>[]) {
			const id = String(rule['id']);
			assert.equal(rule['helpUri'], `${base}en/${id}.md`);
			const page = fs.readFileSync(path.join(ROOT, 'docs', 'rules', 'en', `${id}.md`), 'utf8');
			assert.equal((rule['help'] as { markdown: string }).markdown, page);
		}
	});
});

/** The `$congvan` problem matcher as package.json contributes it. */
interface Matcher {
	name: string;
	owner: string;
	severity?: string;
	fileLocation: [string, string];
	pattern: [{ regexp: string; file: number }, Record<string, number | string | boolean>];
}

function congvanMatcher(): Matcher {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { contributes: { problemMatchers: Matcher[] } };
	const matcher = pkg.contributes.problemMatchers.find((m) => m.name === 'congvan');
	assert.ok(matcher, 'package.json contributes the $congvan problem matcher');
	return matcher;
}

/** A marker as VS Code makes it from a line of output. */
interface Marker {
	file: string;
	line: number;
	column: number;
	severity: 'error' | 'warning' | 'info';
	code: string;
	message: string;
}

/**
 * VS Code's reading of a multi-line matcher whose last pattern loops: the first pattern matches a line (the
 * file), then the loop pattern every following line it matches; a line it does not match starts over. The
 * regexps are compiled as VS Code does, without flags. A severity word VS Code does not know ("error",
 * "warning" and "info" are the ones it knows for certain) takes the matcher's default severity.
 */
function applyMatcher(matcher: Matcher, output: string): Marker[] {
	const [first, loop] = matcher.pattern;
	const fileRegExp = new RegExp(first.regexp);
	const rowRegExp = new RegExp(String(loop['regexp']));
	assert.equal(loop['loop'], true);
	const markers: Marker[] = [];
	let file: string | undefined;
	for (const line of output.split(/\r?\n/u)) {
		if (file !== undefined) {
			const row = rowRegExp.exec(line);
			if (row) {
				const word = (row[Number(loop['severity'])] ?? '').toLowerCase();
				const known = word === 'error' || word === 'warning' || word === 'info' ? word : undefined;
				markers.push({
					file,
					line: Number(row[Number(loop['line'])]),
					column: Number(row[Number(loop['column'])]),
					severity: known ?? (matcher.severity as Marker['severity']),
					code: row[Number(loop['code'])] ?? '',
					message: row[Number(loop['message'])] ?? '',
				});
				continue;
			}
		}
		file = fileRegExp.exec(line)?.[first.file];
	}
	return markers;
}

describe('issue 11: the $congvan problem matcher reads the stylish output', () => {
	const matcher = congvanMatcher();
	const letters = fs
		.readdirSync(FIXTURES)
		.filter((name) => name.endsWith('.txt'))
		.sort();
	let workspace = '';

	before(() => {
		// A workspace folder of letters, as a reviewer's: the task runs "congvan lint ." in it.
		workspace = temporaryDirectory();
		fs.mkdirSync(path.join(workspace, 'du thao'));
		for (const name of letters) {
			fs.copyFileSync(path.join(FIXTURES, name), path.join(workspace, 'du thao', name.replace(/\.txt$/u, '.congvan')));
		}
	});

	it('is the congvan matcher, with file paths found from the workspace folder and a default severity', () => {
		assert.equal(matcher.owner, 'congvan');
		assert.deepEqual(matcher.fileLocation, ['autoDetect', '${workspaceFolder}']);
		assert.equal(matcher.severity, 'info');
	});

	for (const locale of ['vi', 'en'] as const) {
		it(`finds every finding of the real output in ${locale === 'vi' ? 'Vietnamese' : 'English'}, with its file, position, level and rule`, () => {
			const run = runCli(['lint', '--locale', locale, '--today', TODAY, '.'], { cwd: workspace });
			assert.equal(run.status, 1, run.stderr);
			const markers = applyMatcher(matcher, run.stdout);
			const expected = jsonOf(['--locale', locale, '.'], workspace).flatMap((entry) =>
				entry.diagnostics.map((d): Marker => ({
					file: entry.file,
					line: d.range.start.line + 1,
					column: d.range.start.character + 1,
					severity: d.severity === 1 ? 'error' : d.severity === 2 ? 'warning' : 'info',
					code: String(d.code),
					message: String(d.message).split('\n')[0] ?? '',
				})),
			);
			assert.ok(expected.length > 20, 'the letters have findings of every level');
			assert.equal(new Set(expected.map((m) => m.severity)).size, 3, 'errors, warnings and information or hints');
			assert.deepEqual(markers, expected);
			for (const marker of markers) {
				// autoDetect: a relative path is found from the workspace folder, where the task runs.
				assert.ok(fs.existsSync(path.resolve(workspace, marker.file)), marker.file);
			}
		});
	}

	it('reads standard input as "<stdin>" and nothing from the summary lines', () => {
		const run = runCli(['lint', '--today', TODAY, '-'], { input: fs.readFileSync(LETTER_000) });
		const markers = applyMatcher(matcher, run.stdout);
		assert.ok(markers.length > 0);
		assert.ok(markers.every((m) => m.file === '<stdin>'));
		assert.ok(!markers.some((m) => m.message.includes('vấn đề')));
	});
});
