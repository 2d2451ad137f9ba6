// The public face of the checking core: text and configuration in, problems out.
// Pure: the server, the CLI, the tests and a browser worker all call these same functions.
import { localizeData, localizeText, messageTemplate } from './l10n/index';
import { parseLetter, sourceLineOf, type Letter } from './letter';
import { editsKeepLayout } from './letter/layout';
import { Suppressions, lowerBound } from './suppressions';
import { legacyFragments } from './text';
import { RULES, getRule } from './registry';
import type {
	LetterPart,
	LintConfig,
	Locale,
	Problem,
	ReportDescriptor,
	Rule,
	RuleContext,
	RuleSetting,
	Severity,
	TextEdit,
} from './types';
import type { Regime } from './letter';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export * from './types';
export { parseLetter } from './letter';
export { looksLikeLetter } from './letter-evidence';
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

/** A rule with its setting under one configuration, as lintLetter runs it: one shape for every rule. */
interface Planned {
	readonly rule: Rule;
	readonly severity: Severity;
	readonly options: Readonly<Record<string, unknown>>;
	/** The letters the rule runs on, as bits: its regimes (REGIME_BIT), and LEGACY_BIT for text in a legacy encoding. */
	readonly runsOn: number;
	/** The parts the rule judges (`Rule.judges`) as bits of PART_BIT: it runs only on a letter with one of them; 0 for every letter. */
	readonly judges: number;
}

const REGIME_BIT: Readonly<Record<Regime, number>> = { administrative: 1, party: 2, 'legal-normative': 4 };
const LEGACY_BIT = 8;

/** The letters a rule runs on: its regimes (only administrative letters without any), and legacy text when it says so. */
function runsOn(rule: Rule): number {
	let bits = 0;
	for (const regime of rule.regimes ?? ['administrative']) {
		bits |= REGIME_BIT[regime];
	}
	return rule.runsOnLegacyText === true ? bits | LEGACY_BIT : bits;
}

const PART_BIT: Readonly<Record<LetterPart, number>> = {
	so: 1,
	date: 2,
	trichYeu: 4,
	tieuNgu: 8,
	kinhGui: 16,
	body: 32,
	attachmentBody: 64,
	noiNhan: 128,
	signature: 256,
	format: 512,
};

/**
 * The parts of the model a letter has, as bits of PART_BIT (every part PART_BIT names). Read field by field: a
 * loop over the parts' names was a keyed load per part, megamorphic over the letters' fields, on every check.
 */
function partsOf(letter: Letter): number {
	return (
		(letter.so ? PART_BIT.so : 0) |
		(letter.date ? PART_BIT.date : 0) |
		(letter.trichYeu ? PART_BIT.trichYeu : 0) |
		(letter.tieuNgu ? PART_BIT.tieuNgu : 0) |
		(letter.kinhGui ? PART_BIT.kinhGui : 0) |
		(letter.body ? PART_BIT.body : 0) |
		(letter.attachmentBody ? PART_BIT.attachmentBody : 0) |
		(letter.noiNhan ? PART_BIT.noiNhan : 0) |
		(letter.signature ? PART_BIT.signature : 0) |
		(letter.format ? PART_BIT.format : 0)
	);
}

function planned(rule: Rule, severity: Severity, options: Readonly<Record<string, unknown>>): Planned {
	let judges = 0;
	for (const part of rule.judges ?? []) {
		judges |= PART_BIT[part];
	}
	return { rule, severity, options, runsOn: runsOn(rule), judges };
}

// Every rule at its default setting, built once: most configurations set no rule, and resolving 82 rules for
// every letter showed in the cold profile. Shared by every check, hence frozen (RuleContext.options is read-only).
let defaultPlan: readonly Planned[] | undefined;

function defaultRules(): readonly Planned[] {
	defaultPlan ??= RULES.map((rule) =>
		Object.freeze(planned(rule, rule.defaultSeverity, Object.freeze({ ...(rule.defaultOptions ?? {}) }))),
	);
	return defaultPlan;
}

/**
 * The rules that run under a configuration's settings, with their severity and options, in RULES order. A rule
 * the settings do not name shares its default entry; the settings are read again on every call, since a host
 * may change them between two checks.
 */
