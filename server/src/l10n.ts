// The texts of the language server and the CLI (logs, code-action titles, settings and file errors, the
// CLI's help and report), through @vscode/l10n as VS Code recommends for processes outside the extension
// host. The source strings are English, as VS Code expects; the Vietnamese is the bundle
// l10n/bundle.l10n.vi.json, the same file that VS Code loads for the client. The checking core has its own
// tables (server/src/core/l10n/) because it must stay pure.
//
// One process may serve documents in both languages (the setting can differ per workspace folder), so the
// bundle is chosen on each call: `t(locale, …)` configures @vscode/l10n for that locale, then translates,
// both synchronously.
import * as l10n from '@vscode/l10n';
import vi from '#l10n/vi';
import type { Locale } from './core/index';

export type { Locale } from './core/index';

/** The values of `{name}` placeholders. */
export type L10nArgs = Record<string, string | number>;

// The bundles are part of the code (esbuild bundles the JSON, through the package's `imports` map), never
// read from disk, so that the same module serves the Node server, the CLI and the web worker of VS Code for
// the Web, which has no file system to read them from.
const BUNDLES: Readonly<Record<Exclude<Locale, 'en'>, Record<string, string>>> = { vi };

let configured: Locale | undefined;

function use(locale: Locale): void {
	if (configured === locale) {
		return;
	}
	// English is the source language: an empty bundle returns every message as written.
	l10n.config({ contents: locale === 'en' ? {} : BUNDLES[locale] });
	configured = locale;
}

/**
 * A message in a language. `message` is the English source, with `{name}` placeholders filled from
 * `args`; the Vietnamese comes from the bundle, keyed by the English.
 */
export function t(locale: Locale, message: string, args: L10nArgs = {}): string {
	use(locale);
	return l10n.t(message, args);
}
