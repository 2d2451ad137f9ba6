// The code actions of congvan, all computed from one snapshot of the document: its text, the version of
// that text, the problems found in it and its line index (`ActionSource`). A diagnostic that the client
// sends back only says which finding it means (rule, messageId, range); it gets actions only when a problem
// of the current text has that rule, messageId and range (convert.matchingProblem), and every edit goes out
// with the snapshot's version, so no fix lands on text that it was not computed for.
//
// The actions: the finding's fix and suggestions (convert.codeActionsFor), fix every finding of one rule,
// switch the rule off for one line or for the whole file with a congvan comment, open the rule's page
// (quickActions), and fix everything (`source.fixAll.congvan`, fixAllAction). The fix-all actions take the
// fixes that `applyFixes` would take (no overlapping edits, suggestions never) and send them as separate
// edits, converted by convert.ts, never as a whole-document replacement.
import { CodeAction, CodeActionKind, Command, type Diagnostic, type TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import { codeActionsFor, matchingProblem, toLspEdits, toWorkspaceEdit, type EditTarget } from './convert';
import { applyFixes, type LineIndex, type Locale, type Problem, type TextEdit } from './core/index';
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

/** One text of a document as checked: what every action is computed from. */
export interface ActionSource {
	/** The document, the version of `text`, and how the client takes edits. */
	target: EditTarget;
	/** The text the problems were found in. */
	text: string;
	/** The line index of `text`. */
	index: LineIndex;
	/** The problems of `text` under the document's settings. */
	problems: readonly Problem[];
	/** The language of the titles. */
	locale: Locale;
	/** A URI ending in "/" under which `<rule-id>.md` is the rule's page. */
	docsBaseUri: string;
}

/** One action applying every safe fix of the text, or undefined when there is nothing to fix. */
export function fixAllAction(source: ActionSource): CodeAction | undefined {
	const edits = safeEdits(source.text, source.problems);
	if (edits.length === 0) {
		return undefined;
	}
	return CodeAction.create(
		t(source.locale, 'Fix all auto-fixable problems (congvan)'),
		toWorkspaceEdit(source.target, toLspEdits(source.index, edits)),
		FIX_ALL_KIND,
	);
}

/**
 * The quick fixes for the diagnostics that a client sends with its request. Each diagnostic that stands for
 * a current problem gets, in this order: the problem's fix and suggestions; when its rule has two or more
 * fixable findings, "fix all <rule>"; "disable <rule> for this line", "… for the whole file" and "open the
 * documentation of <rule>". A diagnostic that stands for no current problem (stale, forged, or another
 * tool's) gets nothing.
 */
export function quickActions(source: ActionSource, diagnostics: readonly Diagnostic[]): CodeAction[] {
	const matched: { diagnostic: Diagnostic; problem: Problem }[] = [];
	for (const diagnostic of diagnostics) {
		const problem = matchingProblem(source.index, source.problems, diagnostic);
		if (problem !== undefined) {
			matched.push({ diagnostic, problem });
		}
	}
	return [
		...matched.flatMap(({ diagnostic, problem }) => codeActionsFor(source.target, source.index, problem, diagnostic, source.locale)),
		...fixRuleActions(source, matched),
		...ruleActions(source, matched),
	];
}

/**
 * For each rule among the matched diagnostics that has two or more fixable findings in the text, a quick
 * fix (not preferred) applying all of them.
 */
function fixRuleActions(source: ActionSource, matched: readonly { diagnostic: Diagnostic; problem: Problem }[]): CodeAction[] {
	const actions: CodeAction[] = [];
	const ruleIds = new Set(matched.map((m) => m.problem.ruleId));
	for (const ruleId of ruleIds) {
		const fixable = source.problems.filter((p) => p.ruleId === ruleId && p.fix !== undefined && p.fix.length > 0);
		if (fixable.length < 2) {
			continue;
		}
		const action = CodeAction.create(
			t(source.locale, 'Fix all {ruleId} problems in the document', { ruleId }),
			toWorkspaceEdit(source.target, toLspEdits(source.index, safeEdits(source.text, fixable))),
			CodeActionKind.QuickFix,
		);
		action.diagnostics = matched.filter((m) => m.problem.ruleId === ruleId).map((m) => m.diagnostic);
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
 * For each rule among the matched diagnostics: "Disable <rule> for this line" (a `congvan-disable-next-line`
 * comment on its own line above the finding's first line, with that line's indentation), "Disable <rule> for
 * the whole file" (a `congvan-disable-file` comment as the first line) and "Open the documentation of <rule>"
 * (the client command `congvan.openRuleDocs` with the page from `codeDescription.href`), titled in the
 * source's locale. When the line above already holds a comment of the same kind, the rule is added to it
 * instead of stacking a second comment. The `internal-error` finding cannot be switched off by a comment,
 * so it gets only the page. Lines are those of the problem in the current text.
 */
function ruleActions(source: ActionSource, matched: readonly { diagnostic: Diagnostic; problem: Problem }[]): CodeAction[] {
	const { text, locale } = source;
	const lines = text.split(/\r\n|\r|\n/u);
	const eol = /\r\n|\r|\n/u.exec(text)?.[0] ?? '\n';
	const lineActions: CodeAction[] = [];
	const fileActions: CodeAction[] = [];
	const docsActions: CodeAction[] = [];
	const seenLines = new Set<string>();
	const seenRules = new Set<string>();
	const edit = (edits: LspTextEdit[]) => toWorkspaceEdit(source.target, edits);
	for (const { problem } of matched) {
		const ruleId = problem.ruleId;
		const forRule = matched.filter((m) => m.problem.ruleId === ruleId);
		const line = source.index.positionAt(problem.range.start).line;
		const content = lines[line];
		if (ruleId !== 'internal-error' && content !== undefined && content.trim() !== '' && !seenLines.has(`${ruleId}:${line}`)) {
			seenLines.add(`${ruleId}:${line}`);
			const lineEdit = disableLineEdit(lines, line, ruleId, eol);
			if (lineEdit) {
				const action = CodeAction.create(
					t(locale, 'Disable {ruleId} for this line', { ruleId }),
					edit([lineEdit]),
					CodeActionKind.QuickFix,
				);
				action.diagnostics = forRule.filter((m) => source.index.positionAt(m.problem.range.start).line === line).map((m) => m.diagnostic);
				lineActions.push(action);
			}
		}
		if (seenRules.has(ruleId)) {
			continue;
		}
		seenRules.add(ruleId);
		if (ruleId !== 'internal-error') {
			const fileEdit = disableFileEdit(lines, ruleId, eol);
			if (fileEdit) {
				const action = CodeAction.create(
					t(locale, 'Disable {ruleId} for the whole file', { ruleId }),
					edit([fileEdit]),
					CodeActionKind.QuickFix,
				);
				action.diagnostics = forRule.map((m) => m.diagnostic);
				fileActions.push(action);
			}
		}
		// The page of the rule as this server links it, not whatever link the client sent back.
		const title = t(locale, 'Open the documentation of {ruleId}', { ruleId });
		const docs = CodeAction.create(
			title,
			Command.create(title, OPEN_RULE_DOCS_COMMAND, `${source.docsBaseUri}${ruleId}.md`),
			CodeActionKind.QuickFix,
		);
		docs.diagnostics = forRule.map((m) => m.diagnostic);
		docsActions.push(docs);
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
