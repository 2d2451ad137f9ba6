// Bad files in the CLI (issue #6), beyond those of files.test.ts: a 20 MB file and a directory of 10,000
// files are checked within a bounded memory, and files that exist but cannot be read (a symbolic link loop,
// a file whose read fails) get a clear message and exit code 2 while the others are still checked. The peak
// memory is the CLI process's own maximum resident set size, written at exit by a preloaded module.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CLI, LETTER_000, TODAY, letterWith, removeTemporaryDirectories, temporaryDirectory } from './helpers';

const MiB = 1024 * 1024;

interface MeasuredRun {
	status: number | null;
	stdout: string;
	stderr: string;
	/** The CLI process's peak resident set size, in bytes. */
	peakRss: number;
}

/** Runs `node dist/cli.js …args` in `cwd` with a module that records the process's peak RSS at exit. */
function runMeasured(args: readonly string[], cwd: string): MeasuredRun {
	const dir = temporaryDirectory();
	const preload = path.join(dir, 'peak-rss.js');
	const report = path.join(dir, 'peak-rss.txt');
	fs.writeFileSync(
		preload,
		// resourceUsage().maxRSS is the peak resident set size of this process, in kilobytes.
		`process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(report)}, String(process.resourceUsage().maxRSS * 1024)));\n`,
	);
	const result = spawnSync(process.execPath, ['--require', preload, CLI, ...args], {
		cwd,
		env: { ...process.env, NO_COLOR: '1' },
		maxBuffer: 256 * MiB,
	});
	if (result.error) {
		throw result.error;
	}
	return {
		status: result.status,
		stdout: result.stdout.toString('utf8'),
		stderr: result.stderr.toString('utf8'),
		peakRss: Number(fs.readFileSync(report, 'utf8')),
	};
}

interface JsonEntry {
	file: string;
	diagnostics: { severity?: number }[];
}

after(removeTemporaryDirectories);

describe('congvan lint on large inputs', function () {
	// A 20 MB letter and 10,000 files take seconds on a loaded two-core machine.
	this.timeout(120_000);

	it('checks a 20 MB file of real letters in a bounded memory', () => {
		const dir = temporaryDirectory();
		// A real letter and a CRLF one, so that the normalised copy and its offset map are built too.
		const letters = [fs.readFileSync(LETTER_000, 'utf8'), letterWith('5/UBND-VP', '\r\n')];
		const pieces: string[] = [];
		let size = 0;
		for (let i = 0; size < 20 * MiB; i++) {
			const piece = `${letters[i % letters.length] ?? ''}\n`;
			pieces.push(piece);
			size += Buffer.byteLength(piece);
		}
		fs.writeFileSync(path.join(dir, 'lon.txt'), pieces.join(''));
		const run = runMeasured(['lint', '-f', 'json', '--today', TODAY, 'lon.txt'], dir);
		// Checked (0 or 1 by its findings), not refused (2), and nothing on standard error.
		assert.ok(run.status === 0 || run.status === 1, `exit ${run.status}: ${run.stderr}`);
		assert.equal(run.stderr, '');
		const report = JSON.parse(run.stdout) as JsonEntry[];
		assert.equal(report.length, 1);
		assert.ok((report[0]?.diagnostics.length ?? 0) > 0);
		// About 450 MB here: the text (UTF-8 bytes and UTF-16 string), its normalised copy with an offset
		// map, the letter model and the report. The bound is generous; a leak or a quadratic copy exceeds it.
		assert.ok(run.peakRss < 1024 * MiB, `peak RSS ${Math.round(run.peakRss / MiB)} MB for a 20 MB file`);
	});

	it('checks a directory of 10,000 files in a bounded memory, with the right exit code', () => {
		const dir = temporaryDirectory();
		const folder = path.join(dir, 'thu-muc');
		fs.mkdirSync(folder);
		const clean = letterWith('15/UBND-VP');
		for (let i = 0; i < 9_998; i++) {
			fs.writeFileSync(path.join(folder, `${String(i).padStart(5, '0')}.txt`), clean);
		}
		// One letter with an error-level finding, and one binary file that cannot be checked.
		fs.writeFileSync(path.join(folder, '05000a.txt'), letterWith('5/UBND'));
		fs.writeFileSync(path.join(folder, '07000a.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
		const run = runMeasured(['lint', '-f', 'json', '--today', TODAY, '--ext', '.txt', 'thu-muc'], dir);
		assert.equal(run.status, 2, 'a file that could not be checked wins over the findings');
		assert.equal(run.stderr, `congvan: tệp "${path.join('thu-muc', '07000a.txt')}" là tệp nhị phân, bỏ qua (binary file skipped).\n`);
		const report = JSON.parse(run.stdout) as JsonEntry[];
		assert.equal(report.length, 9_999);
		assert.deepEqual(
			report.filter((e) => e.diagnostics.some((d) => d.severity === 1)).map((e) => e.file),
			[path.join('thu-muc', '05000a.txt')],
		);
		// About 130 MB here; the reports of all files are kept until the end, so it grows with their findings.
		assert.ok(run.peakRss < 512 * MiB, `peak RSS ${Math.round(run.peakRss / MiB)} MB for 10,000 files`);
	});
});

describe('congvan lint on files that exist but cannot be read', () => {
	it('names a symbolic link loop given on the command line, skips the links met in a directory, checks the others and exits 2', () => {
		const dir = temporaryDirectory();
		fs.symlinkSync('vong-2.txt', path.join(dir, 'vong-1.txt'));
		fs.symlinkSync('vong-1.txt', path.join(dir, 'vong-2.txt'));
		fs.mkdirSync(path.join(dir, 'thu-muc'));
		fs.symlinkSync('b.txt', path.join(dir, 'thu-muc', 'a.txt'));
		fs.symlinkSync('a.txt', path.join(dir, 'thu-muc', 'b.txt'));
		fs.writeFileSync(path.join(dir, 'thu-muc', 'c.txt'), letterWith('5/UBND'));
		const run = runMeasured(['lint', '--today', TODAY, '--ext', '.txt', 'vong-1.txt', 'thu-muc'], dir);
		assert.equal(run.status, 2);
		// A walk never follows a link (as Prettier's), so the loop inside thu-muc is not even opened.
		assert.deepEqual(run.stderr.trimEnd().split('\n'), [
			'congvan: không đọc được tệp "vong-1.txt" (ELOOP: too many symbolic links encountered).',
		]);
		assert.match(run.stdout, /thu-muc\/c\.txt/u, 'the readable letter is still checked');
	});

	it('names a file whose read fails (EIO), checks the others and exits 2', () => {
		// A file that opens but cannot be read, even for root (the tests run as root here, where a mode of
		// 000 does not stop a read): the process's own memory file, on Linux as everywhere this project runs.
		const dir = temporaryDirectory();
		fs.writeFileSync(path.join(dir, 'c.txt'), letterWith('5/UBND'));
		const run = runMeasured(['lint', '--today', TODAY, '/proc/self/mem', 'c.txt'], dir);
		assert.equal(run.status, 2);
		assert.equal(run.stderr, 'congvan: không đọc được tệp "/proc/self/mem" (EIO: i/o error).\n');
		assert.match(run.stdout, /^\nc\.txt\n/u);
	});
});
