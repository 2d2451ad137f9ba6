// The language of the server over a real stdio connection: the display language from the `initialize`
// request's `locale` ("en", "vi", "en-us", anything else: Vietnamese), the `congvan.locale` setting over
// it, a change of the setting while the server runs, and the push path of editors without
// workspace/configuration. Every wait is on a reply or on a message from the server.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClientCapabilities, CodeAction, Diagnostic, DocumentDiagnosticReport, Hover, MarkupContent } from 'vscode-languageserver';
import { toDiagnostics } from '../../server/src/convert';
import { lintText, type Locale } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { LspClient, repoRoot } from '../harness/lsp';

const URI = 'file:///congvan/locale.congvan';

/** A letter with a number without its 0 (a fix) and "1." twice in its body (suggestions, related place). */
const LETTER = buildLetter({
	so: 'Số: 5/UBND-VP',
	body: [
		'Ủy ban nhân dân tỉnh yêu cầu các cơ quan:',
		'',
		'1. Rà soát kế hoạch.',
		'',
		'1. Báo cáo kết quả.',
		'',
		'Đề nghị các cơ quan thực hiện./.',
	].join('\n'),
});

/** What VS Code declares, in the parts the server reads. */
const PULL_CAPABILITIES: ClientCapabilities = {
	textDocument: {
		synchronization: { dynamicRegistration: false },
		publishDiagnostics: { relatedInformation: true },
		diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
		codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
		hover: { contentFormat: ['markdown', 'plaintext'] },
	},
	workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, diagnostics: { refreshSupport: true } },
};

/** What Neovim 0.7 declares: no pull, no workspace/configuration. */
const PUSH_CAPABILITIES: ClientCapabilities = {
	textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { relatedInformation: true } },
	workspace: { didChangeConfiguration: { dynamicRegistration: false } },
};

/**
 * Starts a server and sends `initialize` with a display language (none when undefined) and, as the VS Code
 * client does, the language the user asked for in `initializationOptions`; then `initialized`.
 */
async function start(
	locale: string | undefined,
	capabilities: ClientCapabilities,
	settings: () => unknown = () => ({}),
	displayLanguage?: string,
): Promise<LspClient> {
	const client = LspClient.start();
	client.configuration = settings;
	await client.connection.sendRequest('initialize', {
		processId: process.pid,
		clientInfo: { name: 'congvan-tests' },
		rootUri: null,
		capabilities,
		workspaceFolders: null,
		...(locale === undefined ? {} : { locale }),
		...(displayLanguage === undefined ? {} : { initializationOptions: { displayLanguage } }),
	});
	await client.connection.sendNotification('initialized', {});
	return client;
}

