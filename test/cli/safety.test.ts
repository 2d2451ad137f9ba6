// Issue 15: a --fix that respects files, project files read defensively, and output that cannot attack a
// terminal. Each case is run through the real CLI (dist/cli.js) in a temporary folder; a `timeout` on a run
// is only a failure detector for a hang (the run is killed and its status is null), never the assertion.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import { TODAY, letterWith, removeTemporaryDirectories, runCli, temporaryDirectory } from './helpers';

interface JsonEntry {
	file: string;
	diagnostics: Diagnostic[];
}

// Long enough for a loaded machine, far shorter than "forever".
const HANG = 60_000;

/** A letter whose "Số" line has a fix ("5" → "05") and a malformed-so-ky-hieu finding that a setting can turn off. */
const FIXABLE = letterWith('5/UBND-VP');
const FIXED = FIXABLE.replace('Số: 5/', 'Số: 05/');

function mkfifo(file: string): void {
	const made = spawnSync('mkfifo', [file]);
	assert.equal(made.status, 0, `mkfifo ${file}: ${made.stderr?.toString() ?? ''}`);
}

function codesByFile(stdout: string): Record<string, string[]> {
	return Object.fromEntries((JSON.parse(stdout) as JsonEntry[]).map((e) => [e.file, e.diagnostics.map((d) => String(d.code))]));
}

after(removeTemporaryDirectories);

