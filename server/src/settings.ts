// Settings: their type, their defaults, and the validation of what users write (VS Code settings,
// .congvanrc.json, --config). Bad values never throw: they are dropped with a clear message.
import { RULES, getRule, type DateValue, type LintConfig, type RuleSetting, type Severity } from './core/index';

/** The settings of the `congvan` section. */
export interface CongvanSettings {
	/** Per-rule level: "off", a severity, or { severity, options }. */
	rules: Record<string, RuleSetting>;
	/** The language ids of the documents that are checked (default: only "congvan"). */
	languages: string[];
	/** Debounce for pushed diagnostics, in milliseconds (pull clients ask when they want). */
	debounceMs: number;
}

/** The defaults, used for any missing or invalid value. */
export const DEFAULT_SETTINGS: CongvanSettings = { rules: {}, languages: ['congvan'], debounceMs: 200 };

const SEVERITIES: readonly string[] = ['error', 'warning', 'information', 'hint'];

/** A validated configuration and the problems found in the raw value. */
export interface ConfigResult {
	config: LintConfig;
	errors: string[];
}

/** Validates a `rules` object (id → setting). Unknown ids and bad levels are reported and ignored. */
export function normalizeRules(raw: unknown, where: string): { rules: Record<string, RuleSetting>; errors: string[] } {
	const rules: Record<string, RuleSetting> = {};
	const errors: string[] = [];
	if (raw === undefined || raw === null) {
		return { rules, errors };
	}
	if (typeof raw !== 'object' || Array.isArray(raw)) {
		return { rules, errors: [`${where}: "rules" phải là một đối tượng (id quy tắc → mức độ).`] };
	}
	for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
		if (!getRule(id)) {
			errors.push(`${where}: không có quy tắc "${id}". Các quy tắc: ${RULES.map((r) => r.id).join(', ')}.`);
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
		errors.push(`${where}: mức độ của "${id}" phải là "off", "error", "warning", "information", "hint" hoặc { "severity": …, "options": … }.`);
	}
	return { rules, errors };
}

/** Parses "YYYY-MM-DD" into a real calendar date, or undefined. */
export function parseIsoDate(value: string): DateValue | undefined {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
	if (!match) {
		return undefined;
	}
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const check = new Date(Date.UTC(year, month - 1, day));
	if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
		return undefined;
	}
	return { year, month, day };
}

/** Validates a configuration file's content (`{ "rules": { … } }`). */
export function normalizeConfigFile(raw: unknown, where: string): ConfigResult {
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		return { config: {}, errors: [`${where}: tệp cấu hình phải là một đối tượng JSON, ví dụ { "rules": { "missing-noi-nhan": "warning" } }.`] };
	}
	const { rules, errors } = normalizeRules((raw as { rules?: unknown }).rules, where);
	return { config: { rules }, errors };
}

/** Validates the VS Code settings section, falling back to defaults for anything of the wrong type. */
export function normalizeSettings(raw: unknown): { settings: CongvanSettings; errors: string[] } {
	if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
		return { settings: { ...DEFAULT_SETTINGS }, errors: raw === null || raw === undefined ? [] : ['congvan: cài đặt phải là một đối tượng.'] };
	}
	const value = raw as Partial<Record<keyof CongvanSettings, unknown>>;
	const { rules, errors } = normalizeRules(value.rules, 'congvan.rules');
	const languages =
		Array.isArray(value.languages) && value.languages.every((l) => typeof l === 'string') ? (value.languages as string[]) : DEFAULT_SETTINGS.languages;
	if (value.languages !== undefined && languages === DEFAULT_SETTINGS.languages) {
		errors.push('congvan.languages phải là một mảng tên ngôn ngữ.');
	}
	const debounce = typeof value.debounceMs === 'number' && Number.isFinite(value.debounceMs) && value.debounceMs >= 0 ? value.debounceMs : DEFAULT_SETTINGS.debounceMs;
	if (value.debounceMs !== undefined && debounce !== value.debounceMs) {
		errors.push('congvan.debounceMs phải là một số không âm.');
	}
	return { settings: { rules, languages, debounceMs: debounce }, errors };
}
