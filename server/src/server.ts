// The language server: capabilities, the open documents, settings and thin handlers. Checking is the
// core's job (lintText), turning problems into LSP values is convert.ts's; this file only wires them to
// the connection. Diagnostics are pulled by clients that can pull them (VS Code) and pushed, after a
// debounce, to clients that cannot (Neovim 0.7, eglot).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	DidChangeConfigurationNotification,
	DidChangeWatchedFilesNotification,
	DocumentDiagnosticReportKind,
	TextDocumentSyncKind,
	TextDocuments,
	type CodeAction,
	type Connection,
	type Diagnostic,
	type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CODE_ACTION_KINDS, FIX_ALL_KIND, fixAllAction, fixRuleActions, kindRequested, ruleActions } from './code-actions';
import { codeActionsFor, diagnosticData, toDiagnostics } from './convert';
import { lintText, type DateValue, type Problem } from './core/index';
import { Debouncer } from './debounce';
import { editorFeatureCapabilities, registerEditorFeatures } from './features/editor-features';
import { CONFIG_FILE_NAME } from './node/config-file';
import { PROFILE_PATH } from './node/profile-file';
import { ProjectConfigs, workspaceRoots } from './project-config';
import { SettingsCache } from './settings-cache';

// dist/server.js sits in dist/; docs/rules/ and package.json are at the package root, inside the .vsix.
const PACKAGE_ROOT = path.join(__dirname, '..');
const DOCS_BASE_URI = `${pathToFileURL(path.join(PACKAGE_ROOT, 'docs', 'rules')).href}/`;

/** A document as checked: its text at one version and the problems found in it. */
interface Checked {
	uri: string;
	version: number;
	text: string;
	problems: Problem[];
}

