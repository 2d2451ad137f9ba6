// npm run eval: how far the checker can be trusted on our own letter corpus (test/corpus/letters), laid out in
// every shape of ../shared/reference/real-world-shapes.md (issue #9). Prints, per rule, precision on the
// corpus (error and warning findings that no label explains are false positives), recall on injected defects
// per defect class with the extra findings they bring, and the content findings that differ between layouts.
// Writes everything to eval/results/latest.json (git-ignored). Runs the compiled core and harness in out/
// (`tsc -b` first; package.json's "eval" does it).
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { lintText, LineIndex } = require(path.join(root, 'out/server/src/core/index.js'));
const { layoutVariants, cleanRangeOf, VARIANT_NAMES } = require(path.join(root, 'out/test/harness/layouts.js'));
const { injectDefects, DEFECT_CLASSES } = require(path.join(root, 'out/test/harness/defects.js'));
const { findingKeys, diffFindings, LAYOUT_RULES } = require(path.join(root, 'out/test/harness/invariance.js'));
const { corpusLetters, labelsOf } = require(path.join(root, 'out/test/harness/letters.js'));

// A fixed today keeps the results stable (and after every letter of the corpus).
const config = { today: { year: 2026, month: 12, day: 7 } };
const SERIOUS = new Set(['error', 'warning']);

/** The clean line (1-based) where a variant's finding starts. */
function cleanLine(clean, index, variant, range) {
	return index.positionAt(cleanRangeOf(clean, variant, range).start).line + 1;
}

const perRule = new Map();
const rule = (id) => {
	if (!perRule.has(id)) {
		perRule.set(id, { tp: 0, fp: 0, tpAll: 0, fpAll: 0, layoutDiffs: 0 });
	}
	return perRule.get(id);
};
const perLayout = new Map(VARIANT_NAMES.map((n) => [n, { tp: 0, fp: 0, diffs: 0, lettersDiffering: 0 }]));
const perClass = new Map(
	DEFECT_CLASSES.map((c) => [c, { rule: undefined, injected: 0, hitClean: 0, injectedAll: 0, hitAll: 0, extraClean: 0, extraAll: 0 }]),
);
const falsePositives = [];
const layoutDiffLines = [];

const letters = corpusLetters(root);
const started = Date.now();
let lints = 0;
const lint = (text) => {
	lints++;
	return lintText(text, config);
};

/** Serious content findings by rule id, for counting what an injection adds. */
function ruleCounts(problems) {
	const m = new Map();
	for (const p of problems) {
		if (SERIOUS.has(p.severity) && !LAYOUT_RULES.has(p.ruleId)) {
			m.set(p.ruleId, (m.get(p.ruleId) ?? 0) + 1);
		}
	}
	return m;
}

for (const letter of letters) {
	const clean = fs.readFileSync(letter.file, 'utf8');
	const index = new LineIndex(clean);
	const labels = labelsOf(letter);
	const variants = layoutVariants(clean);
	const results = variants.map((v) => lint(v.text));
	const baseKeys = findingKeys(clean, variants[0], results[0]);

	variants.forEach((v, i) => {
		// Precision: a serious finding is right when a label of the letter names its rule and line.
		const unused = labels.map((l) => ({ ...l }));
		for (const p of results[i]) {
			if (!SERIOUS.has(p.severity) || LAYOUT_RULES.has(p.ruleId)) {
				continue;
			}
			const line = cleanLine(clean, index, v, p.range);
			const k = unused.findIndex((l) => l.rule === p.ruleId && l.line === line);
			const r = rule(p.ruleId);
			const lay = perLayout.get(v.name);
			if (k >= 0) {
				unused.splice(k, 1);
				lay.tp++;
				r.tpAll++;
				if (i === 0) {
					r.tp++;
				}
			} else {
				lay.fp++;
				r.fpAll++;
				if (i === 0) {
					r.fp++;
					falsePositives.push(`${letter.name}:${line} ${p.severity} ${p.ruleId} ${p.message}`);
				}
			}
		}
		if (i === 0) {
			return;
		}
		const diff = diffFindings(baseKeys, findingKeys(clean, v, results[i]));
		const lay = perLayout.get(v.name);
		lay.diffs += diff.length;
		if (diff.length > 0) {
			lay.lettersDiffering++;
		}
		for (const d of diff) {
			// "- 12:1-12:9 error rule-id message": the rule id is the fourth field.
			rule(d.split(' ')[3]).layoutDiffs++;
			layoutDiffLines.push(`${letter.name} ${v.name} ${d}`);
		}
	});

	// Recall: defects injected into the letters that carry none of their own.
	if (labels.length > 0) {
		continue;
	}
	const baseCounts = variants.map((_, i) => ruleCounts(results[i]));
	for (const inj of injectDefects(clean)) {
		const c = perClass.get(inj.defect);
		c.rule = inj.rule ?? '(none)';
		const injIndex = new LineIndex(inj.text);
		layoutVariants(inj.text).forEach((v, i) => {
			const problems = lint(v.text);
			let hit;
			if (inj.rule) {
				hit = problems.some(
					(p) =>
						p.ruleId === inj.rule &&
						(inj.line === undefined || injIndex.positionAt(cleanRangeOf(inj.text, v, p.range).start).line === inj.line),
				);
			} else {
				hit = true;
			}
			// Extra findings: serious content findings beyond the base letter's in the same layout, the one
			// expected finding aside. A quiet control that adds any finding misses.
			const counts = ruleCounts(problems);
			let extra = 0;
			for (const [id, n] of counts) {
				const more = n - (baseCounts[i].get(id) ?? 0) - (id === inj.rule ? 1 : 0);
				extra += Math.max(0, more);
			}
			if (!inj.rule && extra > 0) {
				hit = false;
			}
			c.injectedAll++;
			c.hitAll += hit ? 1 : 0;
			c.extraAll += extra;
			if (i === 0) {
				c.injected++;
				c.hitClean += hit ? 1 : 0;
				c.extraClean += extra;
			}
		});
	}
}

