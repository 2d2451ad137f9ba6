// The public face of the checking core: text and configuration in, problems out.
// Pure: the server, the CLI, the tests and a browser worker all call these same functions.
import { localizeData, localizeText, messageTemplate } from './l10n/index';
import { parseLetter, type Directive, type Letter } from './letter';
import { editsKeepLayout } from './letter/layout';
import { LineIndex } from './text';
import { RULES, getRule } from './registry';
import type { LintConfig, Problem, ReportDescriptor, Rule, RuleContext, RuleSetting, Severity, TextEdit } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export * from './types';
export { parseLetter } from './letter';
export type { Letter } from './letter';
export { RULES, getRule, ruleMetadata, docsPath } from './registry';
export { LineIndex } from './text';
export {
	DEFAULT_LOCALE,
	LOCALES,
	LOCALE_SETTINGS,
	legalBasisLabel,
	localeOfTag,
	localizeText,
	messageTemplate,
	resolveLocale,
	ruleDescription,
	type LocaleSetting,
} from './l10n/index';

// Templates split at their placeholders ("a {x} b" → ["a ", "x", " b"]), kept for the engine's messages,
// which come from a fixed table: a regex replace with a callback per finding showed in the profile. The
// cache is cleared when it grows, for callers that format arbitrary templates.
const TEMPLATE_PARTS = new Map<string, string[]>();

/** Fills `{name}` placeholders. Unknown names are left as they are. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
	let parts = TEMPLATE_PARTS.get(template);
	if (!parts) {
		parts = template.split(/\{(\w+)\}/u);
		if (TEMPLATE_PARTS.size >= 1000) {
			TEMPLATE_PARTS.clear();
		}
		TEMPLATE_PARTS.set(template, parts);
	}
	// Even indices are literal text, odd ones placeholder names.
	let result = parts[0] ?? '';
	for (let i = 1; i < parts.length; i += 2) {
		const name = parts[i] ?? '';
		result += (name in data ? String(data[name]) : `{${name}}`) + (parts[i + 1] ?? '');
	}
	return result;
}

/** The effective severity and options of a rule under a configuration, or undefined when it is off. */
export function resolveRule(
	rule: Rule,
	setting: RuleSetting | undefined,
): { severity: Severity; options: Record<string, unknown> } | undefined {
	const defaults = rule.defaultOptions ?? {};
	if (setting === undefined) {
		return { severity: rule.defaultSeverity, options: { ...defaults } };
	}
	if (setting === 'off') {
		return undefined;
	}
	if (typeof setting === 'string') {
		return { severity: setting, options: { ...defaults } };
	}
	if (setting.severity === 'off') {
		return undefined;
	}
	return { severity: setting.severity ?? rule.defaultSeverity, options: { ...defaults, ...(setting.options ?? {}) } };
}

/**
 * Runs every enabled rule over a parsed letter. A rule that throws becomes one `internal-error` finding.
 * Messages are in `config.locale` (Vietnamese by default): the rule reports a messageId and data, and the
 * engine fills that language's template; the free texts of suggestions and related locations are translated
 * through the same table (core/l10n/).
 */
export function lintLetter(letter: Letter, config: LintConfig = {}): Problem[] {
	const locale = config.locale ?? 'vi';
	const problems: Problem[] = [];
	const internal = getRule('internal-error');
	const internalSetting = internal ? resolveRule(internal, config.rules?.['internal-error']) : undefined;
	for (const rule of RULES) {
		const resolved = resolveRule(rule, config.rules?.[rule.id]);
		if (!resolved || !applies(rule, letter)) {
			continue;
		}
		const report = (descriptor: ReportDescriptor): void => {
			const template = messageTemplate(rule, descriptor.messageId, locale);
			if (template === undefined) {
				throw new Error(`unknown messageId "${descriptor.messageId}"`);
			}
			const problem: Problem = {
				ruleId: rule.id,
				messageId: descriptor.messageId,
				message: formatMessage(template, localizeData(rule.id, descriptor.data, locale)),
				severity: resolved.severity,
				source: rule.source,
				range: descriptor.range,
			};
			// A fix that would cross a boundary the layout recovery found (two table cells, a title glued to a name)
			// is not offered: the component was read from a recovered layout (issue 9).
			if (descriptor.fix && descriptor.fix.length > 0 && rule.fixable && editsKeepLayout(letter.layout, descriptor.fix)) {
				problem.fix = descriptor.fix;
			}
			if (descriptor.suggestions && descriptor.suggestions.length > 0) {
				problem.suggestions =
					locale === 'vi'
						? descriptor.suggestions
						: descriptor.suggestions.map((s) => ({ ...s, message: localizeText(rule.id, s.message, locale) }));
			}
			if (descriptor.related && descriptor.related.length > 0) {
				problem.related =
					locale === 'vi'
						? descriptor.related
						: descriptor.related.map((r) => ({ ...r, message: localizeText(rule.id, r.message, locale) }));
			}
			problems.push(problem);
		};
		// Built with plain assignments: two object spreads per rule and letter showed in the profile.
		const ctx: Mutable<RuleContext> = { letter, options: resolved.options, report };
		if (config.today) {
			ctx.today = config.today;
		}
		if (config.profile) {
			ctx.profile = config.profile;
		}
		const before = problems.length;
		try {
			rule.check(ctx);
		} catch (error) {
			problems.length = before;
			if (internal && internalSetting) {
				problems.push({
					ruleId: internal.id,
					messageId: 'crashed',
					message: formatMessage(messageTemplate(internal, 'crashed', locale) ?? '', {
						rule: rule.id,
						error: String((error as Error)?.message ?? error),
					}),
					severity: internalSetting.severity,
					source: internal.source,
					range: { start: 0, end: 0 },
				});
			}
		}
	}
	const kept = letter.directives.length > 0 ? applyDirectives(letter, problems) : problems;
	return kept.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
}

