// `congvan lint` over directories, odd files and --fix, run as a real child process in temporary directories.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { LETTER_000, TODAY, letterWith, removeTemporaryDirectories, runCli, temporaryDirectory } from './helpers';

interface JsonEntry {
	file: string;
	diagnostics: (Diagnostic & { data?: { fixable?: true } })[];
}

function checkedFiles(args: string[], cwd: string): string[] {
	const run = runCli(['lint', '-f', 'json', ...args], { cwd });
	return (JSON.parse(run.stdout) as JsonEntry[]).map((e) => e.file);
}

after(removeTemporaryDirectories);

describe('congvan lint on directories', () => {
	let dir: string;

	before(() => {
		dir = temporaryDirectory();
		const letter = letterWith('05/UBND-VP');
		const files = [
			'thu-muc/b/x.congvan',
			'thu-muc/a.txt',
			'thu-muc/c.TXT',
			'thu-muc/ghi-chu.md',
			'thu-muc/.an/an.txt',
			'thu-muc/._a.txt',
			'thu-muc/node_modules/goi/n.txt',
			'thu-muc/.git/g.txt',
		];
		for (const file of files) {
			fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
			fs.writeFileSync(path.join(dir, file), letter);
		}
		fs.mkdirSync(path.join(dir, 'rong'));
		// A link back to the top must not make the walk loop or check a file twice.
		fs.symlinkSync('..', path.join(dir, 'thu-muc', 'b', 'vong'), 'dir');
	});

	it('walks recursively in sorted order, keeps only .congvan by default, skips dotted entries and node_modules', () => {
		assert.deepEqual(checkedFiles(['thu-muc'], dir), [path.join('thu-muc', 'b', 'x.congvan')]);
	});

	it('adds .txt when --ext opts it in (issue 11: the editor checks no .txt file by default either)', () => {
		assert.deepEqual(checkedFiles(['--ext', '.txt', 'thu-muc'], dir), [
			path.join('thu-muc', 'a.txt'),
			path.join('thu-muc', 'b', 'x.congvan'),
			path.join('thu-muc', 'c.TXT'),
		]);
	});

	it('takes other extensions from --ext besides .congvan, and checks an explicit file whatever its extension', () => {
		assert.deepEqual(checkedFiles(['--ext', 'md', 'thu-muc'], dir), [
			path.join('thu-muc', 'b', 'x.congvan'),
			path.join('thu-muc', 'ghi-chu.md'),
		]);
		assert.deepEqual(checkedFiles(['--ext', 'md,.congvan', 'thu-muc'], dir), [
			path.join('thu-muc', 'b', 'x.congvan'),
			path.join('thu-muc', 'ghi-chu.md'),
		]);
		assert.deepEqual(checkedFiles([path.join('thu-muc', 'ghi-chu.md')], dir), [path.join('thu-muc', 'ghi-chu.md')]);
	});

	it('checks a file named twice once', () => {
		assert.deepEqual(checkedFiles(['thu-muc/a.txt', '--ext', '.txt', 'thu-muc'], dir), [
			'thu-muc/a.txt',
			path.join('thu-muc', 'b', 'x.congvan'),
			path.join('thu-muc', 'c.TXT'),
		]);
	});

	it('exits 2 for a directory without any letter', () => {
		const run = runCli(['lint', 'rong'], { cwd: dir });
		assert.equal(run.status, 2);
		assert.match(run.stderr, /không tìm thấy tệp \.congvan nào trong thư mục "rong"/u);
	});
});

