// Runs extension tests in code-server through headless Chromium (reference §6.2, §6.3). VS Code's server
// forks an extension host only for a connected workbench, so a browser opens the workbench with the test
// paths in the URL payload; the extension host runs run() and the workbench reports the result through
// window.codeAutomationExit(code). Console output of the extension host (mocha's reporter) arrives through
// window.codeAutomationLog and is printed here.
//
// Usage (run by run-in-code-server.sh, which sets CODE_SERVER_PORT):
//   node drive-tests.cjs EXTENSION_DEVELOPMENT_PATH EXTENSION_TESTS_PATH WORKSPACE   (absolute paths)
// Exit status: 0 when run() resolved, 1 when it rejected or no exit code came before the deadline.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { format } = require('node:util');
const { launchBrowser } = require('./browser.cjs');

/** The workbench's own chatter, left out of the output (it stays in the console log artifact). */
const NOISE =
	/^\[(?:AgentHost|AgentHost:remote|ChatModelSelection|AccountPolicyGate|reconnection-grace-time|Service Worker)\]|^(?:Creation of workbench contribution|Creating a socket|Resolving connection token|Resolved connection token|Updating additional builtin extensions cache)|ENOTFOUND|open-vsx|Timed out waiting for authentication provider/;

const artifacts = path.resolve(__dirname, '../../out/e2e/artifacts');
const consoleFile = path.join(artifacts, `${process.env.CONGVAN_E2E_LABEL ?? 'tests'}-console.log`);

/** Prints a console message of the extension host or the workbench (mocha's reporter among them). */
function consoleLog(type, args) {
	const text = format(...args);
	fs.appendFileSync(consoleFile, `[${type}] ${text}\n`);
	if (!NOISE.test(text)) {
		(type === 'error' ? console.error : console.log)(text);
	}
}

const [ext, tests, folder] = process.argv.slice(2).map((p) => p && path.resolve(p));
const port = process.env.CODE_SERVER_PORT;
// The one timer of the run: a deadline for a workbench that never reports, not a wait.
const deadlineMs = Number(process.env.CONGVAN_E2E_DEADLINE_S ?? 600) * 1000;

async function main() {
	if (!ext || !tests || !folder || !port) {
		throw new Error('usage: CODE_SERVER_PORT=… node drive-tests.cjs EXTENSION_DEVELOPMENT_PATH EXTENSION_TESTS_PATH WORKSPACE');
	}
	const host = `127.0.0.1:${port}`;
	// The payload's authority must be exactly the host:port the browser uses.
	const remote = (p) => `vscode-remote://${host}${p}`;
	const payload = JSON.stringify([
		['extensionDevelopmentPath', remote(ext)],
		['extensionTestsPath', remote(tests)],
	]);
	const url = `http://${host}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;

	fs.mkdirSync(artifacts, { recursive: true });
	fs.writeFileSync(consoleFile, '');
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-chromium-'));
	const context = await launchBrowser(profile);
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		let finish;
		const exited = new Promise((resolve) => (finish = resolve));
		await page.exposeFunction('codeAutomationLog', (type, args) => consoleLog(type, Array.isArray(args) ? args : [args]));
		await page.exposeFunction('codeAutomationExit', (code) => finish(code));
		page.on('pageerror', (error) => console.error(`[workbench] ${error.message}`));
		let timer;
		const deadline = new Promise((resolve) => (timer = setTimeout(() => resolve('deadline'), deadlineMs)));
		await page.goto(url);
		const code = await Promise.race([exited, deadline]);
		clearTimeout(timer);
		if (code === 'deadline') {
			console.error(
				`drive-tests: no exit code from the workbench within ${deadlineMs / 1000} s (enable-smoke-test-driver, payload URL, or a hung test).`,
			);
			return 1;
		}
		return code === 0 ? 0 : 1;
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