/** Whether a rule runs on this letter: its regime, and no cascade on text in a legacy encoding. */
function applies(rule: Rule, letter: Letter): boolean {
	if (letter.legacyEncoding) {
		return rule.runsOnLegacyText === true;
	}
	return rule.regimes ? rule.regimes.includes(letter.regime) : letter.regime === 'administrative';
}

/**
 * Drops the problems that a congvan comment switches off: `disable-file` for the whole letter,
 * `disable` … `enable` for the lines between, `disable-line` for its own line (a comment has a line of its
 * own, so this is the same as the next line) and `disable-next-line` for the line below.
 */
function applyDirectives(letter: Letter, problems: Problem[]): Problem[] {
	const index = new LineIndex(letter.source);
	const matches = (rules: string[], id: string): boolean => rules.length === 0 || rules.includes(id);
	// After a layout recovery the letter's lines are not the original's (issue 9): directives and the lines
	// they name are compared in the original's lines.
	const recovered = letter.layout.lines.length > 0;
	const original = (i: number): number => index.positionAt(letter.norm.startAt(letter.lines[i]?.contentStart ?? 0)).line;
	const directiveLines = new Map(letter.directives.map((d) => [d, recovered ? original(d.line) : d.line]));
	const comments = new Set(directiveLines.values());
	const next = (d: Directive): number =>
		recovered ? nextOriginalContentLine(letter, original, directiveLines.get(d) ?? d.line, comments) : nextContentLine(letter, d.line);
	return problems.filter((problem) => {
		if (problem.ruleId === 'internal-error') {
			return true;
		}
		const line = index.positionAt(problem.range.start).line;
		let disabled = false;
		for (const d of letter.directives) {
			if (!matches(d.rules, problem.ruleId)) {
				continue;
			}
			switch (d.kind) {
				case 'disable-file':
					return false;
				case 'disable':
					if ((directiveLines.get(d) ?? d.line) < line) {
						disabled = true;
					}
					break;
				case 'enable':
					if ((directiveLines.get(d) ?? d.line) < line) {
						disabled = false;
					}
					break;
				case 'disable-line':
				case 'disable-next-line':
					if (next(d) === line) {
						return false;
					}
					break;
			}
		}
		return !disabled;
	});
}

/** nextContentLine in the original's lines, for a letter whose lines the layout recovery changed. */
function nextOriginalContentLine(letter: Letter, original: (i: number) => number, after: number, comments: ReadonlySet<number>): number {
	let best = -1;
	for (const line of letter.lines) {
		if (line.content === '') {
			continue;
		}
		const at = original(line.index);
		if (at > after && !comments.has(at) && (best < 0 || at < best)) {
			best = at;
		}
	}
	return best;
}

/** The first line after `line` that is not blank and not another comment. */
function nextContentLine(letter: Letter, line: number): number {
	for (let i = line + 1; i < letter.lines.length; i++) {
		const content = letter.lines[i]?.content ?? '';
		if (content !== '' && !letter.directives.some((d) => d.line === i)) {
			return i;
		}
	}
	return -1;
}

/** Parses and checks a text. */
export function lintText(text: string, config: LintConfig = {}): Problem[] {
	return lintLetter(parseLetter(text), config);
}

/** The result of applying fixes once. */
export interface FixResult {
	/** The text after the fixes. */
	output: string;
	/** The problems whose fixes were applied. */
	applied: Problem[];
}

/**
 * Applies the `fix` edits of the problems to the text, from the end backwards, skipping any problem whose
 * edits overlap an edit already taken. Suggestions are never applied. Text outside the edits is unchanged.
 */
export function applyFixes(text: string, problems: readonly Problem[]): FixResult {
	const fixable = problems.filter((p) => p.fix && p.fix.length > 0);
	// Take fixes in document order; a fix is all-or-nothing.
	fixable.sort((a, b) => firstStart(a.fix ?? []) - firstStart(b.fix ?? []));
	const taken: TextEdit[] = [];
	const applied: Problem[] = [];
	for (const problem of fixable) {
		const edits = problem.fix ?? [];
		const valid = edits.every((e) => e.range.start >= 0 && e.range.end >= e.range.start && e.range.end <= text.length);
		if (!valid || edits.some((e) => taken.some((t) => overlaps(e, t)))) {
			continue;
		}
		taken.push(...edits);
		applied.push(problem);
	}
	taken.sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
	let output = text;
	for (const edit of taken) {
		output = output.slice(0, edit.range.start) + edit.text + output.slice(edit.range.end);
	}
	return { output, applied };
}

/** Lints and fixes repeatedly until nothing fixable is left (at most `maxPasses` times). */
export function fixText(text: string, config: LintConfig = {}, maxPasses = 10): { output: string; passes: number; problems: Problem[] } {
	let output = text;
	for (let pass = 1; pass <= maxPasses; pass++) {
		const problems = lintText(output, config);
		const result = applyFixes(output, problems);
		if (result.applied.length === 0) {
			return { output, passes: pass - 1, problems };
		}
		output = result.output;
	}
	return { output, passes: maxPasses, problems: lintText(output, config) };
}

function firstStart(edits: readonly TextEdit[]): number {
	return edits.reduce((min, e) => Math.min(min, e.range.start), Number.POSITIVE_INFINITY);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
	// Two insertions at the same point conflict too: their order would be arbitrary.
	if (a.range.start === a.range.end && b.range.start === b.range.end) {
		return a.range.start === b.range.start;
	}
	return a.range.start < b.range.end && b.range.start < a.range.end;
}
