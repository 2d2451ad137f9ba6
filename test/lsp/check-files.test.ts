// The `congvan/checkFiles` request of the "check the whole folder" command, over a real stdio connection:
// the server reads the letters that are not open from disk and publishes their diagnostics; it applies the
// folder's .congvanrc.json, the language setting and the letter test of plain-text files; it skips links,
// FIFOs, files outside the workspace and open documents; a new run clears the previous one's lists, opening
// a file hands it to the live checks, and a cancelled request stops between two files.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { buildLetter } from '../harness/letter-builder';
import { LspClient } from '../harness/lsp';

const CAPABILITIES = {
	textDocument: { diagnostic: { dynamicRegistration: false } },
	workspace: { configuration: true, diagnostics: { refreshSupport: true } },
};

interface Result {
	checked: number;
	errors: number;
	warnings: number;
	others: number;
	skipped: { uri: string; reason: string }[];
	cancelled: boolean;
}

const BAD_SO = buildLetter({ so: 'Số: 5/UBND-VP' });
const BAD_DATE = buildLetter({ date: 'Cao Bằng, ngày 5 tháng 2 năm 2021' });
const GOOD = buildLetter();
const MEETING_NOTE = 'Ghi chú cuộc họp giao ban\n\n- Anh Nam: xong báo cáo quý.\n- Chị Lan: gửi số liệu trước thứ Sáu.\n';

