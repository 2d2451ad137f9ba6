// Fixes are a function of the current text (issue 15, item 1), over a real stdio connection. A diagnostic
// that the client sends back only names its finding; the server offers the fixes of the matching problem
// of the text it holds, with that text's version, and nothing for a diagnostic of an older text or one
// that it never made. Each test here failed on the server that took its fixes from Diagnostic.data:
// - a quick fix taken from the diagnostic of the previous version wrote "0" into "SỞ NỘI VỤ";
// - a forged `data` whose fix deleted the whole document came back as the preferred quick fix;
// - a change that reused a version number kept the old parse, and fix-all wrote into "CỘNG HÒA XÃ HỘI";
// - no edit carried the document's version.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities, CodeAction, Diagnostic, DocumentDiagnosticReport, Range } from 'vscode-languageserver';
import { toDiagnostics } from '../../server/src/convert';
import { applyFixes, lintText, type DateValue } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { LspClient, documentEdits, repoRoot } from '../harness/lsp';

/** What VS Code declares, in the parts the server reads: pull diagnostics and versioned edits. */
const VSCODE: ClientCapabilities = {
	textDocument: {
		diagnostic: { dynamicRegistration: false },
		codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
	},
	workspace: { configuration: true, diagnostics: { refreshSupport: true }, workspaceEdit: { documentChanges: true } },
};

/** A client that pulls diagnostics but takes edits only in the `changes` form. */
const WITHOUT_DOCUMENT_CHANGES: ClientCapabilities = {
	textDocument: VSCODE.textDocument ?? {},
	workspace: { configuration: true, diagnostics: { refreshSupport: true } },
};

/** A Sở's letter whose number lacks its zero ("Số: 5/SNV-VP" on line 2), below "SỞ NỘI VỤ" on line 1. */
const SO_NOI_VU = [
	'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG',
	'SỞ NỘI VỤ',
	'Số: 5/SNV-VP',
	'',
	'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
	'Độc lập - Tự do - Hạnh phúc',
	'',
	'Cao Bằng, ngày 05 tháng 02 năm 2021',
	'',
	'V/v triển khai kế hoạch công tác',
	'',
	'Kính gửi: Các phòng, ban',
	'',
	'Thực hiện kế hoạch năm 2021, Sở Nội vụ đề nghị các phòng, ban thực hiện tốt các nội dung sau./.',
	'',
	'Nơi nhận:',
	'- Như trên;',
	'- Lưu: VT, VP.',
	'',
	'GIÁM ĐỐC',
	'',
	'Nguyễn Văn An',
	'',
].join('\n');

const RULE = 'malformed-so-ky-hieu';

function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
	return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

function items(report: DocumentDiagnosticReport): Diagnostic[] {
	assert.equal(report.kind, 'full');
	return report.kind === 'full' ? report.items : [];
}