describe('congvan lint on odd files', () => {
	it('skips a binary file and invalid UTF-8 with a message, checks the rest, and exits 2', () => {
		const dir = temporaryDirectory();
		fs.writeFileSync(path.join(dir, 'anh.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
		// "Số" in Windows-1258, a legacy encoding: 0xF4 is "ô" there and a stray byte in UTF-8.
		fs.writeFileSync(path.join(dir, 'cp1258.txt'), Buffer.from([0x53, 0xf4, 0x3a, 0x20, 0x35, 0x0a]));
		fs.writeFileSync(path.join(dir, 'utf16.txt'), Buffer.from('\uFEFFSố: 5/UBND', 'utf16le'));
		fs.copyFileSync(LETTER_000, path.join(dir, 'letter.txt'));
		const run = runCli(['lint', '--today', TODAY, 'anh.txt', 'cp1258.txt', 'utf16.txt', 'letter.txt'], { cwd: dir });
		assert.equal(run.status, 2);
		const errors = run.stderr.trimEnd().split('\n');
		assert.equal(errors.length, 3, run.stderr);
		assert.match(errors[0] ?? '', /^congvan: tệp "anh\.txt" là tệp nhị phân, bỏ qua/u);
		assert.match(errors[1] ?? '', /^congvan: tệp "cp1258\.txt" không phải văn bản UTF-8 hợp lệ, bỏ qua/u);
		assert.match(errors[2] ?? '', /^congvan: tệp "utf16\.txt" mã hoá UTF-16, bỏ qua/u);
		assert.match(run.stdout, /^\nletter\.txt\n/u);
		assert.doesNotMatch(run.stdout, /anh\.txt|cp1258|utf16/u);
	});

	it('checks an empty file without findings', () => {
		const dir = temporaryDirectory();
		fs.writeFileSync(path.join(dir, 'rong.txt'), '');
		const run = runCli(['lint', 'rong.txt'], { cwd: dir });
		assert.deepEqual([run.status, run.stdout, run.stderr], [0, '', '']);
	});

	it('reads lines ended by CR alone', () => {
		const dir = temporaryDirectory();
		fs.writeFileSync(path.join(dir, 'cr.txt'), fs.readFileSync(LETTER_000, 'utf8').replace(/\r?\n/gu, '\r'));
		const run = runCli(['lint', '--today', TODAY, 'cr.txt'], { cwd: dir });
		assert.equal(run.status, 1, run.stderr);
		assert.match(run.stdout, /^ +31:1 +lỗi .*duplicate-item-number$/mu);
	});
});

describe('congvan lint --fix', () => {
	it('rewrites a fixable file, keeping its BOM and CRLF line ends, and reports what is left', () => {
		const dir = temporaryDirectory();
		const file = path.join(dir, 'so-5.txt');
		const before = `\uFEFF${letterWith('5/UBND-VP', '\r\n')}`;
		fs.writeFileSync(file, before);
		const run = runCli(['lint', '--fix', '--today', TODAY, 'so-5.txt'], { cwd: dir });
		assert.deepEqual([run.status, run.stdout, run.stderr], [0, '', '']);
		const after = fs.readFileSync(file);
		assert.deepEqual([...after.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the BOM is kept');
		assert.equal(after.toString('utf8'), before.replace('Số: 5/', 'Số: 05/'));
		assert.equal(after.toString('utf8').split('\r\n').length, before.split('\r\n').length, 'every CRLF is kept');
		assert.deepEqual(fs.readdirSync(dir), ['so-5.txt'], 'no temporary file is left behind');

		const again = runCli(['lint', '-f', 'json', 'so-5.txt'], { cwd: dir });
		assert.equal(again.status, 0);
		const left = (JSON.parse(again.stdout) as JsonEntry[])[0]?.diagnostics ?? [];
		assert.deepEqual(
			left.filter((d) => d.data?.fixable),
			[],
			'nothing fixable is left',
		);
	});

	it('reports the findings that remain after fixing', () => {
		const dir = temporaryDirectory();
		fs.copyFileSync(LETTER_000, path.join(dir, 'letter.txt'));
		// The shared letters are read-only, and copyFile keeps the mode: --fix would rightly refuse the copy.
		fs.chmodSync(path.join(dir, 'letter.txt'), 0o644);
		const run = runCli(['lint', '--fix', '--today', TODAY, 'letter.txt'], { cwd: dir });
		assert.equal(run.status, 1);
		assert.match(run.stdout, /^ +31:1 +lỗi .* duplicate-item-number$/mu);
		assert.doesNotMatch(run.stdout, /so-ky-hieu-spacing|bằng tùy chọn --fix/u);
		assert.match(fs.readFileSync(path.join(dir, 'letter.txt'), 'utf8'), /^Số: 283\/STNMT-VP$/mu);
	});

	it('does not touch a file that has nothing to fix, and never writes without --fix', () => {
		const dir = temporaryDirectory();
		const clean = path.join(dir, 'clean.txt');
		const fixable = path.join(dir, 'fixable.txt');
		fs.writeFileSync(clean, letterWith('15/UBND-VP', '\r\n'));
		fs.writeFileSync(fixable, letterWith('5/UBND-VP'));
		const stat = (file: string): [number, number, string] => {
			const s = fs.statSync(file);
			return [s.ino, s.mtimeMs, fs.readFileSync(file, 'utf8')];
		};
		const [cleanBefore, fixableBefore] = [stat(clean), stat(fixable)];

		assert.equal(runCli(['lint', 'clean.txt', 'fixable.txt'], { cwd: dir }).status, 1);
		assert.deepEqual([stat(clean), stat(fixable)], [cleanBefore, fixableBefore]);

		assert.equal(runCli(['lint', '--fix', 'clean.txt'], { cwd: dir }).status, 0);
		assert.deepEqual(stat(clean), cleanBefore, 'same inode, time and content: not rewritten');
	});

	it('prints the fixed text of standard input to stdout and the report to stderr', () => {
		const input = `\uFEFF${letterWith('5/UBND-VP', '\r\n')}`;
		const run = runCli(['lint', '--fix', '-f', 'json', '-'], { input });
		assert.equal(run.status, 0, run.stderr);
		assert.equal(run.stdoutBytes.toString('utf8'), input.replace('Số: 5/', 'Số: 05/'));
		assert.deepEqual(JSON.parse(run.stderr), [{ file: '-', diagnostics: [] }]);
	});
});
