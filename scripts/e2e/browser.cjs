// Debian's chromium, driven by playwright-core from .tools/browser (no browser download). Headless, no
// sandbox (root in CI), and as few network attempts as it can make; a fresh profile every run.
// `runUi` holds what every UI script of the real-editor tier repeats: the launch, the page, the steps, the
// screenshot taken on failure, the clean-up and the exit status.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const playwright = path.resolve(__dirname, '../../.tools/browser/node_modules/playwright-core');
const CHROMIUM = process.env.CONGVAN_CHROMIUM ?? '/usr/bin/chromium';
/** The deadline for elements that should appear within seconds (workbench ≈ 4 s, squiggle ≈ 7 s). */
const APPEAR_MS = 60_000;

/** Launches chromium with the profile folder given; close the returned context when done. */
function launchBrowser(profile) {
	const { chromium } = require(playwright);
	return chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM,
		headless: true,
		viewport: { width: 1400, height: 900 },
		// Chromium also writes under HOME and the XDG folders (~/.config/chromium, ~/.cache/dconf): keep that in the profile too.
		env: { ...process.env, HOME: profile, XDG_CONFIG_HOME: `${profile}/.config`, XDG_CACHE_HOME: `${profile}/.cache` },
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}

/**
 * Runs one UI test against the code-server that run-in-code-server.sh started (CODE_SERVER_PORT), and exits
 * the process: 0 when `body` returned, 1 when it threw (the message printed and a screenshot taken), 2 when the
 * browser could not even start. `body(page, ui)` gets the page (default timeout APPEAR_MS) and `ui`:
 * - `ui.step(text)` prints a step as "NAME: text";
 * - `ui.open(folder)` loads the workbench on a folder and waits for it;
 * - `ui.screenshot`: where the failure screenshot goes (a script with several screenshots may change it);
 * - `ui.cleanup(fn)`: runs fn after the browser closed (temporary folders).
 * The screenshot of success is the body's to take, where it shows what was checked.
 */
function runUi(name, screenshot, body) {
	const port = process.env.CODE_SERVER_PORT;
	const cleanups = [];
	const main = async () => {
		if (!port) {
			throw new Error(`usage: CODE_SERVER_PORT=… node ${name}.cjs … (run by run-in-code-server.sh)`);
		}
		const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-chromium-'));
		cleanups.push(() => fs.rmSync(profile, { recursive: true, force: true }));
		const context = await launchBrowser(profile);
		const page = context.pages()[0] ?? (await context.newPage());
		page.setDefaultTimeout(APPEAR_MS);
		const ui = {
			port,
			screenshot,
			step: (what) => console.log(`${name}: ${what}`),
			cleanup: (fn) => cleanups.push(fn),
			open: async (folder) => {
				await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
				await page.waitForSelector('.monaco-workbench');
			},
		};
		if (ui.screenshot) {
			fs.mkdirSync(path.dirname(ui.screenshot), { recursive: true });
		}
		try {
			await body(page, ui);
			return 0;
		} catch (error) {
			console.error(`${name}: ${error instanceof Error ? error.message : error}`);
			if (ui.screenshot) {
				await page.screenshot({ path: ui.screenshot }).catch(() => undefined);
			}
			return 1;
		} finally {
			await context.close();
		}
	};
	main()
		.catch((error) => {
			console.error(error);
			return 2;
		})
		.then((code) => {
			for (const fn of cleanups.reverse()) {
				try {
					fn();
				} catch (error) {
					console.error(`${name}: clean-up failed: ${error instanceof Error ? error.message : error}`);
				}
			}
			process.exit(code);
		});
}

/** Opens a file of the workspace from the Explorer (Quick Open is unreliable): its folders, then its row. */
async function openFromExplorer(page, relative) {
	const explorerRow = (name) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
	for (const part of path
		.dirname(relative)
		.split(path.sep)
		.filter((p) => p !== '.')) {
		await explorerRow(part).click();
	}
	const fileName = path.basename(relative);
	await explorerRow(fileName).click();
	await page.waitForSelector(`.tabs-container .tab:has-text("${fileName}")`);
}

/**
 * Runs a command from the palette: types `command` and clicks the first row that has `row`. The palette lists
 * an installed extension's commands only once the extensions are scanned, a little after the workbench shows:
 * until then the query is typed again.
 */
async function runCommand(page, command, row = command) {
	const deadline = Date.now() + APPEAR_MS;
	for (;;) {
		await page.keyboard.press('F1');
		await page.waitForSelector('.quick-input-widget');
		await page.keyboard.type(command);
		const found = page.locator('.quick-input-list .monaco-list-row', { hasText: row }).first();
		try {
			await found.waitFor({ timeout: 3000 });
			await found.click();
			return;
		} catch (error) {
			if (Date.now() > deadline) {
				throw error;
			}
			await page.keyboard.press('Escape');
		}
	}
}

module.exports = { APPEAR_MS, launchBrowser, openFromExplorer, runCommand, runUi };
