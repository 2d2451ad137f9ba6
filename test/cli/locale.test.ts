// `congvan --locale vi|en`, and the default language from LC_ALL, LC_MESSAGES and LANG, run as a real
// child process: the stylish, JSON and SARIF reports, the help, the rules table and usage errors.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toDiagnostics } from '../../server/src/convert';
import { RULES, lintText, ruleDescription } from '../../server/src/core/index';
import { CLI, LETTER_000, ROOT, TODAY, runCli } from './helpers';

// English readers are linked to the English pages (issue 11).
const docsBaseUri = 'docs/rules/en/';
const today = { year: 2026, month: 11, day: 22 };

/** Runs the CLI with exactly these locale variables (the others of the environment are kept). */
function runWithEnv(args: readonly string[], locale: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
	const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...rest } = process.env;
	const result = spawnSync(process.execPath, [CLI, ...args], {
		cwd: ROOT,
		input: '',
		env: { ...rest, NO_COLOR: '1', ...locale },
		encoding: 'utf8',
	});
	if (result.error) {
		throw result.error;
	}
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('congvan --locale', () => {
	const text = fs.readFileSync(LETTER_000, 'utf8');

	it('prints the stylish report in English with --locale en', () => {
		const run = runCli(['lint', '--locale', 'en', '--today', TODAY, LETTER_000]);
		assert.equal(run.status, 1);
		const lines = run.stdout.split('\n');
		assert.ok(
			lines.some((l) => /^ +31:1 +error +The clause "7\." repeats the number of the clause on line 27\. +duplicate-item-number$/u.test(l)),
			run.stdout,
		);
		assert.match(run.stdout, /\n✖ \d+ problems \(\d+ errors?, \d+ warnings?, \d+ information, \d+ hints?\)\n/u);
		assert.match(run.stdout, /\n {2}\d+ problems? can be fixed automatically with the --fix option\.\n$/u);
		assert.doesNotMatch(run.stdout, /lỗi|vấn đề|Căn cứ/u);
	});

	it('prints in JSON exactly the diagnostics that the server publishes in English', () => {
		const run = runCli(['lint', '--locale', 'en', '--format', 'json', '--today', TODAY, LETTER_000]);
		const [report] = JSON.parse(run.stdout) as [{ diagnostics: unknown[] }];
		const expected = toDiagnostics(text, lintText(text, { today, locale: 'en' }), {
			uri: pathToFileURL(LETTER_000).href,
			docsBaseUri,
			locale: 'en',
		});
		assert.deepEqual(report.diagnostics, JSON.parse(JSON.stringify(expected)));
		assert.ok(expected.every((d) => String(d.message).includes('\nLegal basis: ')));
	});

	it('describes the rules of SARIF in English, with the legal sources in Vietnamese', () => {
		const run = runCli(['lint', '--locale', 'en', '--format', 'sarif', '--today', TODAY, LETTER_000]);
		const sarif = JSON.parse(run.stdout) as {
			runs: [
				{
					tool: { driver: { rules: { id: string; shortDescription: { text: string }; help: { text: string } }[] } };
					results: { message: { text: string } }[];
				},
			];
		};
		const [first] = sarif.runs;
		const rules = first.tool.driver.rules;
		assert.deepEqual(
			rules.map((r) => r.shortDescription.text),
			RULES.map((r) => ruleDescription(r, 'en')),
		);
		const duplicate = rules.find((r) => r.id === 'duplicate-item-number');
		assert.match(
			duplicate?.help.text ?? '',
			/\nLegal basis: Nghị định 30\/2020\/NĐ-CP, .*\nDocumentation: docs\/rules\/duplicate-item-number\.md in the congvan package\.$/u,
		);
		assert.ok(first.results.some((r) => r.message.text.startsWith('The clause "7." repeats')));
	});

	it('prints the help in English alone with --locale en, and in Vietnamese then English with --locale vi', () => {
		const english = runCli(['--locale', 'en', '--help']);
		assert.equal(english.status, 0);
		assert.match(english.stdout, /^congvan — checks Vietnamese administrative letters against Decree 30\/2020\/NĐ-CP\n/u);
		assert.match(english.stdout, /\n {6}--locale <vi\|en> {6}the language of messages/u);
		assert.doesNotMatch(english.stdout, /\nEnglish:\n|Cách dùng/u);
		const vietnamese = runCli(['--help', '--locale', 'vi']);
		assert.match(vietnamese.stdout, /^congvan — kiểm tra thể thức công văn/u);
		assert.match(vietnamese.stdout, /\n {6}--locale <vi\|en> {6}ngôn ngữ của thông báo/u);
		assert.match(vietnamese.stdout, /\nEnglish:\n/u);
	});

	it('lists the rules in English', () => {
		const run = runCli(['rules', '--locale=en']);
		const lines = run.stdout.trimEnd().split('\n');
		assert.match(lines[0] ?? '', /^Rule +Default level +Fixable +Description$/u);
		RULES.forEach((rule, i) => {
			const line = lines[i + 1] ?? '';
			assert.ok(line.startsWith(`${rule.id} `), line);
			assert.match(line, new RegExp(` ${rule.defaultSeverity} +${rule.fixable ? 'yes' : 'no'} `, 'u'));
			assert.ok(line.endsWith(ruleDescription(rule, 'en')), line);
		});
	});

	it('reports usage errors in the language asked for, even before the error', () => {
		const run = runCli(['--locale', 'en', 'kiem-tra']);
		assert.equal(run.status, 2);
		assert.equal(run.stderr, 'congvan: there is no command "kiem-tra".\nRun "congvan --help" for usage.\n');
		const bogus = runCli(['lint', '--bogus', '--locale', 'en', LETTER_000]);
		assert.match(bogus.stderr, /^congvan: invalid option "--bogus"; to check a file whose name starts with "-", put it after "--"/u);
		const missing = runCli(['lint', '--locale', 'en', path.join(ROOT, 'no-such-letter.congvan')]);
		assert.equal(missing.status, 2);
		assert.match(missing.stderr, /^congvan: cannot read the file ".*no-such-letter\.congvan" \(ENOENT: no such file or directory\)\.\n$/u);
	});

	it('refuses a language it does not have, in the default language', () => {
		const run = runCli(['lint', '--locale', 'fr', LETTER_000]);
		assert.equal(run.status, 2);
		assert.match(run.stderr, /^congvan: ngôn ngữ "fr" không hợp lệ; chọn vi, en \(invalid --locale\)\.\n/u);
	});
});

