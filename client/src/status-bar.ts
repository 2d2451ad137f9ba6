// The status bar item for the active letter: the verdict of status.ts from the congvan diagnostics,
// updated when the diagnostics or the active editor change, hidden for documents that are not checked.
// A click opens the Problems view.
import { StatusBarAlignment, languages, window, type Disposable, type StatusBarItem, type TextEditor, type Uri } from 'vscode';
import { currentLocale, t } from './l10n';
import { looksLikeLetterText } from './letter-evidence';
import { configuredLanguages } from './selector';
import { countFindings, verdict } from './status';

/** Shows the verdict of the active letter in the status bar. */
export class StatusBarController implements Disposable {
	private readonly item: StatusBarItem;
	private readonly subscriptions: Disposable[] = [];

	constructor() {
		this.item = window.createStatusBarItem('congvan.status', StatusBarAlignment.Left, 100);
		this.item.command = 'workbench.actions.view.problems';
		this.subscriptions.push(
			window.onDidChangeActiveTextEditor((editor) => this.update(editor)),
			languages.onDidChangeDiagnostics((event) => {
				const uri = window.activeTextEditor?.document.uri;
				if (uri && event.uris.some((changed) => changed.toString() === uri.toString())) {
					this.update(window.activeTextEditor);
				}
			}),
		);
		this.update(window.activeTextEditor);
	}

	/**
	 * Shows the item for a checked document, hides it for anything else. Called when the languages or the
	 * display language of congvan change too.
	 */
	update(editor: TextEditor | undefined = window.activeTextEditor): void {
		this.item.name = t('Công văn: format check result');
		if (!editor || !configuredLanguages().includes(editor.document.languageId)) {
			this.item.hide();
			return;
		}
		// A plain-text or Markdown document is checked only when it looks like a letter: no verdict on a note.
		if (editor.document.languageId !== 'congvan' && !looksLikeLetterText(editor.document.getText())) {
			this.item.hide();
			return;
		}
		this.show(editor.document.uri);
	}

	private show(uri: Uri): void {
		const result = verdict(countFindings(languages.getDiagnostics(uri)), currentLocale());
		this.item.text = result.text;
		this.item.tooltip = result.tooltip;
		this.item.show();
	}

	dispose(): void {
		for (const subscription of this.subscriptions.splice(0)) {
			subscription.dispose();
		}
		this.item.dispose();
	}
}
