// The packaged artifact: congvan.vsix installed with `code-server --install-extension`, not the source
// folder. Every file the manifest names is in the package, the bundled server answers with the CLI's
// findings and links rule pages that shipped, and the contributed snippet is there. A file left out of
// the .vsix (see .vscodeignore) fails one of these tests.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
	DiagnosticsWatch,
	EXTENSION_ID,
	fromEditor,
	fromLsp,
	loadExpected,
	newLetterFromSnippet,
	repoRoot,
	revertAndClose,
	ruleOf,
	showDocument,
	snippetDateText,
} from '../helpers';

interface Manifest {
	main?: string;
	contributes?: {
		languages?: { configuration?: string }[];
		grammars?: { path: string }[];
		snippets?: { path: string }[];
		jsonValidation?: { url: string }[];
	};
}

function installed(): vscode.Extension<unknown> {
	const extension = vscode.extensions.getExtension(EXTENSION_ID);
	assert.ok(extension, `${EXTENSION_ID} is not installed`);
	return extension;
}

suite('The installed .vsix', () => {
	test('is the installed copy, and every file its manifest names is in it', async () => {
		const extension = installed();
		const fromSource = extension.extensionPath === repoRoot || extension.extensionPath.startsWith(`${repoRoot}${path.sep}`);
		assert.ok(!fromSource, `congvan was loaded from ${extension.extensionPath}, not from the installed package`);
		const manifest = extension.packageJSON as Manifest;
		const contributes = manifest.contributes ?? {};
		const named = [
			manifest.main,
			'dist/server.js',
			...(contributes.languages ?? []).map((l) => l.configuration),
			...(contributes.grammars ?? []).map((g) => g.path),
			...(contributes.snippets ?? []).map((s) => s.path),
			...(contributes.jsonValidation ?? []).map((j) => j.url).filter((url) => !/^[a-z]+:/i.test(url)),
		].filter((p): p is string => p !== undefined);
		const missing = named.filter((p) => !fs.existsSync(path.join(extension.extensionPath, p)));
		assert.deepEqual(missing, [], `not in the package: ${missing.join(', ')}`);
		await extension.activate();
		assert.ok((await vscode.commands.getCommands(true)).includes('congvan.restartServer'));
	});

	test('the bundled server shows the CLI findings on letter 000, with rule pages that shipped', async () => {
		const letter = loadExpected().files.find((f) => f.name === 'letters/000_421e170032c2d4c4.congvan');
		assert.ok(letter);
		const watch = new DiagnosticsWatch();
		try {
			await showDocument(letter.uri);
			const diagnostics = await watch.next(letter.uri, 'the first diagnostics');
			assert.deepEqual(
				diagnostics.map(fromEditor),
				letter.diagnostics.map((d) => fromLsp(d, letter.reportedUri, letter.uri)),
			);
			assert.ok(diagnostics.some((d) => ruleOf(d) === 'duplicate-item-number'));
			const root = installed().extensionPath;
			for (const d of diagnostics) {
				const target = typeof d.code === 'object' ? d.code.target : undefined;
				assert.ok(target, `${ruleOf(d)} has no docs link`);
				assert.ok(
					target.fsPath.startsWith(`${root}${path.sep}`) && fs.existsSync(target.fsPath),
					`${ruleOf(d)}: ${target.fsPath} is not in the package`,
				);
			}
		} finally {
			watch.dispose();
		}
	});

	test('the packaged snippet writes a letter with only draft-blank and unfilled-placeholder findings', async () => {
		const watch = new DiagnosticsWatch();
		try {
			const document = await newLetterFromSnippet();
			assert.ok(document.getText().includes(snippetDateText()), `the snippet was not inserted:\n${document.getText()}`);
			const diagnostics = await watch.until(
				document.uri,
				'draft-blank and unfilled-placeholder',
				(ds) => ds.some((d) => ruleOf(d) === 'draft-blank') && ds.some((d) => ruleOf(d) === 'unfilled-placeholder'),
			);
			const others = diagnostics.filter((d) => ruleOf(d) !== 'unfilled-placeholder');
			assert.deepEqual(
				others.map((d) => ruleOf(d)),
				others.map(() => 'draft-blank'),
			);
		} finally {
			watch.dispose();
			await revertAndClose();
		}
	});
});
