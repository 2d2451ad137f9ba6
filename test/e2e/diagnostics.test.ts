// The findings that reach the editor: each of the five shared letters and each example, opened from the
// prepared workspace, shows exactly the diagnostics that the CLI reported for the same file today (range,
// rule id and its docs page, severity, message, source, related information). The CLI's JSON comes from
// the same core on the same day, so the comparison holds while rules are added; a few anchors that will
// not change keep the comparison from passing on two empty lists.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DiagnosticsWatch, fromEditor, fromLsp, loadExpected, localToday, ruleOf, showDocument, type ExpectedFile } from './helpers';

const expected = loadExpected();

function file(name: string): ExpectedFile {
	const found = expected.files.find((f) => f.name === name);
	assert.ok(found, `${name} is not in the prepared workspace`);
	return found;
}

suite('Diagnostics in the editor equal the CLI findings', () => {
	test('the workspace is the prepared one, checked for today', () => {
		assert.equal(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath, expected.workspace);
		assert.equal(localToday(), expected.today, 'the date changed since the CLI ran: run again');
		assert.equal(expected.files.filter((f) => f.name.startsWith('letters/')).length, 5);
	});

	for (const letter of expected.files) {
		test(letter.name, async () => {
			const watch = new DiagnosticsWatch();
			try {
				// Subscribed before opening: the first delivery cannot be missed, even for a letter with no finding.
				const editor = await showDocument(letter.uri);
				assert.equal(editor.document.languageId, 'congvan');
				const diagnostics = await watch.next(letter.uri, 'the first diagnostics');
				assert.deepEqual(
					diagnostics.map(fromEditor),
					letter.diagnostics.map((d) => fromLsp(d, letter.reportedUri, letter.uri)),
				);
			} finally {
				watch.dispose();
			}
		});
	}

	test('anchor: 000 has duplicate-item-number as an error on line 31', async () => {
		const letter = file('letters/000_421e170032c2d4c4.congvan');
		const cli = letter.diagnostics.filter((d) => d.code === 'duplicate-item-number');
		assert.deepEqual(
			cli.map((d) => [d.range.start.line, d.severity]),
			[[30, 1]],
		);
		const watch = new DiagnosticsWatch();
		try {
			await showDocument(letter.uri);
			const diagnostics = await watch.until(letter.uri, 'duplicate-item-number', (ds) =>
				ds.some((d) => ruleOf(d) === 'duplicate-item-number'),
			);
			const found = diagnostics.filter((d) => ruleOf(d) === 'duplicate-item-number');
			assert.deepEqual(
				found.map((d) => [d.range.start.line, d.severity, d.source]),
				[[30, vscode.DiagnosticSeverity.Error, 'congvan']],
			);
		} finally {
			watch.dispose();
		}
	});

	test('anchor: the defective example has errors, the model letter has none', () => {
		const errors = (name: string): string[] =>
			file(name)
				.diagnostics.filter((d) => d.severity === 1)
				.map((d) => String(d.code));
		assert.ok(errors('examples/cong-van-co-loi.congvan').includes('malformed-so-ky-hieu'));
		assert.deepEqual(errors('examples/cong-van-mau.congvan'), []);
	});
});
