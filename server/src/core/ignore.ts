// `.congvanignore`: which files a folder check leaves out, in a subset of the .gitignore syntax. Pure (no
// Node imports), so the CLI's walk and the editor's folder check read the same files the same way.
//
// The syntax, as in .gitignore:
// - a blank line matches nothing; a line starting with "#" is a comment ("\#" for a name starting with #);
// - trailing spaces are ignored unless escaped with "\";
// - "!" negates a pattern: a path excluded by an earlier pattern is included again ("\!" for a leading !);
//   as in git, a file cannot be included again when a folder above it is excluded (the walk never enters it);
// - a pattern ending in "/" matches only folders;
// - a pattern with a "/" at its start or in its middle is anchored to the folder of the .congvanignore file;
//   without one it matches a name at any depth below that folder;
// - "*" matches anything but "/", "?" one character but "/", "[a-z]" and "[!a-z]" a character class;
// - "**/" at the start or "/**/" in the middle match zero or more folders, "/**" at the end everything inside.
// A deeper .congvanignore takes precedence over one above it, and in one file the last matching line wins.

/** The name of the ignore file looked for in each folder. */
export const IGNORE_FILE_NAME = '.congvanignore';

/** One pattern line of an ignore file. */
export interface IgnorePattern {
	/** The line as written (without trailing spaces), for messages. */
	source: string;
	/** The 1-based line number in the file. */
	line: number;
	/** True for a "!" line: a match includes the path again. */
	negated: boolean;
	/** True for a pattern ending in "/": it matches only folders. */
	directoryOnly: boolean;
	/** Matches a "/"-separated path relative to the folder of the ignore file. */
	regex: RegExp;
}

/** A parsed ignore file and where it is. */
export interface IgnoreFile {
	/**
	 * Its folder: for `isIgnored`, relative to the root of the check, "/"-separated, "" for the root itself.
	 * The CLI keeps absolute folders here and calls `ignoreDecision` with paths relative to them.
	 */
	base: string;
	/** Its patterns, in file order. */
	patterns: IgnorePattern[];
}

/** Parses the text of a `.congvanignore` in the folder `base`. Never throws; a malformed class is literal. */
export function parseIgnoreFile(text: string, base = ''): IgnoreFile {
	const patterns: IgnorePattern[] = [];
	text.split(/\r\n|\r|\n/u).forEach((raw, index) => {
		const pattern = parsePattern(raw, index + 1);
		if (pattern) {
			patterns.push(pattern);
		}
	});
	return { base, patterns };
}

function parsePattern(raw: string, line: number): IgnorePattern | undefined {
	// A trailing space is kept only when escaped ("a\\ "): an odd number of backslashes before it.
	let text = raw;
	while (text.endsWith(' ') || text.endsWith('\t')) {
		let backslashes = 0;
		for (let j = text.length - 2; j >= 0 && text[j] === '\\'; j--) {
			backslashes++;
		}
		if (backslashes % 2 === 1) {
			break;
		}
		text = text.slice(0, -1);
	}
	if (text === '' || text.startsWith('#')) {
		return undefined;
	}
	let negated = false;
	if (text.startsWith('!')) {
		negated = true;
		text = text.slice(1);
	} else if (text.startsWith('\\!') || text.startsWith('\\#')) {
		text = text.slice(1);
	}
	let directoryOnly = false;
	if (text.endsWith('/') && !text.endsWith('\\/')) {
		directoryOnly = true;
		while (text.endsWith('/')) {
			text = text.slice(0, -1);
		}
	}
	if (text === '') {
		return undefined;
	}
	// A "/" at the start or in the middle anchors the pattern to the ignore file's folder.
	const anchored = text.includes('/');
	if (text.startsWith('/')) {
		text = text.slice(1);
	}
	const body = globToRegExpSource(text);
	const regex = new RegExp(anchored ? `^${body}$` : `^(?:.*/)?${body}$`, 'u');
	return { source: raw.trimEnd(), line, negated, directoryOnly, regex };
}

/** Escapes a character for a regular expression with the `u` flag. */
function escapeChar(c: string): string {
	return /[\\^$.*+?()[\]{}|]/u.test(c) ? `\\${c}` : c;
}