describe('language server: congvan/checkFiles (check the whole folder)', () => {
	let folder: string;
	let client: LspClient;
	let languages: string[] = ['congvan'];
	const uriOf = (name: string): string => pathToFileURL(path.join(folder, name)).href;

	function write(name: string, text: string): string {
		fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
		fs.writeFileSync(path.join(folder, name), text);
		return uriOf(name);
	}

	function checkFiles(files: { uri: string; languageId: string }[], first = false): Promise<Result> {
		return client.connection.sendRequest('congvan/checkFiles', { files, first });
	}

	/** The codes of the last list published for a URI; undefined when none was published. */
	function lastCodes(uri: string): string[] | undefined {
		const last = client.published.filter((p) => p.uri === uri).at(-1);
		return last?.diagnostics.map((d) => String(d.code));
	}

	beforeEach(async () => {
		folder = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-folder-'));
		languages = ['congvan'];
		client = LspClient.start();
		client.configuration = (item) => (item.section === 'congvan' ? { languages } : null);
		await client.initialize(CAPABILITIES, folder);
	});

	afterEach(() => {
		client.dispose();
		fs.rmSync(folder, { recursive: true, force: true });
	});

	it('publishes the findings of closed letters read from disk, and an empty list for a clean one', async () => {
		const a = write('a.congvan', BAD_SO);
		const b = write('nhap/b.congvan', BAD_DATE);
		const c = write('c.congvan', GOOD);
		const result = await checkFiles(
			[a, b, c].map((uri) => ({ uri, languageId: 'congvan' })),
			true,
		);
		assert.equal(result.checked, 3);
		assert.deepEqual(result.skipped, []);
		assert.equal(result.cancelled, false);
		assert.ok(lastCodes(a)?.includes('malformed-so-ky-hieu'), JSON.stringify(lastCodes(a)));
		assert.ok((lastCodes(b) ?? []).length > 0, 'the unpadded date is found');
		assert.deepEqual(lastCodes(c), []);
		const published = [a, b, c].flatMap((uri) => client.published.filter((p) => p.uri === uri).at(-1)?.diagnostics ?? []);
		assert.equal(result.errors + result.warnings + result.others, published.length);
		assert.equal(result.errors, published.filter((d) => d.severity === 1).length);
	});

	it("applies the folder's .congvanrc.json to a closed letter", async () => {
		fs.writeFileSync(path.join(folder, '.congvanrc.json'), JSON.stringify({ rules: { 'malformed-so-ky-hieu': 'off' } }));
		const a = write('a.congvan', BAD_SO);
		await checkFiles([{ uri: a, languageId: 'congvan' }], true);
		assert.ok(!(lastCodes(a) ?? ['missing']).includes('malformed-so-ky-hieu'));
	});

	it('leaves out what .congvanignore says, as the CLI walk does (a folder, a pattern, a negation)', async () => {
		fs.writeFileSync(path.join(folder, '.congvanignore'), '# drafts of others\nluu-tru/\n*.mau.congvan\n!giu.mau.congvan\n');
		fs.mkdirSync(path.join(folder, 'nhap'), { recursive: true });
		fs.writeFileSync(path.join(folder, 'nhap', '.congvanignore'), 'cu-*.congvan\n');
		const kept = write('a.congvan', BAD_SO);
		const archived = write('luu-tru/b.congvan', BAD_SO);
		const template = write('cong-van.mau.congvan', BAD_SO);
		const keptTemplate = write('giu.mau.congvan', BAD_SO);
		const old = write('nhap/cu-1.congvan', BAD_SO);
		const draft = write('nhap/moi.congvan', BAD_SO);
		const result = await checkFiles(
			[kept, archived, template, keptTemplate, old, draft].map((uri) => ({ uri, languageId: 'congvan' })),
			true,
		);
		assert.equal(result.checked, 3);
		assert.deepEqual(
			result.skipped.map((s) => [s.uri, s.reason]),
			[archived, template, old].map((uri) => [uri, 'ignored']),
		);
		assert.equal(lastCodes(archived), undefined);
		assert.ok(lastCodes(draft)?.includes('malformed-so-ky-hieu'));
	});

	it('checks a .txt file only when plaintext is opted in and it looks like a letter', async () => {
		const letterTxt = write('thu.txt', BAD_SO);
		const note = write('ghi-chu.txt', MEETING_NOTE);
		const files = [letterTxt, note].map((uri) => ({ uri, languageId: 'plaintext' }));
		let result = await checkFiles(files, true);
		assert.deepEqual(
			result.skipped.map((s) => s.reason),
			['language', 'language'],
		);
		assert.deepEqual(lastCodes(letterTxt), []);
		languages = ['congvan', 'plaintext'];
		await client.changeConfiguration({ congvan: { languages } });
		result = await checkFiles(files, true);
		assert.equal(result.checked, 1);
		assert.deepEqual(result.skipped, [{ uri: note, reason: 'notLetter' }]);
		assert.ok(lastCodes(letterTxt)?.includes('malformed-so-ky-hieu'));
		assert.deepEqual(lastCodes(note), []);
	});

	it('never follows a link, never opens a FIFO, never reads outside the workspace', async function () {
		const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-outside-'));
		try {
			fs.writeFileSync(path.join(outside, 'x.congvan'), BAD_SO);
			fs.mkdirSync(path.join(outside, 'dir'));
			fs.writeFileSync(path.join(outside, 'dir', 'y.congvan'), BAD_SO);
			fs.symlinkSync(path.join(outside, 'x.congvan'), path.join(folder, 'link.congvan'));
			fs.symlinkSync(path.join(outside, 'dir'), path.join(folder, 'linked-dir'));
			const files = [
				uriOf('link.congvan'),
				uriOf('linked-dir/y.congvan'),
				pathToFileURL(path.join(outside, 'x.congvan')).href,
				'untitled:Untitled-1',
			];
			if (process.platform !== 'win32' && spawnSync('mkfifo', [path.join(folder, 'fifo.congvan')]).status === 0) {
				files.push(uriOf('fifo.congvan'));
			}
			const result = await checkFiles(
				files.map((uri) => ({ uri, languageId: 'congvan' })),
				true,
			);
			assert.equal(result.checked, 0);
			assert.deepEqual(
				result.skipped.map((s) => s.reason),
				['link', 'link', 'outside', 'notFile', ...(files.length > 4 ? ['notFile'] : [])],
			);
			assert.equal(client.published.filter((p) => files.includes(p.uri)).length, 0);
		} finally {
			fs.rmSync(outside, { recursive: true, force: true });
		}
	});

	it('leaves an open document to the live checks, and clears the disk list of a file when it opens', async () => {
		const a = write('a.congvan', BAD_SO);
		const b = write('b.congvan', BAD_SO);
		await client.open(b, 'congvan', GOOD);
		const result = await checkFiles(
			[a, b].map((uri) => ({ uri, languageId: 'congvan' })),
			true,
		);
		assert.deepEqual(result.skipped, [{ uri: b, reason: 'open' }]);
		assert.equal(client.published.filter((p) => p.uri === b).length, 0, 'nothing is pushed for an open document (the client pulls)');
		const cleared = client.next('publish');
		await client.open(a, 'congvan', BAD_SO);
		const params = await cleared;
		assert.equal(params.uri, a);
		assert.deepEqual(params.diagnostics, []);
	});

	it("clears the previous run's lists when a new run starts", async () => {
		const a = write('a.congvan', BAD_SO);
		await checkFiles([{ uri: a, languageId: 'congvan' }], true);
		assert.ok((lastCodes(a) ?? []).length > 0);
		fs.rmSync(path.join(folder, 'a.congvan'));
		// The file is gone: the new run does not list it, and its old findings disappear.
		const result = await checkFiles([], true);
		assert.equal(result.checked, 0);
		assert.deepEqual(lastCodes(a), []);
	});

	it('stops between two files when the request is cancelled', async () => {
		const files = Array.from({ length: 60 }, (_, i) => ({ uri: write(`t${String(i)}.congvan`, BAD_SO), languageId: 'congvan' }));
		const source = new CancellationTokenSource();
		const firstPublish = client.next('publish');
		const pending = client.connection.sendRequest('congvan/checkFiles', { files, first: true }, source.token).then(
			(value) => value as Result,
			(error: unknown) => error,
		);
		await firstPublish;
		source.cancel();
		await pending;
		const published = new Set(client.published.map((p) => p.uri));
		assert.ok(published.size >= 1 && published.size < files.length, `published ${String(published.size)} of ${String(files.length)}`);
	});

	it('refuses malformed parameters with InvalidParams', async () => {
		await assert.rejects(client.connection.sendRequest('congvan/checkFiles', { files: 'a.congvan' }), (error: { code?: number }) => {
			assert.equal(error.code, -32602);
			return true;
		});
	});
});
