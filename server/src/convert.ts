// The one place where core problems become LSP values, and where UTF-16 offsets become line/character
// positions. The server and the CLI both call it, so `congvan lint --format json` prints exactly the
// Diagnostic objects that the server publishes. A Diagnostic names its finding (rule and messageId) and
// carries no edits: the quick fixes of a diagnostic are those of the matching problem of the current text
// (codeActionsFor), sent with the version of that text, so a stale or forged diagnostic cannot edit
// text that was never checked.
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

/**
 * The `data` carried by every congvan Diagnostic: which finding it is, never its edits. A few dozen bytes
 * whatever the finding (the edits of an NFD letter's one finding can weigh megabytes).
 */
export interface DiagnosticData {
	/** The rule that reported the finding. */
	ruleId: string;
	/** The message of the rule that it reported. */
	messageId: string;
	/** Present when the finding has a safe fix (what `--fix` and fix-all apply). */
	fixable?: true;
}

/**
 * The document that a code action edits: its URI, the version of the text that the edits were computed
 * from, and whether the client takes `documentChanges` (then the edits carry that version, and the client
 * refuses them once the document has moved on).
 */
export interface EditTarget {
	uri: string;
	version: number;
	documentChanges: boolean;
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
	const data: DiagnosticData = { ruleId: problem.ruleId, messageId: problem.messageId };
	if (problem.fix && problem.fix.length > 0) {
		data.fixable = true;
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

/**
 * All problems of a text as Diagnostics. `text` may be given as its line index (the server keeps one per
 * open document), which saves scanning the text for its lines again.
 */
export function toDiagnostics(text: string | LineIndex, problems: readonly Problem[], context: ConvertContext): Diagnostic[] {
	const index = typeof text === 'string' ? new LineIndex(text) : text;
	// A plain loop, not a map callback: the server runs this on every edit, and a callback that calls
	// toDiagnostic was a second optimised compile of it (toDiagnostic inlined again) on the first edits.
	const diagnostics: Diagnostic[] = [];
	for (const problem of problems) {
		diagnostics.push(toDiagnostic(problem, index, context));
	}
	return diagnostics;
}

/**
 * Reads the finding's name back from a Diagnostic's data; undefined when it is not a congvan diagnostic of
 * this shape (the client may send back anything, including data written by an older server).
 */
export function diagnosticData(diagnostic: Diagnostic): DiagnosticData | undefined {
	const data = (diagnostic as Partial<Diagnostic> | undefined)?.data as Partial<DiagnosticData> | null | undefined;
	if (!data || typeof data !== 'object' || typeof data.ruleId !== 'string' || typeof data.messageId !== 'string') {
		return undefined;
	}
	if (diagnostic.source !== 'congvan') {
		return undefined;
	}
	const result: DiagnosticData = { ruleId: data.ruleId, messageId: data.messageId };
	if (data.fixable === true) {
		result.fixable = true;
	}
	return result;
}

/** An edit of the document, as a WorkspaceEdit: `documentChanges` with the version when the client takes them. */
export function toWorkspaceEdit(target: EditTarget, edits: LspTextEdit[]): WorkspaceEdit {
	if (target.documentChanges) {
		return { documentChanges: [{ textDocument: { uri: target.uri, version: target.version }, edits }] };
	}
	return { changes: { [target.uri]: edits } };
}

/** Whether an LSP position sent by the client is exactly `position` (a forged one may be anything). */
function samePosition(sent: unknown, position: Position): boolean {
	const p = sent as Partial<Position> | null | undefined;
	return typeof p === 'object' && p !== null && p.line === position.line && p.character === position.character;
}

/**
 * The problem of the current text that a client's diagnostic stands for: a congvan diagnostic whose rule,
 * messageId and range are those of a current problem. Undefined when there is none: the diagnostic was
 * computed for an older text (the finding moved, changed or went), or it was not made by this server.
 */
export function matchingProblem(index: LineIndex, problems: readonly Problem[], diagnostic: Diagnostic): Problem | undefined {
	const data = diagnosticData(diagnostic);
	const sent = (diagnostic as Partial<Diagnostic>).range;
	if (!data || typeof sent !== 'object' || sent === null) {
		return undefined;
	}
	return problems.find(
		(p) =>
			p.ruleId === data.ruleId &&
			p.messageId === data.messageId &&
			samePosition(sent.start, index.positionAt(p.range.start)) &&
			samePosition(sent.end, index.positionAt(p.range.end)),
	);
}

/**
 * The quick fixes for one diagnostic, from the problem of the current text that it stands for
 * (`matchingProblem`, never from anything the diagnostic carries): the problem's fix (preferred, titled
 * "Fix: <message>" in `locale`) and its suggestions (titled by the rule, already in the problem's
 * language), as edits of `target` at the version the problems were computed for.
 */
export function codeActionsFor(
	target: EditTarget,
	index: LineIndex,
	problem: Problem,
	diagnostic: Diagnostic,
	locale: Locale = 'vi',
): CodeAction[] {
	const actions: CodeAction[] = [];
	if (problem.fix && problem.fix.length > 0) {
		const message = firstLine(problem.message);
		const edit = toWorkspaceEdit(target, toLspEdits(index, problem.fix));
		const action = CodeAction.create(t(locale, 'Fix: {message}', { message }), edit, CodeActionKind.QuickFix);
		action.diagnostics = [diagnostic];
		action.isPreferred = true;
		actions.push(action);
	}
	for (const suggestion of problem.suggestions ?? []) {
		const action = CodeAction.create(
			suggestion.message,
			toWorkspaceEdit(target, toLspEdits(index, suggestion.edits)),
			CodeActionKind.QuickFix,
		);
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
