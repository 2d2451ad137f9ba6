// The extension's entry point in VS Code desktop (package.json "main", dist/client.js): the language server
// is dist/server.js, a Node process reached over IPC. VS Code for the Web loads web/main.ts instead.
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { activateClient, deactivate } from '../extension';
import type { ClientHost, Exporter } from '../host';
import { DESKTOP_SCHEMES } from '../selector';
import { registerTasks } from '../tasks';

let exporter: Exporter | undefined;

const nodeHost: ClientHost = {
	kind: 'node',
	schemes: DESKTOP_SCHEMES,
	createClient(context, options) {
		const run = { module: context.asAbsolutePath(path.join('dist', 'server.js')), transport: TransportKind.ipc };
		const serverOptions: ServerOptions = { run, debug: { ...run, options: { execArgv: ['--nolazy', '--inspect=6009'] } } };
		// The client reads `congvan.trace.server` by itself, from its id.
		return new LanguageClient('congvan', 'Công văn', serverOptions, options);
	},
	registerTasks: (context) => registerTasks(context.asAbsolutePath(path.join('dist', 'cli.js'))),
	exporter(context) {
		if (exporter === undefined) {
			// dist/export.js, the bundle of `congvan export`, is loaded only when an export runs, so that neither
			// the client's bundle nor the server's carries the docx package.
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			const module = require(context.asAbsolutePath(path.join('dist', 'export.js'))) as {
				letterToDocx(text: string, layout?: object): Promise<Uint8Array>;
				docxToPdf(bytes: Uint8Array, env: Readonly<Record<string, string | undefined>>): ReturnType<NonNullable<Exporter['docxToPdf']>>;
			};
			exporter = {
				letterToDocx: (text, layout) => module.letterToDocx(text, layout),
				docxToPdf: (bytes) => module.docxToPdf(bytes, process.env),
			};
		}
		return exporter;
	},
	nlsConfig: () => process.env['VSCODE_NLS_CONFIG'],
};

export function activate(context: ExtensionContext): Promise<void> {
	return activateClient(context, nodeHost);
}

export { deactivate };
