// The language server: capabilities, the open documents, settings and thin handlers. Checking is the
// core's job (lintText), turning problems into LSP values is convert.ts's; this file only wires them to
// the connection. Diagnostics are pulled by clients that can pull them (VS Code) and pushed, after a
// debounce, to clients that cannot (Neovim 0.7, eglot). Code actions are computed from the current text
// (code-actions.ts); the lifecycle gates of the LSP specification are in lifecycle.ts.
//
// The same server runs in two hosts (host.ts): a Node process (node/main.ts) and a web worker of VS Code for
// the Web (web/main.ts). It never touches Node itself: what differs, such as reading the team's files, is
// the host's. A feature registers here with one line and so runs in both.
import {
	DidChangeConfigurationNotification,
	DidChangeWatchedFilesNotification,
	DocumentDiagnosticReportKind,
	ErrorCodes,
	ResponseError,
	TextDocumentSyncKind,
	TextDocuments,
	type CodeAction,
	type Connection,
	type Diagnostic,
	type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CODE_ACTION_KINDS, FIX_ALL_KIND, fixAllAction, kindRequested, quickActions, type ActionSource } from './code-actions';
import { diagnosticData, toDiagnostics } from './convert';
import {
	LineIndex,
	lintLetter,
	looksLikeLetter,
	parseLetter,
	resolveLocale,
	type DateValue,
	type Letter,
	type Locale,
	type Problem,
} from './core/index';
import { layoutOf } from './core/layout/format-view';
import type { LayoutTable } from './core/layout/nd30';
import { Debouncer } from './debounce';
import { DocxFormats, registerDocxRequests } from './docx-requests';
import {
	CHECK_FILES_METHOD,
	LETTER_LANGUAGE,
	isCheckFilesParams,
	type CheckFilesResult,
	type FileToCheck,
	type SkipReason,
} from './folder-check';
import { editorFeatureCapabilities, registerEditorFeatures } from './features/editor-features';
import type { HostWorkspace, ServerHost } from './host';
import { t } from './l10n';
import { Lifecycle } from './lifecycle';
import { ParsedDocuments } from './parsed-documents';
import { registerPreview } from './preview';
import { PROFILE_PATH } from './profile';
import { CONFIG_FILE_NAME } from './project-config';
import { settingsLocale } from './settings';
import { SettingsCache } from './settings-cache';

/** A document as checked: its text at one version, the problems found in it and their language. */
interface Checked {
	uri: string;
	version: number;
	text: string;
	index: LineIndex;
	/** The letter model of the text (read-only: shared with the parse cache). */
	letter: Letter;
	problems: readonly Problem[];
	locale: Locale;
	/** The layout table of the document's team profile (the decree's defaults without one): preview and export. */
	layout: LayoutTable;
	/** Where the rule pages are: `congvan.rulesBaseUrl` when set, else the pages shipped with the server; English pages under en/. */
	docsBaseUri: string;
}

