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

/** What is kept per document: its latest text, its parse while it is among the recent ones, its problems. */
interface Entry {
	text: string;
	/** The parse of `text`; dropped when the document is no longer among the `modelCapacity` most recent. */
	parsed: ParsedText | undefined;
	/**
	 * The Word formatting of `text`, asked of `formatOf` at the first parse only and kept for a parse again
	 * (the Word views forget old files; the problems kept were judged with it).
	 */
	format: DocumentFormat | undefined;
	formatRead: boolean;
	/** The configuration of `problems`; undefined until the text is checked. */
	checkedWith: ConfigKey | undefined;
	problems: Problem[] | undefined;
}

/** What tells two configurations apart: the rules, today and the locale by value; the profile by identity. */
interface ConfigKey {
	values: string;
	profile: LintConfig['profile'];
}

function configKey(config: LintConfig): ConfigKey {
	return { values: JSON.stringify([config.rules ?? null, config.today ?? null, config.locale ?? null]), profile: config.profile };
}

/**
 * How many documents keep their letter model between requests. The others keep their text and problems and
 * are parsed again (about a millisecond for a letter) when a feature asks: with 200 letters open, the models
 * that all stayed alive made V8 grow its young generation to the maximum (peak RSS 100 MB against 87 MB).
 */
const MODEL_CAPACITY = 16;

/** Parsed letters by document URI, kept for the latest text only and dropped on close. */
export class ParsedDocuments {
	/** Every open document's entry, the most recently used last (a Map keeps insertion order). */
	private readonly byUri = new Map<string, Entry>();
	/** How many entries hold a parse now. */
	private withModel = 0;
	/** How many texts were parsed and how many checks ran, for the tests that count work. */
	readonly counts = { parses: 0, checks: 0 };

	/**
	 * `formatOf` gives the Word formatting of a document whose text was read from a .docx (the read-only view of
	 * docx-requests.ts), when the text is the one read; the layout rules judge it as `letter.format`.
	 */
	constructor(
		private readonly formatOf?: (uri: string, text: string) => DocumentFormat | undefined,
		private readonly modelCapacity = MODEL_CAPACITY,
	) {}

	/** The parse of a document's current text. */
	get(document: TextDocument): ParsedText {
		return this.parse(document.uri, this.entry(document));
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
		const problems = lintLetter(this.parse(document.uri, entry).letter, config);
		entry.checkedWith = key;
		entry.problems = problems;
		return problems;
	}

	/** Forgets a closed document. */
	delete(uri: string): void {
		const entry = this.byUri.get(uri);
		if (entry?.parsed) {
			this.withModel--;
		}
		this.byUri.delete(uri);
	}

	/** The entry of a document's current text, made the most recently used; a new text drops what was kept. */
	private entry(document: TextDocument): Entry {
		const text = document.getText();
		const cached = this.byUri.get(document.uri);
		if (cached && cached.text === text) {
			// Most recently used: last in the map's order.
			this.byUri.delete(document.uri);
			this.byUri.set(document.uri, cached);
			return cached;
		}
		// The previous text's model and problems go before the new text is parsed: on a 1 MB letter they weigh
		// about 15 MB, which the garbage collector would otherwise keep marking while the parse allocates.
		this.delete(document.uri);
		const entry: Entry = { text, parsed: undefined, format: undefined, formatRead: false, checkedWith: undefined, problems: undefined };
		this.byUri.set(document.uri, entry);
		return entry;
	}

	/** The entry's parse, made now if it was never made or was dropped; the least recently used go beyond capacity. */
	private parse(uri: string, entry: Entry): ParsedText {
		if (entry.parsed) {
			return entry.parsed;
		}
		this.counts.parses++;
		const letter = parseLetter(entry.text);
		if (!entry.formatRead) {
			entry.format = this.formatOf?.(uri, entry.text);
			entry.formatRead = true;
		}
		if (entry.format !== undefined) {
			letter.format = entry.format;
		}
		entry.parsed = { text: entry.text, letter, index: new LineIndex(entry.text) };
		this.withModel++;
		if (this.withModel > this.modelCapacity) {
			for (const other of this.byUri.values()) {
				if (this.withModel <= this.modelCapacity) {
					break;
				}
				if (other.parsed && other !== entry) {
					other.parsed = undefined;
					this.withModel--;
				}
			}
		}
		return entry.parsed;
	}
}
