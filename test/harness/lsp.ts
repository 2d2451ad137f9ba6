// A small language client for tests: spawns the bundled server (`node dist/server.js --stdio`, built by
// `npm test` before mocha runs) and talks JSON-RPC to it over the child's pipes. Nothing is mocked.
// Tests never wait on a timer: they await a reply, or a promise that a notification or a request from the
// server resolves (see `next`).
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection, type MessageConnection } from 'vscode-jsonrpc/node';
import type {
	ClientCapabilities,
	CodeAction,
	CodeActionContext,
	ConfigurationItem,
	DocumentDiagnosticReport,
	InitializeResult,
	LogMessageParams,
	PublishDiagnosticsParams,
	Range,
	Registration,
	TextDocumentContentChangeEvent,
	TextEdit,
	WorkspaceEdit,
} from 'vscode-languageserver';

/** The repository root (this file runs from out/test/harness/). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** The bundled server that the tests spawn. */
export const serverPath = path.join(repoRoot, 'dist', 'server.js');

/** Reads one of the shared sample letters (../shared/letters/ next to the repository). */
export function readSharedLetter(name: string): string {
	return readFileSync(path.resolve(repoRoot, '../shared/letters', name), 'utf8');
}

/** The edits of a WorkspaceEdit for one document, and the version they were made for (`documentChanges` only). */
export interface DocumentEdits {
	/** The version of `documentChanges`; undefined for the `changes` form, which carries none. */
	version: number | null | undefined;
	edits: TextEdit[];
}

/**
 * The edits that a WorkspaceEdit makes to `uri`, from either of its forms. Throws when it edits another
 * document, carries both forms, or has a resource operation (congvan's actions never do any of these).
 */
export function documentEdits(edit: WorkspaceEdit | undefined, uri: string): DocumentEdits {
	if (edit === undefined) {
		throw new Error('the action has no edit');
	}
	if (edit.documentChanges !== undefined) {
		if (edit.changes !== undefined) {
			throw new Error(`both changes and documentChanges: ${JSON.stringify(edit)}`);
		}
		const [only, ...more] = edit.documentChanges;
		if (only === undefined || more.length > 0 || !('textDocument' in only) || only.textDocument.uri !== uri) {
			throw new Error(`not one TextDocumentEdit of ${uri}: ${JSON.stringify(edit.documentChanges)}`);
		}
		return { version: only.textDocument.version, edits: only.edits as TextEdit[] };
	}
	const uris = Object.keys(edit.changes ?? {});
	if (uris.length !== 1 || uris[0] !== uri) {
		throw new Error(`not an edit of ${uri} alone: ${JSON.stringify(edit.changes)}`);
	}
	return { version: undefined, edits: edit.changes?.[uri] ?? [] };
}

/** What the server sends on its own, by kind, for `next`. */
export interface ServerEvents {
	/** A textDocument/publishDiagnostics notification. */
	publish: PublishDiagnosticsParams;
	/** A window/logMessage notification. */
	log: LogMessageParams;
	/** One item of a workspace/configuration request. */
	configuration: ConfigurationItem;
	/** One registration of a client/registerCapability request. */
	registration: Registration;
	/** A workspace/diagnostic/refresh request. */
	refresh: null;
}

type EventKind = keyof ServerEvents;

interface Waiter {
	kind: EventKind;
	match: (value: never) => boolean;
	resolve: (value: never) => void;
	reject: (error: Error) => void;
}

/** How the child process ended. */
export interface ExitStatus {
	code: number | null;
	signal: NodeJS.Signals | null;
}

/** A test client connected to a fresh server process. */
export class LspClient {
	/** Every publishDiagnostics received, in order. */
	readonly published: PublishDiagnosticsParams[] = [];
	/** Every log message received, in order. */
	readonly logs: LogMessageParams[] = [];
	/** Every workspace/configuration item asked for, in order. */
	readonly configurationRequests: ConfigurationItem[] = [];
	/** Every capability the server registered. */
	readonly registrations: Registration[] = [];
	/** How many workspace/diagnostic/refresh requests arrived. */
	refreshes = 0;
	/** The answer to each workspace/configuration item; tests replace it to change the settings. */
	configuration: (item: ConfigurationItem) => unknown = () => null;
	/** Resolves when the server process ends. */
	readonly exited: Promise<ExitStatus>;

	private readonly waiters: Waiter[] = [];
	private stderr = '';

