// The language server over a real stdio connection: `node dist/server.js --stdio`, spoken to with
// vscode-jsonrpc as VS Code (pull diagnostics, workspace/configuration) and as Neovim 0.7 or eglot (pushed
// diagnostics, no workspace/configuration) would. Every wait is on a reply or on a message from the server.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
	ClientCapabilities,
	CodeAction,
	Diagnostic,
	DocumentDiagnosticReport,
	Range,
	TextDocumentContentChangeEvent,
	TextEdit,
} from 'vscode-languageserver';
import { toDiagnostics } from '../../server/src/convert';
import { lintText } from '../../server/src/core/index';
import { LspClient, documentEdits, readSharedLetter, repoRoot } from '../harness/lsp';

const LETTER_NAME = '000_421e170032c2d4c4.txt';
const LETTER_URI = 'file:///congvan/000.txt';

/** What VS Code declares, in the parts the server reads. */
const PULL_CAPABILITIES: ClientCapabilities = {
	textDocument: {
		synchronization: { dynamicRegistration: false },
		// VS Code declares both; the server must go by `diagnostic`.
		publishDiagnostics: { relatedInformation: true },
		diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
		codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
	},
	workspace: {
		configuration: true,
		didChangeConfiguration: { dynamicRegistration: true },
		diagnostics: { refreshSupport: true },
		workspaceEdit: { documentChanges: true },
	},
};

/** What Neovim 0.7 declares, in the parts the server reads: no pull, no workspace/configuration. */
const PUSH_CAPABILITIES: ClientCapabilities = {
	textDocument: {
		synchronization: { dynamicRegistration: false },
		publishDiagnostics: { relatedInformation: true },
		codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source'] } } },
	},
	workspace: { didChangeConfiguration: { dynamicRegistration: false } },
};

/** A short letter whose "Số:" line is given, with "1." twice in its body (lines 11 and 13, 0-based). */
function shortLetter(so: string, eol = '\n'): string {
	return [
		// The two columns of the header come out merged on one line each, as text taken from a Word table does.
		'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
		'XÃ ĐỒNG TÂM Độc lập - Tự do - Hạnh phúc',
		so,
		'Đồng Tâm, ngày 05 tháng 3 năm 2024',
		'',
		'V/v họp giao ban',
		'',
		'Kính gửi: Các thôn',
		'',
		'Đề nghị các thôn:',
		'',
		'1. Cử người dự họp.',
		'',
		'1. Chuẩn bị báo cáo./.',
		'',
		'Nơi nhận:',
		'- Như trên;',
		'- Lưu: VT.',
		'',
		'CHỦ TỊCH',
		'',
		'Nguyễn Văn A',
		'',
	].join(eol);
}

function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
	return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** The parts of a diagnostic that the tests compare exactly. */
function brief(d: Diagnostic): { code: unknown; severity: unknown; range: Range } {
	return { code: d.code, severity: d.severity, range: d.range };
}

/** The findings of the four spine rules and the spacing hint, whatever other rules say. */
function spine(diagnostics: readonly Diagnostic[]): Diagnostic[] {
	const codes = [SPACING, DUPLICATE, SO_KY_HIEU, 'missing-noi-nhan', 'citation-date-after-letter'];
	return diagnostics.filter((d) => codes.includes(String(d.code)));
}

/** What the core finds in a text, converted as the server converts it (today by the local clock). */
function fromCore(text: string, uri: string): Diagnostic[] {
	const now = new Date();
	const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
	const docsBaseUri = `${pathToFileURL(path.join(repoRoot, 'docs', 'rules')).href}/`;
	return toDiagnostics(text, lintText(text, { today }), { uri, docsBaseUri });
}

function items(report: DocumentDiagnosticReport): Diagnostic[] {
	assert.equal(report.kind, 'full');
	return report.kind === 'full' ? report.items : [];
}

function find(diagnostics: readonly Diagnostic[], code: string): Diagnostic {
	const found = diagnostics.find((d) => d.code === code);
	assert.ok(found, `no ${code} among ${JSON.stringify(diagnostics.map((d) => d.code))}`);
	return found;
}

/** The edits of an action, which must be for `uri` alone (and for `version`, when the edit carries one). */
function editsOf(action: CodeAction, uri: string, version?: number): TextEdit[] {
	const edits = documentEdits(action.edit, uri);
	if (version !== undefined) {
		assert.equal(edits.version, version, `action "${action.title}" is for another version`);
	}
	return edits.edits;
}

