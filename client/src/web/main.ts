// The extension's entry point in VS Code for the Web (package.json "browser", dist/web/client.js): vscode.dev,
// github.dev and any VS Code whose extension host is a web worker. The language server is dist/web/server.js,
// started as a web worker; it reads the team's files through this client (client/src/workspace-files.ts).
// No process can run here: no task, no PDF (LibreOffice); the export to Word runs in a worker of its own.
import { Uri, type ExtensionContext } from 'vscode';
import { LanguageClient, type ServerOptions } from 'vscode-languageclient/browser';
import { activateClient, deactivate } from '../extension';
import type { ClientHost } from '../host';

// The web extension host's Worker (VS Code lets it load the extension's own files); the client is compiled
// without the DOM's types.
declare const Worker: new (url: string) => Exclude<ServerOptions, () => unknown> & ExportWorker;

/** The answer of dist/web/export.js. */
interface ExportAnswer {
	id: number;
	bytes?: Uint8Array;
	error?: string;
}

/** What the client uses of the export worker. */
interface ExportWorker {
	onmessage: ((event: { data: ExportAnswer }) => void) | null;
	onerror: ((event: { message?: string }) => void) | null;
	postMessage(message: unknown): void;
	terminate(): void;
}

let exportRequests = 0;

/** The .docx of a letter, from dist/web/export.js (server/src/web/export-worker.ts), started for this export only. */
function letterToDocx(context: ExtensionContext, text: string, layout: object | undefined): Promise<Uint8Array> {
	const worker = new Worker(Uri.joinPath(context.extensionUri, 'dist', 'web', 'export.js').toString(true));
	const id = ++exportRequests;
	return new Promise<Uint8Array>((resolve, reject) => {
		worker.onmessage = ({ data }: { data: ExportAnswer }) => {
			if (data.id !== id) {
				return;
			}
			worker.terminate();
			if (data.bytes instanceof Uint8Array) {
				resolve(data.bytes);
			} else {
				reject(new Error(data.error ?? 'no .docx'));
			}
		};
		// A worker that fails to load or throws outside its own handler ends the export with an error, not a hang.
		worker.onerror = (event: { message?: string }) => {
			worker.terminate();
			reject(new Error(event.message ?? 'the export worker failed'));
		};
		worker.postMessage({ id, text, layout });
	});
}

const webHost: ClientHost = {
	kind: 'web',
	// The documents of VS Code for the Web live on many file systems (vscode-vfs on github.dev, the memory file
	// system, a local folder opened in vscode.dev): the language decides.
	schemes: 'any',
	createClient(context, options) {
		const main = Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js');
		const worker = new Worker(main.toString(true));
		// vscode-languageclient 11: the worker is the third argument and the options the fourth. The rule
		// pages are the extension's own files, wherever VS Code serves them from.
		const docsBaseUri = `${Uri.joinPath(context.extensionUri, 'docs', 'rules').toString(true)}/`;
		const initializationOptions = { ...(options.initializationOptions as object | undefined), docsBaseUri };
		return new LanguageClient('congvan', 'Công văn', worker, { ...options, initializationOptions });
	},
	// The .docx in a worker; no PDF (no docxToPdf): the export command says that LibreOffice is needed.
	exporter: (context) => ({ letterToDocx: (text, layout) => letterToDocx(context, text, layout) }),
	nlsConfig: () => undefined,
};

export function activate(context: ExtensionContext): Promise<void> {
	return activateClient(context, webHost);
}

export { deactivate };
