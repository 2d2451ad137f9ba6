// Tier 3: Neovim 0.7.2 as an independent LSP client of dist/server.js (reference §9). For every letter of
// the prepared workspace, test/nvim/diagnostics.lua prints the diagnostics that Neovim received (pushed:
// Neovim 0.7 cannot pull) after its own UTF-16 → byte conversion, and this script compares them with the
// CLI's JSON for the same file: lines, byte columns, rule ids, severities, sources, messages and the text
// under each range (which shows a wrong UTF-16 offset on Vietnamese text as the wrong characters).
// Then the clean fixture test/nvim/clean.congvan: an empty publication arrives, and the script's failure
// path (CONGVAN_EXPECT_FINDINGS=1 on a clean letter) does fail, at once.
//
// Usage: node scripts/e2e/nvim-tier.cjs   (after prepare-workspace.cjs). Prints one line per case and
// writes out/e2e/results/neovim.json; exit 1 when a case failed.
const assert = require('node:assert/strict');
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');
const out = path.join(root, 'out', 'e2e');
const script = path.join(root, 'test', 'nvim', 'diagnostics.lua');
const server = path.join(root, 'dist', 'server.js');
const clean = path.join(root, 'test', 'nvim', 'clean.congvan');
const logs = path.join(out, 'artifacts', 'nvim');

/** Runs Neovim on one file with a throwaway home; returns its exit status, printed diagnostics and stderr. */
function runNeovim(file, label, env = {}) {
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-nvim-'));
	try {
		const started = Date.now();
		// `timeout` is the deadline for a Neovim that hangs (an E5113 without pcall, a server that never exits).
		const result = spawnSync('timeout', ['-k', '5', '60', 'nvim', '--headless', '--clean', '-u', 'NONE', '-c', `luafile ${script}`], {
			cwd: path.dirname(file),
			encoding: 'utf8',
			env: {
				...process.env,
				HOME: home,
				XDG_CACHE_HOME: path.join(home, 'cache'),
				XDG_DATA_HOME: path.join(home, 'data'),
				XDG_STATE_HOME: path.join(home, 'state'),
				XDG_CONFIG_HOME: path.join(home, 'config'),
				CONGVAN_SERVER: server,
				CONGVAN_NODE: process.execPath,
				CONGVAN_FILE: file,
				...env,
			},
		});
		const log = path.join(home, 'cache', 'nvim', 'lsp.log');
		if (fs.existsSync(log) && fs.statSync(log).size > 0) {
			fs.mkdirSync(logs, { recursive: true });
			fs.copyFileSync(log, path.join(logs, `${label.replace(/[^\w.-]+/g, '_')}.lsp.log`));
		}
		const lines = result.stdout
			.split('\n')
			.filter((l) => l.trim() !== '')
			.map((l) => JSON.parse(l));
		const summary = lines.find((l) => 'published' in l);
		return {
			status: result.status,
			diagnostics: lines.filter((l) => !('published' in l)),
			published: summary?.published,
			stderr: result.stderr.trim(),
			ms: Date.now() - started,
		};
	} finally {
		fs.rmSync(home, { recursive: true, force: true });
	}
}

/** What Neovim should hold for an LSP diagnostic of the CLI's JSON on `text`. */
function expectedInNeovim(d, lines) {
	const lineText = (n) => lines[n] ?? '';
	const bytes = (s) => Buffer.byteLength(s, 'utf8');
	const { start, end } = d.range;
	const under =
		start.line === end.line
			? lineText(start.line).slice(start.character, end.character)
			: [
					lineText(start.line).slice(start.character),
					...lines.slice(start.line + 1, end.line),
					lineText(end.line).slice(0, end.character),
				].join('\n');
	return {
		lnum: start.line,
		col: bytes(lineText(start.line).slice(0, start.character)),
		end_lnum: end.line,
		end_col: bytes(lineText(end.line).slice(0, end.character)),
		severity: d.severity,
		code: d.code,
		source: d.source,
		message: d.message,
		text: under,
	};
}

const order = (a, b) =>
	a.lnum - b.lnum || a.col - b.col || String(a.code).localeCompare(String(b.code)) || a.message.localeCompare(b.message);
const pick = (d) => ({
	lnum: d.lnum,
	col: d.col,
	end_lnum: d.end_lnum,
	end_col: d.end_col,
	severity: d.severity,
	code: d.code,
	source: d.source,
	message: d.message,
	text: d.text,
});

function cliJson(file) {
	try {
		return JSON.parse(
			execFileSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'lint', '--format', 'json', '--locale', 'vi', file], {
				cwd: path.dirname(file),
				encoding: 'utf8',
			}),
		)[0];
	} catch (error) {
		if (error.status === 1) {
			return JSON.parse(error.stdout)[0];
		}
		throw error;
	}
}

/** Checks that Neovim's diagnostics for `file` equal the CLI's report. */
function compare(file, report, label) {
	const run = runNeovim(file, label);
	assert.equal(run.status, 0, `Neovim exited with ${run.status}: ${run.stderr}`);
	assert.equal(run.published, report.diagnostics.length, 'the number of diagnostics the server published');
	const lines = fs.readFileSync(file, 'utf8').split(/\r\n|\r|\n/);
	assert.deepEqual(run.diagnostics.map(pick).sort(order), report.diagnostics.map((d) => expectedInNeovim(d, lines)).sort(order));
	return `${run.diagnostics.length} diagnostics, ${run.ms} ms`;
}

function main() {
	const manifest = JSON.parse(fs.readFileSync(path.join(out, 'expected', 'manifest.json'), 'utf8'));
	const cases = manifest.files.map((file) => [
		`neovim: ${file.name} equals the CLI`,
		() => {
			const [report] = JSON.parse(fs.readFileSync(path.join(out, 'expected', `${file.name}.json`), 'utf8'));
			return compare(file.path, report, file.name);
		},
	]);
	cases.push(
		[
			'neovim: the clean fixture gets an empty publication',
			() => {
				const report = cliJson(clean);
				assert.deepEqual(
					report.diagnostics.map((d) => d.code),
					[],
					`the CLI finds problems in ${clean}: keep the fixture clean`,
				);
				return compare(clean, report, 'clean');
			},
		],
		[
			'neovim: the failure path fails (no diagnostic on a clean letter, CONGVAN_EXPECT_FINDINGS=1)',
			() => {
				const run = runNeovim(clean, 'clean-expect-findings', { CONGVAN_EXPECT_FINDINGS: '1' });
				assert.notEqual(run.status, 0, 'Neovim exited 0 although no diagnostic arrived');
				assert.match(run.stderr, /no diagnostic for /);
				return `exit ${run.status} in ${run.ms} ms: ${run.stderr}`;
			},
		],
	);

	let passes = 0;
	let failures = 0;
	for (const [name, check] of cases) {
		try {
			const detail = check();
			passes++;
			console.log(`  ✔ ${name} (${detail})`);
		} catch (error) {
			failures++;
			console.log(`  ✘ ${name}\n${String(error instanceof Error ? error.message : error).replace(/^/gm, '      ')}`);
		}
	}
	fs.mkdirSync(path.join(out, 'results'), { recursive: true });
	fs.writeFileSync(
		path.join(out, 'results', 'neovim.json'),
		`${JSON.stringify({ suite: 'neovim', passes, failures, pending: 0, tests: cases.length })}\n`,
	);
	console.log(`  neovim: ${passes} passing, ${failures} failing`);
	return failures === 0 ? 0 : 1;
}

process.exit(main());