describe('issue 15: --fix writes like a careful formatter', function () {
	this.timeout(HANG + 20_000);

	it('does not follow symbolic links met while walking a folder: a link to a file outside, a link to /', () => {
		const dir = temporaryDirectory();
		const outside = path.join(dir, 'ngoai.txt');
		fs.writeFileSync(outside, FIXABLE);
		fs.mkdirSync(path.join(dir, 'thu-muc'));
		fs.writeFileSync(path.join(dir, 'thu-muc', 'a.txt'), FIXABLE);
		fs.symlinkSync(outside, path.join(dir, 'thu-muc', 'lien-ket.txt'));
		fs.symlinkSync('/', path.join(dir, 'thu-muc', 'goc'), 'dir');
		const run = runCli(['lint', '--fix', '-f', 'json', '--today', TODAY, '--ext', '.txt', 'thu-muc'], { cwd: dir, timeout: HANG });
		assert.equal(run.status, 0, run.stderr);
		assert.deepEqual(Object.keys(codesByFile(run.stdout)), [path.join('thu-muc', 'a.txt')], 'only the regular file is checked');
		assert.equal(fs.readFileSync(path.join(dir, 'thu-muc', 'a.txt'), 'utf8'), FIXED);
		assert.equal(fs.readFileSync(outside, 'utf8'), FIXABLE, 'the target outside the folder is not rewritten');
		assert.ok(fs.lstatSync(path.join(dir, 'thu-muc', 'lien-ket.txt')).isSymbolicLink());
	});

	it('reads through a link named on the command line, but --fix never writes through it', () => {
		const dir = temporaryDirectory();
		fs.writeFileSync(path.join(dir, 'that.txt'), FIXABLE);
		fs.symlinkSync('that.txt', path.join(dir, 'link.txt'));
		const check = runCli(['lint', '-f', 'json', '--today', TODAY, 'link.txt'], { cwd: dir });
		assert.ok(codesByFile(check.stdout)['link.txt']?.includes('malformed-so-ky-hieu'), check.stdout);
		const fix = runCli(['lint', '--fix', '--today', TODAY, 'link.txt'], { cwd: dir });
		assert.equal(fix.status, 2);
		assert.match(fix.stderr, /tệp "link\.txt" không được sửa: đây là liên kết tượng trưng/u);
		assert.equal(fs.readFileSync(path.join(dir, 'that.txt'), 'utf8'), FIXABLE);
	});

	it('keeps every hard link of a file: it is rewritten in place', () => {
		const dir = temporaryDirectory();
		fs.writeFileSync(path.join(dir, 'a.txt'), FIXABLE);
		fs.linkSync(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
		const inode = fs.statSync(path.join(dir, 'a.txt')).ino;
		const run = runCli(['lint', '--fix', '--today', TODAY, 'a.txt'], { cwd: dir });
		assert.equal(run.status, 0, run.stderr);
		assert.equal(fs.readFileSync(path.join(dir, 'b.txt'), 'utf8'), FIXED, 'the other link sees the fix');
		assert.deepEqual([fs.statSync(path.join(dir, 'a.txt')).ino, fs.statSync(path.join(dir, 'a.txt')).nlink], [inode, 2]);
	});

	it('keeps the owner, the group and the mode of the file', function () {
		if (process.getuid?.() !== 0) {
			// Only root can give a file to another user; CI containers and this machine run the tests as root.
			this.skip();
		}
		const dir = temporaryDirectory();
		const file = path.join(dir, 'a.txt');
		fs.writeFileSync(file, FIXABLE);
		fs.chownSync(file, 4321, 4322);
		fs.chmodSync(file, 0o640);
		const run = runCli(['lint', '--fix', '--today', TODAY, 'a.txt'], { cwd: dir });
		assert.equal(run.status, 0, run.stderr);
		const stat = fs.statSync(file);
		assert.deepEqual([stat.uid, stat.gid, stat.mode & 0o7777], [4321, 4322, 0o640]);
		assert.equal(fs.readFileSync(file, 'utf8'), FIXED);
		assert.deepEqual(fs.readdirSync(dir), ['a.txt'], 'no temporary file is left behind');
	});

	it('refuses a file without write permission in its mode, even when run as root', () => {
		const dir = temporaryDirectory();
		const file = path.join(dir, 'a.txt');
		fs.writeFileSync(file, FIXABLE);
		fs.chmodSync(file, 0o444);
		const run = runCli(['lint', '--fix', '--today', TODAY, 'a.txt'], { cwd: dir });
		assert.equal(run.status, 2);
		assert.match(run.stderr, /tệp "a\.txt" không được sửa: tệp chỉ được đọc \(quyền 0444\)/u);
		assert.equal(fs.readFileSync(file, 'utf8'), FIXABLE);
		assert.match(run.stdout, /malformed-so-ky-hieu/u, 'the findings of the file as it is are reported');
	});

	it('exits 2 at once for a FIFO named on the command line, and skips one met in a folder', () => {
		const dir = temporaryDirectory();
		fs.mkdirSync(path.join(dir, 'thu-muc'));
		mkfifo(path.join(dir, 'thu-muc', 'ong.txt'));
		fs.writeFileSync(path.join(dir, 'thu-muc', 'a.txt'), FIXABLE);
		const named = runCli(['lint', '--fix', path.join('thu-muc', 'ong.txt')], { cwd: dir, timeout: HANG });
		assert.equal(named.status, 2, 'exit 2 without waiting for a writer');
		assert.match(named.stderr, /không đọc được tệp "thu-muc\/ong\.txt" \(không phải tệp thông thường: một ống có tên \(FIFO\)\)/u);
		const walked = runCli(['lint', '-f', 'json', '--ext', '.txt', 'thu-muc'], { cwd: dir, timeout: HANG });
		assert.equal(walked.status, 1, walked.stderr);
		assert.deepEqual(Object.keys(codesByFile(walked.stdout)), [path.join('thu-muc', 'a.txt')]);
		assert.ok(fs.statSync(path.join(dir, 'thu-muc', 'ong.txt')).isFIFO(), 'the FIFO is still a FIFO');
	});

	it('--fix - gives back input it cannot check byte for byte: invalid UTF-8, binary', () => {
		const cp1258 = Buffer.concat([Buffer.from('Số: 5/UBND\n', 'utf8'), Buffer.from([0x53, 0xf4, 0x3a, 0x20, 0x35, 0x0a])]);
		const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]);
		for (const input of [cp1258, binary]) {
			const run = runCli(['lint', '--fix', '-'], { input });
			assert.equal(run.status, 2);
			assert.deepEqual(run.stdoutBytes, input, 'the buffer of an editor filter is never emptied');
			assert.match(run.stderr, /^congvan: tệp "<stdin>" /u);
		}
	});
});

