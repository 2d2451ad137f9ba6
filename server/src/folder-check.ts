// The `congvan/checkFiles` request: the editor's "check the whole folder" command lists the letters of the
// workspace and sends their URIs in batches; the server reads each file from disk (defensively: a link, a
// FIFO, a device or a huge file is skipped, never followed or waited on) and publishes its diagnostics, so
// that Problems lists the letters that are not open. An open document is left to the live checks, which
// know its unsaved text. The URIs published here are remembered: a new run clears them first, and opening
// one clears its list, since the live checks of VS Code (pulled) would otherwise show every finding twice.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IGNORE_FILE_NAME, isIgnored, parseIgnoreFile, type IgnoreFile } from './core/ignore';
import { isWithin, decode, readRegularFile, MAX_LETTER_BYTES, MAX_PROJECT_FILE_BYTES } from './node/files';

/** The language of `.congvan` files: always checked, whatever the text looks like. */
export const LETTER_LANGUAGE = 'congvan';

/** The method of the request. */
export const CHECK_FILES_METHOD = 'congvan/checkFiles';

/** One file to check: its URI and the language its editor would have. */
export interface FileToCheck {
	uri: string;
	languageId: string;
}

/** The parameters of `congvan/checkFiles`. */
export interface CheckFilesParams {
	files: FileToCheck[];
	/** True on the first batch of a run: the lists of the previous run are cleared first. */
	first?: boolean;
}

/** Why a file was not checked. */
export type SkipReason = 'open' | 'notFile' | 'outside' | 'link' | 'ignored' | 'unreadable' | 'notText' | 'language' | 'notLetter';

/** The answer: counts of what was done, and the files skipped with their reason. */
export interface CheckFilesResult {
	/** Files whose diagnostics were published (an empty list included). */
	checked: number;
	errors: number;
	warnings: number;
	/** Findings of lower severity (information and hints). */
	others: number;
	skipped: { uri: string; reason: SkipReason }[];
	/** True when the request was cancelled before every file was read. */
	cancelled: boolean;
}

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
			files.push(parseIgnoreFile(new TextDecoder('utf-8').decode(read.bytes).replace(/^\uFEFF/u, ''), base));
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

/** The files a request may name at once: a client batches, and a larger batch is refused. */
export const MAX_FILES_PER_REQUEST = 1000;

/** Whether a value is valid `congvan/checkFiles` parameters. */
export function isCheckFilesParams(value: unknown): value is CheckFilesParams {
	if (typeof value !== 'object' || value === null) {
		return false;
	}
	const { files, first } = value as { files?: unknown; first?: unknown };
	return (
		Array.isArray(files) &&
		files.length <= MAX_FILES_PER_REQUEST &&
		files.every(
			(f) =>
				typeof f === 'object' &&
				f !== null &&
				typeof (f as FileToCheck).uri === 'string' &&
				typeof (f as FileToCheck).languageId === 'string',
		) &&
		(first === undefined || typeof first === 'boolean')
	);
}