function plan(settings: Readonly<Record<string, RuleSetting>> | undefined): readonly Planned[] {
	const defaults = defaultRules();
	if (settings === undefined) {
		return defaults;
	}
	const result: Planned[] = [];
	for (const entry of defaults) {
		const setting = settings[entry.rule.id];
		if (setting === undefined) {
			result.push(entry);
			continue;
		}
		const resolved = resolveRule(entry.rule, setting);
		if (resolved) {
			result.push(planned(entry.rule, resolved.severity, resolved.options));
		}
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
	// What the rules report, in order: the problems are made from it once every rule has run (toProblem).
	const found: Finding[] = [];
	const suppressions = letter.directives.length > 0 ? new Suppressions(letter) : undefined;
	// The rule being run (its plan entry): one report function serves every rule (rules run one at a time and
	// report only while they run), rather than a closure and its context built per rule and letter. It only
	// records the finding: a small function, cheap to inline into the many rules that call it when they are
	// compiled, while the work of a problem (message, fix guard, translations) is one function, compiled once.
	const rules = plan(config.rules);
	let entry = rules[0] as Planned;
	const report = (descriptor: ReportDescriptor): void => {
		// An unknown messageId throws here, inside the rule's run, so that it becomes the rule's internal error.
		if (entry.rule.messages[descriptor.messageId] === undefined) {
			throw new Error(`unknown messageId "${descriptor.messageId}"`);
		}
		found.push({ entry, descriptor });
	};
	// One context for every rule, like the report function: only the options change from rule to rule. Built
	// with plain assignments: object spreads showed in the profile.
	const ctx: Mutable<RuleContext> = { letter, options: {}, report };
	if (config.today) {
		ctx.today = config.today;
	}
	if (config.profile) {
		ctx.profile = config.profile;
	}
	if (suppressions) {
		ctx.disabledAt = (range) => suppressions.isOffInRange(entry.rule.id, range);
	}
	// Which rules apply to this letter: its regime, no cascade on text in a legacy encoding, and a part for the
	// rules that judge only some parts (a letter without a Nơi nhận skips the Nơi nhận rules with one bit test).
	const letterBit = letter.legacyEncoding ? LEGACY_BIT : REGIME_BIT[letter.regime];
	let parts: number;
	try {
		parts = partsOf(letter);
	} catch {
		// A model with a part that cannot be read: every rule runs, and each one that reads it is reported.
		parts = -1;
	}
	for (entry of rules) {
		if ((entry.runsOn & letterBit) === 0 || (entry.judges !== 0 && (entry.judges & parts) === 0)) {
			continue;
		}
		ctx.options = entry.options;
		const before = found.length;
		try {
			entry.rule.check(ctx);
		} catch (error) {
			found.length = before;
			crashed(found, entry.rule, error, config);
		}
	}
	// A problem that cannot be made (a malformed descriptor) is its rule's internal error, like a throw in check.
	const problems: Problem[] = [];
	for (const finding of found) {
		try {
			problems.push(toProblem(letter, locale, finding));
		} catch (error) {
			const crash: Finding[] = [];
			crashed(crash, finding.entry.rule, error, config);
			problems.push(...crash.map((f) => toProblem(letter, locale, f)));
		}
	}
	const kept = guardFixes(letter, suppressions, problems);
	return kept.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end || a.ruleId.localeCompare(b.ruleId));
}

/** Adds the internal-error finding of a rule that threw, unless internal-error is off. */
function crashed(found: Finding[], rule: Rule, error: unknown, config: LintConfig): void {
	// The setting of internal-error is read only here: no rule throws on almost every letter.
	const internal = getRule('internal-error');
	const internalSetting = internal ? resolveRule(internal, config.rules?.['internal-error']) : undefined;
	if (internal && internalSetting) {
		found.push({
			entry: planned(internal, internalSetting.severity, internalSetting.options),
			descriptor: {
				messageId: 'crashed',
				data: { rule: rule.id, error: String((error as Error)?.message ?? error) },
				range: { start: 0, end: 0 },
			},
		});
	}
}

/** A finding as a rule reported it, with the rule's plan entry (its severity under the configuration). */
interface Finding {
	readonly entry: Planned;
	readonly descriptor: ReportDescriptor;
}

/**
 * The problem of a finding: the message in the locale (Vietnamese, the default, is the rule's own template and
 * data, with no table to look in), the severity, and the fix unless it would cross a boundary of the layout.
 */
