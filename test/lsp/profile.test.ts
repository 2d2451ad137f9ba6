// The team profile reaches the language server: the nearest .congvan/profile.json up to the workspace
// folder feeds unknown-unit, the server watches it, and an unusable file is logged and ignored.
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
	workspace: { configuration: true, diagnostics: { refreshSupport: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
};

function unknownUnits(report: unknown): string[] {
	return ((report as { items: Diagnostic[] }).items ?? [])
		.filter((d) => d.code === 'unknown-unit')
		.map((d) => String(d.message).split('\n')[0] ?? '');
}

describe('language server: .congvan/profile.json', () => {
	let folder: string;
	let profileFile: string;
	let client: LspClient;
	let uri: string;

	before(async () => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-profile-'));
		fs.mkdirSync(path.join(folder, '.congvan'));
		fs.mkdirSync(path.join(folder, 'van-ban', 'nam-2025'), { recursive: true });
		profileFile = path.join(folder, '.congvan', 'profile.json');
		fs.writeFileSync(profileFile, JSON.stringify({ donVi: [{ ten: 'Văn phòng', kyHieu: 'VP' }] }));
		uri = pathToFileURL(path.join(folder, 'van-ban', 'nam-2025', 'thu.congvan')).href;
		client = LspClient.start();
		client.configuration = () => ({});
		await client.initialize(CAPABILITIES, folder);
		await client.open(uri, 'congvan', buildLetter({ so: 'Số: 15/UBND-KT' }));
	});

	after(() => {
		client.dispose();
		fs.rmSync(folder, { recursive: true, force: true });
	});

	it('checks the units against the nearest profile up to the workspace folder', async () => {
		assert.deepEqual(unknownUnits(await client.pull(uri)), [
			'Đơn vị "KT" trong ký hiệu không có trong danh sách đơn vị của hồ sơ nhóm (VP).',
		]);
	});

	it('watches the profile and asks the client to pull again when it changes', async () => {
		assert.ok(client.registrations.some((r) => JSON.stringify(r.registerOptions).includes('.congvan/profile.json')));
		fs.writeFileSync(
			profileFile,
			JSON.stringify({
				donVi: [
					{ ten: 'Văn phòng', kyHieu: 'VP' },
					{ ten: 'Phòng Kinh tế', kyHieu: 'KT' },
				],
			}),
		);
		const refreshed = client.next('refresh');
		await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
			changes: [{ uri: pathToFileURL(profileFile).href, type: 2 }],
		});
		await refreshed;
		assert.deepEqual(unknownUnits(await client.pull(uri)), []);
	});

	it('logs an invalid profile once and checks without it', async () => {
		fs.writeFileSync(profileFile, '{ "donVi": [');
		const logged = client.next('log', (l) => l.message.includes('profile.json'));
		const refreshed = client.next('refresh');
		await client.connection.sendNotification('workspace/didChangeWatchedFiles', {
			changes: [{ uri: pathToFileURL(profileFile).href, type: 2 }],
		});
		await refreshed;
		assert.deepEqual(unknownUnits(await client.pull(uri)), []);
		assert.match((await logged).message, /không phải JSON hợp lệ/u);
	});

	it('ignores a profile outside the workspace folder', async () => {
		const outside = pathToFileURL(path.join(os.tmpdir(), 'congvan-khong-co-ho-so', 'thu.congvan')).href;
		await client.open(outside, 'congvan', buildLetter({ so: 'Số: 15/UBND-KT' }));
		assert.deepEqual(unknownUnits(await client.pull(outside)), []);
	});
});
