// `congvan --help`, `--version`, `rules` and usage errors, run as a real child process.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/core/index';
import { publicLinks } from '../../server/src/node/cli';
import { LETTER_003, ROOT, runCli } from './helpers';

describe('congvan commands', () => {
	it('prints help, Vietnamese first and then English, for --help, -h and help', () => {
		for (const args of [['--help'], ['-h'], ['help'], ['lint', '--help']]) {
			const run = runCli(args);
			assert.equal(run.status, 0, args.join(' '));
			assert.match(run.stdout, /^congvan — kiểm tra thể thức công văn theo Nghị định 30\/2020\/NĐ-CP\n/u);
			const english = run.stdout.indexOf('\nEnglish:\n');
			assert.ok(english > run.stdout.indexOf('Mã thoát: 0 không có lỗi'), 'English comes after the Vietnamese text');
			assert.match(run.stdout, /--format <định dạng> +stylish, json, sarif, github \(mặc định: stylish\)/u);
		}
	});

	it('prints the version from package.json', () => {
		const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
		for (const flag of ['--version', '-v']) {
			assert.deepEqual(runCli([flag]).stdout, `${version}\n`);
		}
	});

	it('lists every rule with its default level and fixability', () => {
		const run = runCli(['rules']);
		assert.equal(run.status, 0);
		const lines = run.stdout.trimEnd().split('\n');
		assert.equal(lines.length, RULES.length + 1);
		assert.match(lines[0] ?? '', /^Quy tắc \(rule\) +Mức mặc định \(default\) +Tự sửa \(fixable\) +Mô tả \(description\)$/u);
		RULES.forEach((rule, i) => {
			const line = lines[i + 1] ?? '';
			assert.ok(line.startsWith(`${rule.id} `), line);
			assert.ok(line.includes(`(${rule.defaultSeverity})`), line);
			assert.ok(line.includes(rule.fixable ? 'có (yes)' : 'không (no)'), line);
			assert.ok(line.endsWith(rule.description), line);
		});
	});

	const usageErrors: [string[], RegExp][] = [
		[[], /thiếu lệnh/u],
		[['kiem-tra'], /không có lệnh "kiem-tra"/u],
		[['letter.txt'], /Có phải ý bạn là "congvan lint letter\.txt"\?/u],
		[['lint'], /cần ít nhất một tệp hoặc thư mục/u],
		[['lint', '--bogus', LETTER_003], /tùy chọn không hợp lệ "--bogus"/u],
		[['lint', '--format', 'xml', LETTER_003], /định dạng "xml" không hợp lệ; chọn stylish, json, sarif, github/u],
		[['lint', '--format'], /giá trị tùy chọn không hợp lệ/u],
		[['lint', '--fix=yes', LETTER_003], /giá trị tùy chọn không hợp lệ/u],
		[['lint', '--ext', ',', LETTER_003], /--ext "," không hợp lệ/u],
		[['lint', '-', '-'], /chỉ được dùng "-"/u],
		[['rules', '--fix'], /lệnh "rules" không nhận tùy chọn --fix/u],
		[['rules', 'x'], /lệnh "rules" không nhận đối số "x"/u],
	];
	for (const [args, message] of usageErrors) {
		const shown = args.map((a) => (a === LETTER_003 ? path.basename(a) : a)).join(' ');
		it(`exits 2 with a usage message for "congvan ${shown}"`, () => {
			const run = runCli(args);
			assert.equal(run.status, 2);
			assert.equal(run.stdout, '');
			assert.match(run.stderr, /^congvan: /u);
			assert.match(run.stderr, message);
			assert.match(run.stderr, /Chạy "congvan --help" để xem cách dùng/u);
		});
	}

	it('takes SARIF links only from a public GitHub repository or an https homepage, never a file: URI', () => {
		assert.deepEqual(publicLinks({}), {});
		assert.deepEqual(publicLinks({ repository: { type: 'git', url: 'git+https://github.com/congvan/congvan.git' } }), {
			informationUri: 'https://github.com/congvan/congvan',
			helpBaseUri: 'https://github.com/congvan/congvan/blob/HEAD/docs/rules/',
		});
		assert.deepEqual(publicLinks({ homepage: 'https://congvan.example/', repository: 'https://github.com/a/b' }), {
			informationUri: 'https://congvan.example/',
			helpBaseUri: 'https://github.com/a/b/blob/HEAD/docs/rules/',
		});
		assert.deepEqual(publicLinks({ homepage: 'file:///home/congvan', repository: 'git@github.com:a/b.git' }), {});
	});
});

describe('the congvan bin', () => {
	it('is executable after every build, so that npx keeps working', () => {
		fs.accessSync(path.join(ROOT, 'dist', 'cli.js'), fs.constants.X_OK);
	});
});
