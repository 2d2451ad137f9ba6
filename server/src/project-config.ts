// The team's .congvanrc.json for each document: the nearest one from the document's folder up to its
// workspace folder. Its rules come first; the editor's `congvan.rules` setting overrides them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RemoteConsole } from 'vscode-languageserver';
import type { Locale, RuleSetting, TeamProfile } from './core/index';
import { t } from './l10n';
import { findConfigFile, readConfigFile, type ConfigFileResult } from './node/config-file';
import { findProfileFile, readProfileFile, type ProfileFileResult } from './node/profile-file';

/** Project configuration files by document, re-read when a file changes on disk. */
export class ProjectConfigs {
	private readonly byFile = new Map<string, { mtimeMs: number; result: ConfigFileResult }>();
	private readonly profiles = new Map<string, { mtimeMs: number; result: ProfileFileResult }>();
	private readonly logged = new Set<string>();

	constructor(
		private readonly console: Pick<RemoteConsole, 'warn'>,
		/** The workspace folders, as file system paths. */
		private readonly roots: readonly string[],
	) {}

	/**
	 * The rule settings of the .congvanrc.json that applies to a document; empty when there is none. Problems
	 * with the file are logged once, in `locale`.
	 */
	rulesFor(uri: string, locale: Locale = 'vi'): Record<string, RuleSetting> {
		if (!uri.startsWith('file:')) {
			return {};
		}
		const directory = path.dirname(fileURLToPath(uri));
		const root = this.roots.find((r) => directory === r || directory.startsWith(r + path.sep));
		const file = findConfigFile(directory, root);
		if (file === undefined) {
			return {};
		}
		const result = this.read(file, locale);
		if ('errors' in result) {
			for (const error of result.errors) {
				if (!this.logged.has(error)) {
					this.logged.add(error);
					this.console.warn(t(locale, 'congvan: {error} The file is ignored.', { error }));
				}
			}
			return {};
		}
		return result.config.rules ?? {};
	}

	/**
	 * The team profile that applies to a document: the nearest `.congvan/profile.json` from its folder up to
	 * its workspace folder; undefined when there is none or it cannot be used (the reason is logged once).
	 */
	profileFor(uri: string, locale: Locale = 'vi'): TeamProfile | undefined {
		if (!uri.startsWith('file:')) {
			return undefined;
		}
		const directory = path.dirname(fileURLToPath(uri));
		const root = this.roots.find((r) => directory === r || directory.startsWith(r + path.sep));
		const file = findProfileFile(directory, root);
		if (file === undefined) {
			return undefined;
		}
		let mtimeMs = -1;
		try {
			mtimeMs = fs.statSync(file).mtimeMs;
		} catch {
			// Removed between the lookup and now: read it as missing.
		}
		let cached = this.profiles.get(file);
		if (!cached || cached.mtimeMs !== mtimeMs) {
			cached = { mtimeMs, result: readProfileFile(file, true, locale) };
			this.profiles.set(file, cached);
		}
		const result = cached.result;
		for (const message of 'errors' in result ? result.errors : result.warnings) {
			if (!this.logged.has(message)) {
				this.logged.add(message);
				this.console.warn(`congvan: ${message}`);
			}
		}
		return 'profile' in result ? result.profile : undefined;
	}

	/** Forgets every file read, so that the next check reads them again. */
	clear(): void {
		this.byFile.clear();
		this.profiles.clear();
		this.logged.clear();
	}

	private read(file: string, locale: Locale): ConfigFileResult {
		let mtimeMs = -1;
		try {
			mtimeMs = fs.statSync(file).mtimeMs;
		} catch {
			// Removed between the lookup and now: read it as missing.
		}
		const cached = this.byFile.get(file);
		if (cached && cached.mtimeMs === mtimeMs) {
			return cached.result;
		}
		const result = readConfigFile(file, true, locale);
		this.byFile.set(file, { mtimeMs, result });
		return result;
	}
}

/** The workspace folders of an initialize request as file system paths. */
export function workspaceRoots(params: { workspaceFolders?: { uri: string }[] | null; rootUri?: string | null }): string[] {
	const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
	return uris.filter((u) => u.startsWith('file:')).map((u) => path.resolve(fileURLToPath(u)));
}