/** The editor's today, as the server takes it. */
function today(): DateValue {
	const now = new Date();
	return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** What the core finds in a text, converted as the server converts it. */
function fromCore(text: string, uri: string): Diagnostic[] {
	const docsBaseUri = `${pathToFileURL(path.join(repoRoot, 'docs', 'rules')).href}/`;
	return toDiagnostics(text, lintText(text, { today: today() }), { uri, docsBaseUri });
}

/** The text after an action's edits, whatever version they say they are for (as a careless client would). */
function applied(action: CodeAction, document: TextDocument): string {
	return TextDocument.applyEdits(document, documentEdits(action.edit, document.uri).edits);
}

/**
 * The text after an action's edits, applied as an editor applies a versioned edit: refused (an error here)
 * unless the edit is for the version the editor holds.
 */
function applyAction(action: CodeAction, document: TextDocument): string {
	const { version } = documentEdits(action.edit, document.uri);
	assert.equal(version, document.version, `"${action.title}" is for version ${version}, the document is at ${document.version}`);
	return applied(action, document);
}

/** The document as the client holds it, kept in step with what it sends. */
class Mirror {
	document: TextDocument;

	constructor(
		private readonly client: LspClient,
		readonly uri: string,
		text: string,
	) {
		this.document = TextDocument.create(uri, 'congvan', 1, text);
	}

	get text(): string {
		return this.document.getText();
	}

	async open(): Promise<void> {
		await this.client.open(this.uri, 'congvan', this.text, this.document.version);
	}

	/** Sends a full-text change, at the next version or at the one given (a client may reuse one). */
	async replace(text: string, version = this.document.version + 1): Promise<void> {
		this.document = TextDocument.update(this.document, [{ text }], version);
		await this.client.change(this.uri, version, [{ text }]);
	}

	/** Sends an insertion at a position, at the next version. */
	async insert(line: number, character: number, text: string): Promise<void> {
		const change = { range: range(line, character, line, character), text };
		this.document = TextDocument.update(this.document, [change], this.document.version + 1);
		await this.client.change(this.uri, this.document.version, [change]);
	}

	async pull(): Promise<Diagnostic[]> {
		return items(await this.client.pull(this.uri));
	}

	async actions(diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
		const at = diagnostics[0]?.range ?? range(0, 0, 0, 0);
		return (await this.client.codeActions(this.uri, at, only === undefined ? { diagnostics } : { diagnostics, only })) ?? [];
	}

	async fixAll(): Promise<CodeAction[]> {
		return this.actions([], ['source.fixAll.congvan']);
	}
}

describe('language server: fixes are a function of the current text', () => {
	let client: LspClient;
	let opened = 0;

	/** A new document with the text, opened at version 1. */
	async function open(text: string): Promise<Mirror> {
		opened++;
		const mirror = new Mirror(client, `file:///congvan/fixes-${opened}.congvan`, text);
		await mirror.open();
		return mirror;
	}

	before(async () => {
		client = LspClient.start();
		client.configuration = () => ({});
		await client.initialize(VSCODE);
	});

	after(() => client.dispose());

	it('gives the quick fix of a current diagnostic, with the document’s version', async () => {
		const doc = await open(SO_NOI_VU);
		const diagnostic = (await doc.pull()).find((d) => d.code === RULE);
		assert.ok(diagnostic);
		assert.deepEqual(diagnostic.range, range(2, 4, 2, 5));
		const [fix] = await doc.actions([diagnostic], ['quickfix']);
		assert.ok(fix);
		assert.equal(fix.isPreferred, true);
		assert.deepEqual(documentEdits(fix.edit, doc.uri), { version: 1, edits: [{ range: range(2, 4, 2, 4), newText: '0' }] });
		assert.equal(applyAction(fix, doc.document), SO_NOI_VU.replace('Số: 5/', 'Số: 05/'));
	});

	it('never lands the quick fix of a stale diagnostic on "SỞ NỘI VỤ" after a line is inserted above', async () => {
		const doc = await open(SO_NOI_VU);
		const old = (await doc.pull()).find((d) => d.code === RULE);
		assert.ok(old);
		// The user types a line at the top before the client has pulled again: "Số" moves to line 3, and
		// line 2, where the old diagnostic points, is now "SỞ NỘI VỤ".
		await doc.insert(0, 0, 'DỰ THẢO\n');
		assert.equal(doc.text.split('\n')[2], 'SỞ NỘI VỤ');
		const actions = await doc.actions([old]);
		for (const action of actions) {
			if (action.edit !== undefined) {
				const after = applied(action, doc.document).split('\n');
				assert.ok(after.includes('SỞ NỘI VỤ'), `"${action.title}" changes "SỞ NỘI VỤ": ${JSON.stringify(after.slice(0, 4))}`);
				assert.equal(documentEdits(action.edit, doc.uri).version, 2, `"${action.title}" is not for the current version`);
			}
		}
		// No problem of the current text has the old range: the stale diagnostic gets nothing at all.
		assert.deepEqual(
			actions.map((a) => a.title),
			[],
		);
		// The next pull gives the diagnostic at its new place, whose fix is right for the new text.
		const current = (await doc.pull()).find((d) => d.code === RULE);
		assert.deepEqual(current?.range, range(3, 4, 3, 5));
		const [fix] = await doc.actions([current as Diagnostic], ['quickfix']);
		assert.ok(fix);
		assert.equal(applyAction(fix, doc.document), `DỰ THẢO\n${SO_NOI_VU.replace('Số: 5/', 'Số: 05/')}`);
	});

	it('gives nothing for a forged diagnostic whose "fix" deletes the whole document', async () => {
		const doc = await open(SO_NOI_VU);
		const lines = SO_NOI_VU.split('\n').length;
		const everything = range(0, 0, lines, 0);
		const forged: Diagnostic = {
			range: everything,
			message: 'Sửa',
			source: 'congvan',
			code: RULE,
			data: { ruleId: RULE, messageId: 'needsZero', fix: [{ range: everything, newText: '' }] },
		};
		// The shape of the data that servers before this one sent, with the edits in it.
		const oldShape: Diagnostic = { ...forged, data: { ruleId: RULE, fix: [{ range: everything, newText: '' }] } };
		assert.deepEqual(await doc.actions([forged]), []);
		assert.deepEqual(await doc.actions([oldShape]), []);
		assert.deepEqual(await doc.actions([forged], ['quickfix']), []);
	});

	it('offers only the real fix when a forged diagnostic copies a real one and adds its own edits', async () => {
		const doc = await open(SO_NOI_VU);
		const real = (await doc.pull()).find((d) => d.code === RULE);
		assert.ok(real);
		const forged: Diagnostic = {
			...real,
			data: { ...(real.data as object), fix: [{ range: range(0, 0, 30, 0), newText: '' }] },
		};
		const actions = await doc.actions([forged], ['quickfix']);
		assert.ok(actions.length > 0, 'the real finding still gets its actions');
		for (const action of actions) {
			if (action.edit !== undefined) {
				const after = applied(action, doc.document);
				assert.ok(
					after.length > SO_NOI_VU.length,
					`"${action.title}" only inserts: ${JSON.stringify(documentEdits(action.edit, doc.uri))}`,
				);
			}
		}
		assert.equal(applyAction(actions[0] as CodeAction, doc.document), SO_NOI_VU.replace('Số: 5/', 'Số: 05/'));
	});

	it('re-parses a change that reuses the version number: diagnostics and fix-all are those of the new text', async () => {
		const doc = await open(SO_NOI_VU);
		assert.deepEqual(await doc.pull(), fromCore(SO_NOI_VU, doc.uri));
		// A client sends a change at version 1 again: two lines in front of the letter.
		const changed = `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n${SO_NOI_VU.replace(/\nCỘNG HÒA[^\n]*\n[^\n]*\n/u, '\n')}`;
		await doc.replace(changed, 1);
		assert.equal(doc.document.version, 1);
		const diagnostics = await doc.pull();
		assert.deepEqual(diagnostics, fromCore(changed, doc.uri), 'the diagnostics of the new text');
		const [fixAll] = await doc.fixAll();
		assert.ok(fixAll);
		const after = applyAction(fixAll, doc.document);
		assert.equal(after, applyFixes(changed, lintText(changed, { today: today() })).output);
		assert.ok(after.startsWith('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n'), after.slice(0, 80));
		assert.ok(after.includes('\nSố: 05/SNV-VP\n'));
	});

	it('sends every edit as documentChanges with the version of the text it was computed for', async () => {
		// Two fixable findings of one rule ("Số 5/": a colon and a zero) and a duplicate item (a suggestion).
		const text = buildLetter({
			so: 'Số 5/UBND-VP',
			body: 'Đề nghị:\n\n1. Rà soát kế hoạch.\n\n1. Báo cáo kết quả./.',
		});
		const doc = await open(text);
		await doc.replace(text);
		await doc.replace(text);
		assert.equal(doc.document.version, 3);
		const diagnostics = (await doc.pull()).filter((d) => d.code === RULE || d.code === 'duplicate-item-number');
		assert.ok(diagnostics.length >= 3, JSON.stringify(diagnostics.map((d) => d.code)));
		const actions = [...(await doc.actions(diagnostics)), ...(await doc.fixAll())];
		for (const action of actions) {
			if (action.edit === undefined) {
				assert.equal(action.command?.command, 'congvan.openRuleDocs');
				continue;
			}
			assert.equal(action.edit.changes, undefined, `"${action.title}" uses changes`);
			assert.equal(documentEdits(action.edit, doc.uri).version, 3, action.title);
		}
		// The fix, the suggestion, fix all of the rule, the disable comments and fix-all all went through.
		assert.ok(actions.some((a) => a.isPreferred === true));
		assert.ok(actions.some((a) => a.title.startsWith('Sửa tất cả lỗi')));
		assert.ok(actions.some((a) => a.title.startsWith('Tắt ')));
		assert.ok(actions.some((a) => a.kind === 'source.fixAll.congvan'));
		assert.ok(actions.some((a) => a.title.startsWith('Đánh số lại')));
	});

	it('computes fix-all at the version it is asked for, after changes the client has not pulled', async () => {
		const doc = await open(SO_NOI_VU);
		await doc.pull();
		await doc.insert(0, 0, 'DỰ THẢO\n');
		await doc.insert(4, 0, '\n');
		const [fixAll] = await doc.fixAll();
		assert.ok(fixAll);
		assert.equal(documentEdits(fixAll.edit, doc.uri).version, 3);
		assert.equal(applyAction(fixAll, doc.document), applyFixes(doc.text, lintText(doc.text, { today: today() })).output);
		assert.ok(applyAction(fixAll, doc.document).includes('\nSố: 05/SNV-VP\n'));
	});

	it('answers nothing to a fix-all whose text changed while the server waited for the settings', async () => {
		const doc = await open(SO_NOI_VU);
		const asked = doc.document;
		// The server asks for the settings of the document before answering; the editor sends a change before
		// its reply, as a user typing at that moment would.
		let sent: Promise<void> | undefined;
		client.configuration = () => {
			sent ??= doc.insert(0, 0, 'DỰ THẢO\n');
			return {};
		};
		try {
			const actions = await doc.fixAll();
			await sent;
			assert.ok(sent, 'the server asked for the settings');
			assert.equal(doc.document.version, 2);
			// Either nothing, or edits for the version asked for (which the editor then refuses); never edits
			// labelled with one version and computed for another.
			for (const action of actions) {
				const edits = documentEdits(action.edit, doc.uri);
				assert.equal(edits.version, 1);
				assert.equal(TextDocument.applyEdits(asked, edits.edits), SO_NOI_VU.replace('Số: 5/', 'Số: 05/'));
			}
			assert.deepEqual(actions, []);
		} finally {
			client.configuration = () => ({});
		}
	});

	it('falls back to `changes` for a client without documentChanges, still computed from the current text', async () => {
		const other = LspClient.start();
		try {
			other.configuration = () => ({});
			await other.initialize(WITHOUT_DOCUMENT_CHANGES);
			const doc = new Mirror(other, 'file:///congvan/changes.congvan', SO_NOI_VU);
			await doc.open();
			const old = (await doc.pull()).find((d) => d.code === RULE);
			assert.ok(old);
			const [fix] = await doc.actions([old], ['quickfix']);
			assert.ok(fix?.edit?.changes, 'the changes form');
			assert.equal(fix.edit.documentChanges, undefined);
			assert.deepEqual(documentEdits(fix.edit, doc.uri), { version: undefined, edits: [{ range: range(2, 4, 2, 4), newText: '0' }] });
			await doc.insert(0, 0, 'DỰ THẢO\n');
			assert.deepEqual(await doc.actions([old]), []);
			assert.deepEqual(await other.shutdownAndExit(), { code: 0, signal: null });
		} finally {
			other.dispose();
		}
	});
});