/** Starts a server and initializes it as VS Code; `settings` answers workspace/configuration. */
async function startPullClient(settings: () => unknown = () => ({})): Promise<LspClient> {
	const client = LspClient.start();
	client.configuration = settings;
	await client.initialize(PULL_CAPABILITIES);
	return client;
}

const DUPLICATE = 'duplicate-item-number';
const SPACING = 'so-ky-hieu-spacing';
const SO_KY_HIEU = 'malformed-so-ky-hieu';

describe('language server over stdio', () => {
	describe('as a pull client (VS Code)', () => {
		let client: LspClient;
		const letter = readSharedLetter(LETTER_NAME);
		// The client's copy of the document, kept in step with the changes sent.
		let mirror = TextDocument.create(LETTER_URI, 'congvan', 1, letter);

		async function change(changes: TextDocumentContentChangeEvent[]): Promise<void> {
			mirror = TextDocument.update(mirror, changes, mirror.version + 1);
			await client.change(LETTER_URI, mirror.version, changes);
		}

		before(async () => {
			client = LspClient.start();
			// debounceMs 0: a push, if the server wrongly sent one, would come at once, before the replies below.
			client.configuration = () => ({ debounceMs: 0 });
		});

		after(() => client.dispose());

		it('declares incremental sync, pull diagnostics, the code-action kinds and its name and version', async () => {
			const registration = client.next('registration');
			const result = await client.initialize(PULL_CAPABILITIES);
			const version = (JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;
			assert.deepEqual(result.serverInfo, { name: 'congvan', version });
			assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2 });
			assert.deepEqual(result.capabilities.diagnosticProvider, {
				identifier: 'congvan',
				interFileDependencies: false,
				workspaceDiagnostics: false,
			});
			assert.deepEqual(result.capabilities.codeActionProvider, { codeActionKinds: ['quickfix', 'source.fixAll.congvan'] });
			// VS Code sends didChangeConfiguration only for a section the server registers.
			const registered = await registration;
			assert.equal(registered.method, 'workspace/didChangeConfiguration');
			assert.deepEqual(registered.registerOptions, { section: 'congvan' });
		});

		it('pulls exactly the findings of a real letter, with exact ranges and rule links', async () => {
			await client.open(LETTER_URI, 'congvan', letter);
			const diagnostics = items(await client.pull(LETTER_URI));
			assert.equal(client.published.length, 0, 'a pull client got a publishDiagnostics');
			assert.deepEqual(diagnostics, fromCore(letter, LETTER_URI), 'the server sends exactly what the core finds');
			assert.deepEqual(spine(diagnostics).map(brief), [
				{ code: SPACING, severity: 4, range: range(2, 7, 2, 9) },
				{ code: DUPLICATE, severity: 1, range: range(30, 0, 30, 2) },
			]);
			const duplicate = find(diagnostics, DUPLICATE);
			assert.equal(duplicate.source, 'congvan');
			assert.match(
				typeof duplicate.message === 'string' ? duplicate.message : duplicate.message.value,
				/^khoản "7\." bị trùng số với khoản ở dòng 27\./u,
			);
			const href = duplicate.codeDescription?.href ?? '';
			assert.ok(href.startsWith('file://') && href.endsWith('docs/rules/duplicate-item-number.md'), href);
			// dist/server.js links to docs/rules/ at the package root, which ships inside the .vsix.
			assert.equal(fileURLToPath(href), path.join(repoRoot, 'docs', 'rules', 'duplicate-item-number.md'));
			assert.deepEqual(duplicate.relatedInformation, [
				{ location: { uri: LETTER_URI, range: range(26, 0, 26, 2) }, message: 'khoản "7." đầu tiên.' },
			]);
			// The data names the finding; its edits never travel with it.
			assert.deepEqual(find(diagnostics, SPACING).data, { ruleId: SPACING, messageId: 'space', fixable: true });
			assert.deepEqual(find(diagnostics, DUPLICATE).data, { ruleId: DUPLICATE, messageId: 'duplicate' });
		});

		it('asks for the congvan section scoped to the document', () => {
			assert.deepEqual(client.configurationRequests, [{ scopeUri: LETTER_URI, section: 'congvan' }]);
		});

		it('reflects incremental changes in the next pull', async () => {
			// The second "7." becomes "8.", which now repeats the "8." two lines below.
			await change([{ range: range(30, 0, 30, 1), text: '8' }]);
			let diagnostics = items(await client.pull(LETTER_URI));
			assert.deepEqual(spine(diagnostics).map(brief), [
				{ code: SPACING, severity: 4, range: range(2, 7, 2, 9) },
				{ code: DUPLICATE, severity: 1, range: range(32, 0, 32, 2) },
			]);
			assert.deepEqual(find(diagnostics, DUPLICATE).relatedInformation?.[0]?.location.range, range(30, 0, 30, 2));
			await change([{ range: range(32, 0, 32, 1), text: '9' }]);
			diagnostics = items(await client.pull(LETTER_URI));
			assert.deepEqual(spine(diagnostics).map(brief), [{ code: SPACING, severity: 4, range: range(2, 7, 2, 9) }]);
			assert.deepEqual(diagnostics, fromCore(mirror.getText(), LETTER_URI));
		});

		it('offers source.fixAll.congvan as separate edits, and the fixed text has nothing fixable left', async () => {
			const actions = (await client.codeActions(LETTER_URI, range(0, 0, 0, 0), { diagnostics: [], only: ['source.fixAll.congvan'] })) ?? [];
			assert.deepEqual(
				actions.map((a) => a.kind),
				['source.fixAll.congvan'],
			);
			const [fixAll] = actions;
			assert.ok(fixAll);
			const edits = editsOf(fixAll, LETTER_URI, mirror.version);
			// The spacing fix and the capitalisation of "tết Nguyên đán" (line 31).
			assert.deepEqual(edits, [
				{ range: range(2, 7, 2, 9), newText: '/' },
				{ range: range(30, 113, 30, 114), newText: 't' },
			]);
			// Apply the edits as an editor would, send the result, and lint again: nothing fixable is left.
			await change([{ text: TextDocument.applyEdits(mirror, edits) }]);
			const diagnostics = items(await client.pull(LETTER_URI));
			assert.deepEqual(
				diagnostics.filter((d) => (d.data as { fixable?: unknown } | undefined)?.fixable !== undefined),
				[],
			);
			assert.deepEqual(diagnostics, fromCore(mirror.getText(), LETTER_URI));
		});

		it('never pushes diagnostics to a pull client', async () => {
			await client.pull(LETTER_URI);
			await client.close(LETTER_URI);
			// A round trip after the close: an empty publish for it would have arrived before this reply.
			await client.pull(LETTER_URI);
			assert.deepEqual(client.published, []);
		});
	});

	describe('exact UTF-16 ranges', () => {
		let client: LspClient;

		before(async () => {
			client = await startPullClient();
		});

		after(() => client.dispose());

		async function pullText(uri: string, text: string): Promise<Diagnostic[]> {
			await client.open(uri, 'congvan', text);
			return items(await client.pull(uri));
		}

		it('counts precomposed Vietnamese letters as one code unit each', async () => {
			// "Số: " is four UTF-16 code units (and six UTF-8 bytes): the "5" is at character 4.
			const diagnostics = await pullText('file:///congvan/nfc.txt', shortLetter('Số: 5/UBND-VP'));
			assert.deepEqual(spine(diagnostics).map(brief), [
				{ code: SO_KY_HIEU, severity: 1, range: range(2, 4, 2, 5) },
				{ code: DUPLICATE, severity: 1, range: range(13, 0, 13, 2) },
			]);
			assert.deepEqual(find(diagnostics, SO_KY_HIEU).data, { ruleId: SO_KY_HIEU, messageId: 'needsZero', fixable: true });
		});

		it('counts the combining marks of an NFD line', async () => {
			// In NFD "ố" is "o" + U+0302 + U+0301, so the "5" moves to character 6.
			const text = shortLetter('Số: 5/UBND-VP').normalize('NFD');
			assert.equal(text.split('\n')[2]?.indexOf('5'), 6);
			const diagnostics = await pullText('file:///congvan/nfd.txt', text);
			assert.deepEqual(spine(diagnostics).map(brief), [
				{ code: SO_KY_HIEU, severity: 1, range: range(2, 6, 2, 7) },
				{ code: DUPLICATE, severity: 1, range: range(13, 0, 13, 2) },
			]);
			assert.deepEqual(find(diagnostics, SO_KY_HIEU).data, { ruleId: SO_KY_HIEU, messageId: 'needsZero', fixable: true });
		});

		it('counts CRLF line ends as line breaks, not characters', async () => {
			const diagnostics = await pullText('file:///congvan/crlf.txt', shortLetter('Số: 5/UBND-VP', '\r\n'));
			assert.deepEqual(spine(diagnostics).map(brief), [
				{ code: SO_KY_HIEU, severity: 1, range: range(2, 4, 2, 5) },
				{ code: DUPLICATE, severity: 1, range: range(13, 0, 13, 2) },
			]);
			assert.deepEqual(find(diagnostics, DUPLICATE).relatedInformation?.[0]?.location.range, range(11, 0, 11, 2));
		});
	});

	describe('code actions', () => {
		// Every congvan diagnostic also gets "Tắt … cho dòng này", "Tắt … cho cả tệp" and "Mở trang hướng dẫn …"
		// after its fixes (test/lsp/code-actions.test.ts); these tests look at the fixes only.
		const fixActions = (actions: CodeAction[]): CodeAction[] =>
			actions.filter((a) => !/^(?:Tắt \S+ cho |Mở trang hướng dẫn của )/u.test(a.title));
		let client: LspClient;
		const uri = 'file:///congvan/actions.txt';
		const twoFixes = 'file:///congvan/two-fixes.txt';

		before(async () => {
			client = await startPullClient();
			await client.open(uri, 'congvan', shortLetter('Số: 5/UBND-VP'));
			// "Số 5/…": a missing colon and a missing zero, two fixable findings of one rule.
			await client.open(twoFixes, 'congvan', shortLetter('Số 5/UBND-VP'));
		});

		after(() => client.dispose());

		it('turns a diagnostic into its preferred quick fix, which inserts "0"', async () => {
			const diagnostic = find(items(await client.pull(uri)), SO_KY_HIEU);
			const actions = fixActions((await client.codeActions(uri, diagnostic.range, { diagnostics: [diagnostic] })) ?? []);
			// One fixable finding of the rule: no "fix all of this rule"; fix-all only when asked for by kind.
			assert.equal(actions.length, 1);
			const [fix] = actions;
			assert.ok(fix);
			assert.equal(fix.kind, 'quickfix');
			assert.equal(fix.isPreferred, true);
			assert.match(fix.title, /^Sửa: Số nhỏ hơn 10/u);
			assert.deepEqual(editsOf(fix, uri), [{ range: range(2, 4, 2, 4), newText: '0' }]);
			assert.deepEqual(fix.diagnostics, [diagnostic]);
		});

		it('offers the suggestions of a diagnostic as quick fixes that are not preferred', async () => {
			const diagnostic = find(items(await client.pull(uri)), DUPLICATE);
			const actions = fixActions(
				(await client.codeActions(uri, diagnostic.range, { diagnostics: [diagnostic], only: ['quickfix'] })) ?? [],
			);
			assert.deepEqual(
				actions.map((a) => [a.kind, a.isPreferred, a.title]),
				[['quickfix', undefined, 'Đánh số lại từ khoản "1." trở đi.']],
			);
			assert.deepEqual(editsOf(actions[0] as CodeAction, uri), [{ range: range(13, 0, 13, 1), newText: '2' }]);
		});

		it('returns every safe fix for source.fixAll.congvan and for source.fixAll', async () => {
			for (const only of [['source.fixAll.congvan'], ['source.fixAll'], ['source']]) {
				const actions = (await client.codeActions(twoFixes, range(0, 0, 0, 0), { diagnostics: [], only })) ?? [];
				assert.deepEqual(
					actions.map((a) => a.kind),
					['source.fixAll.congvan'],
					`only ${JSON.stringify(only)}`,
				);
				assert.deepEqual(editsOf(actions[0] as CodeAction, twoFixes), [
					{ range: range(2, 2, 2, 2), newText: ':' },
					{ range: range(2, 3, 2, 3), newText: '0' },
				]);
			}
		});

		it('leaves fix-all out when only quick fixes are asked for', async () => {
			const actions = await client.codeActions(twoFixes, range(0, 0, 0, 0), { diagnostics: [], only: ['quickfix'] });
			assert.deepEqual(actions, []);
		});

		it('offers "Sửa tất cả lỗi <rule> trong văn bản" when a rule has two fixable findings', async () => {
			const diagnostics = items(await client.pull(twoFixes));
			const colon = diagnostics.find((d) => d.code === SO_KY_HIEU && d.range.start.character === 0);
			assert.ok(colon, JSON.stringify(diagnostics.map(brief)));
			const actions = fixActions((await client.codeActions(twoFixes, colon.range, { diagnostics: [colon] })) ?? []);
			assert.deepEqual(
				actions.map((a) => [a.kind, a.isPreferred ?? false, a.title]),
				[
					['quickfix', true, 'Sửa: Sau chữ "Số" phải có dấu hai chấm: "Số: 05/UBND-VP".'],
					['quickfix', false, `Sửa tất cả lỗi ${SO_KY_HIEU} trong văn bản`],
				],
			);
			assert.deepEqual(editsOf(actions[1] as CodeAction, twoFixes), [
				{ range: range(2, 2, 2, 2), newText: ':' },
				{ range: range(2, 3, 2, 3), newText: '0' },
			]);
		});

		it('gives a document of another language an empty report and no fix-all', async () => {
			const plain = 'file:///congvan/plain.txt';
			await client.open(plain, 'plaintext', shortLetter('Số: 5/UBND-VP'));
			assert.deepEqual(await client.pull(plain), { kind: 'full', items: [] });
			assert.deepEqual(await client.codeActions(plain, range(0, 0, 0, 0), { diagnostics: [], only: ['source.fixAll'] }), []);
		});
	});

	describe('settings from workspace/configuration', () => {
		let client: LspClient;
		let settings: unknown = { rules: { [DUPLICATE]: 'off' } };
		const letter = readSharedLetter(LETTER_NAME);

		before(async () => {
			client = await startPullClient(() => settings);
			await client.open(LETTER_URI, 'congvan', letter);
		});

		after(() => client.dispose());

		it('links the rule pages under congvan.rulesBaseUrl, the English pages under en/', async () => {
			settings = { rulesBaseUrl: 'https://vanban.example.vn/congvan/rules' };
			let refresh = client.next('refresh');
			await client.changeConfiguration(null);
			await refresh;
			const vi = items(await client.pull(LETTER_URI));
			assert.ok(vi.length > 0);
			for (const d of vi) {
				assert.equal(d.codeDescription?.href, `https://vanban.example.vn/congvan/rules/${String(d.code)}.md`);
			}
			settings = { rulesBaseUrl: 'https://vanban.example.vn/congvan/rules/', locale: 'en' };
			refresh = client.next('refresh');
			await client.changeConfiguration(null);
			await refresh;
			for (const d of items(await client.pull(LETTER_URI))) {
				assert.equal(d.codeDescription?.href, `https://vanban.example.vn/congvan/rules/en/${String(d.code)}.md`);
			}
			settings = { rules: { [DUPLICATE]: 'off' } };
			refresh = client.next('refresh');
			await client.changeConfiguration(null);
			await refresh;
			for (const d of items(await client.pull(LETTER_URI))) {
				assert.match(d.codeDescription?.href ?? '', /^file:\/\/.*\/docs\/rules\/[a-z0-9-]+\.md$/u);
			}
		});

		it('turns a rule off', async () => {
			const diagnostics = items(await client.pull(LETTER_URI));
			assert.deepEqual(
				spine(diagnostics).map((d) => d.code),
				[SPACING],
			);
		});

		it('asks again after didChangeConfiguration and asks the client to pull again', async () => {
			settings = { rules: { [DUPLICATE]: 'warning' } };
			const asked = client.configurationRequests.length;
			const refresh = client.next('refresh');
			// VS Code sends null settings: the server must ask for them.
			await client.changeConfiguration(null);
			await refresh;
			const diagnostics = items(await client.pull(LETTER_URI));
			assert.equal(client.configurationRequests.length, asked + 1);
			assert.deepEqual(spine(diagnostics).map(brief), [
				{ code: SPACING, severity: 4, range: range(2, 7, 2, 9) },
				{ code: DUPLICATE, severity: 2, range: range(30, 0, 30, 2) },
			]);
		});

		it('keeps serving on settings of the wrong type, falling back to the defaults and logging once', async () => {
			settings = { rules: 42, debounceMs: 'x', languages: 'congvan' };
			const logged = client.next('log', (l) => l.message.includes('congvan.rules'));
			const refresh = client.next('refresh');
			await client.changeConfiguration(null);
			await refresh;
			const diagnostics = items(await client.pull(LETTER_URI));
			assert.deepEqual(spine(diagnostics).map(brief), [
				{ code: SPACING, severity: 4, range: range(2, 7, 2, 9) },
				{ code: DUPLICATE, severity: 1, range: range(30, 0, 30, 2) },
			]);
			await logged;
			// A second document with the same settings: its check works and logs nothing new.
			const other = 'file:///congvan/other.txt';
			await client.open(other, 'congvan', letter);
			assert.equal(spine(items(await client.pull(other))).length, 2);
			assert.equal(client.logs.filter((l) => l.message.includes('congvan.rules')).length, 1);
			assert.equal(client.logs.filter((l) => l.message.includes('congvan.debounceMs')).length, 1);
		});

		it('checks the languages listed in congvan.languages', async () => {
			settings = { languages: ['congvan', 'plaintext'] };
			const refresh = client.next('refresh');
			await client.changeConfiguration(null);
			await refresh;
			const plain = 'file:///congvan/plain.txt';
			await client.open(plain, 'plaintext', letter);
			assert.equal(spine(items(await client.pull(plain))).length, 2);
		});

		it('never checks a plain-text or Markdown document that does not look like a letter, whatever the languages say', async () => {
			settings = { languages: ['congvan', 'plaintext', 'markdown'] };
			const refresh = client.next('refresh');
			await client.changeConfiguration(null);
			await refresh;
			// A meeting note: "Kính gửi" alone, no Nơi nhận, no Quốc hiệu with Số and date.
			const note = ['Biên bản họp nhóm ngày 12/3', '', 'Kính gửi: cả nhóm', '', '1. Chốt lịch', '1. Phân công', ''].join('\n');
			await client.open('file:///congvan/note.txt', 'plaintext', note);
			assert.deepEqual(items(await client.pull('file:///congvan/note.txt')), []);
			const readme = ['# Hướng dẫn', '', 'Nơi nhận: ghi ở cuối văn bản.', ''].join('\n');
			await client.open('file:///congvan/README.md', 'markdown', readme);
			assert.deepEqual(items(await client.pull('file:///congvan/README.md')), []);
			// The same meeting note as a .congvan file is checked: the user said it is a letter.
			await client.open('file:///congvan/note.congvan', 'congvan', note);
			assert.ok(items(await client.pull('file:///congvan/note.congvan')).length > 0);
			// A letter pasted into Markdown is checked.
			await client.open('file:///congvan/letter.md', 'markdown', letter);
			assert.equal(spine(items(await client.pull('file:///congvan/letter.md'))).length, 2);
		});
	});

	describe('as a push client (Neovim 0.7, eglot)', () => {
		let client: LspClient;
		const letter = readSharedLetter(LETTER_NAME);
		const forLetter = (p: { uri: string }): boolean => p.uri === LETTER_URI;

		before(() => {
			client = LspClient.start();
		});

		after(() => client.dispose());

		it('declares no pull diagnostics to a client that cannot pull', async () => {
			const result = await client.initialize(PUSH_CAPABILITIES);
			assert.equal(result.capabilities.diagnosticProvider, undefined);
			assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: 2 });
		});

		it('publishes the findings on open', async () => {
			const published = client.next('publish', forLetter);
			await client.open(LETTER_URI, 'congvan', letter);
			const params = await published;
			assert.equal(params.version, 1);
			assert.deepEqual(spine(params.diagnostics).map(brief), [
				{ code: SPACING, severity: 4, range: range(2, 7, 2, 9) },
				{ code: DUPLICATE, severity: 1, range: range(30, 0, 30, 2) },
			]);
			assert.equal(find(params.diagnostics, DUPLICATE).source, 'congvan');
			// No workspace/configuration capability: the server never asks.
			assert.deepEqual(client.configurationRequests, []);
		});

		it('publishes again after a change, once the debounce has passed', async () => {
			const published = client.next('publish', forLetter);
			await client.change(LETTER_URI, 2, [{ range: range(30, 0, 30, 1), text: '8' }]);
			const params = await published;
			assert.equal(params.version, 2);
			assert.deepEqual(spine(params.diagnostics).map(brief), [
				{ code: SPACING, severity: 4, range: range(2, 7, 2, 9) },
				{ code: DUPLICATE, severity: 1, range: range(32, 0, 32, 2) },
			]);
		});

		it('takes the settings carried by didChangeConfiguration and publishes again', async () => {
			const published = client.next('publish', forLetter);
			await client.changeConfiguration({ congvan: { rules: { [DUPLICATE]: 'off' } } });
			assert.deepEqual(
				spine((await published).diagnostics).map((d) => d.code),
				[SPACING],
			);
		});

		it('keeps serving on settings of the wrong type, with the defaults', async () => {
			const logged = client.next('log', (l) => l.message.includes('congvan.debounceMs'));
			const published = client.next('publish', forLetter);
			await client.changeConfiguration({ congvan: { rules: 42, debounceMs: 'x' } });
			assert.deepEqual(
				spine((await published).diagnostics).map((d) => d.code),
				[SPACING, DUPLICATE],
			);
			await logged;
			const again = client.next('publish', forLetter);
			await client.changeConfiguration({ congvan: { debounceMs: 0 } });
			assert.equal(spine((await again).diagnostics).length, 2);
		});

		it('publishes an empty list on close', async () => {
			const published = client.next('publish', forLetter);
			await client.close(LETTER_URI);
			assert.deepEqual(await published, { uri: LETTER_URI, diagnostics: [] });
		});

		it('does not check a document of another language', async () => {
			const plain = 'file:///congvan/plain.txt';
			const published = client.next('publish', (p) => p.uri === plain);
			await client.open(plain, 'plaintext', letter);
			assert.deepEqual((await published).diagnostics, []);
		});
	});

	describe('robustness', () => {
		let client: LspClient;

		before(async () => {
			client = await startPullClient();
		});

		after(() => client.dispose());

		it('answers an unknown request with MethodNotFound and keeps serving', async () => {
			await assert.rejects(client.connection.sendRequest('congvan/noSuchMethod', {}), (error: { code?: number }) => error.code === -32601);
			await client.open(LETTER_URI, 'congvan', readSharedLetter(LETTER_NAME));
			assert.equal(spine(items(await client.pull(LETTER_URI))).length, 2);
		});

		it('ignores changes to a document it never opened and unknown notifications', async () => {
			const unknown = 'file:///congvan/never-opened.txt';
			await client.change(unknown, 2, [{ range: range(0, 0, 0, 0), text: 'x' }]);
			await client.connection.sendNotification('congvan/noSuchNotification', { x: 1 });
			assert.deepEqual(await client.pull(unknown), { kind: 'full', items: [] });
			assert.deepEqual(await client.codeActions(unknown, range(0, 0, 0, 0), { diagnostics: [], only: ['source.fixAll'] }), []);
		});

		it('survives malformed params', async () => {
			await client.connection.sendNotification('textDocument/didOpen', { textDocument: null });
			await client.connection.sendNotification('textDocument/didChange', {
				textDocument: { uri: LETTER_URI },
				contentChanges: [{ text: 'x' }],
			});
			await client.connection.sendNotification('workspace/didChangeConfiguration', {});
			assert.deepEqual(await client.connection.sendRequest('textDocument/diagnostic', {}), { kind: 'full', items: [] });
			assert.deepEqual(await client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri: LETTER_URI } }), []);
			assert.equal(spine(items(await client.pull(LETTER_URI))).length, 2);
		});

		it('answers a pull for a document closed during the check with an empty report', async () => {
			const uri = 'file:///congvan/closed-early.txt';
			await client.open(uri, 'congvan', readSharedLetter(LETTER_NAME));
			// The pull waits for workspace/configuration, which this client answers only after the close is sent.
			const report = client.pull(uri);
			await client.close(uri);
			assert.deepEqual(await report, { kind: 'full', items: [] });
			assert.ok(client.alive);
		});
	});

	describe('shutdown', () => {
		let client: LspClient;

		before(async () => {
			client = await startPullClient();
		});

		after(() => client.dispose());

		it('exits with code 0 after shutdown and exit', async () => {
			assert.deepEqual(await client.shutdownAndExit(), { code: 0, signal: null });
		});
	});
});
