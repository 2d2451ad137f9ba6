// The Word commands in the real editor (issue #13, item 4), on the .docx that prepare-workspace.cjs exported
// into the workspace (expected/docx.json: its path, its text view and its findings):
// 1. the Explorer's context menu on the .docx → "Kiểm tra văn bản Word": the text view opens (one paragraph per
//    line), it is read-only (typing is refused), and Problems lists the findings of the Word file; screenshot
//    ui-docx.png;
// 2. "Ghi nhận xét vào bản sao Word" from the palette, with the view active: "<name> (nhận xét congvan).docx"
//    appears beside the original with one Word comment per finding; the original is unchanged;
// 3. "Nhập từ Word" from the palette: "<name>.congvan" appears beside it, holding the text view;
// 4. the .docx changed on disk (the number written "07"): the view shows the new text and its finding goes.
//
// Usage (run by run-in-code-server.sh, which sets CODE_SERVER_PORT):
//   node ui-docx.cjs WORKSPACE EXPECTED_JSON SCREENSHOT
// Exit status: 0 when everything was seen, 1 otherwise (a screenshot is taken in both cases).
const assert = require('node:assert/strict');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const { strFromU8, strToU8, unzipSync, zipSync } = require('fflate');
const { APPEAR_MS, runCommand, runUi } = require('./browser.cjs');

const [folder, expectedJson, screenshot] = process.argv.slice(2);

