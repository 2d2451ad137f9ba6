// Prepares what the editor tests compare against: a workspace folder with the five shared letters and the
// examples as .congvan files, and, for each of them, the CLI's findings today (same core, same day) and
// the CLI's --fix result. The workspace is a new temporary folder outside the repository (so that no
// .congvanrc.json above it applies), the previous one is removed; out/e2e/expected/ is recreated:
//
//   expected/manifest.json          { today, workspace, files: [{ name, path, origin }] }
//   expected/<name>.json            `congvan lint --format json --today <today> <path>`
//   expected/<name>.fixed.congvan   the text after `congvan lint --fix` (on a scratch copy)
//   expected/<name>.fixed.json      the findings left after --fix
//   expected/docx.json              the Word file of ui-docx.cjs: its path, its text view and its findings
//
// Usage: node scripts/e2e/prepare-workspace.cjs   (after the build: it runs dist/cli.js)
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const out = path.join(root, 'out', 'e2e');
const expectedDir = path.join(out, 'expected');
const scratch = path.join(out, 'fixed');
const cli = path.join(root, 'dist', 'cli.js');
const lettersDir = path.resolve(root, '..', 'shared', 'letters');

/** Today as the local calendar date, as the server computes it inside the editor. */
function localToday() {
	const now = new Date();
	const pad = (n) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Runs `congvan lint --format json` on files; exit 1 only means that errors were found. */
function lintJson(workspace, files, today, extra = []) {
	try {
		// The workspace has no .congvanrc.json, so the CLI runs on the defaults, like the editor.
		return JSON.parse(
			execFileSync(process.execPath, [cli, 'lint', '--format', 'json', '--locale', 'vi', '--today', today, ...extra, ...files], {
				cwd: workspace,
				encoding: 'utf8',
			}),
		);
	} catch (error) {
		if (error.status === 1 && error.stdout) {
			return JSON.parse(error.stdout);
		}
		throw new Error(`congvan lint failed (exit ${error.status}): ${error.stderr || error.message}`);
	}
}

function main() {
	if (!fs.existsSync(cli)) {
		throw new Error(`${cli} is missing: build first (node esbuild.js)`);
	}
	const sources = [
		...fs
			.readdirSync(lettersDir)
			.filter((f) => f.endsWith('.txt'))
			.sort()
			.map((f) => ({ origin: path.join(lettersDir, f), name: `letters/${f.replace(/\.txt$/, '.congvan')}` })),
		...fs
			.readdirSync(path.join(root, 'examples'))
			.filter((f) => f.endsWith('.congvan'))
			.sort()
			.map((f) => ({ origin: path.join(root, 'examples', f), name: `examples/${f}` })),
	];
	if (sources.filter((s) => s.name.startsWith('letters/')).length !== 5) {
		throw new Error(`expected the five letters in ${lettersDir}`);
	}
	const manifestPath = path.join(expectedDir, 'manifest.json');
	const previous = fs.existsSync(manifestPath) ? JSON.parse(fs.readFileSync(manifestPath, 'utf8')).workspace : undefined;
	if (typeof previous === 'string' && path.basename(previous).startsWith('congvan-e2e-')) {
		fs.rmSync(previous, { recursive: true, force: true });
	}
	for (const dir of [expectedDir, scratch]) {
		fs.rmSync(dir, { recursive: true, force: true });
	}
	// realpath: the editor reports the resolved path (/tmp may be a link), and the CLI's JSON must match it.
	const workspace = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-e2e-')));
	const today = localToday();
	const files = sources.map(({ origin, name }) => {
		const target = path.join(workspace, name);
		fs.mkdirSync(path.dirname(target), { recursive: true });
		fs.copyFileSync(origin, target);
		const copy = path.join(scratch, name);
		fs.mkdirSync(path.dirname(copy), { recursive: true });
		fs.copyFileSync(origin, copy);
		// ../shared/letters is read-only (CI lays it out without write bits), and copies keep the mode: the
		// editor must be able to save its fixes and `congvan lint --fix` refuses a file without write permission.
		fs.chmodSync(target, 0o644);
		fs.chmodSync(copy, 0o644);
		return { name, path: target, origin, copy };
	});

	const found = lintJson(
		workspace,
		files.map((f) => f.path),
		today,
	);
	const fixed = lintJson(
		workspace,
		files.map((f) => f.copy),
		today,
		['--fix'],
	);
	for (const file of files) {
		const report = found.find((r) => path.resolve(r.file) === file.path);
		const after = fixed.find((r) => path.resolve(r.file) === file.copy);
		if (!report || !after) {
			throw new Error(`the CLI's JSON has no entry for ${file.name}`);
		}
		const base = path.join(expectedDir, file.name);
		fs.mkdirSync(path.dirname(base), { recursive: true });
		fs.writeFileSync(`${base}.json`, `${JSON.stringify([report], null, 2)}\n`);
		fs.writeFileSync(`${base}.fixed.json`, `${JSON.stringify([after], null, 2)}\n`);
		fs.copyFileSync(file.copy, `${base}.fixed.congvan`);
	}
	prepareDocx(workspace, today);
	const manifest = { today, workspace, files: files.map(({ name, path: p, origin }) => ({ name, path: p, origin })) };
	fs.writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
	const count = found.reduce((n, r) => n + r.diagnostics.length, 0);
	console.log(`prepare-workspace: ${files.length} letters in ${workspace}, ${count} findings expected (today ${today})`);
}

/**
 * The Word file of ui-docx.cjs: the example letter with errors, exported by `congvan export`, on US Letter paper
 * (a layout finding, once the layout rules run), and what the editor must show for it: the text view and the
 * findings of the .docx reader and the core compiled in out/ (the same code as the extension's server).
 */
function prepareDocx(workspace, today) {
	const { strFromU8, strToU8, unzipSync, zipSync } = require('fflate');
	const { readDocx, lintDocx } = require(path.join(root, 'out', 'server', 'src', 'docx', 'index.js'));
	const name = 'word/cong-van-co-loi.docx';
	const target = path.join(workspace, name);
	fs.mkdirSync(path.dirname(target), { recursive: true });
	execFileSync(
		process.execPath,
		[cli, 'export', '--format', 'docx', '-o', target, path.join(root, 'examples', 'cong-van-co-loi.congvan')],
		{
			stdio: ['ignore', 'ignore', 'pipe'],
		},
	);
	const files = unzipSync(fs.readFileSync(target));
	const document = strFromU8(files['word/document.xml']);
	files['word/document.xml'] = strToU8(document.replace(/<w:pgSz [^>]*\/>/u, '<w:pgSz w:w="12240" w:h="15840"/>'));
	fs.writeFileSync(target, zipSync(files));
	const reading = readDocx(fs.readFileSync(target));
	if (!reading.ok) {
		throw new Error(`the reader refuses ${name}: ${reading.error.messageEn}`);
	}
	const [year, month, day] = today.split('-').map(Number);
	const lineOf = (offset) => reading.text.slice(0, offset).split('\n').length - 1;
	const findings = lintDocx(reading, { today: { year, month, day }, locale: 'vi' }).map((p) => ({
		code: p.ruleId,
		severity: p.severity,
		line: lineOf(p.range.start),
		message: p.message,
	}));
	const expected = { name, path: target, text: reading.text, findings };
	fs.writeFileSync(path.join(expectedDir, 'docx.json'), `${JSON.stringify(expected, null, 2)}\n`);
}

main();
