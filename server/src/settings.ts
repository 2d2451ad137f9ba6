// Settings: their type, their defaults, and the validation of what users write (VS Code settings,
// .congvanrc.json, --config). Bad values never throw: they are dropped with a clear message.
import { isCalendarDate } from './core/dates';
import {
	LOCALE_SETTINGS,
	RULES,
	getRule,
	resolveLocale,
	type DateValue,
	type LintConfig,
	type Locale,
	type LocaleSetting,
	type RuleSetting,
	type Severity,
} from './core/index';
import { t } from './l10n';

/** The settings of the `congvan` section. */
export interface CongvanSettings {
	/** Per-rule level: "off", a severity, or { severity, options }. */
	rules: Record<string, RuleSetting>;
	/** The language ids of the documents that are checked (default: only "congvan"). */
	languages: string[];
	/** Debounce for pushed diagnostics, in milliseconds (pull clients ask when they want). */
	debounceMs: number;
	/**
	 * The language of messages, code actions, hovers and completions: "vi", "en", or "auto" for the client's
	 * display language (`initialize` params `locale`), Vietnamese when that is neither.
	 */
	locale: LocaleSetting;
	/**
	 * `congvan.rulesBaseUrl`: the http(s) base URL of the rule pages (a team's intranet, a published site),
	 * ending in "/"; undefined for the pages shipped with congvan. The CLI's `--rules-base-url` is the same.
	 */
	rulesBaseUrl?: string;
}

/** The defaults, used for any missing or invalid value. */
export const DEFAULT_SETTINGS: CongvanSettings = { rules: {}, languages: ['congvan'], debounceMs: 200, locale: 'auto' };

/** The language that settings ask for, given the client's display language. */
export function settingsLocale(settings: Pick<CongvanSettings, 'locale'>, displayLanguage: string | undefined): Locale {
	return resolveLocale(settings.locale, displayLanguage);
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint'];

/** A validated configuration and the problems found in the raw value. */
export interface ConfigResult {
	config: LintConfig;
	/** Problems that make the file unusable as written (a bad level, an unknown rule). */
	errors: string[];
	/** Problems that do not change what is checked (an unknown top-level key, ignored). */
	warnings: string[];
}

/** The top-level keys of a configuration file; "$schema" lets editors validate it. */
export const CONFIG_FILE_KEYS: readonly string[] = ['rules', '$schema'];

/** The largest `congvan.debounceMs` (10 s), so that a push client always gets diagnostics in time. */
export const MAX_DEBOUNCE_MS = 10_000;

/** Validates a `rules` object (id → setting). Unknown ids and bad levels are reported (in `locale`) and ignored. */
export function normalizeRules(
	raw: unknown,
	where: string,
	locale: Locale = 'vi',
): { rules: Record<string, RuleSetting>; errors: string[] } {
	const rules: Record<string, RuleSetting> = {};
	const errors: string[] = [];
	if (raw === undefined || raw === null) {
		return { rules, errors };
	}
	if (typeof raw !== 'object' || Array.isArray(raw)) {
		return { rules, errors: [t(locale, '{where}: "rules" must be an object (rule id → level).', { where })] };
	}
	const unknown: string[] = [];
	for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
		if (!getRule(id)) {
			unknown.push(id);
			continue;
		}
		if (value === 'off' || (typeof value === 'string' && SEVERITIES.includes(value))) {
			rules[id] = value as RuleSetting;
			continue;
		}
		if (value && typeof value === 'object' && !Array.isArray(value)) {
			const { severity, options } = value as { severity?: unknown; options?: unknown };
			const okSeverity = severity === undefined || severity === 'off' || (typeof severity === 'string' && SEVERITIES.includes(severity));
			const okOptions = options === undefined || (typeof options === 'object' && options !== null && !Array.isArray(options));
			if (okSeverity && okOptions) {
				rules[id] = {
					...(severity !== undefined ? { severity: severity as Severity | 'off' } : {}),
					...(options !== undefined ? { options: options as Record<string, unknown> } : {}),
				};
				continue;
			}
		}
		errors.push(
			t(
				locale,
				'{where}: the level of "{id}" must be "off", "error", "warning", "information", "hint" or { "severity": …, "options": … }.',
				{ where, id },
			),
		);
	}
	return { rules, errors: [...unknownRuleErrors(unknown, where, locale), ...errors] };
}

// How many unknown rule ids are named one by one; the rest are counted.
const UNKNOWN_SHOWN = 3;

/**
 * The messages for unknown rule ids, summarised: one line for each of the first few (with the id it was
 * probably meant to be, when one is close), a count of the rest, and the list of rules at most once.
 */
function unknownRuleErrors(unknown: readonly string[], where: string, locale: Locale): string[] {
	const errors: string[] = [];
	let listNeeded = false;
	for (const full of unknown.slice(0, UNKNOWN_SHOWN)) {
		// A key of a hostile file may be huge; the message shows its start.
		const id = full.length > 64 ? `${full.slice(0, 64)}…` : full;
		const suggestion = closestRuleId(full);
		if (suggestion === undefined) {
			listNeeded = true;
			errors.push(t(locale, '{where}: there is no rule "{id}".', { where, id }));
		} else {
			errors.push(t(locale, '{where}: there is no rule "{id}"; did you mean "{suggestion}"?', { where, id, suggestion }));
		}
	}
	if (unknown.length > UNKNOWN_SHOWN) {
		listNeeded = true;
		errors.push(t(locale, '{where}: and {count} more rule ids that do not exist.', { where, count: unknown.length - UNKNOWN_SHOWN }));
	}
	if (listNeeded) {
		errors.push(t(locale, '{where}: the rules are: {rules}.', { where, rules: RULES.map((r) => r.id).join(', ') }));
	}
	return errors;
}

