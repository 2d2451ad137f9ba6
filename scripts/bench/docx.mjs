// The bench's Word figure (issue 13): reading and checking a typical 40 KB letter as Word saves it, against
// checking its text view alone, with the target of at most 15 ms for both. The letter: about 10 KB of text
// (a long công văn of two or three pages, body paragraphs of the source letters), exported by the exporter
// (server/src/export/docx.ts), then given what Word adds when it saves: revision ids and paragraph ids on
// every paragraph and run, the latent styles in styles.xml, and a thumbnail image (docProps/thumbnail.jpeg,
// stored) that brings the file to 40 KB and that the reader never inflates. Also the exporter's own file of
// a letter of about 120 KB of text (a 40 KB file without padding), for scale. CPU time of this process,
// median of seven runs after a warm-up.
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { longDocument } from './corpus.mjs';

const TARGET_MS = 15;
const TARGET_BYTES = 40 * 1024;

function cpuMs() {
	const used = process.cpuUsage();
	return (used.user + used.system) / 1000;
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

function timed(fn, runs = 7) {
	for (let i = 0; i < 3; i++) {
		fn();
	}
	const times = [];
	for (let i = 0; i < runs; i++) {
		const start = cpuMs();
		fn();
		times.push(cpuMs() - start);
	}
	return median(times);
}

/**
 * Bundles the reader and the exporter with esbuild into `work`, builds the 40 KB letter and returns the rows
 * of the table: read + check, read alone, and check of the text view alone.
 */
export async function measureDocx({ esbuild, common, work, sources, today, log }) {
	const bundle = path.join(work, 'docx.cjs');
	esbuild.buildSync({ ...common, entryPoints: ['scripts/bench/docx-entry.ts'], outfile: bundle });
	const { createRequire } = await import('node:module');
	const m = createRequire(import.meta.url)(bundle);
	const config = { today };
	const typical = wordLike(await m.docxBytes(m.buildDocument(m.parseLetter(longDocument(sources, 10 * 1024)))));
	let long = new Uint8Array(0);
	for (let size = 64 * 1024; long.length < TARGET_BYTES && size < 4 * 1024 * 1024; size = Math.round(size * 1.25)) {
		long = await m.docxBytes(m.buildDocument(m.parseLetter(longDocument(sources, size))));
	}
	const rows = [];
	for (const [bytes, what, target] of [
		[typical, 'a typical letter as Word saves it', true],
		[long, "the exporter's file of a long letter", false],
	]) {
		const read = m.readDocx(bytes);
		if (!read.ok) {
			throw new Error(`the bench letter is not read: ${read.error.code}`);
		}
		const problems = m.lintDocx(read, config).length;
		const kb = (n) => (n / 1024).toFixed(1);
		log(
			`docx: ${what}: ${kb(bytes.length)} KB (${kb(Buffer.byteLength(read.text))} KB of text, ${read.format.paragraphs.length} paragraphs, ${problems} findings)`,
		);
		const readAndCheck = timed(() => m.lintDocx(m.readDocx(bytes), config));
		const readOnly = timed(() => m.readDocx(bytes));
		const checkOnly = timed(() => m.lintText(read.text, config));
		rows.push(
			{
				figure: `read and check ${what}, ${kb(bytes.length)} KB, ${kb(Buffer.byteLength(read.text))} KB of text (ms CPU), vs checking its text`,
				ours: readAndCheck,
				reference: checkOnly,
				ratio: readAndCheck / checkOnly,
				target: target ? `≤ ${TARGET_MS} ms` : '',
				pass: target ? readAndCheck <= TARGET_MS : undefined,
			},
			{
				figure: '  of which reading the .docx (ms CPU)',
				ours: readOnly,
				reference: checkOnly,
				ratio: readOnly / checkOnly,
				target: '',
				pass: undefined,
			},
		);
	}
	return rows;
}

/** What Word adds to a file when it saves it (see the top of this file), up to 40 KB. */
function wordLike(bytes) {
	const files = unzipSync(bytes);
	let id = 0x1000;
	const hex = () => (id++).toString(16).toUpperCase().padStart(8, '0');
	files['word/document.xml'] = strToU8(
		strFromU8(files['word/document.xml'])
			.replace(
				/<w:p(?=[ >])/gu,
				() => `<w:p w14:paraId="${hex()}" w14:textId="${hex()}" w:rsidR="00A1B2C3" w:rsidRDefault="00A1B2C3" w:rsidP="00D4E5F6"`,
			)
			.replace(/<w:r>/gu, '<w:r w:rsidRPr="00D4E5F6">'),
	);
	const names = Array.from(
		{ length: 376 },
		(_, i) => `<w:lsdException w:name="Style ${i}" w:semiHidden="1" w:uiPriority="${i % 99}" w:unhideWhenUsed="1"/>`,
	);
	files['word/styles.xml'] = strToU8(
		strFromU8(files['word/styles.xml']).replace(
			'</w:docDefaults>',
			`</w:docDefaults><w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376">${names.join('')}</w:latentStyles>`,
		),
	);
	const size = zipSync(files).length;
	// Bytes that do not compress, as a JPEG's.
	const thumbnail = new Uint8Array(Math.max(0, TARGET_BYTES - size - 200));
	let x = 7;
	for (let i = 0; i < thumbnail.length; i++) {
		x = (x * 1103515245 + 12345) >>> 0;
		thumbnail[i] = x >>> 24;
	}
	files['docProps/thumbnail.jpeg'] = [thumbnail, { level: 0 }];
	return zipSync(files);
}