/** What the core finds in the letter, converted as the server converts it, in a language (today by the local clock). */
function expected(locale: Locale): Diagnostic[] {
	const now = new Date();
	const today = { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
	// The English interface links the English rule pages (docs/rules/en/).
	const docsBaseUri = `${pathToFileURL(path.join(repoRoot, 'docs', 'rules')).href}/${locale === 'en' ? 'en/' : ''}`;
	return toDiagnostics(LETTER, lintText(LETTER, { today, locale }), { uri: URI, docsBaseUri, locale });
}

function items(report: DocumentDiagnosticReport): Diagnostic[] {
	assert.equal(report.kind, 'full');
	return report.kind === 'full' ? report.items : [];
}

async function pulled(client: LspClient): Promise<Diagnostic[]> {
	return items(await client.pull(URI));
}

function find(diagnostics: readonly Diagnostic[], code: string): Diagnostic {
	const found = diagnostics.find((d) => d.code === code);
	assert.ok(found, `no ${code} among ${JSON.stringify(diagnostics.map((d) => d.code))}`);
	return found;
}

function titles(actions: readonly CodeAction[] | null): string[] {
	return (actions ?? []).map((a) => a.title);
}

describe('language server: the language of its answers', () => {
	let client: LspClient | undefined;

	afterEach(async () => {
		if (client?.alive) {
			await client.shutdownAndExit();
		}
		client?.dispose();
		client = undefined;
	});

	it('answers in English when the client shows English ("en"), legal sources still in Vietnamese', async () => {
		client = await start('en', PULL_CAPABILITIES);
		await client.open(URI, 'congvan', LETTER);
		const diagnostics = await pulled(client);
		assert.deepEqual(diagnostics, expected('en'));
		const padding = find(diagnostics, 'malformed-so-ky-hieu');
		assert.equal(
			padding.message,
			'A number below 10 takes a leading 0: "05" instead of "5".\nLegal basis: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3.',
		);
		const duplicate = find(diagnostics, 'duplicate-item-number');
		assert.match(String(duplicate.message), /^The clause "1\." repeats the number of the clause on line \d+\.\nLegal basis: /u);
		assert.deepEqual(
			duplicate.relatedInformation?.map((r) => r.message),
			['The first clause "1.".'],
		);
	});

	it('titles its code actions in English for an English client', async () => {
		client = await start('en-us', PULL_CAPABILITIES);
		await client.open(URI, 'congvan', LETTER);
		const diagnostics = await pulled(client);
		const padding = find(diagnostics, 'malformed-so-ky-hieu');
		const duplicate = find(diagnostics, 'duplicate-item-number');
		const quickFixes = await client.codeActions(URI, padding.range, { diagnostics: [padding], only: ['quickfix'] });
		assert.deepEqual(titles(quickFixes), [
			'Fix: A number below 10 takes a leading 0: "05" instead of "5".',
			'Disable malformed-so-ky-hieu for this line',
			'Disable malformed-so-ky-hieu for the whole file',
			'Open the documentation of malformed-so-ky-hieu',
		]);
		const suggestions = await client.codeActions(URI, duplicate.range, { diagnostics: [duplicate], only: ['quickfix'] });
		assert.deepEqual(titles(suggestions), [
			'Renumber from clause "1." on.',
			'Disable duplicate-item-number for this line',
			'Disable duplicate-item-number for the whole file',
			'Open the documentation of duplicate-item-number',
		]);
		const fixAll = await client.codeActions(URI, padding.range, { diagnostics: [], only: ['source.fixAll'] });
		assert.deepEqual(titles(fixAll), ['Fix all auto-fixable problems (congvan)']);
	});

	it('explains in English on hover for an English client', async () => {
		client = await start('en', PULL_CAPABILITIES);
		await client.open(URI, 'congvan', LETTER);
		const line = LETTER.split('\n').findIndex((l) => l.startsWith('Số:'));
		const hover: Hover | null = await client.connection.sendRequest('textDocument/hover', {
			textDocument: { uri: URI },
			position: { line, character: 6 },
		});
		assert.ok(hover);
		const markdown = (hover.contents as MarkupContent).value;
		assert.match(markdown, /^\*\*Number and symbol\*\* `5\/UBND-VP`\n/u);
		assert.match(markdown, /\nLegal basis: Nghị định 30\/2020\/NĐ-CP, Phụ lục I, Phần I, Mục II\.3\.$/u);
	});

	it('answers in Vietnamese for a Vietnamese client, and when no language is given', async () => {
		for (const locale of ['vi', undefined]) {
			client = await start(locale, PULL_CAPABILITIES);
			await client.open(URI, 'congvan', LETTER);
			const diagnostics = await pulled(client);
			assert.deepEqual(diagnostics, expected('vi'), String(locale));
			assert.match(
				String(find(diagnostics, 'malformed-so-ky-hieu').message),
				/\nCăn cứ: Nghị định 30\/2020\/NĐ-CP, Phụ lục I, Phần I, Mục II\.3\.$/u,
			);
			await client.shutdownAndExit();
			client.dispose();
		}
	});

	it('answers in Vietnamese when the display language is neither Vietnamese nor English', async () => {
		client = await start('fr', PULL_CAPABILITIES);
		await client.open(URI, 'congvan', LETTER);
		assert.deepEqual(await pulled(client), expected('vi'));
	});

	it('takes the display language the VS Code client asked for over `locale` (VS Code without a Vietnamese language pack)', async () => {
		client = await start('en', PULL_CAPABILITIES, () => ({}), 'vi');
		await client.open(URI, 'congvan', LETTER);
		assert.deepEqual(await pulled(client), expected('vi'));
	});

	it('follows congvan.locale over the display language, and a change of it at once', async () => {
		let setting: unknown = 'vi';
		client = await start('en', PULL_CAPABILITIES, () => ({ locale: setting }));
		await client.open(URI, 'congvan', LETTER);
		assert.deepEqual(await pulled(client), expected('vi'));
		const actions = await client.codeActions(URI, find(await pulled(client), 'duplicate-item-number').range, {
			diagnostics: [find(await pulled(client), 'duplicate-item-number')],
			only: ['quickfix'],
		});
		assert.ok(titles(actions).includes('Tắt duplicate-item-number cho dòng này'), titles(actions).join('; '));

		// "auto" follows the display language again: the server asks VS Code to pull again.
		setting = 'auto';
		const refreshed = client.next('refresh');
		await client.changeConfiguration({});
		await refreshed;
		assert.deepEqual(await pulled(client), expected('en'));
	});

	it('follows congvan.locale "en" for a Vietnamese client', async () => {
		client = await start('vi', PULL_CAPABILITIES, () => ({ locale: 'en' }));
		await client.open(URI, 'congvan', LETTER);
		assert.deepEqual(await pulled(client), expected('en'));
	});

	it('says in the display language that a congvan.locale value is wrong, and follows the display language', async () => {
		client = await start('en', PULL_CAPABILITIES, () => ({ locale: 'de' }));
		const warned = client.next('log', (m) => m.message.includes('congvan.locale'));
		await client.open(URI, 'congvan', LETTER);
		assert.deepEqual(await pulled(client), expected('en'));
		assert.equal((await warned).message, 'congvan.locale must be "auto", "vi" or "en".');
	});

	it('pushes diagnostics in the display language to a client without workspace/configuration, and follows a pushed setting', async () => {
		client = await start('en', PUSH_CAPABILITIES);
		const first = client.next('publish', (p) => p.uri === URI);
		await client.open(URI, 'congvan', LETTER);
		assert.deepEqual((await first).diagnostics, expected('en'));
		const second = client.next('publish', (p) => p.uri === URI);
		await client.changeConfiguration({ congvan: { locale: 'vi' } });
		assert.deepEqual((await second).diagnostics, expected('vi'));
	});
});
