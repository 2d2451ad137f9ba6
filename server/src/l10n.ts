// The texts of the language server and the CLI (logs, code-action titles, settings and file errors, the
// CLI's help and report), through @vscode/l10n as VS Code recommends for processes outside the extension
// host. The source strings are English, as VS Code expects; the Vietnamese is the bundle
// l10n/bundle.l10n.vi.json, the same file that VS Code loads for the client. The checking core has its own
// tables (server/src/core/l10n/) because it must stay pure.
//
// One process may serve documents in both languages (the setting can differ per workspace folder), so the
// bundle is chosen on each call: `t(locale, …)` configures @vscode/l10n for that locale, then translates,
// both synchronously.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as l10n from '@vscode/l10n';
import type { Locale } from './core/index';

export type { Locale } from './core/index';

/** The values of `{name}` placeholders. */
export type L10nArgs = Record<string, string | number>;

/** The bundle's path relative to the package root, for each language that is not the source language. */
const BUNDLES: Readonly<Record<Exclude<Locale, 'en'>, string>> = { vi: path.join('l10n', 'bundle.l10n.vi.json') };

let configured: Locale | undefined;

/**
 * The package root: the nearest folder above this file that holds the bundles. That is one folder up from
 * dist/server.js and dist/cli.js, and three from out/server/src/l10n.js when tests import the sources.
 */
function packageRoot(): string | undefined {
	let current = __dirname;
	for (;;) {
		if (existsSync(path.join(current, BUNDLES.vi))) {
			return current;
		}
		const parent = path.dirname(current);
		if (parent === current) {
			return undefined;
		}
		current = parent;
	}
}

let root: string | null | undefined;

function use(locale: Locale): void {
	if (configured === locale) {
		return;
	}
	if (locale === 'en') {
		// English is the source language: an empty bundle returns every message as written.
		l10n.config({ contents: {} });
	} else {
		root ??= packageRoot() ?? null;
		// A broken installation without its bundle still works, in English (test/package.test.ts ships it).
		if (root === null) {
			l10n.config({ contents: {} });
		} else {
			l10n.config({ fsPath: path.join(root, BUNDLES[locale]) });
		}
	}
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