/** The regular expression source of a glob (no anchors); "/" separates folders. */
function globToRegExpSource(glob: string): string {
	let out = '';
	for (let i = 0; i < glob.length; i++) {
		const c = glob[i] ?? '';
		if (c === '*') {
			if (glob[i + 1] === '*') {
				const atSegmentStart = i === 0 || glob[i - 1] === '/';
				const after = glob[i + 2];
				if (atSegmentStart && after === '/') {
					// "**/": zero or more whole folders.
					out += '(?:[^/]*/)*';
					i += 2;
					continue;
				}
				if (atSegmentStart && after === undefined) {
					// A final "**": everything, across folders.
					out += '.*';
					i += 1;
					continue;
				}
				// Any other "**" is two "*", as in git.
				out += '[^/]*';
				i += 1;
				continue;
			}
			out += '[^/]*';
		} else if (c === '?') {
			out += '[^/]';
		} else if (c === '[') {
			const end = classEnd(glob, i);
			if (end === undefined) {
				out += '\\[';
				continue;
			}
			let inner = glob.slice(i + 1, end);
			let negate = false;
			if (inner.startsWith('!') || inner.startsWith('^')) {
				negate = true;
				inner = inner.slice(1);
			}
			// Inside a class only "\", "]", "[" and "^" need escaping; "-" keeps its range meaning.
			const escaped = [...inner].map((ch) => (/[\\\]^[]/u.test(ch) ? `\\${ch}` : ch)).join('');
			out += negate ? `(?!/)[^${escaped}]` : `[${escaped}]`;
			i = end;
		} else if (c === '\\' && i + 1 < glob.length) {
			out += escapeChar(glob[i + 1] ?? '');
			i += 1;
		} else {
			out += escapeChar(c);
		}
	}
	return out;
}

/** The index of the "]" closing the class opened at `start`, or undefined for a literal "[". */
function classEnd(glob: string, start: number): number | undefined {
	let i = start + 1;
	if (glob[i] === '!' || glob[i] === '^') {
		i++;
	}
	// A "]" right after the opening (or its negation) belongs to the class.
	if (glob[i] === ']') {
		i++;
	}
	for (; i < glob.length; i++) {
		if (glob[i] === ']') {
			return i;
		}
		if (glob[i] === '/') {
			return undefined;
		}
	}
	return undefined;
}

/**
 * What one ignore file says about a path ("/"-separated, relative to the file's folder): true (ignored),
 * false (included again by a "!" line) or undefined (no line matches). The last matching line wins.
 */
export function ignoreDecision(file: IgnoreFile, relativePath: string, isDirectory: boolean): boolean | undefined {
	let decision: boolean | undefined;
	for (const pattern of file.patterns) {
		if (pattern.directoryOnly && !isDirectory) {
			continue;
		}
		if (pattern.regex.test(relativePath)) {
			decision = !pattern.negated;
		}
	}
	return decision;
}

/**
 * What a list of ignore files says about one path, its folders above already walked into: the deepest file
 * that decides wins. `files` go from the outermost folder to the innermost, and `relativeTo(file)` gives the
 * path relative to that file's folder (undefined when the path is not under it).
 */
export function decideIgnored(
	files: readonly IgnoreFile[],
	relativeTo: (file: IgnoreFile) => string | undefined,
	isDirectory: boolean,
): boolean {
	for (let i = files.length - 1; i >= 0; i--) {
		const file = files[i];
		const relative = file === undefined ? undefined : relativeTo(file);
		if (file === undefined || relative === undefined || relative === '') {
			continue;
		}
		const decision = ignoreDecision(file, relative, isDirectory);
		if (decision !== undefined) {
			return decision;
		}
	}
	return false;
}

/**
 * Whether a path is left out of a folder check, for a caller that does not walk (the editor asking about
 * one file). `path` is "/"-separated and relative to the root of the check; each file's `base` is too. A
 * path under an ignored folder is ignored whatever a "!" line says about it, as in git.
 */
export function isIgnored(files: readonly IgnoreFile[], path: string, isDirectory: boolean): boolean {
	const segments = path.split('/').filter((s) => s !== '');
	for (let k = 1; k <= segments.length; k++) {
		const prefix = segments.slice(0, k).join('/');
		const directory = k < segments.length || isDirectory;
		const relativeTo = (file: IgnoreFile): string | undefined => {
			if (file.base === '') {
				return prefix;
			}
			return prefix.startsWith(`${file.base}/`) ? prefix.slice(file.base.length + 1) : undefined;
		};
		if (decideIgnored(files, relativeTo, directory)) {
			return true;
		}
	}
	return false;
}
