// The UI smoke test (reference §7): what a user sees in code-server with the packaged extension
// installed. Opens letter 000 from the Explorer, waits for the error squiggle and for the Problems row of
// duplicate-item-number (message and line taken from the CLI's JSON for the same file), checks the
// status bar's error count, and keeps a screenshot.
//
// Usage (run by run-in-code-server.sh, which sets CODE_SERVER_PORT):
//   node ui-smoke.cjs WORKSPACE RELATIVE_FILE EXPECTED_JSON SCREENSHOT
// Exit status: 0 when everything was seen, 1 otherwise (a screenshot is taken in both cases).
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { openFromExplorer, runUi } = require('./browser.cjs');

const [folder, relative, expectedJson, screenshot] = process.argv.slice(2);

runUi('ui-smoke', screenshot, async (page, ui) => {
	if (!folder || !relative || !expectedJson || !screenshot) {
		throw new Error('usage: CODE_SERVER_PORT=… node ui-smoke.cjs WORKSPACE RELATIVE_FILE EXPECTED_JSON SCREENSHOT');
	}
	const [report] = JSON.parse(fs.readFileSync(expectedJson, 'utf8'));
	const duplicate = report.diagnostics.find((d) => d.code === 'duplicate-item-number');
	assert.ok(duplicate, `the CLI reports no duplicate-item-number in ${relative}`);
	const line = duplicate.range.start.line + 1;
	const column = duplicate.range.start.character + 1;
	const firstLine = duplicate.message.split('\n')[0];
	const errors = report.diagnostics.filter((d) => d.severity === 1).length;

	await ui.open(folder);
	ui.step('workbench loaded');
	await openFromExplorer(page, relative);
	ui.step(`${path.basename(relative)} open from the Explorer`);
	// Word wrap is on for letters, so line 31 may be below the fold: the first squiggle in view is enough here;
	// the error's own squiggle is checked once the Problems row has revealed its line.
	await page.waitForSelector('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning');
	ui.step('squiggles shown');

	await page.keyboard.press('Control+Shift+M');
	const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'duplicate-item-number' }).first();
	await row.waitFor();
	const text = await row.innerText();
	for (const part of [firstLine, 'duplicate-item-number', `Ln ${line}, Col ${column}`]) {
		assert.ok(text.includes(part), `the Problems row "${text}" does not show "${part}"`);
	}
	ui.step(`Problems row: ${text.replace(/\s+/g, ' ')}`);
	// Select the row: the editor reveals line 31, so the screenshot shows the squiggle under it.
	await row.click();
	await page.waitForSelector(`.monaco-editor .squiggly-error`);
	ui.step('error squiggle shown on the revealed line');

	const status = await page.locator('#status\\.problems').first().getAttribute('aria-label');
	assert.ok(status && new RegExp(`\\b${errors}\\b`).test(status), `the status bar says "${status}", expected ${errors} errors`);
	ui.step(`status bar: ${status}`);
	await page.screenshot({ path: screenshot });
});
