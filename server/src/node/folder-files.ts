// The folder check's reading of the disk, for the Node server (../folder-check.ts): only `file:` URIs inside
// a workspace folder, never through a symbolic link, read defensively (a FIFO, a device or a huge file is
// skipped, never followed or waited on).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IGNORE_FILE_NAME, isIgnored, parseIgnoreFile, type IgnoreFile } from '../core/ignore';
import type { SkipReason } from '../folder-check';
import { decode, isWithin, readRegularFile, MAX_LETTER_BYTES, MAX_PROJECT_FILE_BYTES } from './files';
import { ignoreFileText } from '../text-files';

/**
 * The path of a file URI to read, or why not: only `file:` URIs inside a workspace folder, whose path has
 * no symbolic link between the folder and the file (the folder itself may sit under one), and that is a
 * regular file. Nothing is opened here; readRegularFile refuses what turns into something else meanwhile.
 */
export function diskPath(uri: string, roots: readonly string[]): { file: string } | { skip: SkipReason } {
	let file: string;
	try {
		file = uri.startsWith('file:') ? path.resolve(fileURLToPath(uri)) : '';
	} catch {
		file = '';
	}
	if (file === '') {
		return { skip: 'notFile' };
	}
	const root = roots
		.map((r) => path.resolve(r))
		.filter((r) => isWithin(file, r) && file !== r)
		.sort((a, b) => b.length - a.length)[0];
	if (root === undefined) {
		return { skip: 'outside' };
	}
	try {
		if (!fs.lstatSync(file).isFile()) {
			return { skip: fs.lstatSync(file).isSymbolicLink() ? 'link' : 'notFile' };
		}
		// A link in a folder between the root and the file leads elsewhere: the real path differs.
		const real = fs.realpathSync(file);
		if (real !== path.join(fs.realpathSync(root), path.relative(root, file))) {
			return { skip: 'link' };
		}
	} catch {
		return { skip: 'unreadable' };
	}
	if (ignoredUnder(root, file)) {
		return { skip: 'ignored' };
	}
	return { file };
}

/**
 * Whether the `.congvanignore` files from the workspace folder down to the file's folder leave it out, as the
 * CLI's walk does (core/ignore.ts: gitignore syntax, the deeper file wins, an excluded folder cannot be taken
 * back). Ignore files are read defensively (regular files of at most 1 MB); one that cannot be read counts as
 * absent.
 */
export function ignoredUnder(root: string, file: string): boolean {
	const relative = path.relative(root, file).split(path.sep).join('/');
	const folders = ['', ...relative.split('/').slice(0, -1)];
	const files: IgnoreFile[] = [];
	let base = '';
	for (const [index, folder] of folders.entries()) {
		base = index === 0 ? '' : base === '' ? folder : `${base}/${folder}`;
		const read = readRegularFile(path.join(root, base, IGNORE_FILE_NAME), MAX_PROJECT_FILE_BYTES);
		if (!('failure' in read)) {
			files.push(parseIgnoreFile(ignoreFileText(read.bytes), base));
		}
	}
	return files.length > 0 && isIgnored(files, relative, false);
}

/** Reads a letter's text from disk, or says why it cannot be checked. */
export function readLetterFile(file: string): { text: string } | { skip: SkipReason } {
	const read = readRegularFile(file, MAX_LETTER_BYTES);
	if ('failure' in read) {
		return { skip: read.failure === 'notRegular' ? 'notFile' : 'unreadable' };
	}
	const decoded = decode(read.bytes, file);
	return 'error' in decoded ? { skip: 'notText' } : { text: decoded.text };
}