/** Serves the congvan checks on a connection until the client sends `exit`. */
export function startServer(connection: Connection): void {
	const documents = new TextDocuments(TextDocument);
	const debouncer = new Debouncer();
	// Set in onInitialize from the client's capabilities; nothing is handled before that.
	let pullDiagnostics = false;
	let refreshSupport = false;
	let registerConfiguration = false;
	let registerWatchers = false;
	let settings = new SettingsCache(connection, false);
	let projects = new ProjectConfigs(connection.console, []);
	// Documents whose first check must not wait for the debounce.
	const opening = new Set<string>();

	/** Runs work for a handler; an exception is logged and the handler's empty result returned. */
	async function guarded<T>(what: string, empty: T, work: () => T | Promise<T>): Promise<T> {
		try {
			return await work();
		} catch (error) {
			connection.console.error(`congvan: lỗi khi xử lý ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
			return empty;
		}
	}

	/** Lints the current text of an open document under its settings; undefined once it is closed. */
	async function check(uri: string): Promise<Checked | undefined> {
		if (documents.get(uri) === undefined) {
			return undefined;
		}
		const current = await settings.get(uri);
		// The document may have changed or closed while the settings were asked for: read it again.
		const document = documents.get(uri);
		if (document === undefined) {
			return undefined;
		}
		const text = document.getText();
		const enabled = current.languages.includes(document.languageId);
		// The team's .congvanrc.json first; the editor's congvan.rules setting overrides it.
		const rules = { ...projects.rulesFor(uri), ...current.rules };
		const problems = enabled ? lintText(text, { rules, today: today(), profile: projects.profileFor(uri) }) : [];
		return { uri, version: document.version, text, problems };
	}

	function diagnostics(checked: Checked): Diagnostic[] {
		return toDiagnostics(checked.text, checked.problems, { uri: checked.uri, docsBaseUri: DOCS_BASE_URI });
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

	connection.onInitialize((params): InitializeResult => {
		const capabilities = params.capabilities;
		pullDiagnostics = Boolean(capabilities.textDocument?.diagnostic);
		refreshSupport = capabilities.workspace?.diagnostics?.refreshSupport === true;
		registerConfiguration = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
		registerWatchers = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
		settings = new SettingsCache(connection, capabilities.workspace?.configuration === true);
		projects = new ProjectConfigs(connection.console, workspaceRoots(params));
		return {
			capabilities: {
				textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
				codeActionProvider: { codeActionKinds: [...CODE_ACTION_KINDS] },
				...editorFeatureCapabilities(),
				...(pullDiagnostics ? { diagnosticProvider: { identifier: 'congvan', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
			},
			serverInfo: { name: 'congvan', version: packageVersion() },
		};
	});

	connection.onInitialized(() => {
		if (registerWatchers) {
			connection.client
				.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: `**/${PROFILE_PATH}` }] })
				.catch((error: unknown) => {
					connection.console.error(`congvan: không theo dõi được ${CONFIG_FILE_NAME}: ${String(error)}`);
				});
		}
		if (registerConfiguration) {
			// vscode-languageclient sends didChangeConfiguration only for a section that the server registers
			// (or that the extension names in its `synchronize` option).
			connection.client.register(DidChangeConfigurationNotification.type, { section: 'congvan' }).catch((error: unknown) => {
				connection.console.error(`congvan: không đăng ký được workspace/didChangeConfiguration: ${String(error)}`);
			});
		}
	});

	/** After a configuration change: pull clients are asked to pull again, push clients get new lists. */
	function recheckAll(): void {
		if (pullDiagnostics) {
			if (refreshSupport) {
				connection.languages.diagnostics.refresh().catch((error: unknown) => {
					connection.console.error(`congvan: workspace/diagnostic/refresh thất bại: ${String(error)}`);
				});
			}
			return;
		}
		for (const document of documents.all()) {
			void schedulePublish(document.uri, true);
		}
	}

	connection.onDidChangeConfiguration((params) => {
		void guarded('workspace/didChangeConfiguration', undefined, () => {
			settings.changed((params as { settings?: unknown } | undefined)?.settings);
			projects.clear();
			recheckAll();
		});
	});

	// A .congvanrc.json created, changed or deleted (the client watches it when it can register watchers).
	connection.onDidChangeWatchedFiles(() => {
		void guarded('workspace/didChangeWatchedFiles', undefined, () => {
			projects.clear();
			recheckAll();
		});
	});

	documents.onDidOpen(({ document }) => {
		opening.add(document.uri);
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
		settings.delete(document.uri);
		debouncer.cancel(document.uri);
		if (!pullDiagnostics) {
			void guarded(`publishDiagnostics ${document.uri}`, undefined, () => connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }));
		}
	});

	connection.languages.diagnostics.on(async (params) => {
		const items = await guarded('textDocument/diagnostic', [], async () => {
			const checked = await check(params.textDocument.uri);
			return checked === undefined ? [] : diagnostics(checked);
		});
		return { kind: DocumentDiagnosticReportKind.Full, items };
	});

	connection.onCodeAction((params) =>
		guarded('textDocument/codeAction', [], async () => {
			const uri = params.textDocument.uri;
			const only = params.context.only;
			const quickFixes = kindRequested(only, 'quickfix');
			// Fix-all lints the whole text, so it is computed only when asked for by kind (on save, "Fix All").
			const fixAll = only !== undefined && kindRequested(only, FIX_ALL_KIND);
			const actions: CodeAction[] = [];
			if (documents.get(uri) === undefined) {
				return actions;
			}
			if (quickFixes) {
				actions.push(...params.context.diagnostics.flatMap((d) => codeActionsFor(uri, d)));
			}
			// The per-rule actions also need the whole text, but only when a congvan diagnostic is under the cursor.
			const ours = quickFixes && params.context.diagnostics.some((d) => diagnosticData(d) !== undefined);
			if (!ours && !fixAll) {
				return actions;
			}
			const checked = await check(uri);
			if (checked === undefined) {
				return actions;
			}
			if (ours) {
				actions.push(...fixRuleActions(uri, checked.text, checked.problems, params.context.diagnostics));
				actions.push(...ruleActions(uri, checked.text, params.context.diagnostics));
			}
			const all = fixAll ? fixAllAction(uri, checked.text, checked.problems) : undefined;
			if (all !== undefined) {
				actions.push(all);
			}
			return actions;
		}),
	);

	registerEditorFeatures(connection, {
		guarded,
		// The editor features serve the same documents as the checks: open, and in a checked language.
		async document(uri) {
			if (documents.get(uri) === undefined) {
				return undefined;
			}
			const { languages } = await settings.get(uri);
			const document = documents.get(uri);
			return document !== undefined && languages.includes(document.languageId) ? document : undefined;
		},
	});

	connection.onShutdown(() => {
		debouncer.dispose();
	});

	documents.listen(connection);
	connection.listen();
}

/** The editor's today, as the local calendar date. */
function today(): DateValue {
	const now = new Date();
	return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** The version in the package's package.json, next to dist/ (it always ships in the .vsix). */
function packageVersion(): string {
	try {
		const json = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
		return typeof json.version === 'string' ? json.version : '0.0.0';
	} catch {
		return '0.0.0';
	}
}
