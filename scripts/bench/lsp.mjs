// A language client for `npm run bench`: spawns a server over stdio, as Neovim, eglot or the tests do, and
// measures the edit → diagnostics round trip, start-up and memory. Only the bench uses it; the tests have
// test/harness/lsp.ts.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { StreamMessageReader, StreamMessageWriter, createMessageConnection } = require('vscode-jsonrpc/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

/** What VS Code declares for pulled diagnostics. */
export const PULL = {
	textDocument: { synchronization: { dynamicRegistration: false }, diagnostic: { dynamicRegistration: false } },
	workspace: { configuration: true },
};

/** What Neovim 0.7 declares: pushed diagnostics, settings through didChangeConfiguration only. */
export const PUSH = {
	textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: {} },
	workspace: { didChangeConfiguration: { dynamicRegistration: false } },
};

/** A server process and a JSON-RPC connection to it. */
export class Session {
	static async start(serverPath, capabilities, { settings = {}, cwd } = {}) {
		const started = performance.now();
		const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], cwd });
		const session = new Session(child, started);
		session.settings = settings;
		await session.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, workspaceFolders: null });
		await session.connection.sendNotification('initialized', {});
		if (capabilities === PUSH) {
			// A push client carries its settings in didChangeConfiguration: here congvan.debounceMs = 0.
			await session.connection.sendNotification('workspace/didChangeConfiguration', { settings: { congvan: settings } });
		}
		return session;
	}

	constructor(child, started) {
		this.child = child;
		this.started = started;
		this.settings = {};
		this.waiters = [];
		this.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
		this.connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
		this.connection.onRequest('workspace/configuration', (params) => params.items.map(() => this.settings));
		this.connection.onRequest('client/registerCapability', () => null);
		this.connection.onRequest('workspace/diagnostic/refresh', () => null);
		this.connection.onNotification('window/logMessage', () => undefined);
		this.connection.onNotification('textDocument/publishDiagnostics', (params) => {
			for (const waiter of [...this.waiters]) {
				if (waiter.match(params)) {
					this.waiters.splice(this.waiters.indexOf(waiter), 1);
					waiter.resolve(params);
				}
			}
		});
		this.connection.listen();
	}

	/** The next publishDiagnostics that matches; ask before the action that causes it. */
	nextPublish(match) {
		return new Promise((resolve) => this.waiters.push({ match, resolve }));
	}

	open(uri, text, version = 1) {
		return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'congvan', version, text } });
	}

	change(uri, version, changes) {
		return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
	}

	pull(uri) {
		return this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
	}

	/** The process's peak and current resident set size, in bytes, from /proc (Linux). */
	memory() {
		const status = fs.readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
		const kb = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'mu').exec(status)?.[1] ?? Number.NaN) * 1024;
		return { peak: kb('VmHWM'), current: kb('VmRSS') };
	}

	async stop() {
		try {
			await this.connection.sendRequest('shutdown');
			await this.connection.sendNotification('exit');
			await this.exited;
		} finally {
			this.connection.dispose();
			this.child.kill();
		}
	}
}

/** A seeded typist: `count` single-key edits (characters, line breaks, backspaces) in the body of `text`. */
export function typingEdits(text, count, next) {
	let document = TextDocument.create('file:///bench', 'congvan', 1, text);
	const keys = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạ 0123456789,.;\n';
	// Start in the middle of the body, where people type.
	let cursor = Math.floor(text.length * 0.4);
	const edits = [];
	for (let i = 0; i < count; i++) {
		const length = document.getText().length;
		if (next() < 0.03) {
			cursor = Math.floor(length * (0.2 + 0.6 * next()));
		}
		cursor = Math.min(cursor, length);
		let change;
		if (next() < 0.12 && cursor > 0) {
			change = { range: { start: document.positionAt(cursor - 1), end: document.positionAt(cursor) }, text: '' };
			cursor--;
		} else {
			const key = keys[Math.floor(next() * keys.length)];
			const at = document.positionAt(cursor);
			change = { range: { start: at, end: at }, text: key };
			cursor += key.length;
		}
		const version = document.version + 1;
		document = TextDocument.update(document, [change], version);
		edits.push({ version, change });
	}
	return { edits, finalText: document.getText() };
}

/** p50, p95 and max of a list of milliseconds. */
export function percentiles(values) {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
	return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? Number.NaN, n: sorted.length };
}

/**
 * The edit → diagnostics round trip of each edit: with pull, from sending didChange to the reply of the
 * diagnostic request sent right after it; with push, from sending didChange to the publish of its version.
 */
export async function roundTrips(session, mode, uri, text, edits) {
	if (mode === 'pull') {
		await session.open(uri, text);
		await session.pull(uri);
	} else {
		const opened = session.nextPublish((p) => p.uri === uri);
		await session.open(uri, text);
		await opened;
	}
	const times = [];
	let last;
	for (const { version, change } of edits) {
		const start = performance.now();
		if (mode === 'pull') {
			void session.change(uri, version, [change]);
			last = (await session.pull(uri)).items;
		} else {
			const published = session.nextPublish((p) => p.uri === uri && p.version === version);
			void session.change(uri, version, [change]);
			last = (await published).diagnostics;
		}
		times.push(performance.now() - start);
	}
	await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
	// The size of the answer, which the server converts, serialises and writes on every edit.
	return { ...percentiles(times), diagnostics: last?.length ?? 0, jsonBytes: JSON.stringify(last ?? []).length };
}
