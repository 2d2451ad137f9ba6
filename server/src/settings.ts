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
	errors: string[];
}

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
	for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
		if (!getRule(id)) {
			errors.push(
				t(locale, '{where}: there is no rule "{id}". The rules: {rules}.', { where, id, rules: RULES.map((r) => r.id).join(', ') }),
			);
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
	return { rules, errors };
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
		};
	}
	const { rules, errors } = normalizeRules((raw as { rules?: unknown }).rules, where, locale);
	return { config: { rules }, errors };
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
	const debounce =
		typeof value.debounceMs === 'number' && Number.isFinite(value.debounceMs) && value.debounceMs >= 0
			? value.debounceMs
			: DEFAULT_SETTINGS.debounceMs;
	if (value.debounceMs !== undefined && debounce !== value.debounceMs) {
		errors.push(t(locale, 'congvan.debounceMs must be a number that is not negative.'));
	}
	return { settings: { rules, languages, debounceMs: debounce, locale: localeSetting }, errors };
}
