// The `congvan.openRuleDocs` command, run by the "Open the documentation of <rule>" code action with the page's
// URI (docs/rules/<id>.md inside the extension): the Markdown preview when VS Code's Markdown extension is
// there, else the file itself in an editor.
import { Uri, commands, extensions, window } from 'vscode';
import { t } from './l10n';

const MARKDOWN_EXTENSION = 'vscode.markdown-language-features';

/** Opens a rule's page; `target` is its URI as a string (from `codeDescription.href`) or a Uri. */
export async function openRuleDocs(target: unknown): Promise<void> {
	const uri = typeof target === 'string' ? Uri.parse(target) : target instanceof Uri ? target : undefined;
	if (!uri) {
		void window.showErrorMessage(t('Công văn: no documentation page to open (the page address is missing).'));
		return;
	}
	if (extensions.getExtension(MARKDOWN_EXTENSION)) {
		try {
			await commands.executeCommand('markdown.showPreview', uri);
			return;
		} catch {
			// The preview failed (the extension is disabled): fall back to the text.
		}
	}
	await window.showTextDocument(uri, { preview: true });
}
