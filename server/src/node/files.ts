// Files for the CLI: which files the arguments name, how their bytes become text, and how a fixed text
// is written back safely. Every failure is a message in the CLI's language, never an exception, so that
// one bad file does not stop the others from being checked.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { IGNORE_FILE_NAME, decideIgnored, parseIgnoreFile, type IgnoreFile } from '../core/ignore';
import type { Locale } from '../core/index';
import { t } from '../l10n';
import { decode, ignoreFileText, parseJsonBytes, type Decoded } from '../text-files';
import { MAX_LETTER_BYTES, MAX_PROJECT_FILE_BYTES } from '../workspace-files';

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
 * Expands the arguments into files, as a careful formatter does (Prettier skips symbolic links when it
 * expands a directory). A file given explicitly is checked whatever its extension, and a link given
 * explicitly is read through (the user named it), though --fix never writes through a link. A directory is
 * walked recursively in sorted order, keeping the regular files whose extension is in `extensions` and
 * skipping dotted entries, node_modules, symbolic links and special files (FIFOs, sockets, devices), so the
 * walk never leaves the folder named and cannot loop. An argument that is neither a regular file nor a
 * directory (a FIFO) is an error at once, without opening it. A file named twice is checked once.
 * The walk leaves out what the `.congvanignore` files say (core/ignore.ts): those of the folder named and
 * of every folder walked into, and those of the folders above it up to the repository root or the home
 * directory (`cliSearchStop`, where project files are looked for too), the deeper ones taking precedence.
 * A file named on the command line is checked even when an ignore file lists it.
 */
export function collectTargets(paths: readonly string[], extensions: readonly string[], locale: Locale = 'vi'): Collected {
	const targets: Target[] = [];
	const errors: string[] = [];
	const seenFiles = new Set<string>();
	const ignoreFiles = new Map<string, IgnoreFile | undefined>();

	// The ignore file of a folder (absolute), read once; a file that cannot be read is reported once.
	const ignoreFileOf = (directory: string): IgnoreFile | undefined => {
		if (ignoreFiles.has(directory)) {
			return ignoreFiles.get(directory);
		}
		const file = path.join(directory, IGNORE_FILE_NAME);
		let parsed: IgnoreFile | undefined;
		const read = readRegularFile(file, MAX_PROJECT_FILE_BYTES, locale);
		if ('failure' in read) {
			if (read.failure !== 'missing') {
				errors.push(t(locale, 'cannot read the file "{file}" ({reason}).', { file, reason: read.reason }));
			}
		} else {
			parsed = parseIgnoreFile(ignoreFileText(read.bytes), directory);
		}
		ignoreFiles.set(directory, parsed);
		return parsed;
	};
	// The ignore files above a folder named on the command line, outermost first.
	const ignoreFilesAbove = (directory: string): IgnoreFile[] => {
		const start = path.resolve(directory);
		const stop = cliSearchStop(start, os.homedir(), process.cwd());
		const folders: string[] = [];
		for (let current = path.dirname(start); isWithin(current, stop) && current !== start; current = path.dirname(current)) {
			folders.unshift(current);
			if (current === stop || path.dirname(current) === current) {
				break;
			}
		}
		return folders.map(ignoreFileOf).filter((f): f is IgnoreFile => f !== undefined);
	};
	// Whether a folder named on the command line, or a folder between it and the files above, is ignored.
	const ignoredFolder = (directory: string, above: readonly IgnoreFile[]): boolean => {
		const start = path.resolve(directory);
		for (
			let current = start;
			above.some((file) => isWithin(current, file.base) && current !== file.base);
			current = path.dirname(current)
		) {
			if (ignored(above, current, true)) {
				return true;
			}
		}
		return false;
	};
	const ignored = (ignores: readonly IgnoreFile[], full: string, isDirectory: boolean): boolean =>
		decideIgnored(
			ignores,
			(file) => {
				const relative = path.relative(file.base, full);
				return relative.startsWith('..') || path.isAbsolute(relative) ? undefined : relative.split(path.sep).join('/');
			},
			isDirectory,
		);

	const addFile = (file: string, stat: fs.Stats): void => {
		// The device and inode name the file whatever path reached it.
		const key = `${stat.dev}:${stat.ino}`;
		if (!seenFiles.has(key)) {
			seenFiles.add(key);
			targets.push({ display: file, path: file });
		}
	};

	// The number of files found, or undefined when the directory cannot be read.
	const walk = (directory: string, above: readonly IgnoreFile[]): number | undefined => {
		const own = ignoreFileOf(path.resolve(directory));
		const ignores = own === undefined ? above : [...above, own];
		let entries: fs.Dirent[];
		try {
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
				continue;
			}
			const full = path.join(directory, entry.name);
			// Without ignore files (the common case) nothing is left out, and the absolute path is not needed.
			const left = (isDirectory: boolean): boolean => ignores.length > 0 && ignored(ignores, path.resolve(full), isDirectory);
			// A Dirent describes the entry itself (lstat), so a link is a link here and is never followed.
			if (entry.isDirectory()) {
				if (!SKIPPED_DIRECTORIES.has(entry.name) && !left(true)) {
					found += walk(full, ignores) ?? 0;
				}
			} else if (entry.isFile() && extensions.includes(path.extname(entry.name).toLowerCase()) && !left(false)) {
				let stat: fs.Stats;
				try {
					stat = fs.lstatSync(full);
				} catch (error) {
					errors.push(cannotRead(full, error, locale));
					continue;
				}
				if (stat.isFile()) {
					addFile(full, stat);
					found++;
				}
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
			// stat, not open: it follows a link the user named without ever blocking on a FIFO.
			stat = fs.statSync(given);
		} catch (error) {
			errors.push(cannotRead(given, error, locale));
			continue;
		}
		if (stat.isFile()) {
			addFile(given, stat);
		} else if (!stat.isDirectory()) {
			errors.push(t(locale, 'cannot read the file "{file}" ({reason}).', { file: given, reason: notRegularReason(stat, locale) }));
		} else {
			// A folder that the ignore files above it leave out is checked as one without letters.
			const above = ignoreFilesAbove(given);
			if (ignoredFolder(given, above) || walk(given, above) === 0) {
				errors.push(
					t(locale, 'no {extensions} files found in the directory "{directory}".', { extensions: extensions.join(', '), directory: given }),
				);
			}
		}
	}
	return { targets, errors };
}

