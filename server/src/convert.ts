// The one place where core problems become LSP values, and where UTF-16 offsets become line/character
// positions. The server and the CLI both call it, so `congvan lint --format json` prints exactly the
// Diagnostic objects that the server publishes.
import {
	CodeAction,
	CodeActionKind,
	CompletionItemKind,
	DiagnosticSeverity,
	InsertTextFormat,
	MarkupKind,
	SymbolKind,
	type CompletionItem,
	type Diagnostic,
	type DocumentSymbol,
	type FoldingRange,
	type Hover,
	type Position,
	type Range as LspRange,
	type SelectionRange,
	type SemanticTokensLegend,
	type TextEdit as LspTextEdit,
	type WorkspaceEdit,
} from 'vscode-languageserver-types';
import {
	TOKEN_MODIFIERS,
	TOKEN_TYPES,
	type CompletionData,
	type CompletionKindName,
	type FoldingBlock,
	type HoverInfo,
	type LetterSymbol,
	type LetterSymbolKind,
	type LetterToken,
} from './core/features/index';
import { LineIndex, legalBasisLabel, type Locale, type Problem, type Range, type Severity, type TextEdit } from './core/index';
import { t } from './l10n';

/** The `data` carried by every congvan Diagnostic: the fixes travel with it (no server-side cache). */
export interface DiagnosticData {
	ruleId: string;
	fix?: LspTextEdit[];
	suggestions?: { message: string; edits: LspTextEdit[] }[];
}

/** Where a diagnostic lives and where rule pages are. */
export interface ConvertContext {
	/** The document URI, for related information. */
	uri: string;
	/** A URI ending in "/" under which `<rule-id>.md` is the rule's page. */
	docsBaseUri: string;
	/** The language of the legal-basis line ("Căn cứ" or "Legal basis"); Vietnamese when absent. */
	locale?: Locale;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/** An offset range as an LSP range. */
export function toLspRange(index: LineIndex, range: Range): LspRange {
	return { start: index.positionAt(range.start), end: index.positionAt(range.end) };
}

/** Core edits as LSP edits. */
export function toLspEdits(index: LineIndex, edits: readonly TextEdit[]): LspTextEdit[] {
	return edits.map((edit) => ({ range: toLspRange(index, edit.range), newText: edit.text }));
}

/** One problem as the Diagnostic that the server publishes. */
export function toDiagnostic(problem: Problem, index: LineIndex, context: ConvertContext): Diagnostic {
	const data: DiagnosticData = { ruleId: problem.ruleId };
	if (problem.fix) {
		data.fix = toLspEdits(index, problem.fix);
	}
	if (problem.suggestions) {
		data.suggestions = problem.suggestions.map((s) => ({ message: s.message, edits: toLspEdits(index, s.edits) }));
	}
	const diagnostic: Diagnostic = {
		range: toLspRange(index, problem.range),
		severity: SEVERITY[problem.severity],
		code: problem.ruleId,
		codeDescription: { href: `${context.docsBaseUri}${problem.ruleId}.md` },
		source: 'congvan',
		// The source names a clause of Vietnamese law and stays Vietnamese; only its label is translated.
		message: `${problem.message}\n${legalBasisLabel(context.locale)}: ${problem.source}.`,
		data,
	};
	if (problem.related) {
		diagnostic.relatedInformation = problem.related.map((r) => ({
			location: { uri: context.uri, range: toLspRange(index, r.range) },
			message: r.message,
		}));
	}
	return diagnostic;
}

/** All problems of a text as Diagnostics. */
export function toDiagnostics(text: string, problems: readonly Problem[], context: ConvertContext): Diagnostic[] {
	const index = new LineIndex(text);
	return problems.map((p) => toDiagnostic(p, index, context));
}

/** Reads the fixes back from a Diagnostic's data; undefined when it is not a congvan diagnostic. */
export function diagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
	const data = diagnostic.data as Partial<DiagnosticData> | undefined;
	if (!data || typeof data !== 'object' || typeof data.ruleId !== 'string' || diagnostic.source !== 'congvan') {
		return undefined;
	}
	return data as DiagnosticData;
}

/**
 * The quick fixes for one diagnostic: its fix (preferred, titled "Fix: <message>" in `locale`) and its
 * suggestions (titled by the rule, already in the diagnostic's language). Pure: no server state.
 */
export function codeActionsFor(uri: string, diagnostic: Diagnostic, locale: Locale = 'vi'): CodeAction[] {
	const data = diagnosticData(diagnostic);
	if (!data) {
		return [];
	}
	const actions: CodeAction[] = [];
	const edit = (edits: LspTextEdit[]): WorkspaceEdit => ({ changes: { [uri]: edits } });
	if (data.fix && data.fix.length > 0) {
		const message = firstLine(typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value);
		const action = CodeAction.create(t(locale, 'Fix: {message}', { message }), edit(data.fix), CodeActionKind.QuickFix);
		action.diagnostics = [diagnostic];
		action.isPreferred = true;
		actions.push(action);
	}
	for (const suggestion of data.suggestions ?? []) {
		const action = CodeAction.create(suggestion.message, edit(suggestion.edits), CodeActionKind.QuickFix);
		action.diagnostics = [diagnostic];
		actions.push(action);
	}
	return actions;
}

function firstLine(message: string): string {
	const at = message.indexOf('\n');
	return at < 0 ? message : message.slice(0, at);
}

// Editor features: the core gives offset ranges (server/src/core/features/); these turn them into the LSP
// values of documentSymbol, foldingRange, selectionRange, hover, completion and semanticTokens.