describe('issue 15: project files read defensively, found for each file', function () {
	this.timeout(HANG + 20_000);

	for (const kind of ['FIFO', '/dev/zero link'] as const) {
		const make = (file: string): void => (kind === 'FIFO' ? mkfifo(file) : fs.symlinkSync('/dev/zero', file));

		it(`a ${kind} as .congvanrc.json or as the profile: a message, and the letter is checked with the defaults`, () => {
			for (const where of ['.congvanrc.json', path.join('.congvan', 'profile.json')]) {
				const dir = temporaryDirectory();
				fs.mkdirSync(path.join(dir, '.git'));
				fs.mkdirSync(path.join(dir, '.congvan'));
				make(path.join(dir, where));
				fs.writeFileSync(path.join(dir, 'a.txt'), FIXABLE);
				const run = runCli(['lint', '-f', 'json', '--today', TODAY, 'a.txt'], { cwd: dir, timeout: HANG });
				assert.notEqual(run.status, null, `${where}: the CLI hung`);
				assert.equal(run.status, 2, where);
				assert.match(run.stderr, /không phải tệp thông thường/u, where);
				assert.ok(codesByFile(run.stdout)['a.txt']?.includes('malformed-so-ky-hieu'), `${where}: checked with the defaults`);
			}
		});

		it(`a ${kind} named by --config or --profile: exit 2 at once`, () => {
			const dir = temporaryDirectory();
			make(path.join(dir, 'x.json'));
			fs.writeFileSync(path.join(dir, 'a.txt'), FIXABLE);
			for (const option of ['--config', '--profile']) {
				const run = runCli(['lint', option, 'x.json', 'a.txt'], { cwd: dir, timeout: HANG });
				assert.equal(run.status, 2, option);
				assert.match(run.stderr, /"x\.json" \(không phải tệp thông thường/u, option);
			}
		});
	}

	it('refuses a configuration file larger than 1 MB', () => {
		const dir = temporaryDirectory();
		fs.writeFileSync(path.join(dir, 'big.json'), `{ "rules": {} ${' '.repeat(1024 * 1024)}}`);
		fs.writeFileSync(path.join(dir, 'a.txt'), FIXABLE);
		const run = runCli(['lint', '--config', 'big.json', 'a.txt'], { cwd: dir });
		assert.equal(run.status, 2);
		assert.match(run.stderr, /không đọc được tệp cấu hình "big\.json" \(lớn hơn 1 MiB\)/u);
	});

	it('uses the nearest .congvanrc.json and profile for each file, up to the repository root', () => {
		const dir = temporaryDirectory();
		const repo = path.join(dir, 'kho');
		fs.mkdirSync(path.join(repo, '.git'), { recursive: true });
		fs.mkdirSync(path.join(repo, 'a', 'sau', '.congvan'), { recursive: true });
		fs.mkdirSync(path.join(repo, 'b'));
		fs.writeFileSync(path.join(repo, 'a', '.congvanrc.json'), JSON.stringify({ rules: { 'malformed-so-ky-hieu': 'off' } }));
		// A profile whose units do not include "KT", so that unknown-unit speaks for the letters under it.
		fs.writeFileSync(
			path.join(repo, 'a', 'sau', '.congvan', 'profile.json'),
			JSON.stringify({ kyHieuCoQuan: 'UBND', donVi: [{ ten: 'Văn phòng', kyHieu: 'VP' }] }),
		);
		const letter = letterWith('15/UBND-KT');
		fs.writeFileSync(path.join(repo, 'a', 'sau', 'x.txt'), FIXABLE.replace('5/UBND-VP', '5/UBND-KT'));
		fs.writeFileSync(path.join(repo, 'a', 'y.txt'), letter.replace('15/UBND-KT', '5/UBND-KT'));
		fs.writeFileSync(path.join(repo, 'b', 'z.txt'), FIXABLE);
		// Run from a folder that has none of these files, as a CI job at the top of a repository does.
		const run = runCli(['lint', '-f', 'json', '--today', TODAY, '--ext', '.txt', 'a', 'b'], { cwd: repo });
		const codes = codesByFile(run.stdout);
		const x = codes[path.join('a', 'sau', 'x.txt')] ?? [];
		const y = codes[path.join('a', 'y.txt')] ?? [];
		const z = codes[path.join('b', 'z.txt')] ?? [];
		assert.ok(!x.includes('malformed-so-ky-hieu') && x.includes('unknown-unit'), `x: ${x.join(', ')}`);
		assert.ok(!y.includes('malformed-so-ky-hieu') && !y.includes('unknown-unit'), `y: ${y.join(', ')}`);
		assert.ok(z.includes('malformed-so-ky-hieu'), `z: ${z.join(', ')}`);
	});

	it('reads no .congvanrc.json above the repository root, nor above the home directory', () => {
		const dir = temporaryDirectory();
		fs.writeFileSync(path.join(dir, '.congvanrc.json'), JSON.stringify({ rules: { 'malformed-so-ky-hieu': 'off' } }));
		fs.mkdirSync(path.join(dir, 'kho', '.git'), { recursive: true });
		fs.writeFileSync(path.join(dir, 'kho', 'a.txt'), FIXABLE);
		fs.mkdirSync(path.join(dir, 'nha', 'thu-muc'), { recursive: true });
		fs.writeFileSync(path.join(dir, 'nha', 'thu-muc', 'b.txt'), FIXABLE);
		// Run from the folder that holds the file, so that only the two stops keep it out.
		const run = runCli(['lint', '-f', 'json', '--today', TODAY, path.join('kho', 'a.txt'), path.join('nha', 'thu-muc', 'b.txt')], {
			cwd: dir,
			env: { HOME: path.join(dir, 'nha') },
		});
		const codes = codesByFile(run.stdout);
		assert.ok(codes[path.join('kho', 'a.txt')]?.includes('malformed-so-ky-hieu'), 'the repository root stops the search');
		assert.ok(codes[path.join('nha', 'thu-muc', 'b.txt')]?.includes('malformed-so-ky-hieu'), 'the home directory stops the search');
	});
});

describe('issue 15: output that cannot attack a terminal', () => {
	it('escapes ESC[2J, an OSC title sequence and a bidi override in letter text and in file names', () => {
		const dir = temporaryDirectory();
		const name = 'thu\u001b]0;pwned\u0007\u202e.txt';
		fs.writeFileSync(path.join(dir, name), letterWith('15/UBND\u001b[2J\u001b]0;title\u0007-VP'));
		const run = runCli(['lint', '--today', TODAY, name], { cwd: dir });
		assert.equal(run.status, 1, run.stderr);
		// eslint-disable-next-line no-control-regex -- the test is about these very characters.
		assert.doesNotMatch(run.stdout, /[\u001b\u0007\u202e]/u, 'no control character reaches the terminal');
		assert.match(run.stdout, /^thu\\u001b\]0;pwned\\u0007\\u202e\.txt$/mu);
		assert.match(run.stdout, /"UBND\\u001b\[2J\\u001b\]0;title\\u0007-VP"/u);
		const missing = runCli(['lint', 'x\u001b[2J.txt'], { cwd: dir });
		assert.equal(missing.stderr, 'congvan: không đọc được tệp "x\\u001b[2J.txt" (ENOENT: no such file or directory).\n');
	});
});

