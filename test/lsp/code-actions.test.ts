// The code actions of a congvan diagnostic over a real stdio connection: switch its rule off for the line or
// for the file, open the rule's page, and the Nơi nhận skeleton of missing-noi-nhan. Each edit is applied to
// the text as VS Code would apply it, and the next pull shows what became of the finding.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities, CodeAction, Diagnostic, DocumentDiagnosticReport, TextEdit } from 'vscode-languageserver';
import { buildLetter } from '../harness/letter-builder';
import { LspClient } from '../harness/lsp';

const CAPABILITIES: ClientCapabilities = {
	textDocument: {
		diagnostic: { dynamicRegistration: false },
		codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
	},
	workspace: { configuration: true, diagnostics: { refreshSupport: true } },
};

function items(report: DocumentDiagnosticReport): Diagnostic[] {
	assert.equal(report.kind, 'full');
	return report.items;
}

/** The text after the action's edits, which must all be for `uri`. */
function applyAction(action: CodeAction | undefined, uri: string, text: string): string {
	assert.ok(action, 'the action is missing');
	const changes = action.edit?.changes ?? {};
	assert.deepEqual(Object.keys(changes), [uri]);
	return TextDocument.applyEdits(TextDocument.create(uri, 'congvan', 1, text), changes[uri] as TextEdit[]);
}

