// The `congvan/checkFiles` request: the editor's "check the whole folder" command lists the letters of the
// workspace and sends their URIs in batches; the server reads each file from disk (defensively: a link, a
// FIFO, a device or a huge file is skipped, never followed or waited on) and publishes its diagnostics, so
// that Problems lists the letters that are not open. An open document is left to the live checks, which
// know its unsaved text. The URIs published here are remembered: a new run clears them first, and opening
// one clears its list, since the live checks of VS Code (pulled) would otherwise show every finding twice.
// The Node server reads the disk (node/folder-files.ts); the web worker reads through the editor's
// workspace file system (workspaceLetter below). Pure: no Node.
import { IGNORE_FILE_NAME, isIgnored, parseIgnoreFile, type IgnoreFile } from './core/ignore';
import { decode, ignoreFileText } from './text-files';
import { MAX_LETTER_BYTES, MAX_PROJECT_FILE_BYTES, rootOf, type WorkspaceReader } from './workspace-files';

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

/** A letter's text to check, or why it is not checked. */
export type LetterRead = { text: string } | { skip: SkipReason };

/**
 * Reads a letter through the editor (the web worker): only a URI inside a workspace folder, not left out by
 * the `.congvanignore` files from the folder down to the file's (as the CLI's walk and the Node server),
 * and decoded as UTF-8 text. The editor's file systems have no links to follow.
 */
export async function workspaceLetter(uri: string, roots: readonly string[], reader: WorkspaceReader): Promise<LetterRead> {
	const root = rootOf(uri, roots);
	if (root === undefined) {
		return { skip: 'outside' };
	}
	const relative = uri.slice(root.length + 1);
	const folders = relative.split('/').slice(0, -1);
	const files: IgnoreFile[] = [];
	for (let depth = 0; depth <= folders.length; depth++) {
		const base = folders.slice(0, depth).join('/');
		const read = await reader.read(`${root}/${base === '' ? '' : `${base}/`}${IGNORE_FILE_NAME}`, MAX_PROJECT_FILE_BYTES);
		if ('bytes' in read) {
			files.push(parseIgnoreFile(ignoreFileText(read.bytes), decodeURIComponent(base)));
		}
	}
	if (files.length > 0 && isIgnored(files, decodeURIComponent(relative), false)) {
		return { skip: 'ignored' };
	}
	const read = await reader.read(uri, MAX_LETTER_BYTES);
	if (!('bytes' in read)) {
		return { skip: 'missing' in read ? 'notFile' : 'unreadable' };
	}
	const decoded = decode(read.bytes, uri);
	return 'error' in decoded ? { skip: 'notText' } : { text: decoded.text };
}
