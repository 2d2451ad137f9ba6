// The letter model of each open document, parsed once per text: the checks, the code actions, the outline,
// folding, hover, completion and semantic tokens that an editor asks for after one keystroke share one
// parse, one line index and, under the same settings, one list of problems.
//
// The cache is keyed by the text itself, never by the version number the client sends: a client may send
// a change that reuses a version (or versions out of order), and the text it describes must still be
// parsed. Comparing the text costs nothing while it is unchanged, since TextDocument.getText() returns the
// same string until the next change.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, lintLetter, parseLetter, type LintConfig, type Letter, type Problem } from './core/index';
import type { DocumentFormat } from './core/letter/format';

/** One text of a document, parsed, with its line index. */
export interface ParsedText {
	/** The text, exactly as the document held it. */
	text: string;
	/** The letter model of `text` (read-only: callers share it). */
	letter: Letter;
	/** The line index of `text`, for offsets to positions and back. */
	index: LineIndex;
}

/** What is kept per document: its latest text parsed, and the problems found in it under one configuration. */
interface Entry extends ParsedText {
	/** The configuration of `problems`; undefined until the text is checked. */
	checkedWith?: ConfigKey;
	problems?: Problem[];
}

/** What tells two configurations apart: the rules, today and the locale by value; the profile by identity. */
interface ConfigKey {
	values: string;
	profile: LintConfig['profile'];
}

function configKey(config: LintConfig): ConfigKey {
	return { values: JSON.stringify([config.rules ?? null, config.today ?? null, config.locale ?? null]), profile: config.profile };
}

/** Parsed letters by document URI, kept for the latest text only and dropped on close. */
export class ParsedDocuments {
	private readonly byUri = new Map<string, Entry>();
	/** How many texts were parsed and how many checks ran, for the tests that count work. */
	readonly counts = { parses: 0, checks: 0 };

	/**
	 * `formatOf` gives the Word formatting of a document whose text was read from a .docx (the read-only view of
	 * docx-requests.ts), when the text is the one read; the layout rules judge it as `letter.format`.
	 */
	constructor(private readonly formatOf?: (uri: string, text: string) => DocumentFormat | undefined) {}

	/** The parse of a document's current text. */
	get(document: TextDocument): ParsedText {
		return this.entry(document);
	}

	/**
	 * The problems of a document's current text under `config`: computed once per text and configuration.
	 * The list is shared; callers must not change it.
	 */
	problems(document: TextDocument, config: LintConfig): readonly Problem[] {
		const entry = this.entry(document);
		const key = configKey(config);
		if (entry.problems && entry.checkedWith && entry.checkedWith.values === key.values && entry.checkedWith.profile === key.profile) {
			return entry.problems;
		}
		this.counts.checks++;
		const problems = lintLetter(entry.letter, config);
		entry.checkedWith = key;
		entry.problems = problems;
		return problems;
	}

	/** Forgets a closed document. */
	delete(uri: string): void {
		this.byUri.delete(uri);
	}

	private entry(document: TextDocument): Entry {
		const text = document.getText();
		const cached = this.byUri.get(document.uri);
		if (cached && cached.text === text) {
			return cached;
		}
		// The previous text's model and problems go before the new text is parsed: on a 1 MB letter they weigh
		// about 15 MB, which the garbage collector would otherwise keep marking while the parse allocates.
		this.byUri.delete(document.uri);
		this.counts.parses++;
		const letter = parseLetter(text);
		const format = this.formatOf?.(document.uri, text);
		if (format !== undefined) {
			letter.format = format;
		}
		const entry: Entry = { text, letter, index: new LineIndex(text) };
		this.byUri.set(document.uri, entry);
		return entry;
	}
}
