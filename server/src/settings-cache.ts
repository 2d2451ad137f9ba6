// The settings that apply to each open document. A client that answers workspace/configuration is asked
// once per URI and the answer is cached until the document closes or the configuration changes. A client
// that cannot be asked (Neovim 0.7 and other older clients) runs on the defaults, or on the `congvan`
// section it sends with workspace/didChangeConfiguration.
import type { RemoteConsole, RemoteWorkspace } from 'vscode-languageserver';
import { resolveLocale } from './core/index';
import { t } from './l10n';
import { DEFAULT_SETTINGS, normalizeSettings, type CongvanSettings } from './settings';

/** The part of the connection that the cache uses. */
export interface SettingsSource {
	readonly workspace: Pick<RemoteWorkspace, 'getConfiguration'>;
	readonly console: Pick<RemoteConsole, 'warn'>;
}

/** Settings per document URI. Never throws: bad or missing values fall back to the defaults. */
export class SettingsCache {
	private readonly byUri = new Map<string, Promise<CongvanSettings>>();
	private pushed: CongvanSettings = defaults();
	// Each problem with the settings is logged once, not on every check of every document.
	private readonly logged = new Set<string>();
	// Bumped on every configuration change, so that an answer asked for before the change is not used.
	private generation = 0;

	constructor(
		private readonly connection: SettingsSource,
		/** Whether the client declared `workspace.configuration`. */
		private readonly pull: boolean,
		/** The client's display language (`initialize` params `locale`), for `congvan.locale: "auto"`. */
		private readonly displayLanguage?: string,
	) {}

	/** The settings of a document. */
	async get(uri: string): Promise<CongvanSettings> {
		if (!this.pull) {
			return this.pushed;
		}
		for (;;) {
			const generation = this.generation;
			let entry = this.byUri.get(uri);
			if (entry === undefined) {
				entry = this.fetch(uri);
				this.byUri.set(uri, entry);
			}
			const settings = await entry;
			if (generation === this.generation) {
				return settings;
			}
		}
	}

	/** Forgets a closed document's settings. */
	delete(uri: string): void {
		this.byUri.delete(uri);
	}

	/**
	 * Handles workspace/didChangeConfiguration: forgets every cached answer. A client that cannot be asked
	 * may carry the new section in the notification (`{ settings: { congvan: {…} } }`); nothing there means
	 * the defaults.
	 */
	changed(settings: unknown): void {
		this.generation++;
		this.byUri.clear();
		this.logged.clear();
		if (!this.pull) {
			const section = settings !== null && typeof settings === 'object' ? (settings as { congvan?: unknown }).congvan : undefined;
			this.pushed = this.normalize(section);
		}
	}

	private async fetch(uri: string): Promise<CongvanSettings> {
		try {
			const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'congvan' });
			return this.normalize(raw);
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			this.log(
				t(
					resolveLocale('auto', this.displayLanguage),
					'congvan: cannot read the settings of {uri} ({reason}); using the default settings.',
					{ uri, reason },
				),
			);
			return defaults();
		}
	}

	private normalize(raw: unknown): CongvanSettings {
		const { settings, errors } = normalizeSettings(raw, this.displayLanguage);
		for (const error of errors) {
			this.log(error);
		}
		return settings;
	}

	private log(message: string): void {
		if (!this.logged.has(message)) {
			this.logged.add(message);
			this.connection.console.warn(message);
		}
	}
}

function defaults(): CongvanSettings {
	return { ...DEFAULT_SETTINGS, rules: {}, languages: [...DEFAULT_SETTINGS.languages] };
}
