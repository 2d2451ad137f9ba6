// The team's project files for each document: the nearest .congvanrc.json and .congvan/profile.json from
// the document's folder up to its workspace folder. Their rules come first; the editor's `congvan.rules`
// setting overrides them. A document outside every workspace folder gets no project file.
//
// Two hosts read them. The Node server reads the disk (node/project-config.ts). The web worker of VS Code for
// the Web has no disk: it reads through the editor's workspace file system (`vscode.workspace.fs`, so that
// `vscode-vfs://` on github.dev works too), one `congvan/readFile` request to the client per file
// (WorkspaceReader, workspace-files.ts). This module is that second reader, and the interface of both. Pure:
// no Node.
import type { RemoteConsole } from 'vscode-languageserver';
import type { Locale, RuleSetting, TeamProfile } from './core/index';
import { t } from './l10n';
import { PROFILE_PATH, normalizeProfile } from './profile';
import { normalizeConfigFile } from './settings';
import { parseJsonBytes } from './text-files';
import { MAX_PROJECT_FILE_BYTES, parentUri, rootOf, type WorkspaceReader } from './workspace-files';

/** The name of the project configuration file. */
export const CONFIG_FILE_NAME = '.congvanrc.json';

/** What the server asks of its host's project files. */
export interface ProjectFiles {
	/** The rule settings of the .congvanrc.json that applies to a document; empty when there is none. */
	rulesFor(uri: string, locale: Locale): Promise<Record<string, RuleSetting>>;
	/** The team profile that applies to a document; undefined when there is none or it cannot be used. */
	profileFor(uri: string, locale: Locale): Promise<TeamProfile | undefined>;
	/** Forgets every file read, so that the next check reads them again (a file changed). */
	clear(): void;
}

/** One project file read through the workspace: its URI and parsed value, or why it cannot be used. */
type ReadJson = { uri: string; value: unknown } | { uri: string; problem: string } | undefined;

/**
 * Project files read through a WorkspaceReader (the web worker's). Every lookup is kept until `clear()`:
 * the client watches the two file names and says when one changes (workspace/didChangeWatchedFiles).
 */
export class WorkspaceProjectFiles implements ProjectFiles {
	private readonly found = new Map<string, Promise<ReadJson>>();
	private readonly logged = new Set<string>();

	constructor(
		private readonly console: Pick<RemoteConsole, 'warn'>,
		private readonly reader: WorkspaceReader,
		/** The workspace folders' URIs. */
		private readonly roots: readonly string[],
	) {}

	async rulesFor(uri: string, locale: Locale): Promise<Record<string, RuleSetting>> {
		const read = await this.nearest(uri, CONFIG_FILE_NAME, locale);
		if (read === undefined) {
			return {};
		}
		if ('problem' in read) {
			this.warnOnce(t(locale, 'congvan: {error} The file is ignored.', { error: read.problem }));
			return {};
		}
		const { config, errors, warnings } = normalizeConfigFile(read.value, read.uri, locale);
		if (errors.length > 0) {
			for (const error of [...errors, ...warnings]) {
				this.warnOnce(t(locale, 'congvan: {error} The file is ignored.', { error }));
			}
			return {};
		}
		for (const warning of warnings) {
			this.warnOnce(`congvan: ${warning}`);
		}
		return config.rules ?? {};
	}

	async profileFor(uri: string, locale: Locale): Promise<TeamProfile | undefined> {
		const read = await this.nearest(uri, PROFILE_PATH, locale);
		if (read === undefined) {
			return undefined;
		}
		if ('problem' in read) {
			this.warnOnce(`congvan: ${read.problem}`);
			return undefined;
		}
		const { profile, warnings } = normalizeProfile(read.value, read.uri, locale);
		for (const warning of warnings) {
			this.warnOnce(`congvan: ${warning}`);
		}
		return profile;
	}

	clear(): void {
		this.found.clear();
		this.logged.clear();
	}

	/** The nearest file `relative` from the document's folder up to its workspace folder, read and parsed. */
	private async nearest(uri: string, relative: string, locale: Locale): Promise<ReadJson> {
		const root = rootOf(uri, this.roots);
		if (root === undefined) {
			return undefined;
		}
		for (let folder = parentUri(uri); folder !== undefined && folder.length >= root.length; folder = parentUri(folder)) {
			const read = await this.readJson(`${folder}/${relative}`, relative === PROFILE_PATH, locale);
			if (read !== undefined) {
				return read;
			}
			if (folder === root) {
				break;
			}
		}
		return undefined;
	}

	private readJson(uri: string, profile: boolean, locale: Locale): Promise<ReadJson> {
		let pending = this.found.get(uri);
		if (pending === undefined) {
			pending = this.reader.read(uri, MAX_PROJECT_FILE_BYTES).then((read): ReadJson => {
				if ('missing' in read) {
					return undefined;
				}
				const file = decodeURIComponent(uri);
				if ('error' in read) {
					return {
						uri: file,
						problem: profile
							? t(locale, 'cannot read the team profile "{file}" ({reason}).', { file, reason: read.error })
							: t(locale, 'cannot read the configuration file "{file}" ({reason}).', { file, reason: read.error }),
					};
				}
				const parsed = parseJsonBytes(read.bytes, locale);
				if ('parseError' in parsed) {
					return {
						uri: file,
						problem: profile
							? t(locale, 'the team profile "{file}" is not valid JSON ({reason}).', { file, reason: parsed.parseError })
							: t(locale, 'the configuration file "{file}" is not valid JSON ({reason}).', { file, reason: parsed.parseError }),
					};
				}
				return { uri: file, value: parsed.value };
			});
			this.found.set(uri, pending);
		}
		return pending;
	}

	private warnOnce(message: string): void {
		if (!this.logged.has(message)) {
			this.logged.add(message);
			this.console.warn(message);
		}
	}
}