	private constructor(
		private readonly child: ChildProcessWithoutNullStreams,
		/** The JSON-RPC connection, for requests that have no helper here. */
		readonly connection: MessageConnection,
	) {
		child.stderr.setEncoding('utf8');
		child.stderr.on('data', (chunk: string) => {
			this.stderr += chunk;
		});
		// Writing to a server that has just exited must fail the test that did it, not crash mocha.
		child.stdin.on('error', () => undefined);
		this.exited = new Promise((resolve) => {
			child.on('exit', (code, signal) => {
				const waiting = this.waiters.splice(0);
				for (const waiter of waiting) {
					waiter.reject(
						new Error(
							`the server exited (code ${code}, signal ${signal}) while a test waited for "${waiter.kind}"; stderr:\n${this.stderr}`,
						),
					);
				}
				resolve({ code, signal });
			});
		});
		connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
			this.published.push(params);
			this.emit('publish', params);
		});
		connection.onNotification('window/logMessage', (params: LogMessageParams) => {
			this.logs.push(params);
			this.emit('log', params);
		});
		connection.onRequest('workspace/configuration', (params: { items: ConfigurationItem[] }) =>
			params.items.map((item) => {
				this.configurationRequests.push(item);
				this.emit('configuration', item);
				return this.configuration(item) ?? null;
			}),
		);
		connection.onRequest('client/registerCapability', (params: { registrations: Registration[] }) => {
			for (const registration of params.registrations) {
				this.registrations.push(registration);
				this.emit('registration', registration);
			}
			return null;
		});
		connection.onRequest('workspace/diagnostic/refresh', () => {
			this.refreshes++;
			this.emit('refresh', null);
			return null;
		});
		connection.listen();
	}

	/** Spawns `node dist/server.js --stdio` and connects to it. Call `initialize` next. */
	static start(): LspClient {
		const child = spawn(process.execPath, [serverPath, '--stdio'], { cwd: repoRoot, stdio: 'pipe' });
		const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
		return new LspClient(child, connection);
	}

	/** Whether the server process is still running. */
	get alive(): boolean {
		return this.child.exitCode === null && this.child.signalCode === null;
	}

	/** What the server wrote to stderr so far, for failure messages. */
	get errorOutput(): string {
		return this.stderr;
	}

	/**
	 * The next event of a kind that matches, received after this call. Call it before the action that
	 * triggers the event, then await it.
	 */
	next<K extends EventKind>(kind: K, match: (value: ServerEvents[K]) => boolean = () => true): Promise<ServerEvents[K]> {
		return new Promise<ServerEvents[K]>((resolve, reject) => {
			if (!this.alive) {
				reject(new Error(`the server is not running; stderr:\n${this.stderr}`));
				return;
			}
			this.waiters.push({ kind, match: match as (value: never) => boolean, resolve: resolve as (value: never) => void, reject });
		});
	}

	/** Sends initialize and initialized. */
	async initialize(capabilities: ClientCapabilities, workspaceFolder?: string): Promise<InitializeResult> {
		const folder = workspaceFolder === undefined ? null : pathToFileURL(workspaceFolder).href;
		const result: InitializeResult = await this.connection.sendRequest('initialize', {
			processId: process.pid,
			clientInfo: { name: 'congvan-tests' },
			rootUri: folder,
			capabilities,
			workspaceFolders: folder === null ? null : [{ uri: folder, name: path.basename(workspaceFolder ?? '') }],
		});
		await this.connection.sendNotification('initialized', {});
		return result;
	}

	/** Sends textDocument/didOpen. */
	open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
		return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
	}

	/** Sends textDocument/didChange. */
	change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
		return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
	}

	/** Sends textDocument/didClose. */
	close(uri: string): Promise<void> {
		return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	}

	/** Sends workspace/didChangeConfiguration. */
	changeConfiguration(settings: unknown): Promise<void> {
		return this.connection.sendNotification('workspace/didChangeConfiguration', { settings });
	}

	/** Pulls a document's diagnostics (textDocument/diagnostic). */
	pull(uri: string): Promise<DocumentDiagnosticReport> {
		return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
	}

	/** Asks for code actions (textDocument/codeAction). */
	codeActions(uri: string, range: Range, context: CodeActionContext): Promise<CodeAction[] | null> {
		return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context });
	}

	/** Sends shutdown and exit, and resolves with how the process ended. */
	async shutdownAndExit(): Promise<ExitStatus> {
		await this.connection.sendRequest('shutdown');
		await this.connection.sendNotification('exit');
		return this.exited;
	}

	/** Closes the connection and kills the process if it is still running. For after() hooks. */
	dispose(): void {
		this.connection.dispose();
		if (this.alive) {
			this.child.kill();
		}
	}

	private emit<K extends EventKind>(kind: K, value: ServerEvents[K]): void {
		for (const waiter of [...this.waiters]) {
			if (waiter.kind === kind && (waiter.match as (value: ServerEvents[K]) => boolean)(value)) {
				this.waiters.splice(this.waiters.indexOf(waiter), 1);
				(waiter.resolve as (value: ServerEvents[K]) => void)(value);
			}
		}
	}
}