const sha256 = (file) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** Waits until a file exists and can be read whole (the editor writes it at once); the deadline guards a file that never comes. */
async function waitForFile(file, what) {
	const deadline = Date.now() + APPEAR_MS;
	while (!fs.existsSync(file)) {
		if (Date.now() > deadline) {
			throw new Error(`${what}: ${file} was not written`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	// The write may still be in progress: wait until the size stops changing.
	let size = -1;
	while (fs.statSync(file).size !== size) {
		size = fs.statSync(file).size;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

runUi('ui-docx', screenshot, async (page, ui) => {
	if (!folder || !expectedJson || !screenshot) {
		throw new Error('usage: CODE_SERVER_PORT=… node ui-docx.cjs WORKSPACE EXPECTED_JSON SCREENSHOT');
	}
	const expected = JSON.parse(fs.readFileSync(expectedJson, 'utf8'));
	assert.ok(expected.findings.length > 0, 'the Word file of the test has findings');
	const docx = expected.path;
	const original = sha256(docx);
	const fileName = path.basename(docx);
	const viewName = `${fileName}.congvan`;
	const commented = path.join(path.dirname(docx), `${fileName.replace(/\.docx$/u, '')} (nhận xét congvan).docx`);
	const imported = path.join(path.dirname(docx), `${fileName.replace(/\.docx$/u, '')}.congvan`);
	const errors = expected.findings.filter((f) => f.severity === 'error').length;
	const step = ui.step;

	await ui.open(folder);
	step('workbench loaded');

	// 1. The Explorer's context menu on the .docx.
	const explorerRow = (name) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
	await explorerRow(path.basename(path.dirname(docx))).click();
	// The menu gets congvan's items once the workbench has read the extension's contributions (a few seconds
	// after the window opens): until then the menu is closed and opened again.
	const item = page.locator('.context-view .action-label', { hasText: 'Kiểm tra văn bản Word' }).first();
	for (let tries = 0; ; tries++) {
		await explorerRow(fileName).click({ button: 'right' });
		await page.waitForSelector('.context-view .monaco-menu');
		if ((await item.count()) > 0) {
			break;
		}
		if (tries === 30) {
			throw new Error('the Explorer\'s context menu of a .docx has no "Kiểm tra văn bản Word"');
		}
		await page.keyboard.press('Escape');
		await page.waitForTimeout(1000);
	}
	await item.click();
	await page.waitForSelector(`.tabs-container .tab:has-text("${viewName}")`);
	step(`${viewName} opened from the Explorer's context menu`);
	const firstLine = expected.text.split('\n')[0];
	await page.locator('.monaco-editor .view-line', { hasText: firstLine }).first().waitFor();

	// Read-only: a key typed in the view is refused with VS Code's message, and the text stays.
	await page.locator('.monaco-editor .view-line', { hasText: firstLine }).first().click();
	await page.keyboard.type('x');
	const refusal = page.locator('.monaco-editor-overlaymessage', { hasText: /read-only|chỉ đọc/iu }).first();
	await refusal.waitFor();
	step(`typing is refused: "${(await refusal.innerText()).trim()}"`);

	// Problems: every rule of the Word file's findings, on the view.
	await page.keyboard.press('Control+Shift+M');
	await page.locator('.markers-panel .monaco-list-row', { hasText: viewName }).first().waitFor();
	// Each rule through Problems' filter: the list shows only the rows in view.
	const filter = page.locator('.part.panel input[placeholder^="Filter"]').first();
	for (const code of new Set(expected.findings.map((f) => f.code))) {
		await filter.fill(code);
		await page.locator('.markers-panel .monaco-list-row', { hasText: code }).first().waitFor();
	}
	await filter.fill('');
	const status = await page.locator('#status\\.problems').first().getAttribute('aria-label');
	assert.ok(status && new RegExp(`\\b${errors}\\b`).test(status), `the status bar says "${status}", expected ${errors} errors`);
	step(`Problems lists the ${expected.findings.length} findings of the Word file (status bar: ${status})`);
	// Select the first finding: the view reveals it with its squiggle, for the screenshot.
	await page.locator('.markers-panel .monaco-list-row', { hasText: expected.findings[0].code }).first().click();
	await page.waitForSelector('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning');
	await page.screenshot({ path: screenshot });
	step(`screenshot ${screenshot}`);

	// 2. The comments, from the palette with the view active.
	await page.locator('.tabs-container .tab', { hasText: viewName }).first().click();
	await runCommand(page, 'Ghi nhận xét vào bản sao Word');
	await waitForFile(commented, 'the commented copy');
	const files = unzipSync(fs.readFileSync(commented));
	const comments = strFromU8(files['word/comments.xml']).match(/<w:comment\s/gu) ?? [];
	assert.equal(comments.length, expected.findings.length, 'one comment per finding');
	assert.equal(sha256(docx), original, 'the original .docx is unchanged');
	step(`${path.basename(commented)} holds ${comments.length} comments; the original is unchanged`);

	// 3. The import, from the palette with the view active.
	await page.locator('.tabs-container .tab', { hasText: viewName }).first().click();
	await runCommand(page, 'Nhập từ Word');
	await waitForFile(imported, 'the imported letter');
	assert.equal(fs.readFileSync(imported, 'utf8'), expected.text, 'the imported letter is the text view');
	await page.waitForSelector(`.tabs-container .tab:has-text("${path.basename(imported)}")`);
	step(`${path.basename(imported)} written and opened`);

	// 4. The Word file changes on disk: its view follows.
	await page.locator('.tabs-container .tab', { hasText: viewName }).first().click();
	// The error count of the status bar.
	const errorCount = async () =>
		Number(/Errors: (\d+)/u.exec((await page.locator('#status\\.problems').first().getAttribute('aria-label')) ?? '')?.[1]);
	const errorsBefore = await errorCount();
	const parts = unzipSync(fs.readFileSync(docx));
	const document = strFromU8(parts['word/document.xml']);
	assert.ok(document.includes('>Số: 7/UBND-VP<'), 'the exported number is one run');
	parts['word/document.xml'] = strToU8(document.replace('>Số: 7/UBND-VP<', '>Số: 07/UBND-VP<'));
	fs.writeFileSync(docx, zipSync(parts));
	await page.locator('.monaco-editor .view-line', { hasText: 'Số: 07/UBND-VP' }).first().waitFor();
	// One error fewer in the status bar (the imported letter, open too, keeps its own).
	for (const deadline = Date.now() + APPEAR_MS; (await errorCount()) !== errorsBefore - 1; await page.waitForTimeout(250)) {
		if (Date.now() > deadline) {
			throw new Error(
				`the status bar counts ${await errorCount()} errors, expected ${errorsBefore - 1} once the number was corrected in the Word file`,
			);
		}
	}
	step(`the .docx changed on disk: the view shows "Số: 07/UBND-VP", errors ${errorsBefore} → ${errorsBefore - 1}`);
});
