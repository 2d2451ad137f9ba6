// The command "Công văn: Xem trước (A4)" (`congvan.showPreview`): a webview beside the letter that shows it
// laid out on A4 pages, like the Markdown preview. The client is thin: it asks the language server for the
// preview data (`congvan/preview`: the layout plan with the editor's lines, the layout table, the findings),
// posts it to the webview, and turns the webview's clicks into a reveal of the line in the editor; it tells
// the webview the editor's first visible line, so that the preview follows the editor's scroll. No Node API
// here, so that the same code serves the browser build later.
//
// The webview: a strict content security policy (default-src 'none'; the script by nonce; styles from the
// extension's media or the nonce), scripts enabled, resources only from dist/media (its script and style
// sheet), no remote resource. It draws the user's text with textContent only (client/webview/preview.ts).
import {
	Disposable,
	Position,
	Range,
	Selection,
	TextEditorRevealType,
	Uri,
	ViewColumn,
	window,
	workspace,
	type TextDocument,
	type TextEditor,
	type WebviewPanel,
} from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { t } from './l10n';

/** The request of server/src/preview.ts. */
export const PREVIEW_METHOD = 'congvan/preview';
/** How long the preview waits after a keystroke before it asks for the new layout. */
export const PREVIEW_DEBOUNCE_MS = 40;
const VIEW_TYPE = 'congvan.preview';

/** A message from the webview. */
interface FromWebview {
	type?: string;
	line?: number;
	character?: number;
	endLine?: number;
	endCharacter?: number;
}

/** A random nonce for the content security policy. */
function nonce(): string {
	const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	let out = '';
	for (let i = 0; i < 32; i++) {
		out += chars.charAt(Math.floor(Math.random() * chars.length));
	}
	return out;
}

/** One preview panel, bound to one document. */
class Preview implements Disposable {
	private readonly disposables: Disposable[] = [];
	private timer: ReturnType<typeof setTimeout> | undefined;
	private ready = false;
	private disposed = false;
	/** Increases with each request, so that a late answer never overwrites a newer one. */
	private generation = 0;

	constructor(
		readonly document: TextDocument,
		readonly panel: WebviewPanel,
		private readonly media: Uri,
		private readonly client: () => Promise<LanguageClient | undefined>,
		private readonly onDispose: () => void,
	) {
		panel.webview.html = this.html();
		this.disposables.push(
			panel.onDidDispose(() => this.dispose()),
			panel.webview.onDidReceiveMessage((message: FromWebview) => void this.received(message)),
			workspace.onDidChangeTextDocument((event) => {
				if (event.document === this.document) {
					this.schedule();
				}
			}),
			window.onDidChangeTextEditorVisibleRanges((event) => {
				if (event.textEditor.document === this.document) {
					this.follow(event.textEditor);
				}
			}),
		);
	}

	/** Asks for the layout again after the debounce (the server re-checks on its own). */
	schedule(delay = PREVIEW_DEBOUNCE_MS): void {
		if (this.timer) {
			clearTimeout(this.timer);
		}
		this.timer = setTimeout(() => void this.update(), delay);
	}

	private async update(): Promise<void> {
		this.timer = undefined;
		if (!this.ready || this.disposed) {
			return;
		}
		const generation = ++this.generation;
		const client = await this.client();
		if (!client) {
			return;
		}
		try {
			const data = await client.sendRequest(PREVIEW_METHOD, { textDocument: { uri: this.document.uri.toString() } });
			if (generation === this.generation && !this.disposed && data) {
				await this.panel.webview.postMessage({ type: 'render', data });
			}
		} catch {
			// A server that restarts or stops answers with an error; the next change asks again.
		}
	}

	private follow(editor: TextEditor): void {
		const top = editor.visibleRanges[0]?.start.line;
		if (top !== undefined && this.ready) {
			void this.panel.webview.postMessage({ type: 'scroll', line: top });
		}
	}

	private async received(message: FromWebview): Promise<void> {
		if (message.type === 'ready') {
			this.ready = true;
			this.schedule(0);
			const editor = window.visibleTextEditors.find((e) => e.document === this.document);
			if (editor) {
				this.follow(editor);
			}
			return;
		}
		if (message.type === 'reveal' && typeof message.line === 'number') {
			const start = this.document.validatePosition(new Position(message.line, message.character ?? 0));
			const end = this.document.validatePosition(
				new Position(message.endLine ?? message.line, message.endCharacter ?? message.character ?? 0),
			);
			// The editor beside the preview, else open the letter in the first column.
			const visible = window.visibleTextEditors.find((e) => e.document === this.document);
			const editor = await window.showTextDocument(this.document, {
				viewColumn: visible?.viewColumn ?? ViewColumn.One,
				preserveFocus: false,
			});
			editor.selection = new Selection(start, end);
			editor.revealRange(new Range(start, end), TextEditorRevealType.InCenterIfOutsideViewport);
		}
	}

	private html(): string {
		const webview = this.panel.webview;
		const n = nonce();
		const script = webview.asWebviewUri(Uri.joinPath(this.media, 'preview.js'));
		const style = webview.asWebviewUri(Uri.joinPath(this.media, 'preview.css'));
		const csp = [
			"default-src 'none'",
			`style-src ${webview.cspSource} 'nonce-${n}'`,
			`font-src ${webview.cspSource}`,
			`img-src ${webview.cspSource}`,
			`script-src 'nonce-${n}'`,
		].join('; ');
		return `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}" nonce="${n}">
<title>${escapeHtml(t('Preview (A4)'))}</title>
</head>
<body>
<main id="pages"></main>
<script nonce="${n}" src="${script.toString()}"></script>
</body>
</html>`;
	}

	dispose(): void {
		if (this.disposed) {
			return;
		}
		this.disposed = true;
		if (this.timer) {
			clearTimeout(this.timer);
		}
		for (const d of this.disposables) {
			d.dispose();
		}
		this.panel.dispose();
		this.onDispose();
	}
}

/** Only the file name goes into the page's HTML (the title); it is escaped. */
function escapeHtml(s: string): string {
	return s.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

/** The previews of the window, one per document. */
export class PreviewManager implements Disposable {
	private readonly previews = new Map<string, Preview>();

	constructor(
		private readonly extensionUri: Uri,
		private readonly client: () => Promise<LanguageClient | undefined>,
	) {}

	/** The command: the preview of the active letter, beside it (revealed when it is already open). */
	show(uri?: unknown): void {
		const document =
			uri instanceof Uri ? workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) : window.activeTextEditor?.document;
		if (!document) {
			void window.showWarningMessage(t('Công văn: open a letter to preview it.'));
			return;
		}
		const key = document.uri.toString();
		const existing = this.previews.get(key);
		if (existing) {
			existing.panel.reveal(ViewColumn.Beside, true);
			return;
		}
		const media = Uri.joinPath(this.extensionUri, 'dist', 'media');
		const name = document.uri.path.split('/').pop() ?? '';
		const panel = window.createWebviewPanel(
			VIEW_TYPE,
			t('Preview {file}', { file: name }),
			{ viewColumn: ViewColumn.Beside, preserveFocus: true },
			{ enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: false },
		);
		this.previews.set(key, new Preview(document, panel, media, this.client, () => this.previews.delete(key)));
	}

	dispose(): void {
		for (const preview of [...this.previews.values()]) {
			preview.dispose();
		}
	}
}
