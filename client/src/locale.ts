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
 * The display language the user asked VS Code for. `vscode.env.language` is the language VS Code could
 * honour: it stays "en" unless a language pack for the chosen language is installed, and Microsoft ships
 * none for Vietnamese. The extension host's VSCODE_NLS_CONFIG (undocumented, but set by every desktop and
 * server build) also carries `userLocale`: the "locale" of argv.json or `--locale`, else the system's
 * language. congvan has its own Vietnamese, so it follows that; without it (VS Code for the Web), env.language.
 */
export function displayLanguageFrom(nlsConfig: string | undefined, envLanguage: string): string {
	if (nlsConfig !== undefined) {
		try {
			const parsed = JSON.parse(nlsConfig) as { userLocale?: unknown; locale?: unknown };
			// "locale" is the name in VS Code before 1.92.
			const asked = parsed.userLocale ?? parsed.locale;
			if (typeof asked === 'string' && asked.trim() !== '') {
				return asked;
			}
		} catch {
			// Not JSON: use the language VS Code reports.
		}
	}
	return envLanguage;
}

/** Fills `{name}` placeholders as `vscode.l10n.t` does; unknown names are left as they are. */
export function format(message: string, args: Readonly<Record<string, string | number>> = {}): string {
	return message.replace(/\{([^{}]+)\}/gu, (whole, name: string) => (Object.hasOwn(args, name) ? String(args[name]) : whole));
}
