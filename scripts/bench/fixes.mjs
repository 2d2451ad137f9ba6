// The bench's fix and suppression figures (issue 15): fix-all on a 100 KB decomposed (NFD) letter, and
// checking a letter of about 100 KB that holds 2,000 congvan comments, each against plain checking of a letter
// of the same size, with a target of at most three times. CPU time of this process, median of five runs after
// a warm-up, so that other processes on the machine do not stretch it.
import { longDocument } from './corpus.mjs';

/** The CPU time of this process so far, in milliseconds. */
function cpuMs() {
	const used = process.cpuUsage();
	return (used.user + used.system) / 1000;
}

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The median CPU times of `ours` and `reference`, run in turn `runs` times after two warm-up runs of each, so
 * that a burst of load or a late compilation falls on both alike.
 */
function measurePair(ours, reference, runs = 5) {
	for (let i = 0; i < 2; i++) {
		ours();
		reference();
	}
	const times = [[], []];
	for (let i = 0; i < runs; i++) {
		for (const [k, fn] of [ours, reference].entries()) {
			const start = cpuMs();
			fn();
			times[k].push(cpuMs() - start);
		}
	}
	return [median(times[0]), median(times[1])];
}

/**
 * A letter whose content lines each follow a `disable-next-line` comment, `count` comments in all: a document
 * of `bytes` bytes, then short lines, each under its comment, for the comments left.
 */
function withComments(sources, count, bytes) {
	const comment = '<!-- congvan-disable-next-line -->';
	const base = longDocument(sources, bytes);
	const lines = base.split('\n');
	const content = lines.map((l, i) => (l.trim() !== '' ? i : -1)).filter((i) => i >= 0);
	// Comments above every content line of the body, from the end, until there are `count` of them.
	const above = new Set(content.slice(-count));
	const out = [];
	let added = 0;
	for (const [i, line] of lines.entries()) {
		if (above.has(i)) {
			out.push(comment);
			added++;
		}
		out.push(line);
	}
	for (; added < count; added++) {
		out.push(comment, 'Nội dung bổ sung.');
	}
	return out.join('\n');
}

/**
 * The rows: figure, ours (ms), reference (ms), ratio, target, pass. `core` is the bundled core
 * (server/src/core/index.ts).
 */
export function measureFixes(core, sources, { today, log = () => undefined } = {}) {
	const config = { today };
	const utf8 = (s) => Buffer.byteLength(s, 'utf8');
	const rows = [];

	log('fixes: fix-all on a 100 KB NFD letter');
	const nfc = longDocument(sources, 100 * 1024);
	const nfd = nfc.normalize('NFD');
	const check = () => core.lintText(nfd, config);
	// What source.fixAll computes in the editor: the problems of the text and their fixes, applied once.
	const [fixAll, lintNfd] = measurePair(() => core.applyFixes(nfd, core.lintText(nfd, config)), check);
	// What `congvan lint --fix` does: fix and check again until nothing fixable is left.
	const [fixText] = measurePair(() => core.fixText(nfd, config), check, 3);
	const size = `${(utf8(nfd) / 1024).toFixed(0)} KB`;
	rows.push({ figure: `fix-all on an NFD letter (${size}), vs checking it (ms CPU)`, ours: fixAll, reference: lintNfd, target: 3 });
	rows.push({ figure: `--fix until stable on the same letter, vs checking it (ms CPU)`, ours: fixText, reference: lintNfd });

	log('fixes: 2,000 suppression comments');
	const commented = withComments(sources, 2000, 30 * 1024);
	const plain = longDocument(sources, utf8(commented));
	const [lintCommented, lintPlain] = measurePair(
		() => core.lintText(commented, config),
		() => core.lintText(plain, config),
	);
	rows.push({
		figure: `checking ${(utf8(commented) / 1024).toFixed(0)} KB with 2,000 comments, vs ${(utf8(plain) / 1024).toFixed(0)} KB without (ms CPU)`,
		ours: lintCommented,
		reference: lintPlain,
		target: 3,
	});
	return rows.map((r) => ({
		...r,
		ratio: r.ours / r.reference,
		target: r.target === undefined ? '' : `ratio ≤ ${r.target}`,
		pass: r.target === undefined ? undefined : r.ours / r.reference <= r.target,
	}));
}