function toProblem(letter: Letter, locale: Locale, { entry, descriptor }: Finding): Problem {
	const { rule, severity } = entry;
	const template = (locale === 'vi' ? rule.messages[descriptor.messageId] : messageTemplate(rule, descriptor.messageId, locale)) ?? '';
	const problem: Problem = {
		ruleId: rule.id,
		messageId: descriptor.messageId,
		message: formatMessage(template, locale === 'vi' ? descriptor.data : localizeData(rule.id, descriptor.data, locale)),
		severity: descriptor.severity ? milder(severity, descriptor.severity) : severity,
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
			locale === 'vi' ? descriptor.related : descriptor.related.map((r) => ({ ...r, message: localizeText(rule.id, r.message, locale) }));
	}
	return problem;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

/** The milder of two severities. */
function milder(a: Severity, b: Severity): Severity {
	return SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;
}

/**
 * Drops the problems that a congvan comment switches off (`disable-file` for the whole letter, `disable` …
 * `enable` for the lines between, `disable-line` and `disable-next-line` for the next line with content: a
 * comment has a line of its own), and withdraws the fixes and suggestions that would land where they must not:
 * - an edit on a line where its rule is switched off, or across a comment: a fix is all or nothing, so the
 *   whole fix goes (the rules whose one finding fixes the whole letter leave those lines out themselves);
 * - an edit on a line that holds a fragment in a legacy encoding (legacy-encoding reports it): what reads as
 *   letters there is not the text the author sees, so no fix may change its case or its characters.
 * O(problems × log(comments) + text): each question is a binary search (suppressions.ts).
 */
function guardFixes(letter: Letter, suppressions: Suppressions | undefined, problems: Problem[]): Problem[] {
	const fragments = letter.legacyEncoding ? [] : legacyFragments(letter.source);
	if (!suppressions && fragments.length === 0) {
		return problems;
	}
	const lineOf = (offset: number): number => sourceLineOf(letter, offset);
	// In text order, so that a binary search finds the first one at or after a line.
	const fragmentLines = fragments.map((f) => lineOf(f.start));
	const blocked = (ruleId: string, edit: TextEdit): boolean => {
		if (suppressions?.isOffInRange(ruleId, edit.range)) {
			return true;
		}
		if (fragmentLines.length === 0) {
			return false;
		}
		const first = lineOf(edit.range.start);
		const last = edit.range.end > edit.range.start ? lineOf(edit.range.end - 1) : first;
		const at = lowerBound(fragmentLines, first);
		return at < fragmentLines.length && (fragmentLines[at] as number) <= last;
	};
	const kept: Problem[] = [];
	for (const problem of problems) {
		if (problem.ruleId === 'internal-error') {
			kept.push(problem);
			continue;
		}
		if (suppressions?.isOffOnLine(problem.ruleId, suppressions.lineOf(problem.range.start))) {
			continue;
		}
		if (problem.fix?.some((edit) => blocked(problem.ruleId, edit))) {
			delete problem.fix;
		}
		if (problem.suggestions) {
			const suggestions = problem.suggestions.filter((s) => !s.edits.some((edit) => blocked(problem.ruleId, edit)));
			if (suggestions.length > 0) {
				problem.suggestions = suggestions;
			} else {
				delete problem.suggestions;
			}
		}
		kept.push(problem);
	}
	return kept;
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
 * Applies the `fix` edits of the problems to the text. A fix is all or nothing: fixes are taken in document
 * order (of their first edit), and one is skipped when an edit of it lies outside the text, overlaps another
 * of its own edits or overlaps an edit already taken. Suggestions are never applied. Text outside the edits
 * is unchanged. The output is built once from the taken edits in order, and each overlap question is a
 * search among the taken edits: O(E log E) for E edits, whatever their number and the text's length.
 */
export function applyFixes(text: string, problems: readonly Problem[]): FixResult {
	const candidates: { problem: Problem; edits: TextEdit[]; first: number }[] = [];
	for (const problem of problems) {
		const fix = problem.fix;
		if (!fix || fix.length === 0) {
			continue;
		}
		if (!fix.every((e) => e.range.start >= 0 && e.range.end >= e.range.start && e.range.end <= text.length)) {
			continue;
		}
		const edits = fix.length === 1 ? fix : [...fix].sort(byPosition);
		if (edits.some((e, i) => i > 0 && overlaps(edits[i - 1] as TextEdit, e))) {
			continue;
		}
		candidates.push({ problem, edits, first: (edits[0] as TextEdit).range.start });
	}
	// Document order; the sort is stable, so problems with the same first offset keep their order.
	candidates.sort((a, b) => a.first - b.first);
	// Every edit of every candidate in position order; an edit is known by its index in this list.
	const all: TextEdit[] = [];
	const base: number[] = [];
	for (const c of candidates) {
		base.push(all.length);
		// One at a time: a spread of a very long array overflows the call stack.
		for (const edit of c.edits) {
			all.push(edit);
		}
	}
	const order = Array.from(all.keys()).sort((a, b) => byPosition(all[a] as TextEdit, all[b] as TextEdit));
	const slotOf = new Int32Array(all.length);
	order.forEach((index, slot) => {
		slotOf[index] = slot;
	});
	// The taken edits never overlap, so in position order their ends rise too: an edit overlaps a taken one
	// only if it overlaps the taken edit just before or just after its own place in the order.
	const taken = new TakenSlots(order.length);
	const applied: Problem[] = [];
	for (const [n, c] of candidates.entries()) {
		const slots = c.edits.map((_, i) => slotOf[(base[n] as number) + i] as number);
		const clear = slots.every((slot, i) => {
			const edit = c.edits[i] as TextEdit;
			const before = taken.before(slot);
			const after = taken.after(slot);
			return (
				(before < 0 || !overlaps(all[order[before] as number] as TextEdit, edit)) &&
				(after < 0 || !overlaps(all[order[after] as number] as TextEdit, edit))
			);
		});
		if (!clear) {
			continue;
		}
		for (const slot of slots) {
			taken.add(slot);
		}
		applied.push(c.problem);
	}
	const parts: string[] = [];
	let at = 0;
	for (let slot = 0; slot < order.length; slot++) {
		if (!taken.has(slot)) {
			continue;
		}
		const edit = all[order[slot] as number] as TextEdit;
		parts.push(text.slice(at, edit.range.start), edit.text);
		at = edit.range.end;
	}
	if (parts.length === 0) {
		return { output: text, applied };
	}
	parts.push(text.slice(at));
	return { output: parts.join(''), applied };
}

/**
 * The set of taken slots (positions in the ordered list of edits), with the nearest taken slot before or after
 * any slot in O(log n): a Fenwick tree of counts, searched for the k-th taken slot.
 */
class TakenSlots {
	private readonly tree: Int32Array;
	private readonly marked: Uint8Array;
	private count = 0;
	private readonly top: number;

	constructor(private readonly size: number) {
		this.tree = new Int32Array(size + 1);
		this.marked = new Uint8Array(size);
		let top = 1;
		while (top * 2 <= size) {
			top *= 2;
		}
		this.top = top;
	}

	has(slot: number): boolean {
		return this.marked[slot] === 1;
	}

	add(slot: number): void {
		this.marked[slot] = 1;
		this.count++;
		for (let i = slot + 1; i <= this.size; i += i & -i) {
			this.tree[i] = (this.tree[i] as number) + 1;
		}
	}

	/** The nearest taken slot before `slot`, or -1. */
	before(slot: number): number {
		const k = this.countUpTo(slot);
		return k === 0 ? -1 : this.kth(k);
	}

	/** The nearest taken slot after `slot`, or -1. */
	after(slot: number): number {
		const k = this.countUpTo(slot + 1) + 1;
		return k > this.count ? -1 : this.kth(k);
	}

	/** The number of taken slots below `end`. */
	private countUpTo(end: number): number {
		let sum = 0;
		for (let i = end; i > 0; i -= i & -i) {
			sum += this.tree[i] as number;
		}
		return sum;
	}

	/** The k-th taken slot (k from 1). */
	private kth(k: number): number {
		let position = 0;
		let rest = k;
		for (let step = this.top; step > 0; step >>= 1) {
			const next = position + step;
			if (next <= this.size && (this.tree[next] as number) < rest) {
				position = next;
				rest -= this.tree[next] as number;
			}
		}
		return position;
	}
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

function byPosition(a: TextEdit, b: TextEdit): number {
	return a.range.start - b.range.start || a.range.end - b.range.end;
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
	// Two insertions at the same point conflict too: their order would be arbitrary.
	if (a.range.start === a.range.end && b.range.start === b.range.end) {
		return a.range.start === b.range.start;
	}
	return a.range.start < b.range.end && b.range.start < a.range.end;
}
