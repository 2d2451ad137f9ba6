// Content findings compared across layouts "on the same characters": each finding of a variant is moved back
// to the clean text through the variant's map (layouts.ts), then compared with the clean letter's findings
// by rule, severity, message and range. Layout hints may differ between layouts and are left out.
import { LineIndex, type Problem } from '../../server/src/core/index';
import { cleanRangeOf, type Variant } from './layouts';

/** Rules about the layout itself, which may differ between layouts (real-world-shapes.md, invariance tests). */
export const LAYOUT_RULES: ReadonlySet<string> = new Set(['noi-nhan-one-per-line', 'nfd-text']);

/** One content finding as a comparable line: its range on the clean text, severity, rule and message. */
export function findingKeys(clean: string, variant: Variant, problems: readonly Problem[]): string[] {
	const index = new LineIndex(clean);
	const at = (offset: number): string => {
		const p = index.positionAt(offset);
		return `${p.line + 1}:${p.character + 1}`;
	};
	// A message that names another line ("trùng số với khoản ở dòng 24") names a line of the text it was given;
	// the number is moved to the clean text's line of that line's first character.
	const starts = [0];
	for (let i = variant.text.indexOf('\n'); i >= 0; i = variant.text.indexOf('\n', i + 1)) {
		starts.push(i + 1);
	}
	const cleanLine = (n: number): number => {
		const from = starts[n - 1];
		if (from === undefined) {
			return n;
		}
		const end = starts[n] ?? variant.text.length;
		const r = cleanRangeOf(clean, variant, { start: from, end });
		return r.end > r.start ? index.positionAt(r.start).line + 1 : n;
	};
	return problems
		.filter((p) => !LAYOUT_RULES.has(p.ruleId))
		.map((p) => {
			const r = cleanRangeOf(clean, variant, p.range);
			// Messages quote the writer's text: compare them composed, with runs of white space as one space.
			const message = p.message
				.normalize('NFC')
				.replace(/\s+/gu, ' ')
				.replace(/(dòng )(\d+)/gu, (_m, word: string, n: string) => `${word}${cleanLine(Number(n))}`);
			return `${at(r.start)}-${at(r.end)} ${p.severity} ${p.ruleId} ${message}`;
		})
		.sort();
}

/** The findings of `variant` missing from `base` ("-") and the extra ones ("+"), as multisets, sorted. */
export function diffFindings(base: readonly string[], variant: readonly string[]): string[] {
	const counts = new Map<string, number>();
	for (const k of base) {
		counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	const extra: string[] = [];
	for (const k of variant) {
		const n = counts.get(k) ?? 0;
		if (n > 0) {
			counts.set(k, n - 1);
		} else {
			extra.push(`+ ${k}`);
		}
	}
	const missing: string[] = [];
	for (const [k, n] of counts) {
		for (let i = 0; i < n; i++) {
			missing.push(`- ${k}`);
		}
	}
	return [...missing, ...extra].sort();
}
