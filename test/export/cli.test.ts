// `congvan export` through the real command (dist/cli.js, which loads dist/export.js only for this command):
// the .docx is written next to the letter or where -o says, a letter with findings is exported after a
// warning that lists them, the input is never overwritten, and without LibreOffice a PDF export still writes
// the .docx, says how to install LibreOffice, and exits with 3.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bodyParagraphs, ROOT, styleXml, unzipDocx } from './helpers';

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

	it("lays the letter out with the team profile's layout choices, and the Word file passes the layout rules with that profile", () => {
		const dir = tempDir();
		const input = copyExample('cong-van-mau.congvan', dir);
		const plain = run(['export', '-o', path.join(dir, 'mac-dinh.docx'), input]);
		assert.equal(plain.status, 0, plain.stderr);
		fs.mkdirSync(path.join(dir, '.congvan'));
		fs.writeFileSync(path.join(dir, '.congvan', 'profile.json'), JSON.stringify({ layout: { bodySize: 13, margins: { left: 35 } } }));
		const team = run(['export', '-o', path.join(dir, 'nhom.docx'), input]);
		assert.equal(team.status, 0, team.stderr);
		const sizeOfBody = (file: string): string | undefined =>
			/<w:sz w:val="(\d+)"/u.exec(styleXml(unzipDocx(fs.readFileSync(path.join(dir, file))).styles, 'CV-noi-dung'))?.[1];
		const leftMargin = (file: string): string | undefined =>
			/<w:pgMar [^>]*w:left="(\d+)"/u.exec(unzipDocx(fs.readFileSync(path.join(dir, file))).document)?.[1];
		// Half-points and twips: 14 pt and 30 mm by default; the team's 13 pt and 35 mm.
		assert.deepEqual([sizeOfBody('mac-dinh.docx'), leftMargin('mac-dinh.docx')], ['28', '1701']);
		assert.deepEqual([sizeOfBody('nhom.docx'), leftMargin('nhom.docx')], ['26', '1984']);
		// Checked with the same profile (found next to it), the Word file has no layout finding; the one laid out
		// with the decree's defaults departs from the team's choices.
		const layoutRules = new Set([
			'page-size',
			'page-margins',
			'page-number',
			'font-family',
			'font-size',
			'text-style',
			'rule-line',
			'body-spacing',
		]);
		const layoutFindings = (file: string): string[] => {
			const lint = run(['lint', '--format', 'json', path.join(dir, file)]);
			const reports = JSON.parse(lint.stdout) as { diagnostics: { code: string }[] }[];
			return reports.flatMap((f) => f.diagnostics.map((m) => m.code)).filter((id) => layoutRules.has(id));
		};
		assert.deepEqual(layoutFindings('nhom.docx'), []);
		assert.deepEqual([...new Set(layoutFindings('mac-dinh.docx'))].sort(), ['font-size', 'page-margins']);
	});

	it('names a team profile with --profile, stops with exit code 2 on an unreadable one, writing nothing, and drops a choice out of range', () => {
		const dir = tempDir();
		const input = copyExample('cong-van-mau.congvan', dir);
		const profile = path.join(dir, 'ho-so.json');
		fs.writeFileSync(profile, JSON.stringify({ layout: { bodySize: 13 } }));
		const named = run(['export', '--profile', profile, '-o', path.join(dir, 'a.docx'), input]);
		assert.equal(named.status, 0, named.stderr);
		assert.match(styleXml(unzipDocx(fs.readFileSync(path.join(dir, 'a.docx'))).styles, 'CV-noi-dung'), /<w:sz w:val="26"/u);
		fs.writeFileSync(profile, '{ "layout": ');
		const broken = run(['export', '--profile', profile, '-o', path.join(dir, 'b.docx'), input]);
		assert.equal(broken.status, 2);
		assert.match(broken.stderr, /ho-so\.json/u);
		assert.ok(!fs.existsSync(path.join(dir, 'b.docx')));
		// A choice outside the decree's range is dropped with a message, as \`congvan lint\` does; the rest applies.
		fs.writeFileSync(profile, JSON.stringify({ layout: { bodySize: 16, margins: { left: 35 } } }));
		const outside = run(['export', '--profile', profile, '-o', path.join(dir, 'c.docx'), input]);
		assert.equal(outside.status, 0, outside.stderr);
		assert.match(outside.stderr, /bỏ qua "layout\.bodySize"/u);
		const c = unzipDocx(fs.readFileSync(path.join(dir, 'c.docx')));
		assert.match(styleXml(c.styles, 'CV-noi-dung'), /<w:sz w:val="28"/u);
		assert.match(c.document, /<w:pgMar [^>]*w:left="1984"/u);
	});

	it('prints its usage and exit codes with --help', () => {
		const result = run(['export', '--help']);
		assert.equal(result.status, 0);
		assert.match(result.stdout, /congvan export --format docx\|pdf/u);
		assert.match(result.stdout, /Mã thoát: 0 /u);
	});
});
