// The Node server's project files (../project-config.ts): the nearest .congvanrc.json and team profile
// from the document's folder up to its workspace folder (never above the user's home directory), read
// from disk and re-read when a file's modification time changes. Only `file:` documents get them.
// The files are read defensively (files.ts readRegularFile): a FIFO, a device or a huge file in a hostile
// workspace is a message, never a hang, and the document is checked with the defaults.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RemoteConsole } from 'vscode-languageserver';
import type { Locale, RuleSetting, TeamProfile } from '../core/index';
import { t } from '../l10n';
import type { ProjectFiles } from '../project-config';
import { workspaceFolderUris } from '../workspace-files';
import { findConfigFile, readConfigFile, type ConfigFileResult } from './config-file';
import { isWithin } from './files';
import { findProfileFile, readProfileFile, type ProfileFileResult } from './profile-file';

/**
 * Where the search for project files above a document's folder stops: its workspace folder (the innermost
 * one holding it), or the user's home directory when that is nearer; undefined for a document outside every
 * workspace folder, which gets no configuration from the folders above it.
 */
export function serverSearchStop(directory: string, roots: readonly string[], home: string | undefined = os.homedir()): string | undefined {
	const folder = path.resolve(directory);
	const root = roots
		.map((r) => path.resolve(r))
		.filter((r) => isWithin(folder, r))
		.sort((a, b) => b.length - a.length)[0];
	if (root === undefined) {
		return undefined;
	}
	const homeDir = home ? path.resolve(home) : undefined;
	return homeDir !== undefined && homeDir !== root && isWithin(homeDir, root) && isWithin(folder, homeDir) ? homeDir : root;
}

/** Project configuration files by document, re-read when a file changes on disk. */
export class ProjectConfigs implements ProjectFiles {
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
	async rulesFor(uri: string, locale: Locale = 'vi'): Promise<Record<string, RuleSetting>> {
		if (!uri.startsWith('file:')) {
			return {};
		}
		const directory = path.dirname(fileURLToPath(uri));
		const stop = serverSearchStop(directory, this.roots);
		const file = stop === undefined ? undefined : findConfigFile(directory, stop);
		if (file === undefined) {
			return {};
		}
		const result = fresh(this.byFile, file, () => readConfigFile(file, true, locale));
		if ('errors' in result) {
			for (const error of result.errors) {
				this.warnOnce(t(locale, 'congvan: {error} The file is ignored.', { error }));
			}
			return {};
		}
		for (const warning of result.warnings) {
			this.warnOnce(`congvan: ${warning}`);
		}
		return result.config.rules ?? {};
	}

	/**
	 * The team profile that applies to a document: the nearest `.congvan/profile.json` from its folder up to
	 * its workspace folder; undefined when there is none or it cannot be used (the reason is logged once).
	 */
	async profileFor(uri: string, locale: Locale = 'vi'): Promise<TeamProfile | undefined> {
		if (!uri.startsWith('file:')) {
			return undefined;
		}
		const directory = path.dirname(fileURLToPath(uri));
		const stop = serverSearchStop(directory, this.roots);
		const file = stop === undefined ? undefined : findProfileFile(directory, stop);
		if (file === undefined) {
			return undefined;
		}
		const result = fresh(this.profiles, file, () => readProfileFile(file, true, locale));
		for (const message of 'errors' in result ? result.errors : result.warnings) {
			this.warnOnce(`congvan: ${message}`);
		}
		return 'profile' in result ? result.profile : undefined;
	}

	/** Forgets every file read, so that the next check reads them again. */
	clear(): void {
		this.byFile.clear();
		this.profiles.clear();
		this.logged.clear();
	}

	private warnOnce(message: string): void {
		if (!this.logged.has(message)) {
			this.logged.add(message);
			this.console.warn(message);
		}
	}
}

/** A file's result from `cache` while its modification time is the one it was read at; read again otherwise. */
function fresh<R>(cache: Map<string, { mtimeMs: number; result: R }>, file: string, read: () => R): R {
	let mtimeMs = -1;
	try {
		mtimeMs = fs.statSync(file).mtimeMs;
	} catch {
		// Removed between the lookup and now: read it as missing.
	}
	const cached = cache.get(file);
	if (cached && cached.mtimeMs === mtimeMs) {
		return cached.result;
	}
	const result = read();
	cache.set(file, { mtimeMs, result });
	return result;
}

/** The workspace folders of an initialize request as file system paths. */
export function workspaceRoots(params: Parameters<typeof workspaceFolderUris>[0]): string[] {
	return workspaceFolderUris(params)
		.filter((u) => u.startsWith('file:'))
		.map((u) => path.resolve(fileURLToPath(u)));
}
