// The client's answer to the server's `congvan/readFile` request (server/src/workspace-files.ts): the web
// worker has no disk, so it reads the team's project files and the folder check's letters through VS Code's
// workspace file system, which serves every scheme VS Code knows (`vscode-vfs://` on github.dev, the memory
// file system of VS Code for the Web, `file:` on the desktop).
import { FileSystemError, FileType, Uri, workspace } from 'vscode';

/** The method of the server's request. */
export const READ_FILE_METHOD = 'congvan/readFile';

/** The answer: the bytes in base64, no such file, or why the file cannot be read. */
type ReadFileResult = { base64: string } | { missing: true } | { error: string };

/** Reads a file for the server: only a file (not a folder) of at most `limit` bytes. */
export async function answerReadFile(params: unknown): Promise<ReadFileResult> {
	const { uri, limit } = (params ?? {}) as { uri?: unknown; limit?: unknown };
	if (typeof uri !== 'string' || typeof limit !== 'number') {
		return { error: 'invalid parameters' };
	}
	try {
		const target = Uri.parse(uri, true);
		const stat = await workspace.fs.stat(target);
		if ((stat.type & FileType.File) === 0) {
			return { error: 'not a file' };
		}
		if (stat.size > limit) {
			return { error: `larger than ${limit} B` };
		}
		return { base64: toBase64(await workspace.fs.readFile(target)) };
	} catch (error) {
		if (error instanceof FileSystemError && (error.code === 'FileNotFound' || error.code === 'FileNotADirectory')) {
			return { missing: true };
		}
		return { error: error instanceof Error ? error.message : String(error) };
	}
}

/** Base64 of bytes, in slices, so that a large file does not overflow the argument list of fromCharCode. */
export function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let start = 0; start < bytes.length; start += 0x8000) {
		binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
	}
	return btoa(binary);
}

/** Bytes from base64 (the server's answers carry files so). */
export function fromBase64(data: string): Uint8Array {
	const binary = atob(data);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) {
		bytes[i] = binary.charCodeAt(i);
	}
	return bytes;
}
