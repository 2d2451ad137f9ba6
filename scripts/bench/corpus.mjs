// A seeded corpus of letters for `npm run bench`: the project's examples, fixtures and the real letters
// next to the repository, varied in length (body lines repeated or removed) and given the defects that
// letters arrive with (an unpadded number, a duplicated item, no Nơi nhận, NFD lines, CRLF, a citation dated
// after the letter, lookalike Đ, NBSP, markdown emphasis, a BOM, a draft date, "15 /UBND"). The same seed
// gives the same corpus, so that two runs measure the same text.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A small, fast, seeded generator (mulberry32). */
export function random(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The source letters: examples, fixtures and ../shared/letters, without golden files, deduplicated. */
export function sourceLetters(root) {
	const found = [];
	const add = (dir, extensions) => {
		if (!fs.existsSync(dir)) {
			return;
		}
		for (const name of fs.readdirSync(dir).sort()) {
			if (extensions.some((e) => name.endsWith(e)) && !/\.(?:expected|fixed)\.txt$/u.test(name)) {
				found.push({ name: path.relative(root, path.join(dir, name)), text: fs.readFileSync(path.join(dir, name), 'utf8') });
			}
		}
	};
	add(path.join(root, 'examples'), ['.congvan']);
	add(path.join(root, 'test', 'fixtures', 'letters'), ['.congvan', '.txt']);
	add(path.resolve(root, '..', 'shared', 'letters'), ['.congvan', '.txt']);
	const seen = new Set();
	return found.filter((l) => !seen.has(l.text) && seen.add(l.text));
}

const ITEM = /^(?:\d+\.|[a-zđ]\)|[IVX]+\.|Điều \d+\.)\s/u;

/** The first and last line (exclusive) of the body: after Kính gửi and its recipients, before Nơi nhận. */
function bodyBounds(lines) {
	let start = lines.findIndex((l) => /^Kính\s+gửi/iu.test(l.trim()));
	start = start < 0 ? Math.min(lines.length, 8) : start + 1;
	while (start < lines.length && /^\s*(?:[-+•].*)?$/u.test(lines[start] ?? '')) {
		start++;
	}
	let end = lines.findIndex((l, i) => i >= start && /^Nơi\s+nhận/iu.test(l.trim()));
	if (end < 0) {
		end = lines.length;
	}
	return { start, end: Math.max(start, end) };
}