/** Serves the congvan checks on a connection until the client sends `exit`; `host` is the process's (host.ts). */
export function startServer(connection: Connection, host: ServerHost): void {
	const documents = new TextDocuments(TextDocument);
	const docxFormats = new DocxFormats();
	const parsed = new ParsedDocuments((uri, text) => docxFormats.get(uri, text));
	const debouncer = new Debouncer();
	const lifecycle = new Lifecycle();
	// Set in onInitialize from the client's capabilities; nothing is handled before that.
	let pullDiagnostics = false;
	let documentChanges = false;
	let refreshSupport = false;
	let registerConfiguration = false;
	let registerWatchers = false;
	let settings = new SettingsCache(connection, false);
	// The workspace as the host reads it (project files, letters that are not open); set in onInitialize.
	let workspace: HostWorkspace | undefined;
	// Where the rule pages shipped with the extension are (the host knows); set in onInitialize.
	let docsBaseUri = '';
	// The client's display language (`initialize` params `locale`, e.g. "vi", "en-us"), for `congvan.locale`
	// "auto". Logs that belong to no document use the language of the settings read last.
	let displayLanguage: string | undefined;
	let logLocale: Locale = resolveLocale('auto', undefined);
	// Documents whose first check must not wait for the debounce.
	const opening = new Set<string>();
	// Files whose diagnostics the folder check published (folder-check.ts).
	const fromDisk = new Set<string>();

	/**
	 * The base of the rule pages' links: the team's `congvan.rulesBaseUrl` (an intranet, a published site) when
	 * set, else the pages shipped with the extension; the English interface links the English pages (en/).
	 */
	function docsBaseFor(rulesBaseUrl: string | undefined, locale: Locale): string {
		return `${rulesBaseUrl ?? docsBaseUri}${locale === 'en' ? 'en/' : ''}`;
	}

	/**
	 * A document's settings and their language (the logs' language from now on), the team's .congvanrc.json
	 * rules with the editor's congvan.rules setting over them, and the profile.
	 */
	async function documentOptions(uri: string) {
		const current = await settings.get(uri);
		const locale = settingsLocale(current, displayLanguage);
		logLocale = locale;
		const projects = workspace?.projects;
		// Both at once: in the web worker each file is a round trip to the client.
		const [fromFile, profile] = await Promise.all([projects?.rulesFor(uri, locale), projects?.profileFor(uri, locale)]);
		return { current, locale, rules: { ...fromFile, ...current.rules }, profile };
	}

	/** Runs work for a handler; an exception is logged and the handler's empty result returned. */
	async function guarded<T>(what: string, empty: T, work: () => T | Promise<T>): Promise<T> {
		try {
			return await work();
		} catch (error) {
			const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
			connection.console.error(t(logLocale, 'congvan: error while handling {what}: {reason}', { what, reason }));
			return empty;
		}
	}

	/** A request handler's work, refused with the specification's error outside the lifecycle, then guarded. */
	function request<T>(what: string, empty: T, work: () => T | Promise<T>): Promise<T> {
		lifecycle.checkRequest();
		return guarded(what, empty, work);
	}

	/**
	 * Lints the current text of an open document under its settings; undefined once it is closed. With
	 * `text`, undefined also when the document no longer holds that text (a change arrived meanwhile).
	 */
	async function check(uri: string, text?: string): Promise<Checked | undefined> {
		if (documents.get(uri) === undefined) {
			return undefined;
		}
		const { current, locale, rules, profile } = await documentOptions(uri);
		// The document may have changed or closed while the settings and files were asked for: read it again.
		const document = documents.get(uri);
		if (document === undefined || (text !== undefined && document.getText() !== text)) {
			return undefined;
		}
		// The text and its version are read together, with no wait between them and the checks below.
		const { index, text: checkedText, letter } = parsed.get(document);
		// A .congvan file is a letter by its name; a plain-text or Markdown document is checked only when it
		// shows the frame of one (looksLikeLetter), never because of a language setting alone.
		const enabled = current.languages.includes(document.languageId) && (document.languageId === LETTER_LANGUAGE || looksLikeLetter(letter));
		const problems = enabled ? parsed.problems(document, { rules, today: today(), profile, locale }) : [];
		return {
			uri,
			version: document.version,
			text: checkedText,
			index,
			letter,
			problems,
			locale,
			layout: layoutOf(profile),
			docsBaseUri: docsBaseFor(current.rulesBaseUrl, locale),
		};
	}

	function diagnostics(checked: Checked): Diagnostic[] {
		return toDiagnostics(checked.index, checked.problems, { uri: checked.uri, docsBaseUri: checked.docsBaseUri, locale: checked.locale });
	}

	/** What the code actions of a checked text are computed from; its edits carry the checked version. */
	function actionSource(checked: Checked): ActionSource {
		return {
			target: { uri: checked.uri, version: checked.version, documentChanges },
			text: checked.text,
			index: checked.index,
			problems: checked.problems,
			locale: checked.locale,
			docsBaseUri: checked.docsBaseUri,
		};
	}

	async function publish(uri: string): Promise<void> {
		await guarded(`publishDiagnostics ${uri}`, undefined, async () => {
			const checked = await check(uri);
			// A closed document already got its empty list; a newer change publishes on its own.
			if (checked !== undefined) {
				await connection.sendDiagnostics({ uri, version: checked.version, diagnostics: diagnostics(checked) });
			}
		});
	}

	async function schedulePublish(uri: string, now: boolean): Promise<void> {
		await guarded(`publishDiagnostics ${uri}`, undefined, async () => {
			const { debounceMs } = await settings.get(uri);
			debouncer.run(uri, now ? 0 : debounceMs, () => void publish(uri));
		});
	}

	/**
	 * Checks a file that is not open, from disk, and publishes its diagnostics (an empty list when it has no
	 * finding or is not checked); the severities of what was published, or why it was skipped.
	 */
	async function checkFromDisk(file: FileToCheck): Promise<{ problems: readonly Problem[] } | { skip: SkipReason }> {
		const { uri, languageId } = file;
		if (documents.get(uri) !== undefined) {
			return { skip: 'open' };
		}
		if (workspace === undefined) {
			return { skip: 'unreadable' };
		}
		const read = await workspace.readLetter(uri);
		if ('skip' in read) {
			return read;
		}
		const { current, locale, rules, profile } = await documentOptions(uri);
		const letter = parseLetter(read.text);
		// The same gate as an open document's (check above): the language setting, and the frame of a letter
		// for a plain-text or Markdown file.
		const enabled = current.languages.includes(languageId) && (languageId === LETTER_LANGUAGE || looksLikeLetter(letter));
		const problems = enabled ? lintLetter(letter, { rules, today: today(), profile, locale }) : [];
		// The document may have been opened while its settings were asked for: the live checks own it then.
		if (documents.get(uri) !== undefined) {
			return { skip: 'open' };
		}
		fromDisk.add(uri);
		await connection.sendDiagnostics({
			uri,
			diagnostics: diagnostics({
				uri,
				version: 0,
				text: read.text,
				index: new LineIndex(read.text),
				letter,
				problems,
				locale,
				layout: layoutOf(profile),
				docsBaseUri: docsBaseFor(current.rulesBaseUrl, locale),
			}),
		});
		return enabled ? { problems } : { skip: current.languages.includes(languageId) ? 'notLetter' : 'language' };
	}

	connection.onInitialize((params): InitializeResult => {
		lifecycle.initialize();
		const capabilities = params.capabilities;
		// Edits go out with the document's version when the client can check it (VS Code can).
		documentChanges = capabilities.workspace?.workspaceEdit?.documentChanges === true;
		pullDiagnostics = Boolean(capabilities.textDocument?.diagnostic);
		refreshSupport = capabilities.workspace?.diagnostics?.refreshSupport === true;
		registerConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
		registerWatchers = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
		// The VS Code client sends the language the user asked for (see client/src/l10n.ts), which `locale`
		// (the language of VS Code's own UI) is not when no language pack for it is installed.
		const options = params.initializationOptions as { displayLanguage?: unknown } | null | undefined;
		const asked = typeof options?.displayLanguage === 'string' ? options.displayLanguage : undefined;
		displayLanguage = asked ?? (typeof params.locale === 'string' ? params.locale : undefined);
		logLocale = resolveLocale('auto', displayLanguage);
		settings = new SettingsCache(connection, capabilities.workspace?.configuration === true, displayLanguage);
		workspace = host.workspace(params, connection.console, connection);
		docsBaseUri = host.docsBaseUri(params);
		return {
			capabilities: {
				textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
				codeActionProvider: { codeActionKinds: [...CODE_ACTION_KINDS] },
				...editorFeatureCapabilities(),
				...(pullDiagnostics
					? { diagnosticProvider: { identifier: 'congvan', interFileDependencies: false, workspaceDiagnostics: false } }
					: {}),
			},
			serverInfo: { name: 'congvan', version: host.version },
		};
	});

	connection.onInitialized(
		lifecycle.notification(() => {
			if (registerWatchers) {
				connection.client
					.register(DidChangeWatchedFilesNotification.type, {
						watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: `**/${PROFILE_PATH}` }],
					})
					.catch((error: unknown) => {
						connection.console.error(
							t(logLocale, 'congvan: cannot watch {file}: {reason}', { file: CONFIG_FILE_NAME, reason: String(error) }),
						);
					});
			}
			if (registerConfiguration) {
				// vscode-languageclient sends didChangeConfiguration only for a section that the server registers
				// (or that the extension names in its `synchronize` option).
				connection.client.register(DidChangeConfigurationNotification.type, { section: 'congvan' }).catch((error: unknown) => {
					connection.console.error(
						t(logLocale, 'congvan: cannot register workspace/didChangeConfiguration: {reason}', { reason: String(error) }),
					);
				});
			}
		}),
	);

	/** After a configuration change: pull clients are asked to pull again, push clients get new lists. */
	function recheckAll(): void {
		if (pullDiagnostics) {
			if (refreshSupport) {
				connection.languages.diagnostics.refresh().catch((error: unknown) => {
					connection.console.error(t(logLocale, 'congvan: workspace/diagnostic/refresh failed: {reason}', { reason: String(error) }));
				});
			}
			return;
		}
		for (const document of documents.all()) {
			void schedulePublish(document.uri, true);
		}
	}

	connection.onDidChangeConfiguration(
		lifecycle.notification((params) => {
			void guarded('workspace/didChangeConfiguration', undefined, () => {
				settings.changed((params as { settings?: unknown } | undefined)?.settings);
				workspace?.projects.clear();
				recheckAll();
			});
		}),
	);

	// A .congvanrc.json created, changed or deleted (the client watches it when it can register watchers).
	connection.onDidChangeWatchedFiles(
		lifecycle.notification(() => {
			void guarded('workspace/didChangeWatchedFiles', undefined, () => {
				workspace?.projects.clear();
				recheckAll();
			});
		}),
	);

	documents.onDidOpen(({ document }) => {
		opening.add(document.uri);
		// The live checks take over from the folder check: its list would show every finding twice in VS
		// Code, whose pulled diagnostics are kept apart from pushed ones.
		if (fromDisk.delete(document.uri)) {
			void guarded(`publishDiagnostics ${document.uri}`, undefined, () =>
				connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }),
			);
		}
	});

	documents.onDidChangeContent(({ document }) => {
		// TextDocuments fires this on open too, just after onDidOpen.
		const now = opening.delete(document.uri);
		if (!pullDiagnostics) {
			void schedulePublish(document.uri, now);
		}
	});

	documents.onDidClose(({ document }) => {
		opening.delete(document.uri);
		parsed.delete(document.uri);
		settings.delete(document.uri);
		debouncer.cancel(document.uri);
		if (!pullDiagnostics) {
			void guarded(`publishDiagnostics ${document.uri}`, undefined, () =>
				connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }),
			);
		}
	});

	// "Check the whole folder" (folder-check.ts): files that are not open, read from disk, one at a time so
	// that a cancellation stops between two files.
	connection.onRequest(CHECK_FILES_METHOD, async (params: unknown, token) => {
		lifecycle.checkRequest();
		if (!isCheckFilesParams(params)) {
			throw new ResponseError(ErrorCodes.InvalidParams, `congvan: invalid ${CHECK_FILES_METHOD} parameters.`);
		}
		const result: CheckFilesResult = { checked: 0, errors: 0, warnings: 0, others: 0, skipped: [], cancelled: false };
		return guarded(CHECK_FILES_METHOD, result, async () => {
			if (params.first === true) {
				// A new run: the lists of the previous one go, those still found are published again below.
				for (const uri of [...fromDisk]) {
					fromDisk.delete(uri);
					await connection.sendDiagnostics({ uri, diagnostics: [] });
				}
			}
			for (const file of params.files) {
				if (token.isCancellationRequested) {
					result.cancelled = true;
					break;
				}
				const outcome = await checkFromDisk(file);
				if ('skip' in outcome) {
					result.skipped.push({ uri: file.uri, reason: outcome.skip });
					continue;
				}
				result.checked++;
				for (const problem of outcome.problems) {
					if (problem.severity === 'error') {
						result.errors++;
					} else if (problem.severity === 'warning') {
						result.warnings++;
					} else {
						result.others++;
					}
				}
			}
			return result;
		});
	});

	connection.languages.diagnostics.on(async (params) => {
		const items = await request('textDocument/diagnostic', [], async () => {
			const checked = await check(params.textDocument.uri);
			return checked === undefined ? [] : diagnostics(checked);
		});
		return { kind: DocumentDiagnosticReportKind.Full, items };
	});

	connection.onCodeAction((params) =>
		request('textDocument/codeAction', [], async () => {
			const uri = params.textDocument.uri;
			const only = params.context.only;
			const quickFixes = kindRequested(only, 'quickfix');
			// Fix-all lints the whole text, so it is computed only when asked for by kind (on save, "Fix All").
			const fixAll = only !== undefined && kindRequested(only, FIX_ALL_KIND);
			// The quick fixes need the whole text too, but only when a congvan diagnostic is under the cursor.
			const ours = quickFixes && params.context.diagnostics.some((d) => diagnosticData(d) !== undefined);
			// The text the request was made for: the one the document holds when it arrives. If a change comes
			// in while the settings are asked for, the request is stale and gets nothing.
			const asked = documents.get(uri)?.getText();
			if (asked === undefined || (!ours && !fixAll)) {
				return [];
			}
			const checked = await check(uri, asked);
			if (checked === undefined) {
				return [];
			}
			const source = actionSource(checked);
			const actions: CodeAction[] = ours ? quickActions(source, params.context.diagnostics) : [];
			const all = fixAll ? fixAllAction(source) : undefined;
			if (all !== undefined) {
				actions.push(all);
			}
			return actions;
		}),
	);

	registerEditorFeatures(connection, {
		guarded: request,
		parsed: (document) => parsed.get(document),
		// The editor features serve the same documents as the checks: open, and in a checked language.
		async document(uri) {
			if (documents.get(uri) === undefined) {
				return undefined;
			}
			const current = await settings.get(uri);
			const document = documents.get(uri);
			const locale = settingsLocale(current, displayLanguage);
			logLocale = locale;
			return document !== undefined && current.languages.includes(document.languageId) ? { document, locale } : undefined;
		},
	});

	// The Word commands of the client (docx-requests.ts).
	registerDocxRequests(connection, {
		request,
		// The .docx reader, with its XML and zip packages, is initialised at the first Word request only: a
		// session without Word files never pays for it (esbuild keeps it in the bundle, in a lazy initialiser).
		read: async (data) => (await import('./docx/read.js')).readDocx(data),
		formats: docxFormats,
		isOpen: (uri) => documents.get(uri) !== undefined,
		forget: (uri) => parsed.delete(uri),
		recheck: recheckAll,
		async config(uri) {
			const { locale, rules, profile } = await documentOptions(uri);
			return { rules, today: today(), ...(profile ? { profile } : {}), locale };
		},
	});

	connection.onShutdown(() => {
		lifecycle.shutdown();
		debouncer.dispose();
	});

	// The live A4 preview (preview.ts): the letter's layout plan, the layout table and the findings.
	registerPreview(connection, request, async (uri) => {
		const checked = await check(uri);
		return (
			checked && {
				version: checked.version,
				letter: checked.letter,
				locale: checked.locale,
				diagnostics: diagnostics(checked),
				layout: checked.layout,
			}
		);
	});

	// Requests of a method the server does not handle: the lifecycle errors first, then MethodNotFound.
	connection.onRequest((method) => {
		lifecycle.checkRequest();
		throw new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
	});

	documents.listen(lifecycle.documentConnection(connection));
	connection.listen();
}

/** The editor's today, as the local calendar date. */
function today(): DateValue {
	const now = new Date();
	return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}
