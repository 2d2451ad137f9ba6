// Issue 11: `.congvanignore`, in the gitignore syntax subset of server/src/core/ignore.ts, read by the
// pure matcher (which the editor's folder check uses too) and honoured by the walk of `congvan lint`.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isIgnored, parseIgnoreFile } from '../../server/src/core/ignore';
import { letterWith, removeTemporaryDirectories, runCli, temporaryDirectory } from './helpers';

after(removeTemporaryDirectories);

describe('issue 11: .congvanignore patterns (core/ignore.ts)', () => {
	const at = (text: string, base = '') => [parseIgnoreFile(text, base)];

	it('skips blank lines and comments, and reads "\\#" and "\\!" as names', () => {
		assert.equal(parseIgnoreFile('\n# ghi chú\n   \n').patterns.length, 0);
		assert.ok(isIgnored(at('\\#nhap.congvan'), '#nhap.congvan', false));
		assert.ok(isIgnored(at('\\!quan-trong.congvan'), '!quan-trong.congvan', false));
	});

	it('matches a name without "/" at any depth, and a pattern with "/" only from the folder of the file', () => {
		const files = at('nhap.congvan\n/goc.congvan\ndu-thao/cu.congvan');
		assert.ok(isIgnored(files, 'nhap.congvan', false));
		assert.ok(isIgnored(files, 'a/b/nhap.congvan', false));
		assert.ok(isIgnored(files, 'goc.congvan', false));
		assert.ok(!isIgnored(files, 'a/goc.congvan', false), 'a leading "/" anchors');
		assert.ok(isIgnored(files, 'du-thao/cu.congvan', false));
		assert.ok(!isIgnored(files, 'a/du-thao/cu.congvan', false), 'a "/" in the middle anchors');
	});

	it('reads "*", "?", classes and "**" as git does, "*" never crossing a "/"', () => {
		const files = at('*.bak.congvan\nso-?.congvan\nban-[0-9].congvan\nlo[!a].congvan\nluu-tru/**\n**/nhap/*.congvan\na/**/z.congvan');
		assert.ok(isIgnored(files, 'x/thu.bak.congvan', false));
		assert.ok(isIgnored(files, 'so-1.congvan', false) && !isIgnored(files, 'so-12.congvan', false));
		assert.ok(isIgnored(files, 'ban-7.congvan', false) && !isIgnored(files, 'ban-x.congvan', false));
		assert.ok(isIgnored(files, 'lob.congvan', false) && !isIgnored(files, 'loa.congvan', false));
		assert.ok(isIgnored(files, 'luu-tru/2020/cu.congvan', false));
		assert.ok(!isIgnored(files, 'x/luu-tru/cu.congvan', false), '"luu-tru/**" is anchored');
		assert.ok(isIgnored(files, 'nhap/a.congvan', false) && isIgnored(files, 'p/q/nhap/a.congvan', false));
		assert.ok(!isIgnored(files, 'nhap/sau/a.congvan', false), '"*" does not cross a "/"');
		assert.ok(isIgnored(files, 'a/z.congvan', false) && isIgnored(files, 'a/b/c/z.congvan', false));
	});

	it('keeps Vietnamese names and spaces, trailing spaces trimmed unless escaped', () => {
		const files = at('Công văn nháp.congvan   \nbản\\ ');
		assert.ok(isIgnored(files, 'thư mục/Công văn nháp.congvan', false));
		assert.ok(isIgnored(files, 'bản ', false) && !isIgnored(files, 'bản', false));
	});

	it('matches a pattern ending in "/" only to folders, and everything under an ignored folder', () => {
		const files = at('nhap/');
		assert.ok(!isIgnored(files, 'nhap', false), 'a file named "nhap" stays');
		assert.ok(isIgnored(files, 'nhap', true));
		assert.ok(isIgnored(files, 'a/nhap/thu.congvan', false));
	});

	it('includes again with "!", the last matching line winning, but never under an ignored folder', () => {
		const files = at('*.congvan\n!chinh-thuc.congvan\nnhap/\n!nhap/giu.congvan');
		assert.ok(isIgnored(files, 'a.congvan', false));
		assert.ok(!isIgnored(files, 'x/chinh-thuc.congvan', false));
		assert.ok(isIgnored(files, 'nhap/giu.congvan', false), 'git cannot include a file whose folder is excluded');
		assert.ok(isIgnored(at('!a.congvan\na.congvan'), 'a.congvan', false), 'the last line wins');
	});

	it('lets a deeper file decide over the one above, and applies a file only under its folder', () => {
		const files = [parseIgnoreFile('*.congvan', ''), parseIgnoreFile('!giu.congvan', 'phong')];
		assert.ok(!isIgnored(files, 'phong/giu.congvan', false));
		assert.ok(isIgnored(files, 'giu.congvan', false));
		assert.ok(isIgnored(files, 'phong/khac.congvan', false));
		assert.ok(!isIgnored([parseIgnoreFile('*.congvan', 'phong')], 'khac/a.congvan', false));
	});
});

