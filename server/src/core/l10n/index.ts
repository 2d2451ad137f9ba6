// The languages of the core's texts. The rules are written in Vietnamese (their `description`, `messages`
// and the free texts they report); English comes from the table in en.ts, keyed by rule id and messageId,
// and is filled with the same data. Pure: no editor, no Node, like the rest of the core.
//
// Choosing the language: an explicit "vi" or "en" wins; otherwise the editor's display language when it is
// Vietnamese or English; otherwise Vietnamese, because congvan's users are Vietnamese office workers.
import type { Locale, RuleMeta } from '../types';
import { EN } from './en';
import type { DataTranslation, RuleTable, RuleTranslation } from './types';

export type { DataTranslation, RuleTable, RuleTranslation } from './types';
export { EN } from './en';

/** The supported languages, the default first. */
export const LOCALES: readonly Locale[] = ['vi', 'en'];

/** The language used when nothing says otherwise. */
export const DEFAULT_LOCALE: Locale = 'vi';

/** The values of the `congvan.locale` setting: "auto" follows the editor's display language. */
export const LOCALE_SETTINGS = ['auto', 'vi', 'en'] as const;

/** A value of the `congvan.locale` setting. */
export type LocaleSetting = (typeof LOCALE_SETTINGS)[number];

const TABLES: Readonly<Record<Exclude<Locale, 'vi'>, RuleTable>> = { en: EN };

/**
 * The supported language of a language tag or a POSIX locale name ("vi", "vi-VN", "en", "en-us",
 * "en_US.UTF-8"), or undefined for any other language ("fr", "zh-cn", "C.UTF-8").
 */
export function localeOfTag(tag: string | null | undefined): Locale | undefined {
	const lower = (tag ?? '').trim().toLowerCase();
	for (const locale of LOCALES) {
		if (lower === locale || (lower.startsWith(locale) && /^[-_.@]/u.test(lower.slice(locale.length)))) {
			return locale;
		}
	}
	return undefined;
}

/**
 * The language to use: `setting` when it is "vi" or "en"; otherwise ("auto", missing, anything else) the
 * display language when it is Vietnamese or English; otherwise Vietnamese.
 */
export function resolveLocale(setting: unknown, display?: string | null): Locale {
	if (setting === 'vi' || setting === 'en') {
		return setting;
	}
	return localeOfTag(display) ?? DEFAULT_LOCALE;
}

/** The label of the legal-basis line that follows every message ("Căn cứ: <source>."). */
export function legalBasisLabel(locale: Locale = DEFAULT_LOCALE): string {
	return locale === 'en' ? 'Legal basis' : 'Căn cứ';
}

/** The translation of a rule, when the locale is not Vietnamese and the table has it. */
export function ruleTranslation(ruleId: string, locale: Locale): RuleTranslation | undefined {
	return locale === 'vi' ? undefined : TABLES[locale][ruleId];
}

/** A rule's description in a language (the Vietnamese one when there is no translation). */
export function ruleDescription(rule: Pick<RuleMeta, 'id' | 'description'>, locale: Locale = DEFAULT_LOCALE): string {
	return ruleTranslation(rule.id, locale)?.description ?? rule.description;
}

/** A rule's message template in a language; undefined when the rule has no such messageId. */
export function messageTemplate(
	rule: Pick<RuleMeta, 'id' | 'messages'>,
	messageId: string,
	locale: Locale = DEFAULT_LOCALE,
): string | undefined {
	const vietnamese = rule.messages[messageId];
	if (vietnamese === undefined) {
		return undefined;
	}
	return ruleTranslation(rule.id, locale)?.messages[messageId] ?? vietnamese;
}

/** The names of the `{placeholders}` of a template, each once, in order of first use. */
export function placeholders(template: string): string[] {
	return [...new Set([...template.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? ''))];
}

/**
 * The data of a message with the values that the rule built in Vietnamese translated (item kinds, lists of
 * parts). Values taken from the letter match no pattern and are kept.
 */
