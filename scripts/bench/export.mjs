// `npm run bench:export`: how long the export to Word takes without LibreOffice (issue 12: "well under a
// second" for a typical letter), and the sizes of the bundles, which must not grow by the docx package except
// dist/export.js. A benchmark, not a test: it prints a table. Needs `tsc -b && node esbuild.js` first.
//
//   node scripts/bench/export.mjs [--runs 50]
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const at = process.argv.indexOf('--runs');
const RUNS = at >= 0 ? Number(process.argv[at + 1]) : 50;

// The first require loads the docx package: the cost a `congvan export` process pays once.
let started = performance.now();
const { parseLetter } = require(path.join(root, 'out/server/src/core/letter.js'));
const { buildDocument, docxBytes } = require(path.join(root, 'out/server/src/export/docx.js'));
const loadMs = performance.now() - started;

const letters = fs
	.readdirSync(path.join(root, 'examples'))
	.filter((f) => f.endsWith('.congvan'))
	.map((f) => ({ name: f, text: fs.readFileSync(path.join(root, 'examples', f), 'utf8') }));

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

console.log(`load the export code (docx package): ${loadMs.toFixed(0)} ms`);
console.log('letter                          first (ms)  median (ms)  p95 (ms)  .docx (bytes)');
for (const letter of letters) {
	const times = [];
	let size = 0;
	for (let i = 0; i < RUNS; i++) {
		started = performance.now();
		const bytes = await docxBytes(buildDocument(parseLetter(letter.text)));
		times.push(performance.now() - started);
		size = bytes.length;
	}
	const p95 = [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)];
	console.log(
		`${letter.name.padEnd(32)}${times[0].toFixed(1).padStart(10)}${median(times).toFixed(1).padStart(13)}${p95.toFixed(1).padStart(10)}${String(size).padStart(15)}`,
	);
}
console.log('\nbundle          bytes');
for (const file of ['client.js', 'server.js', 'cli.js', 'export.js']) {
	const full = path.join(root, 'dist', file);
	console.log(`dist/${file.padEnd(11)}${fs.existsSync(full) ? String(fs.statSync(full).size).padStart(9) : '  (none)'}`);
}
