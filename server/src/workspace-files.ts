// Files read through the editor instead of a disk: the web worker's way to the team's project files and to
// the letters of the folder check. The server sends `congvan/readFile` with a URI and a size limit; the
// client answers from `vscode.workspace.fs` (client/src/workspace-files.ts), so that every file system VS
// Code knows works: the memory and `vscode-vfs://` (github.dev) file systems of VS Code for the Web, and
// the disk. Pure: no Node; URIs are handled as the strings the client sends (vscode.Uri.toString()).
import type { HostClient } from './host';

/** The method of the request the server sends to the client. */
export const READ_FILE_METHOD = 'congvan/readFile';

/** The largest letter read (the CLI's limit too). */
export const MAX_LETTER_BYTES = 64 * 1024 * 1024;

/** The largest project file read (.congvanrc.json, the profile, .congvanignore). */
export const MAX_PROJECT_FILE_BYTES = 1024 * 1024;

/** The parameters of `congvan/readFile`. */
export interface ReadFileParams {
	uri: string;
	/** The client refuses a larger file, without reading it. */
	limit: number;
}

/**
 * The answer: the bytes in base64, or that there is no such file, or why it cannot be read (not a file,
 * too large, a file system error), in the client's words.
 */
export type ReadFileResult = { base64: string } | { missing: true } | { error: string };

/** A file read through the workspace: its bytes, or why there are none. */
export type WorkspaceRead = { bytes: Uint8Array } | { missing: true } | { error: string };

/** What reads a file for the server by URI. */
export interface WorkspaceReader {
	read(uri: string, limit: number): Promise<WorkspaceRead>;
}

/** A reader that asks the client (`congvan/readFile`). */
export function clientReader(connection: HostClient): WorkspaceReader {
	return {
		async read(uri, limit) {
			const params: ReadFileParams = { uri, limit };
			const result = await connection.sendRequest<ReadFileResult>(READ_FILE_METHOD, params);
			if (result !== null && typeof result === 'object') {
				if ('base64' in result && typeof result.base64 === 'string') {
					return { bytes: fromBase64(result.base64) };
				}
				if ('missing' in result) {
					return { missing: true };
				}
				if ('error' in result && typeof result.error === 'string') {
					return { error: result.error };
				}
			}
			return { error: `invalid ${READ_FILE_METHOD} answer` };
		},
	};
}

/** Base64 of bytes, a slice at a time (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	}
	return btoa(binary);
}

/** Bytes from base64 (atob exists in browsers, web workers and Node). */
export function fromBase64(base64: string): Uint8Array {
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) {
		bytes[i] = binary.charCodeAt(i);
	}
	return bytes;
}

/** A URI without its trailing slash (a workspace folder may be given either way). */
export function trimSlash(uri: string): string {
	return uri.length > 1 && uri.endsWith('/') ? uri.slice(0, -1) : uri;
}

/** The URI of the folder holding `uri`; undefined at the top of its authority. */
export function parentUri(uri: string): string | undefined {
	const schemeEnd = uri.indexOf('://');
	const pathStart = schemeEnd < 0 ? uri.indexOf(':') + 1 : uri.indexOf('/', schemeEnd + 3);
	const slash = uri.lastIndexOf('/');
	if (pathStart < 0 || slash <= pathStart) {
		return undefined;
	}
	return uri.slice(0, slash);
}

/** The innermost workspace folder (URI) holding `uri`, strictly inside it; undefined when none does. */
export function rootOf(uri: string, roots: readonly string[]): string | undefined {
	return roots
		.map(trimSlash)
		.filter((root) => uri.startsWith(`${root}/`))
		.sort((a, b) => b.length - a.length)[0];
}

/** The workspace folders of an initialize request, as URIs, whatever their scheme. */
export function workspaceFolderUris(params: { workspaceFolders?: { uri: string }[] | null; rootUri?: string | null }): string[] {
	const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
	return uris.map(trimSlash);
}