export function localizeData(
	ruleId: string,
	data: Readonly<Record<string, string | number>> | undefined,
	locale: Locale = DEFAULT_LOCALE,
): Readonly<Record<string, string | number>> | undefined {
	const table = ruleTranslation(ruleId, locale)?.data;
	if (!data || !table) {
		return data;
	}
	const result: Record<string, string | number> = { ...data };
	for (const [name, value] of Object.entries(data)) {
		const translation = Object.hasOwn(table, name) ? table[name] : undefined;
		if (translation && typeof value === 'string') {
			result[name] = translateValue(translation, value);
		}
	}
	return result;
}

function translateValue(translation: DataTranslation, value: string): string {
	if (translation.separator === undefined) {
		return matchPattern(translation.patterns, value, {})?.text ?? value;
	}
	return value
		.split(translation.separator)
		.map((item) => matchPattern(translation.patterns, item, {})?.text ?? item)
		.join(translation.separator);
}

/**
 * A free text of a rule (a suggestion's title, a related location's note) in a language, or undefined
 * when the table has no pattern for it. Placeholder values are translated as the rule's data are.
 */
export function translateText(ruleId: string, text: string, locale: Locale): string | undefined {
	const translation = ruleTranslation(ruleId, locale);
	if (!translation?.texts) {
		return undefined;
	}
	return matchPattern(translation.texts, text, translation.data ?? {})?.text;
}

/** The Vietnamese pattern of the table that a free text of a rule matches, for tests; undefined when none. */
export function textPattern(ruleId: string, text: string, locale: Locale): string | undefined {
	const translation = ruleTranslation(ruleId, locale);
	return translation?.texts ? matchPattern(translation.texts, text, translation.data ?? {})?.pattern : undefined;
}

/** `translateText`, keeping the text as it is when no pattern matches. */
export function localizeText(ruleId: string, text: string, locale: Locale = DEFAULT_LOCALE): string {
	return locale === 'vi' ? text : (translateText(ruleId, text, locale) ?? text);
}

/** Fills `{name}` placeholders. Unknown names are left as they are. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>> = {}): string {
	return template.replace(/\{(\w+)\}/gu, (whole, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : whole));
}

const COMPILED = new Map<string, RegExp>();

/**
 * A Vietnamese pattern as an anchored regular expression: literal text, and a lazy named group for each
 * `{name}` (a backreference when the name comes again).
 */
function compile(pattern: string): RegExp {
	let regex = COMPILED.get(pattern);
	if (regex === undefined) {
		const seen = new Set<string>();
		let source = '';
		let at = 0;
		for (const match of pattern.matchAll(/\{(\w+)\}/gu)) {
			const name = match[1] ?? '';
			source += escapeRegExp(pattern.slice(at, match.index));
			source += seen.has(name) ? `\\k<${name}>` : `(?<${name}>[\\s\\S]+?)`;
			seen.add(name);
			at = match.index + match[0].length;
		}
		source += escapeRegExp(pattern.slice(at));
		regex = new RegExp(`^${source}$`, 'u');
		COMPILED.set(pattern, regex);
	}
	return regex;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\/]/gu, (c) => `\\${c}`);
}

/** The first pattern that matches the whole text, filled in; the captured values are translated by `data`. */
function matchPattern(
	patterns: Readonly<Record<string, string>>,
	text: string,
	data: Readonly<Record<string, DataTranslation>>,
): { pattern: string; text: string } | undefined {
	for (const [pattern, template] of Object.entries(patterns)) {
		const match = compile(pattern).exec(text);
		if (!match) {
			continue;
		}
		const values: Record<string, string> = {};
		for (const [name, value] of Object.entries(match.groups ?? {})) {
			const translation = Object.hasOwn(data, name) ? data[name] : undefined;
			values[name] = translation ? translateValue(translation, value) : value;
		}
		return { pattern, text: fillTemplate(template, values) };
	}
	return undefined;
}