/** The defects, each a function of the lines and the generator; each returns whether it changed anything. */
const DEFECTS = {
	'unpadded-number': (lines) => replaceFirst(lines, /^(\s*Số\s*:\s*)0(\d)\//u, '$1$2/'),
	'spaced-number': (lines) => replaceFirst(lines, /^(\s*Số\s*:\s*\d+)\//u, '$1 /'),
	'duplicate-item': (lines, next) => {
		const items = lines.map((l, i) => (/^\d+\.\s/u.test(l) ? i : -1)).filter((i) => i >= 0);
		if (items.length === 0) {
			return false;
		}
		const at = items[Math.floor(next() * items.length)];
		lines.splice(at + 1, 0, '', lines[at]);
		return true;
	},
	'missing-noi-nhan': (lines) => {
		const at = lines.findIndex((l) => /^Nơi\s+nhận/iu.test(l.trim()));
		if (at < 0) {
			return false;
		}
		let end = at + 1;
		while (end < lines.length && /^\s*[-+•]/u.test(lines[end] ?? '')) {
			end++;
		}
		lines.splice(at, end - at);
		return true;
	},
	'nfd-lines': (lines, next) => {
		for (let k = 0; k < 3; k++) {
			const at = Math.floor(next() * lines.length);
			lines[at] = (lines[at] ?? '').normalize('NFD');
		}
		return true;
	},
	'citation-dated-later': (lines) => {
		const { start } = bodyBounds(lines);
		lines.splice(
			start,
			0,
			'Căn cứ Công văn số 15/UBND-VP ngày 01/01/2099 của Ủy ban nhân dân tỉnh về việc triển khai nhiệm vụ năm 2099;',
			'',
		);
		return true;
	},
	'lookalike-d': (lines) => replaceFirst(lines, /Đ/u, 'Ð'),
	nbsp: (lines, next) => {
		const at = Math.floor(next() * lines.length);
		const before = lines[at] ?? '';
		lines[at] = before.replace(/ /gu, '\u00a0');
		return lines[at] !== before;
	},
	emphasis: (lines) => replaceFirst(lines, /^(Kính\s+gửi)/u, '**$1**'),
	'draft-date': (lines) => replaceFirst(lines, /(ngày)\s+\d{1,2}(\s+tháng)\s+\d{1,2}/u, '$1   $2   '),
};

function replaceFirst(lines, pattern, replacement) {
	const at = lines.findIndex((l) => pattern.test(l));
	if (at < 0) {
		return false;
	}
	lines[at] = (lines[at] ?? '').replace(pattern, replacement);
	return true;
}

/** Varies the length of the body: repeats a run of body lines, or removes some. */
function varyLength(lines, next) {
	const { start, end } = bodyBounds(lines);
	if (end <= start) {
		return;
	}
	const roll = next();
	if (roll < 0.45) {
		// Longer: a run of 1 to 6 body lines, repeated 1 to 8 times.
		const from = start + Math.floor(next() * (end - start));
		const run = lines.slice(from, Math.min(end, from + 1 + Math.floor(next() * 6)));
		const times = 1 + Math.floor(next() * 8);
		lines.splice(from, 0, ...Array.from({ length: times }, () => [...run, '']).flat());
	} else if (roll < 0.75) {
		// Shorter: 1 to 4 body lines removed.
		const from = start + Math.floor(next() * (end - start));
		lines.splice(from, 1 + Math.floor(next() * 4));
	}
}

/**
 * `count` letters made from the sources with the seed: each a source letter, its length varied, and up to
 * four defects; a tenth with CRLF line ends and a twentieth with a BOM.
 */
export function generateCorpus(sources, { count = 2000, seed = 6 } = {}) {
	const next = random(seed);
	const names = Object.keys(DEFECTS);
	const defectCounts = Object.fromEntries([...names, 'crlf', 'bom'].map((n) => [n, 0]));
	const letters = [];
	for (let i = 0; i < count; i++) {
		const source = sources[i % sources.length];
		const lines = source.text.replace(/\r\n?/gu, '\n').split('\n');
		varyLength(lines, next);
		const wanted = Math.floor(next() * 5);
		for (let k = 0; k < wanted; k++) {
			const name = names[Math.floor(next() * names.length)];
			if (DEFECTS[name](lines, next)) {
				defectCounts[name]++;
			}
		}
		let text = lines.join('\n');
		if (next() < 0.1) {
			text = text.replace(/\n/gu, '\r\n');
			defectCounts.crlf++;
		}
		if (next() < 0.05) {
			text = `\uFEFF${text}`;
			defectCounts.bom++;
		}
		letters.push({ name: `${String(i).padStart(4, '0')}-${path.basename(source.name)}`, text });
	}
	return { letters, defectCounts };
}

/**
 * A long document of about `bytes` UTF-8 bytes: a real header, then a body of Điều, khoản and điểm made of
 * the corpus's body paragraphs (numbered in order, as a long regulation is), then Nơi nhận and a signature.
 */
export function longDocument(sources, bytes) {
	const template = sources.find((s) => /Kính\s+gửi/u.test(s.text) && /Nơi\s+nhận/u.test(s.text)) ?? sources[0];
	const lines = template.text.replace(/\r\n?/gu, '\n').split('\n');
	const { start, end } = bodyBounds(lines);
	const paragraphs = sources.flatMap((s) => {
		const ls = s.text.replace(/\r\n?/gu, '\n').split('\n');
		const b = bodyBounds(ls);
		return ls
			.slice(b.start, b.end)
			.map((l) => l.trim().replace(ITEM, ''))
			.filter((l) => l.length > 30);
	});
	const body = [];
	let size = 0;
	for (let dieu = 1, p = 0; size < bytes; dieu++) {
		const title = `Điều ${dieu}. Quy định về nội dung thứ ${dieu}`;
		body.push(title, '');
		size += Buffer.byteLength(title) + 2;
		for (let khoan = 1; khoan <= 4 && size < bytes; khoan++) {
			const text = `${khoan}. ${paragraphs[p++ % paragraphs.length]}`;
			body.push(text, '');
			size += Buffer.byteLength(text) + 2;
			if (khoan === 2) {
				for (const letter of ['a', 'b', 'c']) {
					const item = `${letter}) ${paragraphs[p++ % paragraphs.length]}`;
					body.push(item, '');
					size += Buffer.byteLength(item) + 2;
				}
			}
		}
	}
	return [...lines.slice(0, start), '', ...body, ...lines.slice(end)].join('\n');
}
