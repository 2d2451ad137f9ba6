// Fixes applied in the editor: the quick fix of one diagnostic, through vscode.executeCodeActionProvider
// and workspace.applyEdit, and `source.fixAll.congvan` on every letter of the workspace, whose result must
// be the text of `congvan lint --fix` and whose remaining findings must reach the editor again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { buildLetter } from '../harness/letter-builder';
import {
	DiagnosticsWatch,
	applyEdit,
	fromEditor,
	fromLsp,
	loadExpected,
	revertAndClose,
	ruleOf,
	sameFindings,
	showDocument,
} from './helpers';

const FIX_ALL = vscode.CodeActionKind.SourceFixAll.append('congvan');

suite('Fixes in the editor', () => {
	test('the quick fix of malformed-so-ky-hieu writes "Số: 05/UBND-VP"', async () => {
		const document = await vscode.workspace.openTextDocument({ language: 'congvan', content: buildLetter({ so: 'Số: 5/UBND-VP' }) });
		const watch = new DiagnosticsWatch();
		try {
			await showDocument(document);
			const diagnostics = await watch.until(document.uri, 'malformed-so-ky-hieu', (ds) =>
				ds.some((d) => ruleOf(d) === 'malformed-so-ky-hieu'),
			);
			const problem = diagnostics.find((d) => ruleOf(d) === 'malformed-so-ky-hieu');
			assert.ok(problem);
			assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
			assert.equal(document.getText(problem.range), '5');

			const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
				'vscode.executeCodeActionProvider',
				document.uri,
				problem.range,
			);
			// The API's copy of an action does not carry its diagnostics; congvan's fix is the one preferred quick fix.
			const preferred = actions.filter(
				(a): a is vscode.CodeAction => 'kind' in a && a.isPreferred === true && a.kind?.value === vscode.CodeActionKind.QuickFix.value,
			);
			assert.equal(
				preferred.length,
				1,
				`preferred quick fixes: ${JSON.stringify(actions.map((a) => [a.title, 'kind' in a ? a.isPreferred : false]))}`,
			);
			const fix = preferred[0];
			assert.ok(fix);

			const after = new DiagnosticsWatch();
			try {
				await applyEdit(fix.edit, fix.title);
				assert.equal(document.getText(), buildLetter({ so: 'Số: 05/UBND-VP' }));
				// The edit goes to the server, which checks the new text; the finding must leave the editor.
				await after.until(document.uri, 'malformed-so-ky-hieu to go', (ds) => !ds.some((d) => ruleOf(d) === 'malformed-so-ky-hieu'));
			} finally {
				after.dispose();
			}
		} finally {
			watch.dispose();
			await revertAndClose();
		}
	});

	for (const letter of loadExpected().files) {
		test(`source.fixAll.congvan on ${letter.name} gives the CLI's --fix result`, async () => {
			const editor = await showDocument(letter.uri);
			const document = editor.document;
			const original = document.getText();
			const watch = new DiagnosticsWatch();
			try {
				// `congvan lint --fix` fixes, checks again and repeats; so does this loop, one action per pass.
				let passes = 0;
				for (; passes < 10; passes++) {
					const whole = new vscode.Range(new vscode.Position(0, 0), document.positionAt(document.getText().length));
					const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
						'vscode.executeCodeActionProvider',
						document.uri,
						whole,
						FIX_ALL.value,
					);
					const fixAll = actions.filter((a) => a.kind !== undefined && FIX_ALL.contains(a.kind));
					if (fixAll.length === 0) {
						break;
					}
					assert.equal(fixAll.length, 1);
					await applyEdit(fixAll[0]?.edit, fixAll[0]?.title ?? 'fix-all');
				}
				assert.equal(document.getText(), letter.fixedText);
				assert.equal(passes > 0, letter.fixedText !== original, 'a fix-all action exactly when the CLI fixes something');
				if (passes > 0) {
					const findings = letter.fixedDiagnostics.map((d) => fromLsp(d, letter.fixedReportedUri, letter.uri));
					const diagnostics = await watch.until(letter.uri, 'the findings after fix-all', (ds) => sameFindings(ds, findings));
					assert.deepEqual(diagnostics.map(fromEditor), findings);
				}
			} finally {
				watch.dispose();
				await revertAndClose();
			}
		});
	}
});