/** The offset of an LSP position in the text that `index` was built on (clamped to its line). */
export function toOffset(index: LineIndex, position: Position): number {
	return index.offsetAt(position);
}

/** An LSP range as offsets. */
export function toOffsetRange(index: LineIndex, range: LspRange): Range {
	return { start: index.offsetAt(range.start), end: index.offsetAt(range.end) };
}

const SYMBOL_KINDS: Record<LetterSymbolKind, SymbolKind> = {
	key: SymbolKind.Key,
	event: SymbolKind.Event,
	string: SymbolKind.String,
	class: SymbolKind.Class,
	interface: SymbolKind.Interface,
	array: SymbolKind.Array,
	object: SymbolKind.Object,
	namespace: SymbolKind.Namespace,
	module: SymbolKind.Module,
	package: SymbolKind.Package,
	struct: SymbolKind.Struct,
	field: SymbolKind.Field,
	enumMember: SymbolKind.EnumMember,
};

/** The outline as LSP DocumentSymbols. */
export function toDocumentSymbols(index: LineIndex, symbols: readonly LetterSymbol[]): DocumentSymbol[] {
	return symbols.map((symbol) => {
		const result: DocumentSymbol = {
			name: symbol.name,
			kind: SYMBOL_KINDS[symbol.kind],
			range: toLspRange(index, symbol.range),
			selectionRange: toLspRange(index, symbol.selectionRange),
			children: toDocumentSymbols(index, symbol.children),
		};
		if (symbol.detail !== undefined) {
			result.detail = symbol.detail;
		}
		return result;
	});
}

/** Foldable blocks as folding ranges by line: blocks on one line are dropped, one range per start line. */
export function toFoldingRanges(index: LineIndex, blocks: readonly FoldingBlock[]): FoldingRange[] {
	const byStart = new Map<number, FoldingRange>();
	for (const block of blocks) {
		const startLine = index.positionAt(block.range.start).line;
		const endLine = index.positionAt(block.range.end).line;
		const known = byStart.get(startLine);
		if (endLine > startLine && (!known || known.endLine < endLine)) {
			byStart.set(startLine, { startLine, endLine });
		}
	}
	return [...byStart.values()].sort((a, b) => a.startLine - b.startLine);
}

/** A chain of ranges, innermost first, as a nested SelectionRange. */
export function toSelectionRange(index: LineIndex, chain: readonly Range[]): SelectionRange {
	let parent: SelectionRange | undefined;
	for (let i = chain.length - 1; i >= 0; i--) {
		const range = chain[i];
		if (range) {
			parent = parent ? { range: toLspRange(index, range), parent } : { range: toLspRange(index, range) };
		}
	}
	return parent ?? { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}

/** A hover as LSP Markdown. */
export function toHover(index: LineIndex, info: HoverInfo): Hover {
	return { contents: { kind: MarkupKind.Markdown, value: info.markdown }, range: toLspRange(index, info.range) };
}

const COMPLETION_KINDS: Record<CompletionKindName, CompletionItemKind> = {
	keyword: CompletionItemKind.Keyword,
	enumMember: CompletionItemKind.EnumMember,
	class: CompletionItemKind.Class,
	snippet: CompletionItemKind.Snippet,
	module: CompletionItemKind.Module,
	value: CompletionItemKind.Value,
};

/** Completion items with their edits. */
export function toCompletionItems(index: LineIndex, items: readonly CompletionData[]): CompletionItem[] {
	return items.map((item) => {
		const result: CompletionItem = {
			label: item.label,
			kind: COMPLETION_KINDS[item.kind],
			textEdit: { range: toLspRange(index, item.range), newText: item.insertText },
			insertTextFormat: item.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
		};
		if (item.detail !== undefined) {
			result.detail = item.detail;
		}
		if (item.documentation !== undefined) {
			result.documentation = { kind: MarkupKind.Markdown, value: item.documentation };
		}
		if (item.filterText !== undefined) {
			result.filterText = item.filterText;
		}
		if (item.sortText !== undefined) {
			result.sortText = item.sortText;
		}
		if (item.preselect) {
			result.preselect = true;
		}
		return result;
	});
}

/** The semantic token legend the server declares: standard types and modifiers only. */
export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = { tokenTypes: [...TOKEN_TYPES], tokenModifiers: [...TOKEN_MODIFIERS] };

/**
 * Tokens in LSP's relative encoding (line delta, start delta, length, type, modifier bits). A token that
 * runs over a line break (a wrapped citation) is split into one token per line, since clients need not
 * support multi-line tokens. The tokens must be sorted and must not overlap.
 */
export function encodeSemanticTokens(index: LineIndex, tokens: readonly LetterToken[]): number[] {
	const data: number[] = [];
	let previousLine = 0;
	let previousCharacter = 0;
	for (const token of tokens) {
		const type = TOKEN_TYPES.indexOf(token.type);
		const modifiers = token.modifiers.reduce((bits, m) => bits | (1 << TOKEN_MODIFIERS.indexOf(m)), 0);
		const start = index.positionAt(token.range.start);
		const end = index.positionAt(token.range.end);
		for (let line = start.line; line <= end.line; line++) {
			const from = line === start.line ? start.character : 0;
			const lineLength = index.offsetAt({ line, character: Number.MAX_SAFE_INTEGER }) - index.offsetAt({ line, character: 0 });
			const to = line === end.line ? end.character : lineLength;
			if (to <= from) {
				continue;
			}
			data.push(line - previousLine, line === previousLine ? from - previousCharacter : from, to - from, type, modifiers);
			previousLine = line;
			previousCharacter = from;
		}
	}
	return data;
}
