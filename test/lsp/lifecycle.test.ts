// The server's lifecycle as the LSP specification sets it out, over a real stdio connection:
// - before `initialize`, a request gets ServerNotInitialized (-32002) and a notification is dropped;
// - `initialize` is taken once; a second one gets InvalidRequest (-32600);
// - after `shutdown`, a request gets InvalidRequest (-32600);
// - `exit` ends the process with code 0 after `shutdown`, and with code 1 without it.
import * as assert from 'node:assert/strict';
import type { ClientCapabilities, Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver';
import { buildLetter } from '../harness/letter-builder';
import { LspClient } from '../harness/lsp';

const SERVER_NOT_INITIALIZED = -32002;
const INVALID_REQUEST = -32600;
const METHOD_NOT_FOUND = -32601;

const CAPABILITIES: ClientCapabilities = {
	textDocument: {
		diagnostic: { dynamicRegistration: false },
		codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
	},
	workspace: { configuration: true, workspaceEdit: { documentChanges: true } },
};

const URI = 'file:///congvan/vong-doi.congvan';
const TEXT = buildLetter({ so: 'Số: 5/UBND-VP' });
const textDocument = { uri: URI };
const origin = { line: 0, character: 0 };

/** The requests a client may send once the server runs, each with well-formed params. */
const REQUESTS: [string, unknown][] = [
	['textDocument/diagnostic', { textDocument }],
	[
		'textDocument/codeAction',
		{ textDocument, range: { start: origin, end: origin }, context: { diagnostics: [], only: ['source.fixAll'] } },
	],
	['textDocument/hover', { textDocument, position: origin }],
	['textDocument/documentSymbol', { textDocument }],
	['textDocument/foldingRange', { textDocument }],
	['textDocument/completion', { textDocument, position: origin }],
	['textDocument/semanticTokens/full', { textDocument }],
	['congvan/noSuchMethod', {}],
];

/** The error code a request is answered with; fails when it succeeds. */
async function errorCode(client: LspClient, method: string, params: unknown): Promise<number | undefined> {
	try {
		const result: unknown = await client.connection.sendRequest(method, params);
		assert.fail(`${method} succeeded with ${JSON.stringify(result)}`);
	} catch (error) {
		return (error as { code?: number }).code;
	}
}

function items(report: DocumentDiagnosticReport): Diagnostic[] {
	assert.equal(report.kind, 'full');
	return report.kind === 'full' ? report.items : [];
}

describe('language server: the lifecycle of the LSP specification', () => {
	describe('from start to exit', () => {
		let client: LspClient;

		before(() => {
			client = LspClient.start();
			client.configuration = () => ({});
		});

		after(() => client.dispose());

		it('answers every request before initialize with ServerNotInitialized', async () => {
			for (const [method, params] of [...REQUESTS, ['shutdown', undefined] as [string, unknown]]) {
				assert.equal(await errorCode(client, method, params), SERVER_NOT_INITIALIZED, method);
			}
			assert.ok(client.alive);
		});

		it('drops the notifications sent before initialize, then initializes', async () => {
			await client.open(URI, 'congvan', TEXT);
			await client.changeConfiguration({ congvan: { rules: { 'malformed-so-ky-hieu': 'off' } } });
			const result = await client.initialize(CAPABILITIES);
			assert.equal(result.serverInfo?.name, 'congvan');
			// The document opened before initialize is unknown: its pull is empty until it is opened now.
			assert.deepEqual(await client.pull(URI), { kind: 'full', items: [] });
			assert.deepEqual(client.configurationRequests, []);
			await client.open(URI, 'congvan', TEXT);
			// The early didChangeConfiguration was dropped too: the rule is on.
			assert.ok(items(await client.pull(URI)).some((d) => d.code === 'malformed-so-ky-hieu'));
		});

		it('refuses a second initialize with InvalidRequest and keeps serving', async () => {
			const code = await errorCode(client, 'initialize', { processId: null, rootUri: null, capabilities: {} });
			assert.equal(code, INVALID_REQUEST);
			assert.ok(items(await client.pull(URI)).some((d) => d.code === 'malformed-so-ky-hieu'));
		});

		it('answers an unknown method with MethodNotFound while it runs', async () => {
			assert.equal(await errorCode(client, 'congvan/noSuchMethod', {}), METHOD_NOT_FOUND);
		});

		it('answers shutdown with null, then every request with InvalidRequest', async () => {
			assert.equal(await client.connection.sendRequest('shutdown'), null);
			for (const [method, params] of [...REQUESTS, ['shutdown', undefined] as [string, unknown]]) {
				assert.equal(await errorCode(client, method, params), INVALID_REQUEST, method);
			}
			// A notification after shutdown is dropped, and the server still answers.
			await client.change(URI, 2, [{ text: '' }]);
			assert.equal(await errorCode(client, 'textDocument/diagnostic', { textDocument }), INVALID_REQUEST);
		});

		it('exits with code 0 on exit after shutdown', async () => {
			await client.connection.sendNotification('exit');
			assert.deepEqual(await client.exited, { code: 0, signal: null });
		});
	});

	describe('exit without shutdown', () => {
		it('exits with code 1', async () => {
			const client = LspClient.start();
			try {
				await client.initialize(CAPABILITIES);
				await client.connection.sendNotification('exit');
				assert.deepEqual(await client.exited, { code: 1, signal: null });
			} finally {
				client.dispose();
			}
		});

		it('exits with code 1 before initialize too', async () => {
			const client = LspClient.start();
			try {
				await client.connection.sendNotification('exit');
				assert.deepEqual(await client.exited, { code: 1, signal: null });
			} finally {
				client.dispose();
			}
		});
	});
});