/**
 * The rule id closest to a mistyped one (edit distance at most a quarter of its length, and at most 3),
 * after lower-casing and reading "_" and spaces as "-"; undefined when none is close or the id is too long
 * to be a typo (so a hostile file with huge keys costs nothing).
 */
export function closestRuleId(id: string): string | undefined {
	if (id.length > 64) {
		return undefined;
	}
	const wanted = id.toLowerCase().replace(/[_\s]/gu, '-');
	let best: string | undefined;
	let bestDistance = Math.min(3, Math.max(1, Math.floor(wanted.length / 4)));
	for (const rule of RULES) {
		const distance = editDistance(wanted, rule.id);
		if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
			best = rule.id;
			bestDistance = distance;
		}
	}
	return best;
}

/** The Levenshtein distance of two short strings, in code units. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
		}
		previous = current;
	}
	return previous[b.length] ?? 0;
}

/** Parses "YYYY-MM-DD" into a real calendar date, or undefined. */
export function parseIsoDate(value: string): DateValue | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
	if (!match) {
		return undefined;
	}
	const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
	return isCalendarDate(date) ? date : undefined;
}

/** Validates a configuration file's content (`{ "rules": { … } }`); errors are in `locale`. */
export function normalizeConfigFile(raw: unknown, where: string, locale: Locale = 'vi'): ConfigResult {
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		return {
			config: {},
			errors: [
				t(locale, '{where}: a configuration file must be a JSON object, for example { "rules": { "missing-noi-nhan": "warning" } }.', {
					where,
				}),
			],
			warnings: [],
		};
	}
	const { rules, errors } = normalizeRules((raw as { rules?: unknown }).rules, where, locale);
	const unknownKeys = Object.keys(raw).filter((key) => !CONFIG_FILE_KEYS.includes(key));
	const warnings: string[] = [];
	if (unknownKeys.length > 0) {
		const shown = unknownKeys.slice(0, UNKNOWN_SHOWN).map((key) => JSON.stringify(key.slice(0, 64)));
		const keys = unknownKeys.length > UNKNOWN_SHOWN ? `${shown.join(', ')} (+${unknownKeys.length - UNKNOWN_SHOWN})` : shown.join(', ');
		warnings.push(t(locale, '{where}: unknown top-level keys ignored: {keys}; a configuration file has only "rules".', { where, keys }));
	}
	return { config: { rules }, errors, warnings };
}

/**
 * Validates the VS Code settings section, falling back to defaults for anything of the wrong type. The
 * errors are in the language the settings ask for (`displayLanguage` is the client's, for "auto").
 */
export function normalizeSettings(raw: unknown, displayLanguage?: string): { settings: CongvanSettings; errors: string[] } {
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		const errors =
			raw === null || raw === undefined ? [] : [t(resolveLocale('auto', displayLanguage), 'congvan: the settings must be an object.')];
		return { settings: { ...DEFAULT_SETTINGS }, errors };
	}
	const value = raw as Partial<Record<keyof CongvanSettings, unknown>>;
	const localeSetting = LOCALE_SETTINGS.find((l) => l === value.locale) ?? DEFAULT_SETTINGS.locale;
	const locale = resolveLocale(localeSetting, displayLanguage);
	const { rules, errors } = normalizeRules(value.rules, 'congvan.rules', locale);
	if (value.locale !== undefined && value.locale !== localeSetting) {
		errors.push(t(locale, 'congvan.locale must be "auto", "vi" or "en".'));
	}
	const languages =
		Array.isArray(value.languages) && value.languages.every((l) => typeof l === 'string')
			? (value.languages as string[])
			: DEFAULT_SETTINGS.languages;
	if (value.languages !== undefined && languages === DEFAULT_SETTINGS.languages) {
		errors.push(t(locale, 'congvan.languages must be an array of language ids.'));
	}
	const valid = typeof value.debounceMs === 'number' && Number.isFinite(value.debounceMs) && value.debounceMs >= 0;
	const debounce = valid ? Math.min(value.debounceMs as number, MAX_DEBOUNCE_MS) : DEFAULT_SETTINGS.debounceMs;
	if (value.debounceMs !== undefined && !valid) {
		errors.push(t(locale, 'congvan.debounceMs must be a number that is not negative.'));
	} else if (valid && debounce !== value.debounceMs) {
		errors.push(t(locale, 'congvan.debounceMs is at most {max} ms; {max} ms is used.', { max: MAX_DEBOUNCE_MS }));
	}
	const rulesBaseUrl = normalizeBaseUrl(value.rulesBaseUrl);
	if (value.rulesBaseUrl !== undefined && value.rulesBaseUrl !== '' && rulesBaseUrl === undefined) {
		errors.push(t(locale, 'congvan.rulesBaseUrl must be an http or https URL.'));
	}
	return {
		settings: { rules, languages, debounceMs: debounce, locale: localeSetting, ...(rulesBaseUrl !== undefined ? { rulesBaseUrl } : {}) },
		errors,
	};
}

/**
 * A base URL of the rule pages, ending in "/", or undefined when the value is not an http(s) URL without
 * a query or fragment. Shared by the setting and the CLI's --rules-base-url.
 */
export function normalizeBaseUrl(value: unknown): string | undefined {
	if (typeof value !== 'string' || value === '') {
		return undefined;
	}
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return undefined;
	}
	if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '') {
		return undefined;
	}
	return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
