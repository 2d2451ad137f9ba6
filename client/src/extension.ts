// The VS Code side of congvan: starts the language server and keeps it in step with the
// `congvan.languages` setting. The client holds no linting logic; the server reads its own settings,
// `congvan.locale` included (and gets the display language in the `initialize` request).
//
// The same code runs in VS Code desktop and in VS Code for the Web: the entry points (node/main.ts,
// web/main.ts) pass their host (host.ts), which makes the language client. A command registered below runs
// in both; it must not import Node (ESLint keeps `node:` imports out of everything web/main.ts reaches).
import { commands, languages, window, workspace, type ExtensionContext, type LogOutputChannel, type TextDocument } from 'vscode';
import { RevealOutputChannelOn, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { DOCX_SCHEME, DocxViews, docxTarget, importDocx, writeDocxComments } from './docx';
import { exportLetter } from './export';
import { fixAllInActiveEditor, fixOnWillSave } from './fix-all';
import { checkFolder } from './folder-check';
import { configureLocale, displayLanguage, t } from './l10n';
import { LetterOffer } from './letter-offer';
import { newFromTemplate } from './new-from-template';
import { PreviewManager } from './preview';
import { openRuleDocs } from './rule-docs';
import { configuredLanguages, documentSelector } from './selector';
import type { ClientHost } from './host';
import { StatusBarController } from './status-bar';
import { createProfile, saveAsTeamTemplate } from './team-files';
import { READ_FILE_METHOD, answerReadFile } from './workspace-files';

let controller: ClientController | undefined;

/** Activates congvan in a host (node/main.ts, web/main.ts). */
export async function activateClient(context: ExtensionContext, host: ClientHost): Promise<void> {
	// The language first, so that the first status bar text is already in it.
	await configureLocale(context.extensionUri, host.nlsConfig());
	const output = window.createOutputChannel('Công văn', { log: true });
	controller = new ClientController(context, host, output);
	const status = new StatusBarController();
	const offer = new LetterOffer(context);
	const client = (): Promise<BaseLanguageClient | undefined> => controller?.ensureStarted() ?? Promise.resolve(undefined);
	const previews = new PreviewManager(context.extensionUri, client);
	const docxViews = new DocxViews(client);
	context.subscriptions.push(
		docxViews,
		commands.registerCommand('congvan.checkDocx', async (uri: unknown) => {
			const docx = await docxTarget(uri, t('Check'));
			if (docx !== undefined) {
				await docxViews.open(docx);
			}
		}),
		commands.registerCommand('congvan.importDocx', (uri: unknown) => importDocx(client, uri)),
		commands.registerCommand('congvan.docxComments', (uri: unknown) => writeDocxComments(client, uri)),
		previews,
		commands.registerCommand('congvan.showPreview', (uri?: unknown) => previews.show(uri)),
		output,
		status,
		offer,
		...(host.registerTasks ? [host.registerTasks(context)] : []),
		commands.registerCommand('congvan.restartServer', () => controller?.restart()),
		commands.registerCommand('congvan.openRuleDocs', (uri: unknown) => openRuleDocs(uri)),
		commands.registerCommand('congvan.newFromTemplate', (template?: unknown) => newFromTemplate(context.extensionUri, template)),
		commands.registerCommand('congvan.createProfile', () => createProfile()),
		commands.registerCommand('congvan.saveAsTeamTemplate', () => saveAsTeamTemplate()),
		commands.registerCommand('congvan.exportDocx', () => exportLetter(host.exporter(context), 'docx', client)),
		commands.registerCommand('congvan.exportPdf', () => exportLetter(host.exporter(context), 'pdf', client)),
		commands.registerCommand('congvan.checkFolder', () => checkFolder(client)),
		commands.registerCommand('congvan.fixAll', () => fixAllInActiveEditor()),
		// congvan.fixOnSave: the safe fixes go into the saved file, whatever triggered the save (fix-all.ts).
		workspace.onWillSaveTextDocument((event) => fixOnWillSave(event, (document) => controller?.matches(document) === true)),
		workspace.onDidChangeConfiguration((event) => {
			if (event.affectsConfiguration('congvan.languages')) {
				controller?.languagesChanged();
				status.update();
				offer.refresh();
			}
			// The server hears of the change itself (workspace/didChangeConfiguration) and re-checks.
			if (event.affectsConfiguration('congvan.locale')) {
				void configureLocale(context.extensionUri, host.nlsConfig()).then(() => status.update());
			}
		}),
		// Opening a document, or changing its language mode (a close and an open), may be the first reason to start.
		workspace.onDidOpenTextDocument((document) => controller?.documentOpened(document)),
	);
	controller.startIfNeeded();
}

export async function deactivate(): Promise<void> {
	const current = controller;
	controller = undefined;
	await current?.stop();
}

/**
 * Owns the one language client of the window. The server process starts only when a document in one of
 * the configured languages is open (or on the restart command), so activating on startup costs nothing
 * for people who never open a letter. Start, stop and restart run one after another, never overlapping,
 * because the library refuses to stop a client that is still starting.
 */
class ClientController {
	private client: BaseLanguageClient | undefined;
	private languageIds: string[] = configuredLanguages();
	private queue: Promise<void> = Promise.resolve();

	constructor(
		private readonly context: ExtensionContext,
		private readonly host: ClientHost,
		private readonly output: LogOutputChannel,
	) {}

	/** Starts the client if a matching document is already open. */
	startIfNeeded(): void {
		this.enqueue(async () => {
			if (!this.client && this.anyMatchingDocument()) {
				await this.start();
			}
		});
	}

	/** Starts the client when the first matching document opens. */
	documentOpened(document: TextDocument): void {
		if (!this.client && this.matches(document)) {
			this.startIfNeeded();
		}
	}

	/**
	 * The running client, started now if no letter was open yet (the folder check needs it with every
	 * editor closed); undefined when `congvan.languages` is empty or the start failed.
	 */
	async ensureStarted(): Promise<BaseLanguageClient | undefined> {
		await this.enqueue(async () => {
			if (!this.client && this.languageIds.length > 0) {
				await this.start();
			}
		});
		return this.client;
	}

	/** Restarts the client with a selector built from the new `congvan.languages` value. */
	languagesChanged(): void {
		this.enqueue(async () => {
			const next = configuredLanguages();
			if (sameList(next, this.languageIds)) {
				return;
			}
			this.output.info(
				t('congvan.languages: {from} → {to}; restarting the server.', { from: JSON.stringify(this.languageIds), to: JSON.stringify(next) }),
			);
			this.languageIds = next;
			await this.stopClient();
			if (this.anyMatchingDocument()) {
				await this.start();
			}
		});
	}

	/** The `congvan.restartServer` command. */
	restart(): Promise<void> {
		return this.enqueue(async () => {
			await this.stopClient();
			this.languageIds = configuredLanguages();
			if (this.languageIds.length === 0) {
				void window.showInformationMessage(t('Công văn: "congvan.languages" is empty, so no document is checked.'));
				return;
			}
			await this.start();
		});
	}

	/** Stops the client for good (deactivation). */
	stop(): Promise<void> {
		return this.enqueue(() => this.stopClient());
	}

	private enqueue(task: () => Promise<void>): Promise<void> {
		this.queue = this.queue.then(task).catch((error: unknown) => {
			this.output.error(t('Error while controlling the checking server: {error}', { error: String((error as Error)?.stack ?? error) }));
		});
		return this.queue;
	}

	private async start(): Promise<void> {
		const clientOptions: LanguageClientOptions = {
			documentSelector: documentSelector(this.languageIds, this.host.schemes),
			// One channel for every client of the session, so a restart keeps the earlier log.
			outputChannel: this.output,
			// The display language the user asked for, which `initialize`'s `locale` (env.language) is not
			// without a language pack; the server uses it for `congvan.locale: "auto"`.
			initializationOptions: { displayLanguage: displayLanguage() },
			// The library's errors go to the output channel, never to a toast: a restart after a change of
			// congvan.languages races with the configuration notification of the client being stopped, and
			// the user must not see "Sending notification workspace/didChangeConfiguration failed".
			revealOutputChannelOn: RevealOutputChannelOn.Never,
			// The text view of a Word file is read-only: a quick fix could not be applied to it.
			middleware: {
				provideCodeActions: (document, range, context, token, next) =>
					document.uri.scheme === DOCX_SCHEME ? [] : next(document, range, context, token),
			},
		};
		this.client = this.host.createClient(this.context, clientOptions);
		// The server reads the team's files through the client when it has no disk (the web worker).
		this.client.onRequest(READ_FILE_METHOD, answerReadFile);
		await this.client.start();
	}

	private async stopClient(): Promise<void> {
		const client = this.client;
		this.client = undefined;
		if (!client) {
			return;
		}
		try {
			await client.dispose();
		} catch (error) {
			// A client whose start failed cannot be stopped; the library has already ended its process.
			this.output.warn(t('Cannot stop the checking server: {error}', { error: String((error as Error)?.message ?? error) }));
		}
	}

	/** Whether a document is in one of the checked languages and schemes. */
	matches(document: TextDocument): boolean {
		return languages.match(documentSelector(this.languageIds, this.host.schemes), document) > 0;
	}

	private anyMatchingDocument(): boolean {
		return workspace.textDocuments.some((document) => this.matches(document));
	}
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((item, index) => item === b[index]);
}
