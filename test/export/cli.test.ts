// `congvan export` through the real command (dist/cli.js, which loads dist/export.js only for this command):
// the .docx is written next to the letter or where -o says, a letter with findings is exported after a
// warning that lists them, the input is never overwritten, and without LibreOffice a PDF export still writes
// the .docx, says how to install LibreOffice, and exits with 3.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bodyParagraphs, ROOT, unzipDocx } from './helpers';

const CLI = path.join(ROOT, 'dist', 'cli.js');
const dirs: string[] = [];

function tempDir(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-export-'));
	dirs.push(dir);
	return dir;
}

interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
}

function run(args: readonly string[], env: Record<string, string | undefined> = {}): Run {
	const result = spawnSync(process.execPath, [CLI, ...args], {
		encoding: 'utf8',
		env: { ...process.env, LANG: 'vi_VN.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
	});
	if (result.error) {
		throw result.error;
	}
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function copyExample(name: string, dir: string): string {
	const target = path.join(dir, name);
	fs.copyFileSync(path.join(ROOT, 'examples', name), target);
	return target;
}

describe('congvan export', () => {
	after(() => {
		for (const dir of dirs) {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});

	it('writes the .docx next to the letter, and the letter is unchanged', () => {
		const dir = tempDir();
		const input = copyExample('cong-van-mau.congvan', dir);
		const before = fs.readFileSync(input);
		const result = run(['export', '--format', 'docx', input]);
		assert.equal(result.status, 0, result.stderr);
		const docx = path.join(dir, 'cong-van-mau.docx');
		const paragraphs = bodyParagraphs(unzipDocx(fs.readFileSync(docx)).document);
		assert.ok(paragraphs.some((p) => p.text === 'SỞ NỘI VỤ' && p.style === 'CV-co-quan-ban-hanh'));
		assert.deepEqual(fs.readFileSync(input), before);
		assert.match(result.stderr, /Đã ghi .*cong-van-mau\.docx/u);
	});

	it('exports a letter with findings after a warning that lists them', () => {
		const dir = tempDir();
		const input = copyExample('cong-van-co-loi.congvan', dir);
		const out = path.join(dir, 'ra', 'thu.docx');
		const result = run(['export', '-o', out, input]);
		assert.equal(result.status, 0, result.stderr);
		assert.ok(fs.statSync(out).size > 0);
		assert.match(result.stderr, /^Cảnh báo: văn bản còn \d+ lỗi, vẫn xuất:$/mu);
		assert.match(result.stderr, /cong-van-co-loi\.congvan:6:5 error malformed-so-ky-hieu /u);
		assert.match(result.stderr, /missing-noi-nhan/u);
	});

	it('speaks English with --locale en', () => {
		const dir = tempDir();
		const input = copyExample('cong-van-co-loi.congvan', dir);
		const result = run(['export', '--locale', 'en', input]);
		assert.equal(result.status, 0, result.stderr);
		assert.match(result.stderr, /^Warning: the letter has \d+ findings; exporting all the same:$/mu);
	});

	it('never overwrites the input, and refuses an output without the format extension', () => {
		const dir = tempDir();
		const input = path.join(dir, 'letter.docx');
		fs.copyFileSync(path.join(ROOT, 'examples', 'cong-van-mau.congvan'), input);
		const before = fs.readFileSync(input);
		const same = run(['export', '--format', 'docx', '-o', input, input]);
		assert.equal(same.status, 2);
		assert.match(same.stderr, /trùng với tệp vào/u);
		const derived = run(['export', '--format', 'docx', input]);
		assert.equal(derived.status, 2, 'letter.docx → letter.docx is the input');
		assert.deepEqual(fs.readFileSync(input), before);
		const wrongExtension = run(['export', '--format', 'pdf', '-o', path.join(dir, 'x.docx'), input]);
		assert.equal(wrongExtension.status, 2);
	});

	it('rejects a wrong format or a missing file with exit code 2', () => {
		assert.equal(run(['export', '--format', 'odt', 'x.congvan']).status, 2);
		assert.equal(run(['export']).status, 2);
		const missing = run(['export', path.join(tempDir(), 'khong-co.congvan')]);
		assert.equal(missing.status, 2);
		assert.match(missing.stderr, /không đọc được/u);
	});

	it('without LibreOffice, writes the .docx, says how to install LibreOffice and exits with 3', () => {
		const dir = tempDir();
		const input = copyExample('quyet-dinh.congvan', dir);
		// An empty folder as the PATH: no soffice, no libreoffice (node is started by its full path).
		const noTools = { PATH: tempDir(), CONGVAN_SOFFICE: '' };
		const result = run(['export', '--format', 'pdf', input], noTools);
		assert.equal(result.status, 3, result.stderr);
		assert.ok(fs.existsSync(path.join(dir, 'quyet-dinh.docx')));
		assert.ok(!fs.existsSync(path.join(dir, 'quyet-dinh.pdf')));
		assert.match(result.stderr, /apt-get install libreoffice-writer-nogui/u);
		assert.match(result.stderr, /Không tìm thấy LibreOffice/u);
		const english = run(['export', '--format', 'pdf', '--locale', 'en', input], noTools);
		assert.match(english.stderr, /LibreOffice \(soffice\) was not found/u);
	});

	it('gives the VS Code commands the .docx bytes and, without LibreOffice, says so (dist/export.js, as the client loads it)', async () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const exporter = require(path.join(ROOT, 'dist', 'export.js')) as typeof import('../../server/src/node/export-command');
		const text = fs.readFileSync(path.join(ROOT, 'examples', 'quyet-dinh.congvan'), 'utf8');
		const bytes = await exporter.letterToDocx(text);
		const paragraphs = bodyParagraphs(unzipDocx(bytes).document);
		assert.ok(paragraphs.some((p) => p.text === 'QUYẾT ĐỊNH' && p.style === 'CV-ten-loai'));
		assert.deepEqual(exporter.docxToPdf(bytes, { PATH: tempDir() }), { missing: true });
	});

	it('prints its usage and exit codes with --help', () => {
		const result = run(['export', '--help']);
		assert.equal(result.status, 0);
		assert.match(result.stdout, /congvan export --format docx\|pdf/u);
		assert.match(result.stdout, /Mã thoát: 0 /u);
	});
});
