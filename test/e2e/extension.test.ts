// The extension itself: it activates, registers its command, and the restart command really replaces the
// language client (the findings leave the editor with the old client and come back with the new one).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DiagnosticsWatch, EXTENSION_ID, fromLsp, loadExpected, repoRoot, sameFindings, showDocument } from './helpers';

suite('Extension', () => {
	test('activates from the source folder and registers congvan.restartServer', async () => {
		const extension = vscode.extensions.getExtension(EXTENSION_ID);
		assert.ok(extension, `${EXTENSION_ID} is not loaded`);
		assert.equal(extension.extensionPath, repoRoot);
		await extension.activate();
		assert.equal(extension.isActive, true);
		const commands = await vscode.commands.getCommands(true);
		assert.ok(commands.includes('congvan.restartServer'), 'congvan.restartServer is not registered');
	});

	test('congvan.restartServer brings the findings back through a new client', async () => {
		const letter = loadExpected().files.find((f) => f.diagnostics.length > 0);
		assert.ok(letter, 'no letter with findings in the workspace');
		const findings = letter.diagnostics.map((d) => fromLsp(d, letter.reportedUri, letter.uri));
		const before = new DiagnosticsWatch();
		try {
			await showDocument(letter.uri);
			await before.until(letter.uri, 'the findings', (ds) => sameFindings(ds, findings));
		} finally {
			before.dispose();
		}
		const watch = new DiagnosticsWatch();
		try {
			await vscode.commands.executeCommand('congvan.restartServer');
			await watch.until(letter.uri, 'the findings after a restart', (ds) => watch.sawCleared(letter.uri) && sameFindings(ds, findings));
		} finally {
			watch.dispose();
		}
	});
});
