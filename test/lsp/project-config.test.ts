// The team's .congvanrc.json reaches the language server: its rules apply to the documents of the
// workspace, the editor's settings override them, and a change on disk is picked up.
import * as assert from 'node:assert/strict';
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
