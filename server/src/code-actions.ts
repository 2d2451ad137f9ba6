// The code actions that need the whole document: fix everything (`source.fixAll.congvan`) and fix every
// finding of one rule. Both take the fixes that `applyFixes` would take (no overlapping edits, suggestions
// never) and send them as separate edits, converted by convert.ts, never as a whole-document replacement.
// The quick fixes of a single diagnostic come from its data (convert.codeActionsFor).
import { CodeAction, CodeActionKind, type Diagnostic } from 'vscode-languageserver-types';
import { diagnosticData, toLspEdits } from './convert';
import { LineIndex, applyFixes, type Problem, type TextEdit } from './core/index';

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
export function fixAllAction(uri: string, text: string, problems: readonly Problem[]): CodeAction | undefined {
	const edits = safeEdits(text, problems);
	if (edits.length === 0) {
		return undefined;
	}
	return CodeAction.create('Sửa tất cả lỗi tự sửa được (congvan)', { changes: { [uri]: toLspEdits(new LineIndex(text), edits) } }, FIX_ALL_KIND);
}

/**
 * For each rule among `diagnostics` that has two or more fixable findings in the text, a quick fix (not
 * preferred) applying all of them.
 */
export function fixRuleActions(uri: string, text: string, problems: readonly Problem[], diagnostics: readonly Diagnostic[]): CodeAction[] {
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
			`Sửa tất cả lỗi ${ruleId} trong văn bản`,
			{ changes: { [uri]: toLspEdits(index, safeEdits(text, fixable)) } },
			CodeActionKind.QuickFix,
		);
		action.diagnostics = diagnostics.filter((d) => diagnosticData(d)?.ruleId === ruleId);
		actions.push(action);
	}
	return actions;
}

/** The edits of the fixes that applyFixes takes: non-overlapping, in the original text's offsets. */
function safeEdits(text: string, problems: readonly Problem[]): TextEdit[] {
	return applyFixes(text, problems).applied.flatMap((p) => p.fix ?? []);
}
