// The client's texts (messages, the status bar, the template picker, the output channel). The source
// strings are English and go through `vscode.l10n.t`, which reads l10n/bundle.l10n.<display language>.json
// (the `l10n` field of package.json). VS Code loads a bundle only for the language of its own UI, so when
// congvan speaks another one (`congvan.locale`, a Vietnamese display language without a language pack, or
// a display language that is neither Vietnamese nor English, for which congvan speaks Vietnamese), the
// client reads the bundle itself and fills it the same way.
import { Uri, env, l10n, workspace } from 'vscode';
import { displayLanguageFrom, format, localeOfDisplayLanguage, resolveLocale, type Locale } from './locale';

export type { Locale } from './locale';

/** The values of `{name}` placeholders. */
export type L10nArgs = Record<string, string | number>;

let current: Locale = 'vi';
// The bundle read by the client, or undefined when vscode.l10n.t already answers in `current`.
let own: Record<string, string> | undefined;

/** The language of the client's texts now. */
export function currentLocale(): Locale {
	return current;
}

// VS Code's NLS configuration (VSCODE_NLS_CONFIG), which only the desktop has: the host gives it
// (client/src/host.ts), since VS Code for the Web has no `process`.
let nlsConfig: string | undefined;

/** The display language the user asked VS Code for (see `displayLanguageFrom`); the server gets it too. */
export function displayLanguage(): string {
	return displayLanguageFrom(nlsConfig, env.language);
}

/**
 * Reads `congvan.locale` and prepares the translations; call on activation and when the setting
 * changes. Returns the language chosen.
 */
export async function configureLocale(extensionUri: Uri, nls: string | undefined): Promise<Locale> {
	nlsConfig = nls;
	const locale = resolveLocale(workspace.getConfiguration('congvan').get('locale'), displayLanguage());
	let bundle: Record<string, string> | undefined;
	if (locale !== localeOfDisplayLanguage(env.language)) {
		bundle = locale === 'en' ? {} : await readBundle(Uri.joinPath(extensionUri, 'l10n', `bundle.l10n.${locale}.json`));
	}
	current = locale;
	own = bundle;
	return locale;
}

async function readBundle(uri: Uri): Promise<Record<string, string>> {
	try {
		const parsed: unknown = JSON.parse(new TextDecoder('utf-8').decode(await workspace.fs.readFile(uri)));
		return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
	} catch {
		// A broken installation without its bundle still works, in English.
		return {};
	}
}

/** A client text in the current language; `message` is the English source with `{name}` placeholders. */
export function t(message: string, args: L10nArgs = {}): string {
	if (own === undefined) {
		return l10n.t(message, args);
	}
	const translated = own[message];
	return format(typeof translated === 'string' ? translated : message, args);
}