describe('congvan: the language from the environment', () => {
	const stylish = ['lint', '--today', TODAY, LETTER_000];
	const english = /✖ \d+ problems \(/u;
	const vietnamese = /✖ \d+ vấn đề \(/u;

	it('speaks English when LANG says English', () => {
		assert.match(runWithEnv(stylish, { LANG: 'en_US.UTF-8' }).stdout, english);
	});

	it('speaks Vietnamese when LANG says Vietnamese, or another language, or nothing', () => {
		assert.match(runWithEnv(stylish, { LANG: 'vi_VN.UTF-8' }).stdout, vietnamese);
		assert.match(runWithEnv(stylish, { LANG: 'fr_FR.UTF-8' }).stdout, vietnamese);
		assert.match(runWithEnv(stylish, { LANG: 'C.UTF-8' }).stdout, vietnamese);
		assert.match(runWithEnv(stylish, {}).stdout, vietnamese);
	});

	it('reads LC_ALL before LC_MESSAGES before LANG', () => {
		assert.match(runWithEnv(stylish, { LC_ALL: 'vi_VN.UTF-8', LANG: 'en_US.UTF-8' }).stdout, vietnamese);
		assert.match(runWithEnv(stylish, { LC_MESSAGES: 'en_GB.UTF-8', LANG: 'vi_VN.UTF-8' }).stdout, english);
		assert.match(runWithEnv(stylish, { LC_ALL: '', LANG: 'en_US.UTF-8' }).stdout, english);
	});

	it('lets --locale win over the environment', () => {
		assert.match(runWithEnv([...stylish, '--locale', 'vi'], { LANG: 'en_US.UTF-8' }).stdout, vietnamese);
		assert.match(runWithEnv(['--locale', 'en', ...stylish], { LC_ALL: 'vi_VN.UTF-8' }).stdout, english);
	});
});
