// The web worker host of the language server (../host.ts), for VS Code for the Web (vscode.dev, github.dev).
// There is no disk: the team's project files and the folder check's letters are read through the client
// (`congvan/readFile`, answered from vscode.workspace.fs), so `vscode-vfs://` works as well as any other
// file system. The rule pages are the extension's own files, wherever VS Code serves them from: the client
// sends their URI in the `initialize` options.
import { workspaceLetter } from '../folder-check';
import type { ServerHost } from '../host';
import { WorkspaceProjectFiles } from '../project-config';
import { clientReader, workspaceFolderUris } from '../workspace-files';

// Set by esbuild.js from package.json (`define`), so that the worker needs no file to know its version.
declare const CONGVAN_VERSION: string;

export const webHost: ServerHost = {
	kind: 'web',
	version: CONGVAN_VERSION,
	docsBaseUri(params) {
		const options = params.initializationOptions as { docsBaseUri?: unknown } | null | undefined;
		const base = typeof options?.docsBaseUri === 'string' ? options.docsBaseUri : '';
		return base === '' || base.endsWith('/') ? base : `${base}/`;
	},
	workspace(params, console, client) {
		const roots = workspaceFolderUris(params);
		const files = clientReader(client);
		return {
			projects: new WorkspaceProjectFiles(console, files, roots),
			readLetter: (uri) => workspaceLetter(uri, roots, files),
			files,
		};
	},
};
