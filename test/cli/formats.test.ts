// `congvan lint` output formats and exit codes, run as a real child process over real letters.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-types';
import { toDiagnostics } from '../../server/src/convert';
import { RULES, lintText } from '../../server/src/core/index';
import { JsonReportWriter, formatJson, jsonEntry, type FileReport } from '../../server/src/node/formatters';
import { parseIsoDate } from '../../server/src/settings';
import { LETTER_000, LETTER_003, ROOT, TODAY, letterWith, removeTemporaryDirectories, runCli, temporaryDirectory } from './helpers';

interface JsonEntry {
	file: string;
	diagnostics: Diagnostic[];
}

const relative000 = path.relative(ROOT, LETTER_000);
// The JSON links rule pages by their path in the repository (issue 11), never by a file: URI.
const docsBaseUri = 'docs/rules/';

after(removeTemporaryDirectories);

describe('congvan lint --format stylish (default)', () => {
	it('reports the duplicated item of letter 000 at 31:1 and exits 1', () => {
		const run = runCli(['lint', '--today', TODAY, relative000]);
		assert.equal(run.status, 1, run.stderr);
		assert.equal(run.stderr, '');
		const lines = run.stdout.split('\n');
		assert.ok(lines.includes(relative000), 'the heading is the path as given');
		assert.ok(
			lines.some((l) => /^ +31:1 +lỗi \(error\) +khoản "7\." bị trùng số với khoản ở dòng 27\. +duplicate-item-number$/u.test(l)),
			run.stdout,
		);
		assert.ok(
			lines.some((l) => /^ +3:8 +gợi ý \(hint\) .* so-ky-hieu-spacing$/u.test(l)),
			run.stdout,
		);
		assert.ok(!run.stdout.includes('Căn cứ:'), 'only the first line of each message');
		assert.ok(!run.stdout.includes('\u001b['), 'no colours when stdout is not a terminal');

		// The summary counts what the JSON format lists.
		const diagnostics =
			(JSON.parse(runCli(['lint', '-f', 'json', '--today', TODAY, relative000]).stdout) as JsonEntry[])[0]?.diagnostics ?? [];
		const count = (severity: number): number => diagnostics.filter((d) => d.severity === severity).length;
		const fixable = diagnostics.filter((d) => (d.data as { fixable?: unknown } | undefined)?.fixable === true).length;
		assert.ok(count(1) === 1 && fixable > 0, 'letter 000 has one error and something fixable');
		const summary = `✖ ${diagnostics.length} vấn đề (${count(1)} lỗi, ${count(2)} cảnh báo, ${count(3)} thông tin, ${count(4)} gợi ý)`;
		assert.deepEqual(lines.slice(-4), ['', summary, `  Có thể sửa tự động ${fixable} vấn đề bằng tùy chọn --fix.`, '']);
	});

	it('exits 0 for letter 003, which has no error-level finding', () => {
		const run = runCli(['lint', '--today', TODAY, LETTER_003]);
		assert.equal(run.status, 0, run.stdout);
		assert.doesNotMatch(run.stdout, / lỗi +/u);
	});

	it('prints nothing and exits 0 for a letter without findings', () => {
		const dir = temporaryDirectory();
		fs.writeFileSync(path.join(dir, 'dung.txt'), letterWith());
		const run = runCli(['lint', '--today', TODAY, 'dung.txt'], { cwd: dir });
		assert.deepEqual([run.status, run.stdout, run.stderr], [0, '', '']);
	});

	it('exits 0 when the only findings are below error level', () => {
		const dir = temporaryDirectory();
		const file = path.join(dir, 'goi-y.txt');
		fs.writeFileSync(file, letterWith('283 /UBND-VP'));
		const run = runCli(['lint', '--today', TODAY, file]);
		assert.equal(run.status, 0, run.stdout);
		assert.match(run.stdout, /^ +7:8 +gợi ý .* so-ky-hieu-spacing$/mu);
		assert.match(run.stdout, /✖ \d+ vấn đề \(0 lỗi, /u);
	});

	it('counts columns in UTF-16 code units, as editors do (an NFD line, a BOM)', () => {
		const dir = temporaryDirectory();
		// "Số" decomposed is four code units, so the "5" after "Số: " is at column 7.
		fs.writeFileSync(path.join(dir, 'nfd.txt'), letterWith('5/UBND-VP').replace('Số: 5', 'Số: 5'.normalize('NFD')));
		// Editors hide the BOM, so it does not shift the columns of the first line.
		fs.writeFileSync(path.join(dir, 'bom.txt'), `\uFEFF${letterWith('5/UBND-VP', '\n', { agency: null, quocHieu: null })}`);
		const run = runCli(['lint', '--today', TODAY, 'nfd.txt', 'bom.txt'], { cwd: dir });
		assert.equal(run.status, 1, run.stderr);
		const [nfd = '', bom = ''] = run.stdout.split('bom.txt\n');
		assert.match(nfd, /^ +7:7 +lỗi .* malformed-so-ky-hieu$/mu);
		assert.match(bom, /^ +1:5 +lỗi .* malformed-so-ky-hieu$/mu);
	});
});

describe('congvan lint --format json', () => {
	it('prints exactly the Diagnostics that the language server publishes', () => {
		const run = runCli(['lint', '--format', 'json', '--today', TODAY, relative000]);
		assert.equal(run.status, 1, run.stderr);
		const output = JSON.parse(run.stdout) as JsonEntry[];
		assert.equal(output.length, 1);
		assert.equal(output[0]?.file, relative000);

		const duplicate = output[0]?.diagnostics.find((d) => d.code === 'duplicate-item-number');
		assert.ok(duplicate, run.stdout);
		assert.deepEqual(duplicate.range, { start: { line: 30, character: 0 }, end: { line: 30, character: 2 } });
		assert.equal(duplicate.severity, 1);
		assert.equal(duplicate.source, 'congvan');
		assert.equal(
			duplicate.message,
			'khoản "7." bị trùng số với khoản ở dòng 27.\nCăn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ.',
		);
		const href = duplicate.codeDescription?.href ?? '';
		// Issue 11: the page's path in the repository, which means the same on every machine, never a file: URI.
		assert.equal(href, 'docs/rules/duplicate-item-number.md');
		assert.ok(fs.existsSync(path.join(ROOT, href)), `${href} is the rule's page in the repository`);
		assert.deepEqual(duplicate.relatedInformation?.[0]?.location, {
			uri: pathToFileURL(LETTER_000).href,
			range: { start: { line: 26, character: 0 }, end: { line: 26, character: 2 } },
		});

		// The whole array equals what convert.ts makes, data (rule, messageId, fixable) included.
		const text = fs.readFileSync(LETTER_000, 'utf8');
		const today = parseIsoDate(TODAY);
		const expected = toDiagnostics(text, lintText(text, today ? { today } : {}), { uri: pathToFileURL(LETTER_000).href, docsBaseUri });
		assert.deepEqual(output[0]?.diagnostics, JSON.parse(JSON.stringify(expected)));
	});

	it('lists every checked file, with an empty array for a clean one, and exits 0', () => {
		const dir = temporaryDirectory();
		fs.writeFileSync(path.join(dir, 'dung.txt'), letterWith());
		fs.writeFileSync(path.join(dir, 'goi-y.txt'), letterWith('283 /UBND-VP'));
		const run = runCli(['lint', '-f', 'json', 'dung.txt', 'goi-y.txt'], { cwd: dir });
		assert.equal(run.status, 0, run.stderr);
		const output = JSON.parse(run.stdout) as JsonEntry[];
		assert.deepEqual(
			output.map((e) => [e.file, e.diagnostics.map((d) => d.code)]),
			[
				['dung.txt', []],
				['goi-y.txt', ['so-ky-hieu-spacing']],
			],
		);
	});
});

describe('formatJson, made entry by entry', () => {
	// The CLI turns each file's report into its JSON entry as soon as the file is checked (jsonEntry) and joins
	// the entries at the end: the text must be that of one JSON.stringify of the whole list, indented by two.
	const whole = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
	const text = fs.readFileSync(LETTER_000, 'utf8');
	const diagnostics = toDiagnostics(text, lintText(text, { today: { year: 2026, month: 1, day: 5 } }), {
		uri: pathToFileURL(LETTER_000).href,
		docsBaseUri,
	});

	it('writes an empty list as "[]"', () => {
		assert.equal(formatJson([]), whole([]));
	});

	it('writes one or several files exactly as JSON.stringify of the list', () => {
		assert.ok(diagnostics.length > 2 && diagnostics.some((d) => d.relatedInformation), 'the letter has findings with related information');
		const reports: FileReport[] = [
			{ file: 'a.txt', path: 'a.txt', diagnostics },
			{ file: 'trống.txt', diagnostics: [] },
			{ file: 'b "c".txt', diagnostics: diagnostics.slice(0, 1) },
		];
		assert.equal(formatJson(reports.slice(0, 1)), whole([{ file: 'a.txt', diagnostics }]));
		assert.equal(formatJson(reports), whole(reports.map((r) => ({ file: r.file, diagnostics: r.diagnostics }))));
	});

	it('writes the same text when written as the entries come, in pieces of whole entries (JsonReportWriter)', () => {
		const reports: FileReport[] = Array.from({ length: 120 }, (_, i) => ({
			file: `thư ${i}.txt`,
			diagnostics: i % 3 === 0 ? [] : diagnostics,
		}));
		for (const count of [0, 1, 2, reports.length]) {
			const pieces: string[] = [];
			const writer = new JsonReportWriter((piece) => pieces.push(piece));
			for (const report of reports.slice(0, count)) {
				writer.add(jsonEntry(report));
			}
			writer.end();
			assert.equal(pieces.join(''), formatJson(reports.slice(0, count)), `${count} files`);
			// A hundred and twenty letters' entries make several pieces: the report is not held back to the end.
			if (count === reports.length) {
				assert.ok(pieces.length >= Math.floor(pieces.join('').length / JsonReportWriter.FLUSH_AT), `${pieces.length} pieces`);
				assert.ok(pieces.length > 2, `${pieces.length} pieces`);
				assert.ok(pieces.slice(0, -1).every((p) => p.length >= JsonReportWriter.FLUSH_AT));
			}
		}
	});

	it('writes a Word file with textView and the Word place of each finding', () => {
		const word = diagnostics.map((_, i) => (i === 1 ? undefined : { paragraph: i + 1, snippet: `đoạn ${i}`, offset: i * 10 }));
		const report: FileReport = { file: 'x.docx', path: 'x.docx', diagnostics, word };
		const expected = [{ file: 'x.docx', textView: true, diagnostics: diagnostics.map((d, i) => ({ ...d, word: word[i] })) }];
		assert.equal(formatJson([{ file: 'y.txt', diagnostics: [] }, report]), whole([{ file: 'y.txt', diagnostics: [] }, ...expected]));
	});
});

describe('congvan lint --format sarif', () => {
	it('writes SARIF 2.1.0 with every rule and 1-based regions relative to %SRCROOT%', () => {
		// Run from the folder that holds both the repository and shared/, so that the letter is inside %SRCROOT%.
		const base = path.dirname(ROOT);
		const inBase = path.relative(base, LETTER_000);
		const run = runCli(['lint', '--format=sarif', '--today', TODAY, inBase], { cwd: base });
		assert.equal(run.status, 1, run.stderr);
		const sarif = JSON.parse(run.stdout);
		assert.equal(sarif.version, '2.1.0');
		assert.match(sarif.$schema, /sarif-2\.1\.0/u);
		assert.equal(sarif.runs.length, 1);
		const [theRun] = sarif.runs;
		assert.equal(theRun.columnKind, 'utf16CodeUnits');
		assert.deepEqual(theRun.originalUriBaseIds['%SRCROOT%'], { uri: `${pathToFileURL(base).href}/` });
		assert.deepEqual(theRun.invocations, [{ executionSuccessful: true }]);

		const driver = theRun.tool.driver;
		assert.equal(driver.name, 'congvan');
		assert.equal(driver.version, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
		assert.deepEqual(
			driver.rules.map((r: { id: string }) => r.id),
			RULES.map((r) => r.id),
		);
		for (const rule of driver.rules) {
			assert.equal(typeof rule.shortDescription.text, 'string');
			assert.equal(typeof rule.fullDescription.text, 'string');
			assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level), rule.id);
			assert.ok(rule.helpUri === undefined || String(rule.helpUri).startsWith('https://'), 'no file: help links');
		}

		const byRule = (id: string) => theRun.results.find((r: { ruleId: string }) => r.ruleId === id);
		const duplicate = byRule('duplicate-item-number');
		const hint = byRule('so-ky-hieu-spacing');
		assert.ok(duplicate && hint, run.stdout);
		for (const result of theRun.results as { ruleId: string; ruleIndex: number }[]) {
			assert.equal(driver.rules[result.ruleIndex].id, result.ruleId);
		}
		assert.deepEqual(duplicate.locations, [
			{
				physicalLocation: {
					artifactLocation: { uri: inBase.split(path.sep).join('/'), uriBaseId: '%SRCROOT%' },
					region: { startLine: 31, startColumn: 1, endLine: 31, endColumn: 3 },
				},
			},
		]);
		assert.equal(duplicate.level, 'error');
		assert.match(duplicate.message.text, /^khoản "7\." bị trùng số/u);
		assert.equal(duplicate.relatedLocations[0].physicalLocation.region.startLine, 27);
		assert.equal(hint.level, 'note', 'information and hint are notes');
		assert.deepEqual(hint.locations[0].physicalLocation.region, { startLine: 3, startColumn: 8, endLine: 3, endColumn: 10 });
	});

	it('percent-encodes relative paths and uses file URIs outside %SRCROOT%', () => {
		const dir = temporaryDirectory();
		fs.mkdirSync(path.join(dir, 'công văn'));
		fs.writeFileSync(path.join(dir, 'công văn', 'số 5.congvan'), letterWith('5/UBND-VP'));
		const inside = JSON.parse(runCli(['lint', '-f', 'sarif', 'công văn'], { cwd: dir }).stdout);
		assert.deepEqual(inside.runs[0].results[0].locations[0].physicalLocation.artifactLocation, {
			uri: 'c%C3%B4ng%20v%C4%83n/s%E1%BB%91%205.congvan',
			uriBaseId: '%SRCROOT%',
		});
		const outside = JSON.parse(runCli(['lint', '-f', 'sarif', path.join(dir, 'công văn')], { cwd: ROOT }).stdout);
		assert.deepEqual(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation, {
			uri: pathToFileURL(path.join(dir, 'công văn', 'số 5.congvan')).href,
		});
	});

	it('records files that could not be checked as notifications of a failed run', () => {
		const run = runCli(['lint', '-f', 'sarif', 'khong-co.txt', LETTER_003]);
		assert.equal(run.status, 2);
		const [invocation] = JSON.parse(run.stdout).runs[0].invocations;
		assert.equal(invocation.executionSuccessful, false);
		assert.match(invocation.toolExecutionNotifications[0].message.text, /không đọc được tệp "khong-co\.txt" \(ENOENT/u);
	});
});

describe('congvan lint exit codes and errors', () => {
	it('reports a missing file on stderr, still checks the others, and exits 2 (2 wins over 1)', () => {
		const run = runCli(['lint', '--today', TODAY, 'khong-co.txt', relative000]);
		assert.equal(run.status, 2);
		assert.equal(run.stderr, 'congvan: không đọc được tệp "khong-co.txt" (ENOENT: no such file or directory).\n');
		assert.match(run.stdout, /31:1 +lỗi/u);
		const json = JSON.parse(runCli(['lint', '-f', 'json', 'khong-co.txt', relative000]).stdout) as JsonEntry[];
		assert.deepEqual(
			json.map((e) => e.file),
			[relative000],
		);
	});

	it('reads standard input for "-"', () => {
		const text = fs.readFileSync(LETTER_000);
		const stylish = runCli(['lint', '--today', TODAY, '-'], { input: text });
		assert.equal(stylish.status, 1, stylish.stderr);
		assert.match(stylish.stdout, /^\n<stdin>\n/u);
		assert.match(stylish.stdout, /^ +31:1 +lỗi .* duplicate-item-number$/mu);
		const json = JSON.parse(runCli(['lint', '-f', 'json', '-'], { input: text }).stdout) as JsonEntry[];
		assert.equal(json[0]?.file, '-');
		const duplicate = json[0]?.diagnostics.find((d) => d.code === 'duplicate-item-number');
		assert.equal(duplicate?.relatedInformation?.[0]?.location.uri, 'untitled:stdin');
		assert.equal(runCli(['lint', '-'], { input: '' }).status, 0, 'an empty input has no findings');
	});

	it('reads .congvanrc.json from the current directory, and --config instead of it', () => {
		const dir = temporaryDirectory();
		fs.copyFileSync(LETTER_000, path.join(dir, 'letter.txt'));
		fs.writeFileSync(path.join(dir, '.congvanrc.json'), JSON.stringify({ rules: { 'duplicate-item-number': 'off' } }));
		fs.writeFileSync(
			path.join(dir, 'warn.json'),
			JSON.stringify({ rules: { 'duplicate-item-number': 'warning', 'so-ky-hieu-spacing': 'off' } }),
		);

		const rc = runCli(['lint', '-f', 'json', 'letter.txt'], { cwd: dir });
		assert.equal(rc.status, 0, rc.stderr);
		const codes = (JSON.parse(rc.stdout) as JsonEntry[])[0]?.diagnostics.map((d) => d.code);
		assert.ok(codes?.includes('so-ky-hieu-spacing') && !codes.includes('duplicate-item-number'), String(codes));

		const config = runCli(['lint', '--config', 'warn.json', 'letter.txt'], { cwd: dir });
		assert.equal(config.status, 0, config.stderr);
		assert.match(config.stdout, /31:1 +cảnh báo .*duplicate-item-number/u);
		assert.doesNotMatch(config.stdout, /so-ky-hieu-spacing/u);
	});

	it('exits 2 on a bad --config file without checking anything', () => {
		const dir = temporaryDirectory();
		fs.writeFileSync(path.join(dir, 'broken.json'), '{ "rules": { "duplicate-item-number": "off" }');
		fs.writeFileSync(path.join(dir, 'unknown.json'), '{ "rules": { "khong-co-quy-tac": "off" } }');
		fs.writeFileSync(path.join(dir, 'level.json'), '{ "rules": { "duplicate-item-number": "loi" } }');
		for (const [file, message] of [
			['broken.json', /tệp cấu hình "broken\.json" không phải JSON hợp lệ/u],
			['unknown.json', /unknown\.json: không có quy tắc "khong-co-quy-tac"/u],
			['level.json', /level\.json: mức độ của "duplicate-item-number"/u],
			['missing.json', /không đọc được tệp cấu hình "missing\.json" \(ENOENT/u],
		] as const) {
			const run = runCli(['lint', '--config', file, LETTER_000], { cwd: dir });
			assert.equal(run.status, 2, file);
			assert.match(run.stderr, message);
			assert.equal(run.stdout, '', file);
		}
		// A .congvanrc.json found above a letter is read for that letter (not for a letter elsewhere); when it is
		// broken, the letter is still checked with the defaults, and the run fails.
		fs.renameSync(path.join(dir, 'broken.json'), path.join(dir, '.congvanrc.json'));
		fs.copyFileSync(LETTER_003, path.join(dir, 'letter.txt'));
		const found = runCli(['lint', 'letter.txt'], { cwd: dir });
		assert.equal(found.status, 2, 'a broken .congvanrc.json too');
		assert.match(found.stderr, /tệp cấu hình ".*\.congvanrc\.json" không phải JSON hợp lệ/u);
		assert.equal(runCli(['lint', LETTER_003], { cwd: dir }).status, 0, 'a letter outside the folder does not read it');
	});

	it('exits 2 on a bad --today', () => {
		for (const value of ['2021-02-30', '29/01/2021', 'hôm nay']) {
			const run = runCli(['lint', '--today', value, LETTER_003]);
			assert.equal(run.status, 2, value);
			assert.match(run.stderr, /^congvan: --today ".*" không phải một ngày có thật dạng YYYY-MM-DD/u);
		}
		assert.equal(runCli(['lint', '--today', '2024-02-29', LETTER_003]).status, 0, 'a leap day is a real date');
	});
});