describe('issue 15: configuration errors summarised', () => {
	it('names the first unknown rule ids with a "did you mean", counts the rest, and lists the rules once', () => {
		const dir = temporaryDirectory();
		const rules = Object.fromEntries(
			['date-paddin', 'khong-co-1', 'khong-co-2', 'khong-co-3', 'khong-co-4', 'khong-co-5'].map((id) => [id, 'off']),
		);
		fs.writeFileSync(path.join(dir, 'c.json'), JSON.stringify({ rules }));
		fs.writeFileSync(path.join(dir, 'a.txt'), FIXABLE);
		const run = runCli(['lint', '--config', 'c.json', 'a.txt'], { cwd: dir });
		assert.equal(run.status, 2);
		const lines = run.stderr.trimEnd().split('\n');
		assert.deepEqual(lines.slice(0, 4), [
			'congvan: c.json: không có quy tắc "date-paddin"; có phải ý bạn là "date-padding"?',
			'congvan: c.json: không có quy tắc "khong-co-1".',
			'congvan: c.json: không có quy tắc "khong-co-2".',
			'congvan: c.json: và 3 mã quy tắc khác không tồn tại.',
		]);
		assert.match(lines[4] ?? '', /^congvan: c\.json: các quy tắc có: .*date-padding/u);
		assert.equal(lines.length, 5, run.stderr);
	});

	it('warns about unknown top-level keys and still applies the rules', () => {
		const dir = temporaryDirectory();
		fs.writeFileSync(path.join(dir, '.congvanrc.json'), JSON.stringify({ rule: {}, rules: { 'malformed-so-ky-hieu': 'off' } }));
		fs.writeFileSync(path.join(dir, 'a.txt'), letterWith('15/UBND-VP'));
		const run = runCli(['lint', '--today', TODAY, 'a.txt'], { cwd: dir });
		assert.equal(run.status, 0, run.stderr);
		assert.match(run.stderr, /bỏ qua các khóa không biết ở cấp cao nhất: "rule"; tệp cấu hình chỉ có "rules"/u);
	});
});
