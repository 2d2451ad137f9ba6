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
const os = require('node:os');
const path = require('node:path');
const { launchBrowser } = require('./browser.cjs');

const [folder, relative, expectedJson, screenshot] = process.argv.slice(2);
const port = process.env.CODE_SERVER_PORT;
// Deadlines for elements that should appear within seconds (workbench ≈ 4 s, squiggle ≈ 7 s).
const APPEAR_MS = 60_000;

async function main() {
	if (!folder || !relative || !expectedJson || !screenshot || !port) {
		throw new Error('usage: CODE_SERVER_PORT=… node ui-smoke.cjs WORKSPACE RELATIVE_FILE EXPECTED_JSON SCREENSHOT');
	}
	const [report] = JSON.parse(fs.readFileSync(expectedJson, 'utf8'));
	const duplicate = report.diagnostics.find((d) => d.code === 'duplicate-item-number');
	assert.ok(duplicate, `the CLI reports no duplicate-item-number in ${relative}`);
	const line = duplicate.range.start.line + 1;
	const column = duplicate.range.start.character + 1;
	const firstLine = duplicate.message.split('\n')[0];
	const errors = report.diagnostics.filter((d) => d.severity === 1).length;
	const fileName = path.basename(relative);

	fs.mkdirSync(path.dirname(screenshot), { recursive: true });
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-chromium-'));
	const context = await launchBrowser(profile);
	const page = context.pages()[0] ?? (await context.newPage());
	page.setDefaultTimeout(APPEAR_MS);
	const step = (what) => console.log(`ui-smoke: ${what}`);
	try {
		await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
		await page.waitForSelector('.monaco-workbench');
		step('workbench loaded');

		// Open the file from the Explorer: expand its folders, then click its row (Quick Open is unreliable).
		const explorerRow = (name) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
		for (const part of path
			.dirname(relative)
			.split(path.sep)
			.filter((p) => p !== '.')) {
			await explorerRow(part).click();
		}
		await explorerRow(fileName).click();
		await page.waitForSelector(`.tabs-container .tab:has-text("${fileName}")`);
		step(`${fileName} open from the Explorer`);
		// Word wrap is on for letters, so line 31 may be below the fold: the first squiggle in view is enough here;
		// the error's own squiggle is checked once the Problems row has revealed its line.
		await page.waitForSelector('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning');
		step('squiggles shown');

		await page.keyboard.press('Control+Shift+M');
		const row = page.locator('.markers-panel .monaco-list-row', { hasText: 'duplicate-item-number' }).first();
		await row.waitFor();
		const text = await row.innerText();
		for (const part of [firstLine, 'duplicate-item-number', `Ln ${line}, Col ${column}`]) {
			assert.ok(text.includes(part), `the Problems row "${text}" does not show "${part}"`);
		}
		step(`Problems row: ${text.replace(/\s+/g, ' ')}`);
		// Select the row: the editor reveals line 31, so the screenshot shows the squiggle under it.
		await row.click();
		await page.waitForSelector(`.monaco-editor .squiggly-error`);
		step('error squiggle shown on the revealed line');

		const status = await page.locator('#status\\.problems').first().getAttribute('aria-label');
		assert.ok(status && new RegExp(`\\b${errors}\\b`).test(status), `the status bar says "${status}", expected ${errors} errors`);
		step(`status bar: ${status}`);
		await page.screenshot({ path: screenshot });
		return 0;
	} catch (error) {
		console.error(`ui-smoke: ${error instanceof Error ? error.message : error}`);
		await page.screenshot({ path: screenshot }).catch(() => undefined);
		return 1;
	} finally {
		await context.close();
		fs.rmSync(profile, { recursive: true, force: true });
	}
}

main().then(
	(code) => process.exit(code),
	(error) => {
		console.error(error);
		process.exit(2);
	},
);
