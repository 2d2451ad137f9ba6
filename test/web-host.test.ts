// The web worker's ways to the workspace (server/src/workspace-files.ts, project-config.ts, folder-check.ts):
// the team's project files and the folder check's letters read by URI through a reader, as the worker reads
// them through the client (`congvan/readFile`, vscode.workspace.fs). The reader here serves a workspace held
// in memory, under github.dev's `vscode-vfs` scheme; the real round trip through the editor is the business of
// `npm run test:web` (scripts/e2e/web-worker.cjs and test/web/suite.ts).
import * as assert from 'node:assert/strict';
import { workspaceLetter } from '../server/src/folder-check';
import { WorkspaceProjectFiles } from '../server/src/project-config';
import { parentUri, rootOf, workspaceFolderUris, type WorkspaceReader } from '../server/src/workspace-files';

const ROOT = 'vscode-vfs://github/congvan-team/cong-van';

/** A workspace in memory; counts the reads, and remembers each URI asked for. */
function memoryReader(files: Record<string, string | Uint8Array>): WorkspaceReader & { reads: string[] } {
	const reads: string[] = [];
	return {
		reads,
		async read(uri, limit) {
			reads.push(uri);
			const content = files[uri.slice(ROOT.length + 1)];
			if (content === undefined) {
				return { missing: true };
			}
			const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
			return bytes.length > limit ? { error: `larger than ${limit} B` } : { bytes };
		},
	};
}

function warnings(): { warn(message: string): void; messages: string[] } {
	const messages: string[] = [];
	return { messages, warn: (message) => messages.push(message) };
}

describe('web host: the workspace through the editor', () => {
	it('walks URIs of any scheme: parent folders, the innermost workspace folder', () => {
		assert.equal(parentUri(`${ROOT}/van-ban/thu.congvan`), `${ROOT}/van-ban`);
		assert.equal(parentUri('vscode-vfs://github'), undefined);
		assert.equal(parentUri('untitled:Untitled-1'), undefined);
		assert.equal(rootOf(`${ROOT}/a/b.congvan`, [`${ROOT}/`, `${ROOT}/a`]), `${ROOT}/a`);
		assert.equal(rootOf(`${ROOT}-khac/b.congvan`, [ROOT]), undefined);
		assert.deepEqual(workspaceFolderUris({ workspaceFolders: [{ uri: `${ROOT}/` }] }), [ROOT]);
		assert.deepEqual(workspaceFolderUris({ rootUri: ROOT }), [ROOT]);
	});

	it('takes the nearest .congvanrc.json up to the workspace folder, reads each file once until clear()', async () => {
		const reader = memoryReader({
			'.congvanrc.json': JSON.stringify({ rules: { 'nfd-text': 'off' } }),
			'phong/.congvanrc.json': '\uFEFF{ "rules": { "lookalike-d": "error" } }',
		});
		const console = warnings();
		const projects = new WorkspaceProjectFiles(console, reader, [ROOT]);
		assert.deepEqual(await projects.rulesFor(`${ROOT}/phong/thu.congvan`, 'vi'), { 'lookalike-d': 'error' });
		assert.deepEqual(await projects.rulesFor(`${ROOT}/khac/thu.congvan`, 'vi'), { 'nfd-text': 'off' });
		const count = reader.reads.length;
		assert.deepEqual(await projects.rulesFor(`${ROOT}/phong/thu-2.congvan`, 'vi'), { 'lookalike-d': 'error' });
		assert.equal(reader.reads.length, count, 'a second letter of the folder reads nothing again');
		projects.clear();
		await projects.rulesFor(`${ROOT}/phong/thu.congvan`, 'vi');
		assert.equal(reader.reads.length, count + 1);
		assert.deepEqual(console.messages, []);
	});

	it('reads nothing for a document outside every workspace folder', async () => {
		const reader = memoryReader({ '.congvanrc.json': '{ "rules": { "nfd-text": "off" } }' });
		const projects = new WorkspaceProjectFiles(warnings(), reader, [`${ROOT}/phong`]);
		assert.deepEqual(await projects.rulesFor(`${ROOT}/thu.congvan`, 'vi'), {});
		assert.equal(await projects.profileFor(`${ROOT}/thu.congvan`, 'vi'), undefined);
		assert.deepEqual(reader.reads, []);
	});

	it('reads the team profile, dropping a field of the wrong type with a message', async () => {
		const reader = memoryReader({
			'.congvan/profile.json': JSON.stringify({ kyHieuCoQuan: 'STC', donVi: [{ ten: 'Văn phòng', kyHieu: 'VP' }], diaDanh: 5 }),
		});
		const console = warnings();
		const projects = new WorkspaceProjectFiles(console, reader, [ROOT]);
		const profile = await projects.profileFor(`${ROOT}/van-ban/thu.congvan`, 'vi');
		assert.deepEqual(profile, { kyHieuCoQuan: 'STC', donVi: [{ ten: 'Văn phòng', kyHieu: 'VP' }] });
		assert.equal(console.messages.length, 1);
		assert.match(console.messages[0] ?? '', /diaDanh/u);
	});

	it('ignores a .congvanrc.json that is not JSON, saying so once, in the language asked for', async () => {
		const reader = memoryReader({ '.congvanrc.json': '{ "rules": ' });
		const console = warnings();
		const projects = new WorkspaceProjectFiles(console, reader, [ROOT]);
		assert.deepEqual(await projects.rulesFor(`${ROOT}/thu.congvan`, 'en'), {});
		assert.deepEqual(await projects.rulesFor(`${ROOT}/thu-2.congvan`, 'en'), {});
		assert.equal(console.messages.length, 1);
		assert.match(console.messages[0] ?? '', /is not valid JSON.*The file is ignored\.$/u);
	});

	it('reads a letter for the folder check, unless .congvanignore leaves it out or it is not UTF-8 text', async () => {
		const reader = memoryReader({
			'thu.congvan': '\uFEFFSố: 5/UBND-VP',
			'nhap/.congvanignore': 'cu/\n',
			'nhap/cu/thu.congvan': 'Số: 6/UBND-VP',
			'nhap/moi.congvan': 'Số: 7/UBND-VP',
			'utf16.congvan': new Uint8Array([0xff, 0xfe, 0x53, 0x00]),
		});
		assert.deepEqual(await workspaceLetter(`${ROOT}/thu.congvan`, [ROOT], reader), { text: 'Số: 5/UBND-VP' });
		assert.deepEqual(await workspaceLetter(`${ROOT}/nhap/cu/thu.congvan`, [ROOT], reader), { skip: 'ignored' });
		assert.deepEqual(await workspaceLetter(`${ROOT}/nhap/moi.congvan`, [ROOT], reader), { text: 'Số: 7/UBND-VP' });
		assert.deepEqual(await workspaceLetter(`${ROOT}/utf16.congvan`, [ROOT], reader), { skip: 'notText' });
		assert.deepEqual(await workspaceLetter(`${ROOT}/khong-co.congvan`, [ROOT], reader), { skip: 'notFile' });
		assert.deepEqual(await workspaceLetter('vscode-vfs://github/khac/thu.congvan', [ROOT], reader), { skip: 'outside' });
	});
});