describe('language server: code actions to disable a rule, open its page, insert a Nơi nhận', () => {
	let client: LspClient;
	let version = 1;
	const uri = 'file:///congvan/hanh-dong.congvan';

	before(async () => {
		client = LspClient.start();
		client.configuration = () => ({});
		await client.initialize(CAPABILITIES);
		await client.open(uri, 'congvan', '');
	});

	after(() => {
		client.dispose();
	});

	/** Replaces the document's text and pulls its diagnostics. */
	async function setText(text: string): Promise<Diagnostic[]> {
		version++;
		await client.change(uri, version, [{ text }]);
		return items(await client.pull(uri));
	}

	/** The diagnostics of a rule after setting the text, at least one. */
	async function findingsOf(text: string, rule: string): Promise<Diagnostic[]> {
		const found = (await setText(text)).filter((d) => d.code === rule);
		assert.ok(found.length > 0, `no ${rule} finding in:\n${text}`);
		return found;
	}

	async function actionsFor(diagnostic: Diagnostic): Promise<CodeAction[]> {
		return (await client.codeActions(uri, diagnostic.range, { diagnostics: [diagnostic] })) ?? [];
	}

	function byTitle(actions: CodeAction[], title: string): CodeAction | undefined {
		return actions.find((a) => a.title === title);
	}

	it('offers "Tắt … cho dòng này", "Tắt … cho cả tệp" and "Mở trang hướng dẫn …" after the fixes, all quick fixes', async () => {
		const [finding] = await findingsOf(buildLetter({ so: 'Số: 5/UBND-VP' }), 'malformed-so-ky-hieu');
		const titles = (await actionsFor(finding as Diagnostic)).map((a) => `${a.kind} ${a.title}`);
		const ours = titles.slice(-3);
		assert.deepEqual(ours, [
			'quickfix Tắt malformed-so-ky-hieu cho dòng này',
			'quickfix Tắt malformed-so-ky-hieu cho cả tệp',
			'quickfix Mở trang hướng dẫn của malformed-so-ky-hieu',
		]);
		assert.ok(titles.length > 3 && (titles[0] ?? '').startsWith('quickfix Sửa:'), 'the fix comes first');
	});

	it('"Tắt … cho dòng này" inserts a comment above with the line’s indentation, and the finding goes away', async () => {
		const text = buildLetter({ so: '    Số: 5/UBND-VP' });
		const [finding] = await findingsOf(text, 'malformed-so-ky-hieu');
		const action = byTitle(await actionsFor(finding as Diagnostic), 'Tắt malformed-so-ky-hieu cho dòng này');
		const after = applyAction(action, uri, text);
		assert.equal(
			after,
			text.replace('    Số: 5/UBND-VP', '    <!-- congvan-disable-next-line malformed-so-ky-hieu -->\n    Số: 5/UBND-VP'),
		);
		assert.deepEqual(
			action?.diagnostics?.map((d) => d.code),
			['malformed-so-ky-hieu'],
		);
		const left = (await setText(after)).map((d) => d.code);
		assert.ok(!left.includes('malformed-so-ky-hieu'), JSON.stringify(left));
	});

	it('"Tắt … cho cả tệp" inserts a comment as the first line, and every finding of the rule goes away', async () => {
		const text = buildLetter({ so: 'Số: 5/UBND-VP', noiNhan: 'Nơi nhận:\n- Như trên,\n- Sở Tài chính,\n- Lưu: VT, VP.' });
		const findings = await findingsOf(text, 'noi-nhan-punctuation');
		assert.ok(findings.length >= 2, 'two entries end with a comma');
		const action = byTitle(await actionsFor(findings[0] as Diagnostic), 'Tắt noi-nhan-punctuation cho cả tệp');
		const after = applyAction(action, uri, text);
		assert.equal(after, `<!-- congvan-disable-file noi-nhan-punctuation -->\n${text}`);
		const left = (await setText(after)).map((d) => d.code);
		assert.ok(!left.includes('noi-nhan-punctuation'), JSON.stringify(left));
		assert.ok(left.includes('malformed-so-ky-hieu'), 'other rules still run');
	});

	it('adds the rule to a congvan comment already above the line instead of stacking another', async () => {
		const text = buildLetter({ so: '<!-- congvan-disable-next-line so-ky-hieu-spacing -->\nSố: 5/UBND-VP' });
		const [finding] = await findingsOf(text, 'malformed-so-ky-hieu');
		const after = applyAction(byTitle(await actionsFor(finding as Diagnostic), 'Tắt malformed-so-ky-hieu cho dòng này'), uri, text);
		assert.equal(after, text.replace('so-ky-hieu-spacing -->', 'so-ky-hieu-spacing, malformed-so-ky-hieu -->'));
		assert.ok(!(await setText(after)).some((d) => d.code === 'malformed-so-ky-hieu'));
	});

	it('adds the rule to a disable-file comment on the first line', async () => {
		const text = `<!-- congvan-disable-file draft-blank -->\n${buildLetter({ so: 'Số: 5/UBND-VP' })}`;
		const [finding] = await findingsOf(text, 'malformed-so-ky-hieu');
		const after = applyAction(byTitle(await actionsFor(finding as Diagnostic), 'Tắt malformed-so-ky-hieu cho cả tệp'), uri, text);
		assert.equal(after, text.replace('draft-blank -->', 'draft-blank, malformed-so-ky-hieu -->'));
		assert.ok(!(await setText(after)).some((d) => d.code === 'malformed-so-ky-hieu'));
	});

	it('keeps CRLF line endings in the inserted comments', async () => {
		const text = buildLetter({ so: 'Số: 5/UBND-VP' }).replace(/\n/gu, '\r\n');
		const [finding] = await findingsOf(text, 'malformed-so-ky-hieu');
		const actions = await actionsFor(finding as Diagnostic);
		const line = applyAction(byTitle(actions, 'Tắt malformed-so-ky-hieu cho dòng này'), uri, text);
		assert.ok(line.includes('\r\n<!-- congvan-disable-next-line malformed-so-ky-hieu -->\r\nSố: 5/UBND-VP\r\n'));
		const file = applyAction(byTitle(actions, 'Tắt malformed-so-ky-hieu cho cả tệp'), uri, text);
		assert.ok(file.startsWith('<!-- congvan-disable-file malformed-so-ky-hieu -->\r\nỦY BAN'));
		assert.ok(!(await setText(line)).some((d) => d.code === 'malformed-so-ky-hieu'));
	});

	it('"Mở trang hướng dẫn …" runs congvan.openRuleDocs with the rule’s page from codeDescription', async () => {
		const [finding] = await findingsOf(buildLetter({ so: 'Số: 5/UBND-VP' }), 'malformed-so-ky-hieu');
		const action = byTitle(await actionsFor(finding as Diagnostic), 'Mở trang hướng dẫn của malformed-so-ky-hieu');
		assert.equal(action?.edit, undefined);
		assert.equal(action?.command?.command, 'congvan.openRuleDocs');
		assert.deepEqual(action?.command?.arguments, [finding?.codeDescription?.href]);
		assert.match(String(finding?.codeDescription?.href), /^file:\/\/.*\/docs\/rules\/malformed-so-ky-hieu\.md$/u);
	});

	it('offers the disable actions once per rule and line when several findings are under the cursor', async () => {
		const text = buildLetter({ noiNhan: 'Nơi nhận:\n- Như trên,\n- Sở Tài chính,\n- Lưu: VT, VP.' });
		const findings = await findingsOf(text, 'noi-nhan-punctuation');
		const actions =
			(await client.codeActions(uri, { start: findings[0]!.range.start, end: findings[1]!.range.end }, { diagnostics: findings })) ?? [];
		const titles = actions.map((a) => a.title);
		assert.equal(titles.filter((t) => t === 'Tắt noi-nhan-punctuation cho dòng này').length, 2, 'one for each line');
		assert.equal(titles.filter((t) => t === 'Tắt noi-nhan-punctuation cho cả tệp').length, 1);
		assert.equal(titles.filter((t) => t === 'Mở trang hướng dẫn của noi-nhan-punctuation').length, 1);
	});

	describe('missing-noi-nhan: a Nơi nhận skeleton', () => {
		const SKELETON_TITLE_SIGNATURE = 'Thêm phần "Nơi nhận:" trước khối chữ ký.';

		async function skeleton(text: string, title: string): Promise<string> {
			const [finding] = await findingsOf(text, 'missing-noi-nhan');
			const action = byTitle(await actionsFor(finding as Diagnostic), title);
			assert.equal(action?.isPreferred, undefined, 'a suggestion, not the preferred fix');
			const after = applyAction(action, uri, text);
			assert.ok(!(await setText(after)).some((d) => d.code === 'missing-noi-nhan'), `still missing in:\n${after}`);
			return after;
		}

		it('goes before the signature, with "- Như trên;" for the Kính gửi and the unit of the ký hiệu', async () => {
			assert.equal(await skeleton(buildLetter({ noiNhan: null }), SKELETON_TITLE_SIGNATURE), buildLetter());
		});

		it('is not offered when the signature is missing too (missing-closing says the end may have been cut)', async () => {
			const codes = (await setText(buildLetter({ noiNhan: null, signature: null }))).map((d) => d.code);
			assert.ok(!codes.includes('missing-noi-nhan'));
			assert.ok(codes.includes('missing-closing'));
		});

		it('has no "- Như trên;" without a Kính gửi', async () => {
			const after = await skeleton(buildLetter({ noiNhan: null, kinhGui: null }), SKELETON_TITLE_SIGNATURE);
			assert.equal(after, buildLetter({ kinhGui: null, noiNhan: 'Nơi nhận:\n- Lưu: VT, VP.' }));
		});

		it('writes "…" when the ký hiệu names no unit ("QĐ-UBND" ends with the issuer)', async () => {
			const named = (noiNhan: string | null): string =>
				buildLetter({ so: 'Số: 15/QĐ-UBND', vv: null, kinhGui: null, noiNhan }).replace(
					'Thực hiện',
					'QUYẾT ĐỊNH\nVề việc giao chỉ tiêu\n\nThực hiện',
				);
			assert.equal(await skeleton(named(null), SKELETON_TITLE_SIGNATURE), named('Nơi nhận:\n- Lưu: VT, ….'));
		});

		it('keeps CRLF line endings', async () => {
			const crlf = (s: string): string => s.replace(/\n/gu, '\r\n');
			assert.equal(await skeleton(crlf(buildLetter({ noiNhan: null })), SKELETON_TITLE_SIGNATURE), crlf(buildLetter()));
		});
	});

	// Mocha runs a suite's own tests before its nested suites, so the last one goes in a suite of its own.
	describe('shutdown', () => {
		it('ends cleanly', async () => {
			assert.deepEqual(await client.shutdownAndExit(), { code: 0, signal: null });
		});
	});
});
