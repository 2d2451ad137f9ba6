// Runs the editor suites (test/e2e, compiled to out/test/e2e) with @vscode/test-electron, the standard
// runner. With CONGVAN_VSCODE_SHIM set to scripts/e2e/code-shim.sh (as test-editor.sh does), the
// "VS Code executable" is code-server driven by headless Chromium; without it, the runner downloads
// desktop VS Code and runs the very same suites there.
//
// Usage: node scripts/e2e/run-suites.cjs   (after `tsc -b` and the build; prepares the workspace unless
// CONGVAN_E2E_PREPARED=1 says that scripts/e2e/prepare-workspace.cjs has just run)
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { runTests } = require('@vscode/test-electron');

const root = path.resolve(__dirname, '../..');

async function main() {
	if (process.env.CONGVAN_E2E_PREPARED !== '1') {
		execFileSync(process.execPath, [path.join(__dirname, 'prepare-workspace.cjs')], { stdio: 'inherit' });
	}
	const { workspace } = JSON.parse(fs.readFileSync(path.join(root, 'out/e2e/expected/manifest.json'), 'utf8'));
	const shim = process.env.CONGVAN_VSCODE_SHIM;
	await runTests({
		...(shim ? { vscodeExecutablePath: shim } : {}),
		extensionDevelopmentPath: root,
		extensionTestsPath: path.join(root, 'out/test/e2e/index.js'),
		launchArgs: [workspace],
	});
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(error instanceof Error ? error.message : error);
		process.exit(1);
	},
);
