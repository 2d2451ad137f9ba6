// The code actions that need the whole document: fix everything (`source.fixAll.congvan`) and fix every
// finding of one rule. Both take the fixes that `applyFixes` would take (no overlapping edits, suggestions
// never) and send them as separate edits, converted by convert.ts, never as a whole-document replacement.
// The quick fixes of a single diagnostic come from its data (convert.codeActionsFor). For every congvan
// diagnostic the user can also switch its rule off for one line or for the whole file with a congvan
// comment, and open the rule's page (ruleActions).
import { CodeAction, CodeActionKind, Command, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import { diagnosticData, toLspEdits } from './convert';
import { LineIndex, applyFixes, type Locale, type Problem, type TextEdit } from './core/index';
import { t } from './l10n';

/** The kind of the fix-all source action, run by `editor.codeActionsOnSave` and "Fix All". */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.congvan`;

/** The kinds the server declares in its capabilities. */
export const CODE_ACTION_KINDS: readonly string[] = [CodeActionKind.QuickFix, FIX_ALL_KIND];

/**
 * Whether a client asking for `only` wants actions of `kind`. Kinds are hierarchical: asking for "source"
 * or "source.fixAll" includes "source.fixAll.congvan". No `only` means every kind.
 */
export function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
	return only === undefined || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

/** One action applying every safe fix of the text, or undefined when there is nothing to fix. */
export function fixAllAction(uri: string, text: string, problems: readonly Problem[], locale: Locale = 'vi'): CodeAction | undefined {
	const edits = safeEdits(text, problems);
	if (edits.length === 0) {
		return undefined;
	}
	return CodeAction.create(
		t(locale, 'Fix all auto-fixable problems (congvan)'),
		{ changes: { [uri]: toLspEdits(new LineIndex(text), edits) } },
		FIX_ALL_KIND,
	);
}

/**
 * For each rule among `diagnostics` that has two or more fixable findings in the text, a quick fix (not
 * preferred) applying all of them.
 */
export function fixRuleActions(
	uri: string,
	text: string,
	problems: readonly Problem[],
	diagnostics: readonly Diagnostic[],
	locale: Locale = 'vi',
): CodeAction[] {
	const actions: CodeAction[] = [];
	const ruleIds = new Set(diagnostics.map((d) => diagnosticData(d)?.ruleId).filter((id): id is string => id !== undefined));
	let index: LineIndex | undefined;
	for (const ruleId of ruleIds) {
		const fixable = problems.filter((p) => p.ruleId === ruleId && p.fix !== undefined && p.fix.length > 0);
		if (fixable.length < 2) {
			continue;
		}
		index ??= new LineIndex(text);
		const action = CodeAction.create(
			t(locale, 'Fix all {ruleId} problems in the document', { ruleId }),
			{ changes: { [uri]: toLspEdits(index, safeEdits(text, fixable)) } },
			CodeActionKind.QuickFix,
		);
		action.diagnostics = diagnostics.filter((d) => diagnosticData(d)?.ruleId === ruleId);
		actions.push(action);
	}
	return actions;
}

/** The client command that opens a rule's page; its one argument is the page's URI. */
export const OPEN_RULE_DOCS_COMMAND = 'congvan.openRuleDocs';

// A congvan comment of a kind, alone on its line, with the comma-separated rule ids it names (the syntax of
// letter.ts, without the optional "-- reason": a comment with one gets a new comment beside it instead).
const DISABLE_NEXT_LINE =
	/^[ \t]*<!--[ \t]*congvan-disable-next-line(?<rules>[ \t]+[a-z0-9-]+(?:[ \t]*,[ \t]*[a-z0-9-]+)*)[ \t]*-->[ \t]*$/du;
const DISABLE_FILE = /^[ \t]*<!--[ \t]*congvan-disable-file(?<rules>[ \t]+[a-z0-9-]+(?:[ \t]*,[ \t]*[a-z0-9-]+)*)[ \t]*-->[ \t]*$/du;

/**
 * For each rule among the congvan `diagnostics`: "Disable <rule> for this line" (a `congvan-disable-next-line`
 * comment on its own line above the finding's first line, with that line's indentation), "Disable <rule> for
 * the whole file" (a `congvan-disable-file` comment as the first line) and "Open the documentation of <rule>"
 * (the client command `congvan.openRuleDocs` with the page from `codeDescription.href`), titled in `locale`. When the line above already
 * holds a comment of the same kind, the rule is added to it instead of stacking a second comment. The
 * `internal-error` finding cannot be switched off by a comment, so it gets only the page.
 */
export function ruleActions(uri: string, text: string, diagnostics: readonly Diagnostic[], locale: Locale = 'vi'): CodeAction[] {
	const lines = text.split(/\r\n|\r|\n/u);
	const eol = /\r\n|\r|\n/u.exec(text)?.[0] ?? '\n';
	const lineActions: CodeAction[] = [];
	const fileActions: CodeAction[] = [];
	const docsActions: CodeAction[] = [];
	const seenLines = new Set<string>();
	const seenRules = new Set<string>();
	for (const diagnostic of diagnostics) {
		const ruleId = diagnosticData(diagnostic)?.ruleId;
		if (ruleId === undefined) {
			continue;
		}
		const forRule = diagnostics.filter((d) => diagnosticData(d)?.ruleId === ruleId);
		const line = diagnostic.range.start.line;
		const content = lines[line];
		if (ruleId !== 'internal-error' && content !== undefined && content.trim() !== '' && !seenLines.has(`${ruleId}:${line}`)) {
			seenLines.add(`${ruleId}:${line}`);
			const edit = disableLineEdit(lines, line, ruleId, eol);
			if (edit) {
				const action = CodeAction.create(
					t(locale, 'Disable {ruleId} for this line', { ruleId }),
					{ changes: { [uri]: [edit] } },
					CodeActionKind.QuickFix,
				);
				action.diagnostics = forRule.filter((d) => d.range.start.line === line);
				lineActions.push(action);
			}
		}
		if (seenRules.has(ruleId)) {
			continue;
		}
		seenRules.add(ruleId);
		if (ruleId !== 'internal-error') {
			const edit = disableFileEdit(lines, ruleId, eol);
			if (edit) {
				const action = CodeAction.create(
					t(locale, 'Disable {ruleId} for the whole file', { ruleId }),
					{ changes: { [uri]: [edit] } },
					CodeActionKind.QuickFix,
				);
				action.diagnostics = forRule;
				fileActions.push(action);
			}
		}
		const href = diagnostic.codeDescription?.href;
		if (href) {
			const title = t(locale, 'Open the documentation of {ruleId}', { ruleId });
			const action = CodeAction.create(title, Command.create(title, OPEN_RULE_DOCS_COMMAND, href), CodeActionKind.QuickFix);
			action.diagnostics = forRule;
			docsActions.push(action);
		}
	}
	return [...lineActions, ...fileActions, ...docsActions];
}

/** The edit that switches `ruleId` off for `line`, or undefined when a comment above already does. */
function disableLineEdit(lines: readonly string[], line: number, ruleId: string, eol: string): LspTextEdit | undefined {
	const above = line > 0 ? DISABLE_NEXT_LINE.exec(lines[line - 1] ?? '') : null;
	if (above) {
		return addRule(line - 1, above, ruleId);
	}
	const indent = /^[ \t]*/u.exec(lines[line] ?? '')?.[0] ?? '';
	return {
		range: { start: { line, character: 0 }, end: { line, character: 0 } },
		newText: `${indent}<!-- congvan-disable-next-line ${ruleId} -->${eol}`,
	};
}

/** The edit that switches `ruleId` off for the whole file, or undefined when the first line already does. */
function disableFileEdit(lines: readonly string[], ruleId: string, eol: string): LspTextEdit | undefined {
	const first = DISABLE_FILE.exec(lines[0] ?? '');
	if (first) {
		return addRule(0, first, ruleId);
	}
	return {
		range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
		newText: `<!-- congvan-disable-file ${ruleId} -->${eol}`,
	};
}

/** Adds a rule id to the list of an existing comment ("a" becomes "a, b"); undefined when it is there. */
function addRule(line: number, comment: RegExpExecArray, ruleId: string): LspTextEdit | undefined {
	const rules = comment.groups?.['rules'] ?? '';
	const end = comment.indices?.groups?.['rules']?.[1];
	if (end === undefined || rules.split(/[\s,]+/u).includes(ruleId)) {
		return undefined;
	}
	return { range: { start: { line, character: end }, end: { line, character: end } }, newText: `, ${ruleId}` };
}

/** The edits of the fixes that applyFixes takes: non-overlapping, in the original text's offsets. */
function safeEdits(text: string, problems: readonly Problem[]): TextEdit[] {
	return applyFixes(text, problems).applied.flatMap((p) => p.fix ?? []);
}
