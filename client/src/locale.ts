// The client's language, as a pure function so that it is unit-tested (test/l10n-client.test.ts): the same
// choice as the server's (server/src/core/l10n/), which the client cannot import.

/** The languages of congvan. */
export type Locale = 'vi' | 'en';

/** The language of a VS Code display language ("vi", "en", "en-us"), or undefined for any other. */
export function localeOfDisplayLanguage(language: string | undefined): Locale | undefined {
	const lower = (language ?? '').trim().toLowerCase();
	for (const locale of ['vi', 'en'] as const) {
		if (lower === locale || (lower.startsWith(locale) && /^[-_.@]/u.test(lower.slice(locale.length)))) {
			return locale;
		}
	}
	return undefined;
}

/**
 * The language to use: the `congvan.locale` setting when it is "vi" or "en"; otherwise ("auto", missing,
 * anything else) the display language when it is Vietnamese or English; otherwise Vietnamese, because
 * congvan's users are Vietnamese office workers.
 */
export function resolveLocale(setting: unknown, displayLanguage: string | undefined): Locale {
	if (setting === 'vi' || setting === 'en') {
		return setting;
	}
	return localeOfDisplayLanguage(displayLanguage) ?? 'vi';
}

/**
 * The display language the user chose for VS Code, or "" when there is no sign of a choice. congvan's users
 * are Vietnamese office workers, many on machines or servers set up in English (code-server, a company
 * image): English by default is not a choice, so with `congvan.locale: "auto"` congvan speaks Vietnamese
 * unless the user picked English (or Vietnamese) on purpose.
 *
 * `vscode.env.language` is the language VS Code could honour: it stays "en" unless a language pack for the
 * chosen language is installed, and Microsoft ships none for Vietnamese. The extension host's
 * VSCODE_NLS_CONFIG (undocumented, but set by every desktop and server build) carries `userLocale` (the
 * "locale" of argv.json, `--locale`, else the system's language) and `osLocale` (the system's). The choice is:
 * - a userLocale that is not English (Vietnamese, or another language, for which congvan speaks Vietnamese);
 * - an English userLocale on a system whose language is not English (the user overrode the system).
 * An English userLocale on an English system, or no NLS configuration at all (VS Code for the Web) with
 * env.language "en", is the default, not a choice: "".
 */
export function displayLanguageFrom(nlsConfig: string | undefined, envLanguage: string): string {
	let asked: string | undefined;
	let system: string | undefined;
	if (nlsConfig !== undefined) {
		try {
			const parsed = JSON.parse(nlsConfig) as { userLocale?: unknown; locale?: unknown; osLocale?: unknown };
			// "locale" is the name in VS Code before 1.92.
			const user = parsed.userLocale ?? parsed.locale;
			asked = typeof user === 'string' && user.trim() !== '' ? user : undefined;
			system = typeof parsed.osLocale === 'string' && parsed.osLocale.trim() !== '' ? parsed.osLocale : undefined;
		} catch {
			// Not JSON: use the language VS Code reports.
		}
	}
	const language = asked ?? envLanguage;
	if (localeOfDisplayLanguage(language) !== 'en') {
		return language;
	}
	return system !== undefined && localeOfDisplayLanguage(system) !== 'en' ? language : '';
}

/** Fills `{name}` placeholders as `vscode.l10n.t` does; unknown names are left as they are. */
export function format(message: string, args: Readonly<Record<string, string | number>> = {}): string {
	return message.replace(/\{([^{}]+)\}/gu, (whole, name: string) => (Object.hasOwn(args, name) ? String(args[name]) : whole));
}
