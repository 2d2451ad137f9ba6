// Files for the CLI: which files the arguments name, how their bytes become text, and how a fixed text
// is written back safely. Every failure is a message in the CLI's language, never an exception, so that
// one bad file does not stop the others from being checked.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../core/index';
import { t } from '../l10n';

/** A file to check: `path` is undefined for standard input. */
export interface Target {
	/** The path as the user gave it (or as joined from a directory they gave); "-" for standard input. */
	display: string;
	/** The path on disk; undefined for standard input. */
	path?: string;
}

/** The files named by the arguments, and the messages for those that could not be listed. */
export interface Collected {
	targets: Target[];
	errors: string[];
}

// Directories never walked into besides dotted ones (.git, .vscode, …).
const SKIPPED_DIRECTORIES = new Set(['node_modules']);

/**
 * Expands the arguments into files. A file given explicitly is checked whatever its extension; a directory
 * is walked recursively in sorted order, keeping files whose extension is in `extensions` and skipping
 * dotted entries and node_modules. Symbolic links are followed, but each real directory and each real file
 * is visited once, so a link loop ends and a file named twice is checked once.
 */
export function collectTargets(paths: readonly string[], extensions: readonly string[], locale: Locale = 'vi'): Collected {
	const targets: Target[] = [];
	const errors: string[] = [];
	const seenFiles = new Set<string>();
	const seenDirectories = new Set<string>();

	const addFile = (file: string): void => {
		let real: string;
		try {
			real = fs.realpathSync(file);
		} catch (error) {
			errors.push(cannotRead(file, error, locale));
			return;
		}
		if (!seenFiles.has(real)) {
			seenFiles.add(real);
			targets.push({ display: file, path: file });
		}
	};

	// The number of files found, or undefined when the directory was seen before or cannot be read.
	const walk = (directory: string): number | undefined => {
		let real: string;
		let entries: fs.Dirent[];
		try {
			real = fs.realpathSync(directory);
			if (seenDirectories.has(real)) {
				return undefined;
			}
			seenDirectories.add(real);
			entries = fs.readdirSync(directory, { withFileTypes: true });
		} catch (error) {
			errors.push(t(locale, 'cannot read the directory "{directory}" ({reason}).', { directory, reason: errnoText(error) }));
			return undefined;
		}
		// Code-unit order, not the locale's, so that the output is the same on every machine.
		entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
		let found = 0;
		for (const entry of entries) {
			if (entry.name.startsWith('.')) {
				// Dotted directories (.git) and dotted files (macOS "._x.txt", LibreOffice ".~lock.x#").
				continue;
			}
			const full = path.join(directory, entry.name);
			let isDirectory = entry.isDirectory();
			let isFile = entry.isFile();
			if (entry.isSymbolicLink()) {
				try {
					const stat = fs.statSync(full);
					isDirectory = stat.isDirectory();
					isFile = stat.isFile();
				} catch {
					// A dangling link is reported like a missing file if it would have been checked.
					isFile = true;
				}
			}
			if (isDirectory) {
				if (!SKIPPED_DIRECTORIES.has(entry.name)) {
					found += walk(full) ?? 0;
				}
			} else if (isFile && extensions.includes(path.extname(entry.name).toLowerCase())) {
				addFile(full);
				found++;
			}
		}
		return found;
	};

	for (const given of paths) {
		if (given === '-') {
			targets.push({ display: '-' });
			continue;
		}
		let stat: fs.Stats;
		try {
			stat = fs.statSync(given);
		} catch (error) {
			errors.push(cannotRead(given, error, locale));
			continue;
		}
		if (!stat.isDirectory()) {
			addFile(given);
		} else if (walk(given) === 0) {
			errors.push(
				t(locale, 'no {extensions} files found in the directory "{directory}".', { extensions: extensions.join(', '), directory: given }),
			);
		}
	}
	return { targets, errors };
}

/** The text of a file, without its byte order mark, and whether it had one. */
export interface Decoded {
	text: string;
	bom: boolean;
}

// Keeps the BOM in the string (TextDecoder drops it by default) so that it can be seen and kept.
const DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Turns bytes into text, or a message saying why they are not a UTF-8 letter. The BOM is taken off the
 * text, as editors do, so that columns on the first line match the editor's; `bom` says to put it back.
 */
