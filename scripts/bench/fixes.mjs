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
 * A letter of about `bytes` bytes whose body ends with `count` numbered items, all numbered "1." (each a
 * duplicate-item-number finding), each under a `disable-next-line` comment; and the same letter with each
 * comment replaced by a sentence of the same length, so that both are read and checked alike but for the
 * comments.
 */
function commentedLetters(sources, count, bytes) {
	const comment = '<!-- congvan-disable-next-line -->';
	const sentence = 'Các đơn vị thực hiện nội dung dưới đây theo kế hoạch chung.'.padEnd(comment.length, '.').slice(0, comment.length);
	const item = '1. Nội dung.';
	const base = longDocument(sources, Math.max(1024, bytes - count * (comment.length + item.length + 2)));
	const make = (above) => {
		const lines = base.split('\n');
		const at = lines.findIndex((l) => /^\s*Nơi\s+nhận/u.test(l));
		const added = [];
		for (let i = 0; i < count; i++) {
			added.push(above, item);
		}
		lines.splice(at < 0 ? lines.length : at, 0, ...added, '');
		return lines.join('\n');
	};
	return { commented: make(comment), plain: make(sentence) };
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
	const { commented, plain } = commentedLetters(sources, 2000, 100 * 1024);
	const [lintCommented, lintPlain] = measurePair(
		() => core.lintText(commented, config),
		() => core.lintText(plain, config),
	);
	rows.push({
		figure: `checking ${(utf8(commented) / 1024).toFixed(0)} KB with 2,000 comments, vs the same without (ms CPU)`,
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