/** What was read from a regular file, and the state of the file when it was read. */
export interface ReadFile {
	bytes: Buffer;
	stat: fs.Stats;
}

/** Why a file could not be read: missing, not a regular file, too large, or another system error. */
export interface ReadFailure {
	failure: 'missing' | 'notRegular' | 'tooBig' | 'error';
	/** The reason, in the caller's language, for a message "cannot read … ({reason})". */
	reason: string;
}

// O_NONBLOCK makes opening a FIFO return at once instead of waiting for a writer (it has no effect on a
// regular file); Windows has no such flag and no FIFOs in the file system.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file of at most `limit` bytes, and nothing else: the file is opened without blocking, then
 * fstat decides (so a FIFO, a device such as /dev/zero, or a link to one, is refused before any read), and
 * the read stops after `limit + 1` bytes even if the file grows meanwhile. Never throws.
 */
export function readRegularFile(file: string, limit: number, locale: Locale = 'vi'): ReadFile | ReadFailure {
	let fd: number;
	try {
		fd = fs.openSync(file, OPEN_FLAGS);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return { failure: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'error', reason: errnoText(error) };
	}
	try {
		const stat = fs.fstatSync(fd);
		if (!stat.isFile()) {
			return { failure: 'notRegular', reason: notRegularReason(stat, locale) };
		}
		if (stat.size > limit) {
			return { failure: 'tooBig', reason: tooBigReason(limit, locale) };
		}
		const buffer = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1);
		let length = 0;
		for (;;) {
			if (length === buffer.length) {
				// Grown past its size at the fstat: more than the limit, or read again at a bigger size.
				if (length > limit) {
					return { failure: 'tooBig', reason: tooBigReason(limit, locale) };
				}
				break;
			}
			const read = fs.readSync(fd, buffer, length, buffer.length - length, null);
			if (read === 0) {
				break;
			}
			length += read;
		}
		return { bytes: buffer.subarray(0, length), stat };
	} catch (error) {
		return { failure: 'error', reason: errnoText(error) };
	} finally {
		fs.closeSync(fd);
	}
}

/** "not a regular file: a named pipe (FIFO)", and so on, in a language. */
function notRegularReason(stat: fs.Stats, locale: Locale): string {
	const kind = stat.isFIFO()
		? t(locale, 'a named pipe (FIFO)')
		: stat.isCharacterDevice() || stat.isBlockDevice()
			? t(locale, 'a device')
			: stat.isSocket()
				? t(locale, 'a socket')
				: stat.isDirectory()
					? t(locale, 'a directory')
					: t(locale, 'a special file');
	return t(locale, 'not a regular file: {kind}', { kind });
}

function tooBigReason(limit: number, locale: Locale): string {
	return t(locale, 'larger than {size}', { size: limit >= 1024 * 1024 ? `${limit / (1024 * 1024)} MiB` : `${limit} B` });
}

