// A server that survives its clients (issue #6), over a real stdio connection to dist/server.js: a burst of
// 1,000 changes, versions out of order, changes that cannot be applied, a close while a check waits for the
// settings, settings of the wrong shape, unknown methods, requests for documents never opened, and bytes
// that are not a well-formed message. After each, the server keeps serving and its diagnostics are those of
// the text it holds, which the test mirrors with the same TextDocument implementation.
//
// What a server does with bytes that are not a message is decided by vscode-languageserver, which VS Code's
// own language servers use, and congvan keeps its behaviour (tested below):
// - a message whose body is not JSON, or is JSON but not JSON-RPC, or not UTF-8, is dropped (the latter
//   with a window/logMessage error) and the next message is served: the framing is intact;
// - a header without a valid Content-Length cannot be resynchronised (the body's length is unknown), so no
//   further message is read; the process does not crash, and it exits with code 1 (no shutdown was asked
//   for) as soon as the client closes the pipe. VS Code itself talks to the server over IPC, where framing
//   cannot break.
// Tests never wait on a timer: they await replies and the server's own messages.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
	ClientCapabilities,
	Diagnostic,
	DocumentDiagnosticReport,
	InitializeResult,
	TextDocumentContentChangeEvent,
} from 'vscode-languageserver';
import { toDiagnostics } from '../../server/src/convert';
import { lintText } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { LspClient, readSharedLetter, repoRoot, serverPath } from '../harness/lsp';

const PULL: ClientCapabilities = {
	textDocument: { synchronization: { dynamicRegistration: false }, diagnostic: { dynamicRegistration: false } },
	workspace: { configuration: true },
};

/** Neovim 0.7 and eglot: pushed diagnostics, settings only through didChangeConfiguration. */
const PUSH: ClientCapabilities = {
	textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: {} },
	workspace: { didChangeConfiguration: { dynamicRegistration: false } },
};

/** A push client that answers workspace/configuration. */
const PUSH_WITH_CONFIGURATION: ClientCapabilities = { ...PUSH, workspace: { configuration: true } };

/** The parts of a diagnostic that must match. */
function brief(d: Diagnostic): { code: unknown; severity: unknown; range: unknown; message: unknown } {
	return { code: d.code, severity: d.severity, range: d.range, message: d.message };
}

/** The diagnostics the server must give for a text: the core's findings, converted the same way. */
function expected(uri: string, text: string): ReturnType<typeof brief>[] {
	const now = new Date();
	const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
	return toDiagnostics(text, lintText(text, { today }), { uri, docsBaseUri: '' }).map(brief);
}

function items(report: DocumentDiagnosticReport): Diagnostic[] {
	assert.equal(report.kind, 'full');
	return 'items' in report ? report.items : [];
}

/** A small seeded generator, so that a failure is reproduced by the same run. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * `count` edits as a person types: characters, line breaks and backspaces at a cursor that sometimes jumps.
 * Each change is applied to `mirror`, as the server's TextDocuments applies it.
 */
function typing(
	mirror: { document: TextDocument },
	count: number,
	seed: number,
): { version: number; change: TextDocumentContentChangeEvent }[] {
	const next = random(seed);
	const keys = 'Số 05/UBND-VP ngày tháng năm 1. a) Nơi nhận: Kính gửi: ệ\n';
	const out: { version: number; change: TextDocumentContentChangeEvent }[] = [];
	let cursor = Math.floor(mirror.document.getText().length / 2);
	for (let i = 0; i < count; i++) {
		const document = mirror.document;
		const length = document.getText().length;
		if (next() < 0.05) {
			cursor = Math.floor(next() * length);
		}
		cursor = Math.min(cursor, length);
		let change: TextDocumentContentChangeEvent;
		if (next() < 0.15 && cursor > 0) {
			change = { range: { start: document.positionAt(cursor - 1), end: document.positionAt(cursor) }, text: '' };
			cursor--;
		} else {
			const key = keys[Math.floor(next() * keys.length)] ?? 'a';
			const at = document.positionAt(cursor);
			change = { range: { start: at, end: at }, text: key };
			cursor += key.length;
		}
		const version = document.version + 1;
		mirror.document = TextDocument.update(document, [change], version);
		out.push({ version, change });
	}
	return out;
}

