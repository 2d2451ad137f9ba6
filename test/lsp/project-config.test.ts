// The team's .congvanrc.json reaches the language server: its rules apply to the documents of the
// workspace, the editor's settings override them, and a change on disk is picked up.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { buildLetter } from '../harness/letter-builder';
import { LspClient } from '../harness/lsp';

const CAPABILITIES = {
	textDocument: { diagnostic: { dynamicRegistration: false } },
	workspace: {
		configuration: true,
		diagnostics: { refreshSupport: true },
		didChangeWatchedFiles: { dynamicRegistration: true },
	},
};

const letter = buildLetter({ so: 'Số: 5/UBND-VP' });

function codes(report: unknown): string[] {
	return ((report as { items: Diagnostic[] }).items ?? []).map((d) => String(d.code));
}

describe('language server: .congvanrc.json', () => {
	let folder: string;
	let client: LspClient;
	let uri: string;

	before(async () => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-project-'));
		fs.mkdirSync(path.join(folder, 'van-ban'));
		fs.writeFileSync(path.join(folder, '.congvanrc.json'), JSON.stringify({ rules: { 'malformed-so-ky-hieu': 'off' } }));
		uri = pathToFileURL(path.join(folder, 'van-ban', 'thu.congvan')).href;
		client = LspClient.start();
		client.configuration = () => ({});
		await client.initialize(CAPABILITIES, folder);
		await client.open(uri, 'congvan', letter);
	});

	after(() => {
		client.dispose();
		fs.rmSync(folder, { recursive: true, force: true });
	});

	it('applies the rules of the nearest .congvanrc.json up to the workspace folder', async () => {
		assert.ok(!codes(await client.pull(uri)).includes('malformed-so-ky-hieu'));
	});

	it('watches the file and asks the client to pull again when it changes', async () => {
		assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'));
		fs.writeFileSync(path.join(folder, '.congvanrc.json'), JSON.stringify({ rules: { 'malformed-so-ky-hieu': 'warning' } }));
		const refreshed = client.next('refresh');
		await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
			changes: [{ uri: pathToFileURL(path.join(folder, '.congvanrc.json')).href, type: 2 }],
		});
		await refreshed;
		const report = (await client.pull(uri)) as { items: Diagnostic[] };
		assert.equal(report.items.find((d) => d.code === 'malformed-so-ky-hieu')?.severity, 2);
	});

	it('lets the editor settings override the file', async () => {
		client.configuration = () => ({ rules: { 'malformed-so-ky-hieu': 'hint' } });
		const refreshed = client.next('refresh');
		await client.changeConfiguration({});
		await refreshed;
		const report = (await client.pull(uri)) as { items: Diagnostic[] };
		assert.equal(report.items.find((d) => d.code === 'malformed-so-ky-hieu')?.severity, 4);
	});

	it('ignores an invalid file with a message and keeps the defaults', async () => {
		client.configuration = () => ({});
		fs.writeFileSync(path.join(folder, '.congvanrc.json'), '{ "rules": { "khong-co": "off" ');
		const logged = client.next('log', (l) => l.message.includes('.congvanrc.json'));
		const refreshed = client.next('refresh');
		await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
			changes: [{ uri: pathToFileURL(path.join(folder, '.congvanrc.json')).href, type: 2 }],
		});
		await refreshed;
		const report = await client.pull(uri);
		assert.ok(codes(report).includes('malformed-so-ky-hieu'));
		await logged;
	});
});

// Issue 15: a hostile workspace cannot hang the server. A committed .congvanrc.json or profile that is a
// FIFO (opening it would wait for a writer forever) or a link to /dev/zero (reading it never ends) is a
// logged message, and the document is checked with the defaults. Mocha's timeout only detects a hang.
describe('language server: special files as project files (issue 15)', () => {
	const folders: string[] = [];
	const clients: LspClient[] = [];

	after(() => {
		clients.forEach((c) => c.dispose());
		folders.forEach((f) => fs.rmSync(f, { recursive: true, force: true }));
	});

	async function serve(make: (folder: string) => void): Promise<{ client: LspClient; uri: string }> {
		const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-hostile-'));
		folders.push(folder);
		fs.mkdirSync(path.join(folder, '.congvan'));
		make(folder);
		const uri = pathToFileURL(path.join(folder, 'thu.congvan')).href;
		const client = LspClient.start();
		clients.push(client);
		client.configuration = () => ({});
		await client.initialize(CAPABILITIES, folder);
		await client.open(uri, 'congvan', letter);
		return { client, uri };
	}

	const mkfifo = (file: string): void => {
		assert.equal(spawnSync('mkfifo', [file]).status, 0, `mkfifo ${file}`);
	};

	for (const [name, make] of [
		['a FIFO as .congvanrc.json', (folder: string) => mkfifo(path.join(folder, '.congvanrc.json'))],
		['a link to /dev/zero as .congvanrc.json', (folder: string) => fs.symlinkSync('/dev/zero', path.join(folder, '.congvanrc.json'))],
		['a FIFO as the profile', (folder: string) => mkfifo(path.join(folder, '.congvan', 'profile.json'))],
		['a link to /dev/zero as the profile', (folder: string) => fs.symlinkSync('/dev/zero', path.join(folder, '.congvan', 'profile.json'))],
	] as const) {
		it(`${name}: a message, and the defaults`, async () => {
			const { client, uri } = await serve(make);
			assert.ok(codes(await client.pull(uri)).includes('malformed-so-ky-hieu'), 'checked with the defaults');
			// The server logs while it checks, so the message comes before the reply on the same stream.
			const messages = client.logs.map((l) => l.message);
			assert.ok(
				messages.some((m) => /không phải tệp thông thường|not a regular file/u.test(m)),
				messages.join('\n'),
			);
			assert.ok(client.alive);
		});
	}

	it('gives a document outside every workspace folder no configuration from the folders above it', async () => {
		const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-outside-'));
		folders.push(parent);
		fs.writeFileSync(path.join(parent, '.congvanrc.json'), JSON.stringify({ rules: { 'malformed-so-ky-hieu': 'off' } }));
		fs.mkdirSync(path.join(parent, 'workspace'));
		fs.mkdirSync(path.join(parent, 'khac'));
		const client = LspClient.start();
		clients.push(client);
		client.configuration = () => ({});
		await client.initialize(CAPABILITIES, path.join(parent, 'workspace'));
		const outside = pathToFileURL(path.join(parent, 'khac', 'thu.congvan')).href;
		await client.open(outside, 'congvan', letter);
		assert.ok(codes(await client.pull(outside)).includes('malformed-so-ky-hieu'));
	});
});