// Decoding is shared with the web worker, which reads files through the editor (../text-files.ts).
export { decode, parseJsonBytes, type Decoded } from '../text-files';
// The limits too: the web worker reads through the editor with the same ones.
export { MAX_LETTER_BYTES, MAX_PROJECT_FILE_BYTES } from '../workspace-files';

/** A letter read from disk: its text, and what was read, to compare with just before writing it back. */
export type ReadTarget = Decoded & { read: ReadFile };

/** Reads and decodes a letter: only a regular file of at most MAX_LETTER_BYTES. */
export function readTarget(file: string, display: string, locale: Locale = 'vi'): ReadTarget | { error: string } {
	const read = readRegularFile(file, MAX_LETTER_BYTES, locale);
	if ('failure' in read) {
		return { error: t(locale, 'cannot read the file "{file}" ({reason}).', { file: display, reason: read.reason }) };
	}
	const decoded = decode(read.bytes, display, locale);
	return 'error' in decoded ? decoded : { ...decoded, read };
}

/** Reads all of standard input. */
export async function readStdin(): Promise<Buffer> {
	const chunks: Buffer[] = [];
	for await (const chunk of process.stdin) {
		chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
	}
	return Buffer.concat(chunks);
}

/** Decodes standard input like a file, refusing more than MAX_LETTER_BYTES. */
export function decodeStdin(bytes: Buffer, locale: Locale = 'vi'): Decoded | { error: string } {
	if (bytes.length > MAX_LETTER_BYTES) {
		return {
			error: t(locale, 'cannot read the file "{file}" ({reason}).', { file: '<stdin>', reason: tooBigReason(MAX_LETTER_BYTES, locale) }),
		};
	}
	return decode(bytes, '<stdin>', locale);
}

/** The bytes of a text, with its BOM put back if it had one. */
export function encode(text: string, bom: boolean): Buffer {
	return Buffer.from(bom ? `\uFEFF${text}` : text, 'utf8');
}

/** Test-only hooks of `writeFixed`, for the race between the last check and the replacement. */
export interface WriteHooks {
	/** Called after every check, just before the file is replaced or rewritten. */
	beforeReplace?: () => void;
}

/** Whether a file is still the one that was read: same inode, size and modification time. */
function unchanged(now: fs.Stats, then: fs.Stats): boolean {
	return now.dev === then.dev && now.ino === then.ino && now.size === then.size && now.mtimeMs === then.mtimeMs;
}

/**
 * Writes a fixed letter back like a careful formatter, or says why it did not (the message, in `locale`).
 * It writes only a regular file that is not a symbolic link; it leaves the file alone when it changed since
 * it was read (inode, size, modification time, then the bytes themselves, compared just before writing);
 * it refuses a file without any write bit in its mode, even for root (for whom access() always passes).
 * A file with more than one hard link is rewritten in place, so that every link sees the fix. Otherwise the
 * text goes to a temporary file in the same folder, given the file's owner, group and mode, and is renamed
 * over the file, so that a crash never leaves half a letter; when the owner cannot be kept (not root), the
 * file is rewritten in place instead.
 */