async function start(capabilities: ClientCapabilities, settings: unknown = {}): Promise<{ client: LspClient; result: InitializeResult }> {
	const client = LspClient.start();
	client.configuration = () => settings;
	const result = await client.initialize(capabilities);
	return { client, result };
}

describe('language server under abuse (stdio)', function () {
	// Whole letters are checked up to a thousand times in these tests; a loaded machine needs the margin.
	this.timeout(60_000);

	describe('a burst of 1,000 changes', () => {
		it('pull: the pull after the burst gives the diagnostics of the last text', async () => {
			const { client } = await start(PULL);
			try {
				const uri = 'file:///congvan/burst-pull.txt';
				const mirror = { document: TextDocument.create(uri, 'congvan', 1, readSharedLetter('000_421e170032c2d4c4.txt')) };
				await client.open(uri, 'congvan', mirror.document.getText());
				await Promise.all(typing(mirror, 1000, 1).map(({ version, change }) => client.change(uri, version, [change])));
				assert.deepEqual(items(await client.pull(uri)).map(brief), expected(uri, mirror.document.getText()));
			} finally {
				client.dispose();
			}
		});

		it('push with the default debounce: the last publish is for the last version and matches its text', async () => {
			const { client } = await start(PUSH);
			try {
				const uri = 'file:///congvan/burst-push.txt';
				const mirror = { document: TextDocument.create(uri, 'congvan', 1, buildLetter({ so: 'Số: 5/UBND-VP' })) };
				const opened = client.next('publish', (p) => p.uri === uri);
				await client.open(uri, 'congvan', mirror.document.getText());
				await opened;
				const changes = typing(mirror, 1000, 2);
				const last = client.next('publish', (p) => p.uri === uri && p.version === changes[changes.length - 1]?.version);
				await Promise.all(changes.map(({ version, change }) => client.change(uri, version, [change])));
				assert.deepEqual((await last).diagnostics.map(brief), expected(uri, mirror.document.getText()));
				// Debounced: far fewer checks than changes, and none published for an older version after it.
				assert.ok(client.published.filter((p) => p.uri === uri).length < 1000);
			} finally {
				client.dispose();
			}
		});
	});

	describe('changes the client should not have sent', () => {
		let client: LspClient;
		const uri = 'file:///congvan/odd-changes.txt';
		let mirror: { document: TextDocument };

		before(async () => {
			({ client } = await start(PUSH));
			// No debounce: every change is published, so each step below can await its own publish.
			await client.changeConfiguration({ congvan: { debounceMs: 0 } });
			mirror = { document: TextDocument.create(uri, 'congvan', 1, buildLetter()) };
			const opened = client.next('publish', (p) => p.uri === uri);
			await client.open(uri, 'congvan', mirror.document.getText());
			await opened;
		});

		after(() => client.dispose());

		/** Sends one change with a version label and awaits its publish; the mirror applies it the same way. */
		async function send(version: number, changes: TextDocumentContentChangeEvent[]): Promise<Diagnostic[]> {
			mirror.document = TextDocument.update(mirror.document, changes, version);
			const published = client.next('publish', (p) => p.uri === uri && p.version === version);
			await client.change(uri, version, changes);
			return (await published).diagnostics;
		}

		it('applies changes in the order they arrive, whatever their versions, and labels each publish with its own', async () => {
			const at = (line: number): { line: number; character: number } => ({ line, character: 0 });
			for (const [version, text] of [
				[5, 'Số: 7/UBND\n'],
				[3, '1. Một.\n1. Hai.\n'],
				[4, 'Ðà Nẵng\n'],
			] as const) {
				const diagnostics = await send(version, [{ range: { start: at(2), end: at(2) }, text }]);
				assert.deepEqual(diagnostics.map(brief), expected(uri, mirror.document.getText()));
			}
		});

		it('clamps ranges past the end, before the start or reversed, as the mirror does', async () => {
			const far = { line: 10_000, character: 10_000 };
			const before = { line: -3, character: -1 };
			for (const [version, change] of [
				[6, { range: { start: far, end: far }, text: '\nthêm cuối' }],
				[7, { range: { start: before, end: { line: 0, character: 3 } }, text: 'X' }],
				[8, { range: { start: { line: 3, character: 2 }, end: { line: 1, character: 0 } }, text: 'Y' }],
			] as const) {
				const diagnostics = await send(version, [change]);
				assert.deepEqual(diagnostics.map(brief), expected(uri, mirror.document.getText()));
			}
		});

		it('ignores a change without a version (the change is refused, the text stays) and keeps serving', async () => {
			await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri }, contentChanges: [{ text: 'mất hết' }] });
			const diagnostics = await send(9, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Z' }]);
			assert.deepEqual(diagnostics.map(brief), expected(uri, mirror.document.getText()));
			assert.ok(!mirror.document.getText().includes('mất hết'));
		});

		it('takes a full-text change mixed with range changes in one notification', async () => {
			const diagnostics = await send(10, [
				{ text: buildLetter({ so: 'Số: 3/UBND' }) },
				{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '  ' },
			]);
			assert.deepEqual(diagnostics.map(brief), expected(uri, mirror.document.getText()));
		});
	});

	describe('a close while a check waits for the settings (push client)', () => {
		it('publishes the empty list on close and nothing for the closed document afterwards', async () => {
			const { client } = await start(PUSH_WITH_CONFIGURATION);
			try {
				const closedUri = 'file:///congvan/closed-during-check.txt';
				let release: (() => void) | undefined;
				let held = true;
				const asked = new Promise<void>((resolve) => {
					client.connection.onRequest('workspace/configuration', async (params: { items: unknown[] }) => {
						if (held) {
							held = false;
							resolve();
							// The answer for the first document waits until the test has closed it.
							await new Promise<void>((r) => (release = r));
						}
						return params.items.map(() => ({ debounceMs: 0 }));
					});
				});
				await client.open(closedUri, 'congvan', buildLetter({ so: 'Số: 5/UBND' }));
				await asked;
				const emptied = client.next('publish', (p) => p.uri === closedUri);
				await client.close(closedUri);
				assert.deepEqual((await emptied).diagnostics, []);
				release?.();
				// A later document's publish comes after the held check has finished.
				const other = 'file:///congvan/after-close.txt';
				const published = client.next('publish', (p) => p.uri === other);
				await client.open(other, 'congvan', buildLetter());
				await published;
				assert.deepEqual(
					client.published.filter((p) => p.uri === closedUri).map((p) => p.diagnostics.length),
					[0],
				);
			} finally {
				client.dispose();
			}
		});
	});

	describe('settings of the wrong shape', () => {
		for (const [name, section] of [
			['a string', 'congvan'],
			['an array', [1, 2, 3]],
			['a number', 42],
			[
				'nested nonsense',
				{
					rules: { 'malformed-so-ky-hieu': { severity: 12, options: 'x' }, 'no-such-rule': 'error', '': null },
					languages: [null, 3],
					debounceMs: -5,
				},
			],
			['values JSON cannot carry', { rules: [], languages: {}, debounceMs: null }],
		] as const) {
			it(`falls back to the defaults when workspace/configuration answers ${name}`, async () => {
				const { client } = await start(PULL, section);
				try {
					const uri = 'file:///congvan/settings.txt';
					const text = buildLetter({ so: 'Số: 5/UBND-VP' });
					await client.open(uri, 'congvan', text);
					assert.deepEqual(items(await client.pull(uri)).map(brief), expected(uri, text));
				} finally {
					client.dispose();
				}
			});
		}
	});

	describe('requests and notifications the server does not expect', () => {
		let client: LspClient;
		let result: InitializeResult;
		const letterUri = 'file:///congvan/served.txt';
		const letter = buildLetter({ so: 'Số: 5/UBND-VP' });

		before(async () => {
			({ client, result } = await start(PULL));
			await client.open(letterUri, 'congvan', letter);
		});

		after(() => client.dispose());

		async function stillServing(): Promise<void> {
			assert.deepEqual(items(await client.pull(letterUri)).map(brief), expected(letterUri, letter));
		}

		it('answers every request it declares with an empty result for a document never opened', async () => {
			const uri = 'file:///congvan/never-opened.txt';
			const textDocument = { uri };
			const position = { line: 0, character: 0 };
			const range = { start: position, end: position };
			const caps = result.capabilities;
			const requests: [string, unknown][] = [
				['textDocument/diagnostic', { textDocument }],
				['textDocument/codeAction', { textDocument, range, context: { diagnostics: [], only: ['source.fixAll'] } }],
			];
			if (caps.documentSymbolProvider) {
				requests.push(['textDocument/documentSymbol', { textDocument }]);
			}
			if (caps.foldingRangeProvider) {
				requests.push(['textDocument/foldingRange', { textDocument }]);
			}
			if (caps.selectionRangeProvider) {
				requests.push(['textDocument/selectionRange', { textDocument, positions: [position] }]);
			}
			if (caps.hoverProvider) {
				requests.push(['textDocument/hover', { textDocument, position }]);
			}
			if (caps.completionProvider) {
				requests.push(['textDocument/completion', { textDocument, position }]);
			}
			if (caps.semanticTokensProvider) {
				requests.push(
					['textDocument/semanticTokens/full', { textDocument }],
					['textDocument/semanticTokens/range', { textDocument, range }],
				);
			}
			for (const [method, params] of requests) {
				const answer: unknown = await client.connection.sendRequest(method, params);
				const empty =
					answer === null ||
					(Array.isArray(answer) && answer.length === 0) ||
					JSON.stringify(answer) === JSON.stringify({ kind: 'full', items: [] }) ||
					JSON.stringify(answer) === JSON.stringify({ data: [] }) ||
					JSON.stringify(answer) === JSON.stringify({ isIncomplete: false, items: [] });
				assert.ok(empty, `${method} for a document never opened gave ${JSON.stringify(answer)}`);
			}
			await stillServing();
		});

		it('answers unknown requests, "$/" requests and positional params with an error, and keeps serving', async () => {
			for (const [method, params] of [
				['congvan/noSuchMethod', { x: 1 }],
				['$/noSuchRequest', {}],
				['textDocument/diagnostic', [letterUri]],
			] as const) {
				await assert.rejects(
					client.connection.sendRequest(method, params),
					(error: { code?: number }) => typeof error.code === 'number',
					method,
				);
			}
			await stillServing();
		});

		it('ignores unknown and "$/" notifications, cancellations of unknown requests and a bad $/setTrace', async () => {
			await client.connection.sendNotification('congvan/noSuchNotification', [1, 2]);
			await client.connection.sendNotification('$/cancelRequest', { id: 987_654 });
			await client.connection.sendNotification('$/setTrace', { value: 42 });
			await client.connection.sendNotification('$/noSuchNotification', null);
			await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///congvan/never-opened.txt' } });
			await stillServing();
		});
	});

	describe('bytes that are not a well-formed message', () => {
		/** A server on raw pipes: a JSON-RPC connection for the tests' requests, and raw writes in between. */
		async function rawServer(): Promise<{
			pull: () => Promise<unknown>;
			write: (bytes: Buffer) => Promise<void>;
			logs: string[];
			endInput: () => void;
			exited: Promise<{ code: number | null; signal: string | null; stderr: string }>;
			kill: () => void;
		}> {
			const child = spawn(process.execPath, [serverPath, '--stdio'], { cwd: repoRoot, stdio: 'pipe' });
			let stderr = '';
			child.stderr.setEncoding('utf8');
			child.stderr.on('data', (chunk: string) => (stderr += chunk));
			child.stdin.on('error', () => undefined);
			const exited = new Promise<{ code: number | null; signal: string | null; stderr: string }>((resolve) =>
				child.on('exit', (code, signal) => resolve({ code, signal, stderr })),
			);
			const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
			const logs: string[] = [];
			connection.onNotification('window/logMessage', (p: { message: string }) => {
				logs.push(p.message);
			});
			connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
			connection.listen();
			await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities: PULL });
			await connection.sendNotification('initialized', {});
			const uri = 'file:///congvan/raw.txt';
			await connection.sendNotification('textDocument/didOpen', {
				textDocument: { uri, languageId: 'congvan', version: 1, text: buildLetter({ so: 'Số: 5/UBND-VP' }) },
			});
			return {
				pull: () => connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }),
				// Whole writes between the connection's own messages, which are each written in one piece.
				write: (bytes) => new Promise<void>((resolve, reject) => child.stdin.write(bytes, (error) => (error ? reject(error) : resolve()))),
				logs,
				endInput: () => child.stdin.end(),
				exited,
				kill: () => {
					connection.dispose();
					child.kill();
				},
			};
		}

		const framed = (body: Buffer | string): Buffer => {
			const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
			return Buffer.concat([Buffer.from(`Content-Length: ${bytes.length}\r\n\r\n`, 'ascii'), bytes]);
		};

		it('drops well-framed bodies that are not JSON, not JSON-RPC or not UTF-8, and serves the next message', async () => {
			const server = await rawServer();
			try {
				const expectedItems = expected('file:///congvan/raw.txt', buildLetter({ so: 'Số: 5/UBND-VP' }));
				for (const body of [
					'{not json',
					'[]',
					'42',
					'null',
					'{"foo":1}',
					'{"jsonrpc":"2.0","id":{},"method":"x"}',
					'{"jsonrpc":"2.0","id":7}',
					Buffer.from([0x22, 0xff, 0xfe, 0x22]),
					'{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///congvan/raw.txt","version":2},"contentChanges":null}}',
				]) {
					await server.write(framed(body));
					const report = (await server.pull()) as DocumentDiagnosticReport;
					assert.deepEqual(items(report).map(brief), expectedItems, `after ${JSON.stringify(body.toString())}`);
				}
				assert.ok(
					server.logs.some((m) => m.includes('neither a response nor a notification')),
					'non-JSON-RPC messages are logged',
				);
			} finally {
				server.kill();
			}
		});

		for (const [name, bytes] of [
			['a header without Content-Length', 'Content-Type: application/vscode-jsonrpc\r\n\r\n{}'],
			['a Content-Length that is not a number', 'Content-Length: abc\r\n\r\n{}'],
			['binary noise', Buffer.from([0, 1, 2, 3, 255, 254, 13, 10, 13, 10])],
		] as const) {
			it(`does not crash on ${name}, and exits with code 1 when the client closes the pipe`, async () => {
				const server = await rawServer();
				try {
					await server.write(typeof bytes === 'string' ? Buffer.from(bytes, 'ascii') : bytes);
					server.endInput();
					const status = await server.exited;
					assert.deepEqual([status.code, status.signal], [1, null], status.stderr);
					assert.doesNotMatch(status.stderr, /Uncaught|TypeError|RangeError|at .*\(/u);
				} finally {
					server.kill();
				}
			});
		}
	});
});
