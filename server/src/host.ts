// What the language server needs from the process it runs in. The server (server.ts) is the same code in
// both hosts; only this differs:
//
//   Node (node/host.ts, dist/server.js)        IPC for VS Code desktop, --stdio for other editors; reads the
//                                              project files and the folder check's letters from disk
//   web worker (web/host.ts, dist/web/server.js) VS Code for the Web (vscode.dev, github.dev); reads them
//                                              through the client (`congvan/readFile`, vscode.workspace.fs)
//
// A feature module that needs a file of the workspace asks `HostWorkspace`, never the disk, so that it runs in
// both hosts. Pure: no Node.
import type { InitializeParams, RemoteConsole } from 'vscode-languageserver';
import type { LetterRead } from './folder-check';
import type { ProjectFiles } from './project-config';
import type { WorkspaceReader } from './workspace-files';

/** The workspace as the host reads it, made once the client has said which folders it has. */
export interface HostWorkspace {
	/** The team's project files (.congvanrc.json, .congvan/profile.json) for each document. */
	readonly projects: ProjectFiles;
	/** A letter that is not open, for the folder check. */
	readLetter(uri: string): Promise<LetterRead>;
	/** Any file of the workspace by URI (the bytes, or why there are none). */
	readonly files: WorkspaceReader;
}

/** The host of one server. */
export interface ServerHost {
	/** `node` or `web`, for logs and for what cannot work in a browser. */
	readonly kind: 'node' | 'web';
	/** The version of the extension, for `serverInfo`. */
	readonly version: string;
	/** Where the rule pages shipped with the extension are, with a trailing slash; a team's `congvan.rulesBaseUrl` wins. */
	docsBaseUri(params: InitializeParams): string;
	/** The workspace of an `initialize` request. */
	workspace(params: InitializeParams, console: Pick<RemoteConsole, 'warn'>, client: HostClient): HostWorkspace;
}

/** What the host may ask the client for. */
export interface HostClient {
	sendRequest<R>(method: string, params: unknown): Promise<R>;
}
