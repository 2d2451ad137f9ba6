// What the client needs from the extension host it runs in. The client (extension.ts) is the same code in
// VS Code desktop (node/main.ts, dist/client.js: the server is a Node process over IPC) and in VS Code for
// the Web (web/main.ts, dist/web/client.js: the server is a web worker). A command registers in
// extension.ts with one line and runs in both; what only one host can do is here.
import type { Disposable, ExtensionContext } from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';

/** The export of a letter to Word and PDF (dist/export.js), where the host can run it. */
export interface Exporter {
	/**
	 * The .docx of a letter; `layout` is the layout table of its team profile, as the server gives it
	 * (`congvan/layout`), the decree's defaults when undefined. The client passes it through unread.
	 */
	letterToDocx(text: string, layout?: object): Promise<Uint8Array>;
	/** The PDF through LibreOffice: missing when it is not installed; absent where no process runs (the web). */
	docxToPdf?(bytes: Uint8Array): { pdf: Uint8Array } | { missing: true } | { reason: string };
}

export interface ClientHost {
	readonly kind: 'node' | 'web';
	/** The URI schemes of the documents checked, or 'any'. */
	readonly schemes: readonly string[] | 'any';
	/** A language client for the server, not started. */
	createClient(context: ExtensionContext, options: LanguageClientOptions): BaseLanguageClient;
	/** The "congvan" task type (the bundled CLI); undefined where no process can run. */
	registerTasks?(context: ExtensionContext): Disposable;
	/** The exporter, loaded on first use; undefined where it cannot run (VS Code for the Web). */
	exporter(context: ExtensionContext): Exporter | undefined;
	/** VS Code's NLS configuration (VSCODE_NLS_CONFIG), which only the desktop has. */
	nlsConfig(): string | undefined;
}