export function writeFixed(
	file: string,
	content: Uint8Array,
	read: ReadFile,
	display: string,
	locale: Locale = 'vi',
	hooks: WriteHooks = {},
): string | undefined {
	const refuse = (reason: string): string => t(locale, 'the file "{file}" was not fixed: {reason}', { file: display, reason });
	const changed = (): string => refuse(t(locale, 'it changed on disk since it was read; run again.'));
	let temporary: string | undefined;
	try {
		const now = fs.lstatSync(file);
		if (now.isSymbolicLink()) {
			return refuse(t(locale, 'it is a symbolic link; fix the file it points to.'));
		}
		if (!now.isFile()) {
			return refuse(notRegularReason(now, locale));
		}
		if (!unchanged(now, read.stat)) {
			return changed();
		}
		const again = readRegularFile(file, MAX_LETTER_BYTES, locale);
		if ('failure' in again || !unchanged(again.stat, read.stat) || !again.bytes.equals(read.bytes)) {
			return changed();
		}
		const mode = now.mode & 0o7777;
		// Root passes access() on any file, so the mode bits decide: no write bit at all means "keep as is".
		if ((mode & 0o222) === 0) {
			return refuse(t(locale, 'it is read-only (mode {mode}).', { mode: mode.toString(8).padStart(4, '0') }));
		}
		fs.accessSync(file, fs.constants.W_OK);
		const uid = process.getuid?.();
		const gid = process.getgid?.();
		const root = uid === 0;
		const keepsOwner = uid === undefined || root || (now.uid === uid && now.gid === gid);
		if (now.nlink > 1 || !keepsOwner) {
			return writeInPlace(file, content, read, hooks) ? undefined : changed();
		}
		temporary = path.join(path.dirname(file), `.${path.basename(file)}.congvan-${process.pid}-${Date.now().toString(36)}.tmp`);
		const fd = fs.openSync(temporary, 'wx', mode);
		let ownerKept = true;
		try {
			let written = 0;
			while (written < content.length) {
				written += fs.writeSync(fd, content, written, content.length - written, written);
			}
			if (root) {
				try {
					fs.fchownSync(fd, now.uid, now.gid);
				} catch {
					// A file system without owners for root to set (some network mounts): write in place instead.
					ownerKept = false;
				}
			}
			// After chown, which clears the set-id bits, and whatever the umask took off at creation.
			fs.fchmodSync(fd, mode);
			fs.fsyncSync(fd);
		} finally {
			fs.closeSync(fd);
		}
		if (!ownerKept) {
			fs.rmSync(temporary, { force: true });
			temporary = undefined;
			return writeInPlace(file, content, read, hooks) ? undefined : changed();
		}
		hooks.beforeReplace?.();
		// The last look before the rename: an editor that saved meanwhile wins.
		if (!unchanged(fs.lstatSync(file), read.stat)) {
			return changed();
		}
		fs.renameSync(temporary, file);
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

/** Rewrites a file in place (truncate and write), keeping its inode, links, owner and mode; false if it changed. */
function writeInPlace(file: string, content: Uint8Array, read: ReadFile, hooks: WriteHooks): boolean {
	const fd = fs.openSync(file, fs.constants.O_WRONLY | (fs.constants.O_NOFOLLOW ?? 0) | (fs.constants.O_NONBLOCK ?? 0));
	try {
		hooks.beforeReplace?.();
		if (!unchanged(fs.fstatSync(fd), read.stat)) {
			return false;
		}
		fs.ftruncateSync(fd, 0);
		let written = 0;
		while (written < content.length) {
			written += fs.writeSync(fd, content, written, content.length - written, written);
		}
		fs.fsyncSync(fd);
		return true;
	} finally {
		fs.closeSync(fd);
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

/** Whether `inner` is `outer` or inside it (both resolved paths). */
export function isWithin(inner: string, outer: string): boolean {
	const relative = path.relative(outer, inner);
	return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The nearest `relative` path (a file name, or a path inside a folder) from `directory` upwards, up to and
 * including `stop`; only `directory` itself when `stop` is not one of its ancestors. Undefined when there
 * is none. Nothing is opened: a FIFO or a device found here is refused later by `readRegularFile`.
 */
export function findUpwards(directory: string, relative: string, stop: string): string | undefined {
	let current = path.resolve(directory);
	const limit = path.resolve(stop);
	const bounded = isWithin(current, limit);
	for (;;) {
		const candidate = path.join(current, relative);
		if (fs.existsSync(candidate)) {
			return candidate;
		}
		const parent = path.dirname(current);
		if (!bounded || parent === current || current === limit) {
			return undefined;
		}
		current = parent;
	}
}

/**
 * Where the CLI's search for project files above a letter's folder stops: the repository root (the nearest
 * folder with a .git entry) or the user's home directory, whichever comes first; without either above the
 * letter, the current directory when it holds the letter, else the letter's own folder. So the search never
 * goes above the home directory, and a letter in /tmp picks up nothing that another user left in /tmp.
 */
export function cliSearchStop(directory: string, home: string | undefined, cwd: string): string {
	const start = path.resolve(directory);
	const homeDir = home === undefined || home === '' ? undefined : path.resolve(home);
	let current = start;
	for (;;) {
		if (current === homeDir || fs.existsSync(path.join(current, '.git'))) {
			return current;
		}
		const parent = path.dirname(current);
		if (parent === current) {
			break;
		}
		current = parent;
	}
	const workingDirectory = path.resolve(cwd);
	return isWithin(start, workingDirectory) ? workingDirectory : start;
}

/** A JSON file read from disk: its value, or why there is none (messages are the caller's). */
export type JsonFile = { value: unknown } | { missing: true } | { readError: string } | { parseError: string };

/**
 * Reads a JSON project file (a UTF-8 BOM is allowed): only a regular file of at most 1 MB, read without ever
 * blocking (see `readRegularFile`). With `optional`, a file that does not exist is `missing` rather than an
 * error. Shared by the configuration and the profile readers, in the CLI and the language server.
 */
export function readJsonFile(file: string, optional: boolean, locale: Locale = 'vi'): JsonFile {
	const read = readRegularFile(file, MAX_PROJECT_FILE_BYTES, locale);
	if ('failure' in read) {
		return optional && read.failure === 'missing' ? { missing: true } : { readError: read.reason };
	}
	return parseJsonBytes(read.bytes, locale);
}
