// The rendering tier of `congvan export` (issue 12): the exported letters, converted to PDF by LibreOffice and
// to PNG by pdftoppm, read back with poppler's pdftotext and pdffonts. It checks what a reader of the printed
// letter sees: a short công văn is one page; a three-page quyết định has "2" and "3" at the top of pages 2
// and 3 and no number on page 1; the date line is to the right of the Số line and the Nơi nhận to the left
// of the signature, and a biên bản's two signers stand side by side above it; every font is embedded and is Liberation Serif or Times, and the PDF's text equals the
// letter's text (white space and the page numbers aside, as multisets of characters, since a two-column
// layout interleaves the columns' lines), so no Vietnamese letter fell back to a missing glyph.
// The PNG of every template type is kept in out/e2e/artifacts/export/.
//
// Needs `npm run compile` (or `tsc -b && node esbuild.js`) first, and soffice, pdftoppm, pdftotext and pdffonts
// (scripts/e2e/install-tools.sh installs libreoffice-writer-nogui, poppler-utils and fonts-liberation2).
// Run it alone with `node scripts/e2e/export-tier.cjs`; test-editor.sh runs it as a section. It writes
// out/e2e/results/export.json ({ passes, failures, pending }) and exits 1 when a check fails.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
const out = path.join(root, 'out', 'e2e');
const artifacts = path.join(out, 'artifacts', 'export');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-export-tier-'));
const helpers = require(path.join(root, 'out', 'test', 'export', 'helpers.js'));
const { parseLetter } = require(path.join(root, 'out', 'server', 'src', 'core', 'letter.js'));

let passes = 0;
let failures = 0;

function check(name, fn) {
	try {
		fn();
		passes++;
		console.log(`  ✔ ${name}`);
	} catch (error) {
		failures++;
		console.log(`  ✘ ${name}\n    ${String(error && error.message ? error.message : error).replace(/\n/g, '\n    ')}`);
	}
}

function assert(condition, message) {
	if (!condition) {
		throw new Error(message);
	}
}

function run(command, args, options = {}) {
	const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
	if (result.error) {
		throw result.error;
	}
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	}
	return result.stdout;
}

/** A file-system-safe name: ASCII letters, digits and dashes. */
function slug(name) {
	return name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/gi, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** A quyết định long enough for three pages: the example with more articles. */
function longDecision() {
	const base = fs.readFileSync(path.join(root, 'examples', 'quyet-dinh.congvan'), 'utf8');
	const articles = [];
	for (let i = 4; i <= 25; i++) {
		articles.push(
			`Điều ${i}. Các cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh tổ chức thực hiện nội dung thứ ${i} của Quy chế công tác văn thư, bảo đảm đúng thời hạn, đúng thẩm quyền và báo cáo kết quả về Văn phòng Ủy ban nhân dân tỉnh.`,
		);
	}
	return base.replace('\nNơi nhận:', `\n${articles.join('\n\n')}\n\nNơi nhận:`);
}

// The letters: the ten templates, the examples, and the long decision.
const letters = [
	...helpers.templateLetters().map((t) => ({ name: `mau-${slug(t.name)}`, text: t.text, template: true })),
	...fs
		.readdirSync(path.join(root, 'examples'))
		.filter((f) => f.endsWith('.congvan'))
		.map((f) => ({ name: `vi-du-${slug(f.replace(/\.congvan$/, ''))}`, text: fs.readFileSync(path.join(root, 'examples', f), 'utf8') })),
	{ name: 'quyet-dinh-ba-trang', text: longDecision() },
];

fs.rmSync(artifacts, { recursive: true, force: true });
fs.mkdirSync(artifacts, { recursive: true });
fs.mkdirSync(path.join(out, 'results'), { recursive: true });
const cli = path.join(root, 'dist', 'cli.js');
const started = Date.now();

console.log('export tier: congvan export --format pdf, through LibreOffice');
const pdfs = new Map();
check('every letter exports to PDF through `congvan export --format pdf`', () => {
	for (const letter of letters) {
		const input = path.join(work, `${letter.name}.congvan`);
		fs.writeFileSync(input, letter.text);
		const pdf = path.join(work, `${letter.name}.pdf`);
		const result = spawnSync(process.execPath, [cli, 'export', '--format', 'pdf', '-o', pdf, input], { encoding: 'utf8' });
		assert(result.status === 0, `${letter.name}: exit ${result.status}\n${result.stderr}`);
		assert(fs.existsSync(pdf), `${letter.name}: no PDF`);
		pdfs.set(letter.name, pdf);
	}
});

function pages(pdf) {
	return Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1]);
}

