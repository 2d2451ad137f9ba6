// Issue 15: --fix leaves alone a file that changed between the read and the write. These tests call the
// CLI's own reader and writer (server/src/node/files.ts) in-process, with the writer's test-only hook that
// runs between its last check and the replacement, to make the race happen every time.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readTarget, writeFixed, type ReadTarget } from '../../server/src/node/files';
import { removeTemporaryDirectories, temporaryDirectory } from './helpers';

function readLetter(file: string): ReadTarget {
	const read = readTarget(file, path.basename(file));
	assert.ok(!('error' in read), 'error' in read ? read.error : '');
	return read;
}

after(removeTemporaryDirectories);

describe('issue 15: --fix and a concurrent edit', () => {
	it('leaves a file alone when it was edited after it was read, with a message', () => {
		const file = path.join(temporaryDirectory(), 'a.txt');
		fs.writeFileSync(file, 'Số: 5/UBND\n');
		const read = readLetter(file);
		// An editor saves while the letter is being checked.
		fs.writeFileSync(file, 'Số: 7/UBND\n');
		const error = writeFixed(file, Buffer.from('Số: 05/UBND\n'), read.read, 'a.txt');
		assert.equal(error, 'tệp "a.txt" không được sửa: tệp đã thay đổi trên đĩa sau khi được đọc; hãy chạy lại.');
		assert.equal(fs.readFileSync(file, 'utf8'), 'Số: 7/UBND\n');
	});

	it('notices an edit of the same size that keeps the modification time (the bytes are compared)', () => {
		const file = path.join(temporaryDirectory(), 'a.txt');
		fs.writeFileSync(file, 'Số: 5/UBND\n');
		const read = readLetter(file);
		const { atime, mtime } = fs.statSync(file);
		fs.writeFileSync(file, 'Số: 7/UBND\n');
		fs.utimesSync(file, atime, mtime);
		assert.match(writeFixed(file, Buffer.from('Số: 05/UBND\n'), read.read, 'a.txt') ?? '', /đã thay đổi trên đĩa/u);
		assert.equal(fs.readFileSync(file, 'utf8'), 'Số: 7/UBND\n');
	});

	it('leaves a file alone when it is edited between the last check and the rename, and leaves no temporary file', () => {
		const dir = temporaryDirectory();
		const file = path.join(dir, 'a.txt');
		fs.writeFileSync(file, 'Số: 5/UBND\n');
		const read = readLetter(file);
		const error = writeFixed(file, Buffer.from('Số: 05/UBND\n'), read.read, 'a.txt', 'en', {
			beforeReplace: () => fs.appendFileSync(file, 'Nơi nhận:\n'),
		});
		assert.equal(error, 'the file "a.txt" was not fixed: it changed on disk since it was read; run again.');
		assert.equal(fs.readFileSync(file, 'utf8'), 'Số: 5/UBND\nNơi nhận:\n');
		assert.deepEqual(fs.readdirSync(dir), ['a.txt']);
	});

	it('leaves a hard-linked file alone when it is edited just before the in-place write', () => {
		const dir = temporaryDirectory();
		const file = path.join(dir, 'a.txt');
		fs.writeFileSync(file, 'Số: 5/UBND\n');
		fs.linkSync(file, path.join(dir, 'b.txt'));
		const read = readLetter(file);
		const error = writeFixed(file, Buffer.from('Số: 05/UBND\n'), read.read, 'a.txt', 'en', {
			beforeReplace: () => fs.appendFileSync(path.join(dir, 'b.txt'), 'x'),
		});
		assert.match(error ?? '', /changed on disk/u);
		assert.equal(fs.readFileSync(file, 'utf8'), 'Số: 5/UBND\nx');
	});

	it('writes the fix when nothing changed', () => {
		const file = path.join(temporaryDirectory(), 'a.txt');
		fs.writeFileSync(file, 'Số: 5/UBND\n');
		const read = readLetter(file);
		assert.equal(writeFixed(file, Buffer.from('Số: 05/UBND\n'), read.read, 'a.txt'), undefined);
		assert.equal(fs.readFileSync(file, 'utf8'), 'Số: 05/UBND\n');
	});
});