// ---- Output -------------------------------------------------------------------------------------------------
const pct = (a, b) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
const pad = (s, n) => String(s).padEnd(n);
const lines = [];
const cleanLetters = letters.filter((l) => labelsOf(l).length === 0).length;
lines.push(
	`congvan eval: ${letters.length} corpus letters (${cleanLetters} clean, ${letters.length - cleanLetters} with labelled defects), ${VARIANT_NAMES.length} layouts, ${lints} lints in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
lines.push('');
lines.push('Per rule: error/warning findings, precision = labelled / all, on the clean lines and on every layout;');
lines.push('layout diffs = content findings of any level that differ from the clean lines, summed over the layouts');
lines.push(
	`${pad('rule', 30)} ${pad('TP', 4)} ${pad('FP', 4)} ${pad('prec.', 7)} ${pad('TP all', 7)} ${pad('FP all', 7)} ${pad('prec. all', 9)} layout diffs`,
);
const totals = { tp: 0, fp: 0, tpAll: 0, fpAll: 0, layoutDiffs: 0 };
for (const [id, r] of [...perRule].sort((a, b) => a[0].localeCompare(b[0]))) {
	lines.push(
		`${pad(id, 30)} ${pad(r.tp, 4)} ${pad(r.fp, 4)} ${pad(pct(r.tp, r.tp + r.fp), 7)} ${pad(r.tpAll, 7)} ${pad(r.fpAll, 7)} ${pad(pct(r.tpAll, r.tpAll + r.fpAll), 9)} ${r.layoutDiffs}`,
	);
	for (const k of Object.keys(totals)) {
		totals[k] += r[k];
	}
}
lines.push(
	`${pad('ALL', 30)} ${pad(totals.tp, 4)} ${pad(totals.fp, 4)} ${pad(pct(totals.tp, totals.tp + totals.fp), 7)} ${pad(totals.tpAll, 7)} ${pad(totals.fpAll, 7)} ${pad(pct(totals.tpAll, totals.tpAll + totals.fpAll), 9)} ${totals.layoutDiffs}`,
);
lines.push('');
lines.push(
	`Injected defects into the ${cleanLetters} clean letters (recall: the expected rule on the expected line; controls: no new finding)`,
);
lines.push(
	`${pad('defect', 24)} ${pad('expected rule', 28)} ${pad('n', 4)} ${pad('recall', 7)} ${pad('extra/100', 10)} ${pad('recall all', 10)} extra/100 all`,
);
for (const [name, c] of perClass) {
	lines.push(
		`${pad(name, 24)} ${pad(c.rule ?? '-', 28)} ${pad(c.injected, 4)} ${pad(pct(c.hitClean, c.injected), 7)} ${pad(c.injected ? ((100 * c.extraClean) / c.injected).toFixed(0) : '-', 10)} ${pad(pct(c.hitAll, c.injectedAll), 10)} ${c.injectedAll ? ((100 * c.extraAll) / c.injectedAll).toFixed(0) : '-'}`,
	);
}
lines.push('');
lines.push('Per layout (content findings that differ from the clean lines; precision of error/warning findings)');
lines.push(`${pad('layout', 18)} ${pad('diffs', 6)} ${pad('letters', 8)} ${pad('TP', 5)} ${pad('FP', 5)} precision`);
for (const [name, l] of perLayout) {
	lines.push(
		`${pad(name, 18)} ${pad(l.diffs, 6)} ${pad(`${l.lettersDiffering}/${letters.length}`, 8)} ${pad(l.tp, 5)} ${pad(l.fp, 5)} ${pct(l.tp, l.tp + l.fp)}`,
	);
}
if (falsePositives.length > 0) {
	lines.push('');
	lines.push('False positives on the clean lines:');
	for (const fp of falsePositives) {
		lines.push(`  ${fp}`);
	}
}
console.log(lines.join('\n'));

const outDir = path.join(root, 'eval', 'results');
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(
	path.join(outDir, 'latest.json'),
	JSON.stringify(
		{
			date: new Date().toISOString(),
			letters: letters.length,
			cleanLetters,
			layouts: VARIANT_NAMES,
			lints,
			rules: Object.fromEntries(perRule),
			defects: Object.fromEntries(perClass),
			layoutsSummary: Object.fromEntries(perLayout),
			falsePositives,
			layoutDifferences: layoutDiffLines,
		},
		null,
		2,
	) + '\n',
);
console.log(`\nwrote ${path.relative(root, path.join(outDir, 'latest.json'))}`);