describe('issue 11: congvan lint honours .congvanignore', () => {
	/** The files that a JSON run checked, relative to `cwd`. */
	function checked(args: string[], cwd: string): string[] {
		const run = runCli(['lint', '-f', 'json', ...args], { cwd });
		assert.notEqual(run.status, 2, run.stderr);
		return (JSON.parse(run.stdout) as { file: string }[]).map((entry) => entry.file.split(path.sep).join('/'));
	}

	let dir = '';
	before(() => {
		dir = temporaryDirectory();
		// The repository root: ignore files above the folder named count up to here, not above.
		fs.mkdirSync(path.join(dir, 'kho', '.git'), { recursive: true });
		const letter = letterWith();
		for (const file of [
			'van-ban/a.congvan',
			'van-ban/nhap/b.congvan',
			'van-ban/nhap/giu.congvan',
			'van-ban/luu/c.congvan',
			'van-ban/luu/d.congvan',
			'van-ban/e.txt',
		]) {
			fs.mkdirSync(path.dirname(path.join(dir, 'kho', file)), { recursive: true });
			fs.writeFileSync(path.join(dir, 'kho', file), letter);
		}
		fs.writeFileSync(path.join(dir, 'kho', '.congvanignore'), '# Bản nháp không kiểm tra.\nnhap/\n*.txt\n');
		fs.writeFileSync(path.join(dir, 'kho', 'van-ban', 'luu', '.congvanignore'), '*.congvan\n!d.congvan\n');
		// Above the repository root: never read.
		fs.writeFileSync(path.join(dir, '.congvanignore'), 'a.congvan\n');
	});

	it('leaves out what the ignore files of the folder, its subfolders and the folders above up to the repository say', () => {
		assert.deepEqual(checked(['.'], path.join(dir, 'kho')), ['van-ban/a.congvan', 'van-ban/luu/d.congvan']);
		assert.deepEqual(checked(['van-ban'], path.join(dir, 'kho')), ['van-ban/a.congvan', 'van-ban/luu/d.congvan']);
		assert.deepEqual(checked(['luu'], path.join(dir, 'kho', 'van-ban')), ['luu/d.congvan']);
	});

	it('lets an opted-in extension be ignored too, and checks a file named on the command line whatever the ignore files say', () => {
		assert.deepEqual(checked(['--ext', '.txt', 'van-ban'], path.join(dir, 'kho')), ['van-ban/a.congvan', 'van-ban/luu/d.congvan']);
		assert.deepEqual(checked([path.join('van-ban', 'nhap', 'b.congvan')], path.join(dir, 'kho')), ['van-ban/nhap/b.congvan']);
	});

	it('exits 2 when every letter of a folder is ignored, as for a folder without letters', () => {
		const run = runCli(['lint', 'nhap'], { cwd: path.join(dir, 'kho', 'van-ban') });
		assert.equal(run.status, 2);
		assert.match(run.stderr, /không tìm thấy tệp \.congvan nào trong thư mục "nhap"/u);
	});
});
