// The one place where core problems become LSP values, and where UTF-16 offsets become line/character
// positions. The server and the CLI both call it, so `congvan lint --format json` prints exactly the
// Diagnostic objects that the server publishes.
import {
	CodeAction,
	CodeActionKind,
	DiagnosticSeverity,
	type Diagnostic,
	type Range as LspRange,
	type TextEdit as LspTextEdit,
	type WorkspaceEdit,
} from 'vscode-languageserver-types';
import { LineIndex, type Problem, type Range, type Severity, type TextEdit } from './core/index';

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
		message: `${problem.message}\nCăn cứ: ${problem.source}.`,
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

/** The quick fixes for one diagnostic: its fix (preferred) and its suggestions. Pure: no server state. */
export function codeActionsFor(uri: string, diagnostic: Diagnostic): CodeAction[] {
	const data = diagnosticData(diagnostic);
	if (!data) {
		return [];
	}
	const actions: CodeAction[] = [];
	const edit = (edits: LspTextEdit[]): WorkspaceEdit => ({ changes: { [uri]: edits } });
	if (data.fix && data.fix.length > 0) {
		const action = CodeAction.create(`Sửa: ${firstLine(typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value)}`, edit(data.fix), CodeActionKind.QuickFix);
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
