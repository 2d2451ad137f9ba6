// The editor features over LSP: document symbols, folding and selection ranges, hover, completion and
// semantic tokens. Each handler looks the document up, takes the parse of its current text (shared with
// the checks: server/src/parsed-documents.ts), asks the pure core (server/src/core/features/) and converts
// the answer in server/src/convert.ts. Errors are caught by the server's `guarded`, which logs them and
// answers empty; a request before `initialize` or after `shutdown` gets the specification's error.
import type { Connection, ServerCapabilities } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
	SEMANTIC_TOKENS_LEGEND,
	encodeSemanticTokens,
	toCompletionItems,
	toDocumentSymbols,
	toFoldingRanges,
	toHover,
	toOffset,
	toOffsetRange,
	toSelectionRange,
} from '../convert';
import {
	COMPLETION_TRIGGER_CHARACTERS,
	completionsAt,
	documentSymbols,
	foldingBlocks,
	hoverAt,
	selectionChain,
	semanticTokens,
	semanticTokensIn,
} from '../core/features/index';
import { LineIndex, type Letter, type Locale } from '../core/index';

/** What the handlers need from the server. */
export interface FeatureHost {
	/**
	 * The open document and the language of its hovers, completions and outline; undefined when it is
	 * closed or not in one of the checked languages.
	 */
	document(uri: string): Promise<{ document: TextDocument; locale: Locale } | undefined>;
	/** The letter model and line index of a document's current text (parsed once per text, shared with the checks). */
	parsed(document: TextDocument): { letter: Letter; index: LineIndex };
	/**
	 * Runs a handler's work; an exception is logged and `empty` returned. Outside the server's lifecycle it
	 * throws the specification's error instead.
	 */
	guarded<T>(what: string, empty: T, work: () => T | Promise<T>): Promise<T>;
}

/** The capabilities of the editor features, for the initialize result. */
export function editorFeatureCapabilities(): ServerCapabilities {
	return {
		documentSymbolProvider: { label: 'Công văn' },
		foldingRangeProvider: true,
		selectionRangeProvider: true,
		hoverProvider: true,
		completionProvider: { triggerCharacters: [...COMPLETION_TRIGGER_CHARACTERS], resolveProvider: false },
		semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
	};
}

/** A document's text parsed, with the line index of the same text and the language of the answers. */
interface Parsed {
	letter: Letter;
	index: LineIndex;
	locale: Locale;
}

/** Registers the handlers of the editor features on a connection. */
export function registerEditorFeatures(connection: Connection, host: FeatureHost): void {
	/** Parses the document's current text, or undefined when it is not served. */
	async function parsed(uri: string): Promise<Parsed | undefined> {
		const served = await host.document(uri);
		if (served === undefined) {
			return undefined;
		}
		const { letter, index } = host.parsed(served.document);
		return { letter, index, locale: served.locale };
	}

	connection.onDocumentSymbol((params) =>
		host.guarded('textDocument/documentSymbol', [], async () => {
			const doc = await parsed(params.textDocument.uri);
			return doc ? toDocumentSymbols(doc.index, documentSymbols(doc.letter, doc.locale)) : [];
		}),
	);

	connection.onFoldingRanges((params) =>
		host.guarded('textDocument/foldingRange', [], async () => {
			const doc = await parsed(params.textDocument.uri);
			return doc ? toFoldingRanges(doc.index, foldingBlocks(doc.letter)) : [];
		}),
	);

	connection.onSelectionRanges((params) =>
		host.guarded('textDocument/selectionRange', [], async () => {
			const doc = await parsed(params.textDocument.uri);
			if (!doc) {
				return [];
			}
			return params.positions.map((position) => toSelectionRange(doc.index, selectionChain(doc.letter, toOffset(doc.index, position))));
		}),
	);

	connection.onHover((params) =>
		host.guarded('textDocument/hover', null, async () => {
			const doc = await parsed(params.textDocument.uri);
			const info = doc ? hoverAt(doc.letter, toOffset(doc.index, params.position), doc.locale) : undefined;
			return doc && info ? toHover(doc.index, info) : null;
		}),
	);

	connection.onCompletion((params) =>
		host.guarded('textDocument/completion', [], async () => {
			const doc = await parsed(params.textDocument.uri);
			// The team's units will come from the profile (issue #4, item 7); there is none yet.
			const options = doc ? { units: [], locale: doc.locale } : undefined;
			return doc ? toCompletionItems(doc.index, completionsAt(doc.letter, toOffset(doc.index, params.position), options)) : [];
		}),
	);

	connection.languages.semanticTokens.on((params) =>
		host.guarded('textDocument/semanticTokens/full', { data: [] as number[] }, async () => {
			const doc = await parsed(params.textDocument.uri);
			return { data: doc ? encodeSemanticTokens(doc.index, semanticTokens(doc.letter)) : [] };
		}),
	);

	connection.languages.semanticTokens.onRange((params) =>
		host.guarded('textDocument/semanticTokens/range', { data: [] as number[] }, async () => {
			const doc = await parsed(params.textDocument.uri);
			return { data: doc ? encodeSemanticTokens(doc.index, semanticTokensIn(doc.letter, toOffsetRange(doc.index, params.range))) : [] };
		}),
	);
}