export function decode(bytes: Uint8Array, display: string, locale: Locale = 'vi'): Decoded | { error: string } {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { error: t(locale, 'the file "{file}" is encoded in UTF-16 and was skipped; save it as UTF-8.', { file: display }) };
	}
	if (bytes.includes(0)) {
		return { error: t(locale, 'the file "{file}" is a binary file and was skipped.', { file: display }) };
	}
	let text: string;
	try {
		text = DECODER.decode(bytes);
	} catch {
		return {
			error: t(
				locale,
				'the file "{file}" is not valid UTF-8 text and was skipped; it may use a legacy encoding (TCVN3, VNI, Windows-1258): save it as UTF-8.',
				{ file: display },
			),
		};
	}
	const bom = text.startsWith('\uFEFF');
	return { text: bom ? text.slice(1) : text, bom };
}

/** Reads and decodes a file. */
export function readTarget(file: string, display: string, locale: Locale = 'vi'): Decoded | { error: string } {
	let bytes: Buffer;
	try {
		bytes = fs.readFileSync(file);
	} catch (error) {
		return { error: cannotRead(display, error, locale) };
	}
	return decode(bytes, display, locale);
}

/** Reads all of standard input. */
export async function readStdin(): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) {
		chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
	}
	return Buffer.concat(chunks);
}

/** The bytes of a text, with its BOM put back if it had one. */
export function encode(text: string, bom: boolean): Buffer {
	return Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8');
}

/**
 * Replaces a file's content through a temporary file in the same directory and a rename, so that a crash
 * never leaves half a letter. A symbolic link is resolved first so that the link stays a link, and the
 * file's permission bits are kept. Returns an error message, or undefined on success.
 */
export function writeAtomically(file: string, content: Uint8Array, display: string, locale: Locale = 'vi'): string | undefined {
	let temporary: string | undefined;
	try {
		const real = fs.realpathSync(file);
		// Renaming over a read-only file would succeed on POSIX; respect the user's protection instead.
		fs.accessSync(real, fs.constants.W_OK);
		const mode = fs.statSync(real).mode & 0o7777;
		temporary = path.join(path.dirname(real), `.${path.basename(real)}.congvan-${process.pid}-${Date.now().toString(36)}.tmp`);
		fs.writeFileSync(temporary, content, { mode, flag: 'wx' });
		fs.chmodSync(temporary, mode);
		fs.renameSync(temporary, real);
		temporary = undefined;
		return undefined;
	} catch (error) {
		return t(locale, 'cannot write the file "{file}" ({reason}).', { file: display, reason: errnoText(error) });
	} finally {
		if (temporary !== undefined) {
			fs.rmSync(temporary, { force: true });
		}
	}
}

/** "cannot read the file "x" (ENOENT: no such file or directory)." */
function cannotRead(display: string, error: unknown, locale: Locale): string {
	return t(locale, 'cannot read the file "{file}" ({reason}).', { file: display, reason: errnoText(error) });
}

/** "ENOENT: no such file or directory", without Node's ", open 'x'" tail that repeats the path. */
export function errnoText(error: unknown): string {
	const message = (error as Error)?.message ?? String(error);
	const comma = message.indexOf(', ');
	return /^E[A-Z]+: /u.test(message) && comma > 0 ? message.slice(0, comma) : message;
}

/**
 * The nearest `relative` path (a file name, or a path inside a folder) from `directory` upwards, not above
 * `stop` (a workspace folder) when it is an ancestor; undefined when there is none.
 */
export function findUpwards(directory: string, relative: string, stop?: string): string | undefined {
	let current = path.resolve(directory);
	const limit = stop === undefined ? undefined : path.resolve(stop);
	for (;;) {
		const candidate = path.join(current, relative);
		if (fs.existsSync(candidate)) {
			return candidate;
		}
		const parent = path.dirname(current);
		if (parent === current || current === limit) {
			return undefined;
		}
		current = parent;
	}
}

/** A JSON file read from disk: its value, or why there is none (messages are the caller's). */
export type JsonFile = { value: unknown } | { missing: true } | { readError: string } | { parseError: string };

/**
 * Reads a JSON file (a UTF-8 BOM is allowed). With `optional`, a file that does not exist is `missing`
 * rather than an error. Shared by the configuration and the profile readers.
 */
export function readJsonFile(file: string, optional: boolean): JsonFile {
	let source: string;
	try {
		source = fs.readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (optional && (code === 'ENOENT' || code === 'ENOTDIR')) {
			return { missing: true };
		}
		return { readError: errnoText(error) };
	}
	try {
		return { value: JSON.parse(source.replace(/^\uFEFF/u, '')) as unknown };
	} catch (error) {
		return { parseError: (error as Error).message };
	}
}
