// Pure helpers of the folder check and of fix on save, without the vscode module so that unit tests can
// load them: which files a folder check reads, and which fix-on-save edits a save may apply.

/**
 * The file extensions of the languages a folder check reads. A language without an entry here (a user's
 * own language id) has no file type the folder check can know of, and is checked only in open editors.
 */
const EXTENSIONS_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
	congvan: ['congvan'],
	plaintext: ['txt'],
	markdown: ['md', 'markdown'],
};

/** The language of a file by its extension, among the languages checked; undefined when none. */
export function languageOfPath(filePath: string, languages: readonly string[]): string | undefined {
	const name = filePath.slice(filePath.lastIndexOf('/') + 1);
	const dot = name.lastIndexOf('.');
	const extension = dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
	return languages.find((language) => (EXTENSIONS_BY_LANGUAGE[language] ?? []).includes(extension));
}

/** The glob of the files of the languages checked, e.g. "**\/*.{congvan,txt}"; undefined when none. */
export function filesGlob(languages: readonly string[]): string | undefined {
	const extensions = [...new Set(languages.flatMap((language) => EXTENSIONS_BY_LANGUAGE[language] ?? []))];
	return extensions.length === 0 ? undefined : `**/*.{${extensions.join(',')}}`;
}

/** A range by its lines, as vscode's Range and the LSP's have them. */
interface LineRange {
	start: { line: number };
	end: { line: number };
}

/** The lines covered by some ranges (the selections of the editors of a document). */
export function linesOf(ranges: readonly LineRange[]): Set<number> {
	const lines = new Set<number>();
	for (const range of ranges) {
		for (let line = range.start.line; line <= range.end.line; line++) {
			lines.add(line);
		}
	}
	return lines;
}

/** The edits that touch none of `lines`. */
export function editsOutside<E extends { range: LineRange }>(edits: readonly E[], lines: ReadonlySet<number>): E[] {
	return edits.filter((edit) => {
		for (let line = edit.range.start.line; line <= edit.range.end.line; line++) {
			if (lines.has(line)) {
				return false;
			}
		}
		return true;
	});
}