function pageText(pdf, page) {
	return run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-']);
}

/** The words of page 1 with their boxes, from pdftotext -bbox. */
function words(pdf, page = 1) {
	const html = run('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-']);
	return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
		xMin: Number(m[1]),
		yMin: Number(m[2]),
		xMax: Number(m[3]),
		yMax: Number(m[4]),
		text: m[5]
			.replace(/&amp;/g, '&')
			.replace(/&lt;/g, '<')
			.replace(/&gt;/g, '>')
			.replace(/&quot;/g, '"')
			.replace(/&apos;/g, "'"),
	}));
}

function charCounts(s) {
	const counts = new Map();
	for (const ch of s.normalize('NFC').replace(/\s+/g, '')) {
		counts.set(ch, (counts.get(ch) ?? 0) + 1);
	}
	return counts;
}

function countsDiff(a, b) {
	const diff = [];
	for (const ch of new Set([...a.keys(), ...b.keys()])) {
		if ((a.get(ch) ?? 0) !== (b.get(ch) ?? 0)) {
			diff.push(`${JSON.stringify(ch)}: letter ${a.get(ch) ?? 0}, PDF ${b.get(ch) ?? 0}`);
		}
	}
	return diff;
}

if (pdfs.size === letters.length) {
	check('a short công văn is one page', () => {
		for (const name of ['vi-du-cong-van-mau', letters.find((l) => l.template && /cong-van/.test(l.name)).name]) {
			assert(pages(pdfs.get(name)) === 1, `${name}: ${pages(pdfs.get(name))} pages`);
		}
	});

	check('a three-page quyết định has "2" and "3" at the top of pages 2 and 3 and no number on page 1', () => {
		const pdf = pdfs.get('quyet-dinh-ba-trang');
		assert(pages(pdf) === 3, `${pages(pdf)} pages`);
		const firstLine = (page) =>
			pageText(pdf, page)
				.split('\n')
				.find((l) => l.trim() !== '') ?? '';
		assert(firstLine(2).trim() === '2', `page 2 starts with ${JSON.stringify(firstLine(2))}`);
		assert(firstLine(3).trim() === '3', `page 3 starts with ${JSON.stringify(firstLine(3))}`);
		assert(!/^\s*\d+\s*$/.test(firstLine(1)), `page 1 starts with ${JSON.stringify(firstLine(1))}`);
		// Centred: the number's box is in the middle of the page, within a centimetre.
		const number = words(pdf, 2)[0];
		const pageWidth = 595.3;
		assert(Math.abs((number.xMin + number.xMax) / 2 - pageWidth / 2) < 28, `page number at x ${number.xMin}–${number.xMax}`);
	});

	check('the date line is to the right of the Số line, the Nơi nhận to the left of the signature', () => {
		for (const letter of letters) {
			const model = parseLetter(letter.text);
			const all = [];
			for (let p = 1; p <= pages(pdfs.get(letter.name)); p++) {
				all.push(...words(pdfs.get(letter.name), p).map((w) => ({ ...w, page: p })));
			}
			if (model.so && model.date) {
				const so = all.find((w) => w.text === 'Số:' || w.text === 'Số');
				const place = model.date.place.text.split(/\s+/)[0];
				const date = all.find((w) => w.text.startsWith(place) && so && Math.abs(w.yMin - so.yMin) < 60);
				assert(so && date, `${letter.name}: Số or the date not found`);
				assert(date.xMin > so.xMax, `${letter.name}: date at x ${date.xMin}, Số ends at ${so.xMax}`);
			}
			if (model.noiNhan && model.signature?.name) {
				const label = all.find((w) => w.text.startsWith('Nơi'));
				const firstName = model.signature.name.text.split(/\s+/)[0];
				const name = all.filter((w) => w.text === firstName && label && w.page === label.page).pop();
				assert(label && name, `${letter.name}: Nơi nhận or the signer not found`);
				assert(label.xMax < name.xMin, `${letter.name}: Nơi nhận ends at ${label.xMax}, the signer starts at ${name.xMin}`);
			}
		}
	});

	check("a biên bản's two signers stand side by side, above the Nơi nhận", () => {
		const letter = letters.find((l) => l.template && /bien-ban/.test(l.name));
		assert(letter, 'no biên bản template');
		const pdf = pdfs.get(letter.name);
		const all = words(pdf, pages(pdf));
		const thuKy = all.find((w) => w.text === 'THƯ');
		const chuToa = all.find((w) => w.text === 'TỌA');
		const label = all.find((w) => w.text.startsWith('Nơi'));
		assert(thuKy && chuToa && label, `${letter.name}: THƯ KÝ, CHỦ TỌA or Nơi nhận not found on the last page`);
		assert(Math.abs(thuKy.yMin - chuToa.yMin) < 3, `${letter.name}: THƯ KÝ at y ${thuKy.yMin}, CHỦ TỌA at y ${chuToa.yMin}`);
		assert(thuKy.xMax < chuToa.xMin, `${letter.name}: THƯ KÝ ends at x ${thuKy.xMax}, CHỦ TỌA starts at ${chuToa.xMin}`);
		assert(label.yMin > thuKy.yMax, `${letter.name}: Nơi nhận at y ${label.yMin}, above the signers (${thuKy.yMax})`);
	});

	check('every font is embedded and is Liberation Serif or Times New Roman', () => {
		for (const [name, pdf] of pdfs) {
			const rows = run('pdffonts', [pdf])
				.split('\n')
				.slice(2)
				.filter((l) => l.trim() !== '');
			assert(rows.length > 0, `${name}: no fonts`);
			for (const row of rows) {
				const columns = row.trim().split(/\s+/);
				// name type encoding emb sub uni object ID: "emb" is the fourth column from the end but two.
				const emb = columns[columns.length - 5];
				assert(emb === 'yes', `${name}: not embedded: ${row}`);
				assert(/LiberationSerif|TimesNewRoman|Times-Roman|Tinos/i.test(columns[0]), `${name}: font ${columns[0]}`);
			}
		}
	});

	check("the PDF's text is the letter's text (white space and page numbers aside)", () => {
		for (const letter of letters) {
			const pdf = pdfs.get(letter.name);
			let text = '';
			for (let p = 1; p <= pages(pdf); p++) {
				const lines = pageText(pdf, p).split('\n');
				const first = lines.findIndex((l) => l.trim() !== '');
				if (p > 1 && lines[first]?.trim() === String(p)) {
					lines.splice(first, 1);
				}
				text += lines.join('\n');
			}
			const model = parseLetter(letter.text);
			const directives = new Set(model.directives.map((d) => d.line));
			const expected = model.lines
				.filter((l) => l.content !== '' && !directives.has(l.index) && !/^(?:[-_=]\s*){3,}$/u.test(l.content))
				.map((l) => l.content)
				.join('\n');
			const diff = countsDiff(charCounts(expected), charCounts(text));
			assert(diff.length === 0, `${letter.name}: ${diff.slice(0, 8).join('; ')}`);
		}
	});

	check('keeps a PNG of every page of every template type in out/e2e/artifacts/export/', () => {
		for (const letter of letters) {
			run('pdftoppm', ['-r', '60', '-png', pdfs.get(letter.name), path.join(artifacts, letter.name)]);
			fs.copyFileSync(pdfs.get(letter.name), path.join(artifacts, `${letter.name}.pdf`));
		}
		const pngs = fs.readdirSync(artifacts).filter((f) => f.endsWith('.png'));
		for (const letter of letters.filter((l) => l.template)) {
			assert(
				pngs.some((f) => f.startsWith(`${letter.name}-`)),
				`${letter.name}: no PNG`,
			);
		}
	});
}

fs.rmSync(work, { recursive: true, force: true });
fs.writeFileSync(path.join(out, 'results', 'export.json'), JSON.stringify({ passes, failures, pending: 0 }));
console.log(`export tier: ${passes} passed, ${failures} failed (${Math.round((Date.now() - started) / 1000)} s); PNGs in ${artifacts}`);
process.exit(failures === 0 ? 0 : 1);
