// The safe fixes of a letter, as the server's "fix all" code action (source.fixAll.congvan) gives them:
// the command "Công văn: Sửa tất cả lỗi trong văn bản này" (congvan.fixAll) applies them at once, and the
// `congvan.fixOnSave` setting applies them whenever a letter is saved, whatever triggered the save (a
// keyboard shortcut, Auto Save after a delay or on a focus change). The client computes no fix itself.
import {
	CodeActionKind,
	Range,
	TextDocumentSaveReason,
	commands,
	window,
	workspace,
	type CodeAction,
	type Command,
	type TextDocument,
	type TextDocumentWillSaveEvent,
	type WorkspaceEdit,
} from 'vscode';
import { t } from './l10n';
import { editsOutside, linesOf } from './letter-files';

/** The kind of the server's fix-all action (server/src/code-actions.ts FIX_ALL_KIND). */
export const FIX_ALL_KIND = CodeActionKind.SourceFixAll.append('congvan');

/** The server's fix-all action for the document's current text; undefined when nothing can be fixed. */
async function fixAllAction(document: TextDocument): Promise<(CodeAction & { edit: WorkspaceEdit }) | undefined> {
	const whole = document.validateRange(new Range(0, 0, document.lineCount, 0));
	const actions = await commands.executeCommand<(CodeAction | Command)[] | undefined>(
		'vscode.executeCodeActionProvider',
		document.uri,
		whole,
		FIX_ALL_KIND.value,
	);
	return (actions ?? []).find(
		(action): action is CodeAction & { edit: WorkspaceEdit } =>
			'edit' in action && action.edit !== undefined && action.kind !== undefined && FIX_ALL_KIND.contains(action.kind),
	);
}

/** The `congvan.fixAll` command: applies the safe fixes to the letter of the active editor. */
export async function fixAllInActiveEditor(): Promise<void> {
	const editor = window.activeTextEditor;
	if (editor === undefined) {
		void window.showInformationMessage(t('Công văn: open a letter first.'));
		return;
	}
	const action = await fixAllAction(editor.document);
	if (action?.edit === undefined) {
		void window.showInformationMessage(t('Công văn: nothing in this letter can be fixed automatically.'));
		return;
	}
	// The edit carries the version it was computed for: VS Code refuses it if the text changed meanwhile.
	if (!(await workspace.applyEdit(action.edit))) {
		void window.showWarningMessage(t('Công văn: the letter changed while the fixes were computed; run the command again.'));
	}
}

/**
 * The lines that a save must not change: with Auto Save "afterDelay", the lines holding a cursor of the
 * editor being typed in, since the writer may be in the middle of a word ("ngày 1" on the way to "ngày 15"
 * must not become "ngày 01"). Other saves (a shortcut, a focus change, a window change) change every line.
 */
function protectedLines(reason: TextDocumentSaveReason, document: TextDocument): Set<number> {
	if (reason !== TextDocumentSaveReason.AfterDelay) {
		return new Set();
	}
	return linesOf(window.visibleTextEditors.filter((editor) => editor.document === document).flatMap((editor) => editor.selections));
}

/** Whether `congvan.fixOnSave` is on for a document (the setting is per resource). */
function fixOnSave(document: TextDocument): boolean {
	return workspace.getConfiguration('congvan', document).get<boolean>('fixOnSave') === true;
}

/**
 * The save participant of `congvan.fixOnSave`: for a letter being saved (`isLetter`), the fix-all edits are
 * handed to the save (waitUntil), so that the file written holds them.
 */
export function fixOnWillSave(event: TextDocumentWillSaveEvent, isLetter: (document: TextDocument) => boolean): void {
	const { document, reason } = event;
	if (!fixOnSave(document) || !isLetter(document)) {
		return;
	}
	// The lines are read now, before any await: where the cursor is when the save starts.
	const lines = protectedLines(reason, document);
	event.waitUntil(
		fixAllAction(document).then(
			(action) => editsOutside(action?.edit.get(document.uri) ?? [], lines),
			// A server that is not running or fails must not stop the save.
			() => [],
		),
	);
}
