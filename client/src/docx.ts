// The Word commands: "Công văn: Kiểm tra văn bản Word" (congvan.checkDocx) opens a read-only text view of a
// .docx (one paragraph per line, table cells side by side) that the server checks like a letter, its layout
// findings included; "Công văn: Nhập từ Word" (congvan.importDocx) turns a .docx into an editable .congvan
// letter; "Công văn: Ghi nhận xét vào bản sao Word" (congvan.docxComments) writes a copy of the .docx with each
// finding as a Word comment. The client only moves bytes: the file is read through `workspace.fs` (so remote
// and virtual workspaces work) and sent to the server (server/src/docx-requests.ts), which reads it and
// answers; nothing is ever written over the original.
import {
	Disposable,
	EventEmitter,
	RelativePattern,
	Uri,
	window,
	workspace,
	type Event,
	type FileSystemWatcher,
	type TextDocumentContentProvider,
} from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { t } from './l10n';
import { fromBase64, toBase64 } from './workspace-files';

/** The scheme of the read-only text views: `congvan-docx:/dir/draft.docx.congvan?<the .docx's URI>`. */
export const DOCX_SCHEME = 'congvan-docx';

const READ_DOCX_METHOD = 'congvan/readDocx';
const DOCX_COMMENTS_METHOD = 'congvan/docxComments';

type ReadDocxResult = { ok: true; text: string; notes: string[] } | { ok: false; code: string; message: string };
type DocxCommentsResult = { ok: true; data: string; comments: number; findings: number } | { ok: false; code: string; message: string };

/** The running language client, started if it must be; undefined when none can run. */
export type ClientSource = () => Promise<LanguageClient | undefined>;

/** The text view of a .docx: its path with ".congvan" added (so that it opens as a letter), the .docx's URI in the query. */
function viewUri(docx: Uri): Uri {
	return Uri.from({ scheme: DOCX_SCHEME, path: `${docx.path}.congvan`, query: docx.toString() });
}

/** The .docx a text view shows. */
function docxOfView(view: Uri): Uri {
	return Uri.parse(view.query, true);
}

/** The copy with the comments: "<name> (nhận xét congvan).docx" beside the original. */
function commentedCopyUri(docx: Uri): Uri {
	return docx.with({ path: docx.path.replace(/(?:\.docx)?$/iu, ' (nhận xét congvan).docx') });
}

/** The letter imported from a .docx: "<name>.congvan" beside it. */
function importedUri(docx: Uri): Uri {
	return docx.with({ path: docx.path.replace(/(?:\.docx)?$/iu, '.congvan') });
}

async function exists(uri: Uri): Promise<boolean> {
	try {
		await workspace.fs.stat(uri);
		return true;
	} catch {
		return false;
	}
}

/** Reads a .docx through the workspace file system and has the server read it; a message when it cannot. */
async function readDocx(client: ClientSource, docx: Uri, view?: Uri): Promise<ReadDocxResult> {
	let bytes: Uint8Array;
	try {
		bytes = await workspace.fs.readFile(docx);
	} catch (error) {
		return {
			ok: false,
			code: 'unreadable',
			message: t('Cannot read {file}: {reason}', { file: docx.fsPath, reason: String((error as Error)?.message ?? error) }),
		};
	}
	const running = await client();
	if (running === undefined) {
		return { ok: false, code: 'noServer', message: t('Công văn: "congvan.languages" is empty, so no document is checked.') };
	}
	return running.sendRequest<ReadDocxResult>(READ_DOCX_METHOD, { uri: docx.toString(), data: toBase64(bytes), view: view?.toString() });
}

/**
 * The text views: their content is read from the .docx each time VS Code asks, and asked for again when the
 * .docx changes on disk (a watcher per open view).
 */
export class DocxViews implements TextDocumentContentProvider, Disposable {
	private readonly changed = new EventEmitter<Uri>();
	readonly onDidChange: Event<Uri> = this.changed.event;
	/** The text last read for each view, kept when a later reading fails (the file being written, say). */
	private readonly texts = new Map<string, string>();
	/** The text the command just read for a view it opens, so that the file is not read twice. */
	private readonly pending = new Map<string, string>();
	private readonly watchers = new Map<string, FileSystemWatcher>();
	private readonly subscriptions: Disposable[] = [];

	constructor(private readonly client: ClientSource) {
		this.subscriptions.push(
			workspace.registerTextDocumentContentProvider(DOCX_SCHEME, this),
			workspace.onDidCloseTextDocument((document) => {
				if (document.uri.scheme === DOCX_SCHEME) {
					const key = document.uri.toString();
					this.watchers.get(key)?.dispose();
					this.watchers.delete(key);
					this.texts.delete(key);
				}
			}),
		);
	}

	async provideTextDocumentContent(uri: Uri): Promise<string> {
		const key = uri.toString();
		const docx = docxOfView(uri);
		this.watch(uri, docx);
		const read = this.pending.get(key);
		if (read !== undefined) {
			this.pending.delete(key);
			this.texts.set(key, read);
			return read;
		}
		const result = await readDocx(this.client, docx, uri);
		if (!result.ok) {
			void window.showErrorMessage(t('Công văn: {file}: {message}', { file: docx.fsPath, message: result.message }));
			return this.texts.get(key) ?? '';
		}
		this.texts.set(key, result.text);
		return result.text;
	}

	/** Opens the text view of a .docx; a message, and no view, when it is not a Word file congvan can read. */
	async open(docx: Uri): Promise<void> {
		const uri = viewUri(docx);
		const result = await readDocx(this.client, docx, uri);
		if (!result.ok) {
			void window.showErrorMessage(t('Công văn: {file}: {message}', { file: docx.fsPath, message: result.message }));
			return;
		}
		for (const note of result.notes) {
			void window.showInformationMessage(t('Công văn: {file}: {message}', { file: docx.fsPath, message: note }));
		}
		// The text just read is what the view shows: provideTextDocumentContent takes it rather than reading the
		// file a second time. A view already open is told that its content changed (VS Code would not ask).
		this.pending.set(uri.toString(), result.text);
		if (workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) {
			this.changed.fire(uri);
		}
		const document = await workspace.openTextDocument(uri);
		await window.showTextDocument(document, { preview: false });
	}

	private watch(view: Uri, docx: Uri): void {
		const key = view.toString();
		if (this.watchers.has(key)) {
			return;
		}
		const folder = docx.with({ path: docx.path.slice(0, docx.path.lastIndexOf('/')) || '/' });
		const name = docx.path.slice(docx.path.lastIndexOf('/') + 1);
		const watcher = workspace.createFileSystemWatcher(new RelativePattern(folder, name));
		const fire = (): void => this.changed.fire(view);
		watcher.onDidChange(fire);
		watcher.onDidCreate(fire);
		this.watchers.set(key, watcher);
	}

	dispose(): void {
		for (const watcher of this.watchers.values()) {
			watcher.dispose();
		}
		this.watchers.clear();
		this.changed.dispose();
		for (const subscription of this.subscriptions) {
			subscription.dispose();
		}
	}
}

/**
 * The .docx a command works on: the one it was given (the explorer's context menu), the one shown by the active
 * text view, or one the user picks.
 */
export async function docxTarget(given: unknown, title: string): Promise<Uri | undefined> {
	if (given instanceof Uri) {
		return given.scheme === DOCX_SCHEME ? docxOfView(given) : given;
	}
	const active = window.activeTextEditor?.document.uri;
	if (active?.scheme === DOCX_SCHEME) {
		return docxOfView(active);
	}
	const picked = await window.showOpenDialog({
		canSelectMany: false,
		filters: { Word: ['docx'] },
		openLabel: title,
		defaultUri: workspace.workspaceFolders?.[0]?.uri,
	});
	return picked?.[0];
}

/** "Công văn: Nhập từ Word": the text of a .docx as a .congvan letter beside it, or in an untitled editor. */
export async function importDocx(client: ClientSource, given: unknown): Promise<void> {
	const docx = await docxTarget(given, t('Import'));
	if (docx === undefined) {
		return;
	}
	const result = await readDocx(client, docx);
	if (!result.ok) {
		void window.showErrorMessage(t('Công văn: {file}: {message}', { file: docx.fsPath, message: result.message }));
		return;
	}
	const target = importedUri(docx);
	let untitled = false;
	if (await exists(target)) {
		const overwrite = t('Overwrite');
		const unsaved = t('Open Unsaved');
		const answer = await window.showWarningMessage(
			t('{file} already exists. Overwrite it with the letter read from the Word file?', { file: target.fsPath }),
			{ modal: true },
			overwrite,
			unsaved,
		);
		if (answer === undefined) {
			return;
		}
		untitled = answer === unsaved;
	}
	if (!untitled) {
		try {
			await workspace.fs.writeFile(target, new TextEncoder().encode(result.text));
			await window.showTextDocument(await workspace.openTextDocument(target), { preview: false });
			return;
		} catch (error) {
			// A read-only file system (a virtual workspace, say): the letter opens unsaved instead.
			void window.showWarningMessage(
				t('Cannot write {file} ({reason}); the letter opens unsaved.', {
					file: target.fsPath,
					reason: String((error as Error)?.message ?? error),
				}),
			);
		}
	}
	await window.showTextDocument(await workspace.openTextDocument({ language: 'congvan', content: result.text }), { preview: false });
}

/** "Công văn: Ghi nhận xét vào bản sao Word": the findings as Word comments, in a copy beside the original. */
export async function writeDocxComments(client: ClientSource, given: unknown): Promise<void> {
	const docx = await docxTarget(given, t('Write Comments'));
	if (docx === undefined) {
		return;
	}
	let bytes: Uint8Array;
	try {
		bytes = await workspace.fs.readFile(docx);
	} catch (error) {
		void window.showErrorMessage(
			t('Cannot read {file}: {reason}', { file: docx.fsPath, reason: String((error as Error)?.message ?? error) }),
		);
		return;
	}
	const running = await client();
	if (running === undefined) {
		void window.showInformationMessage(t('Công văn: "congvan.languages" is empty, so no document is checked.'));
		return;
	}
	const result = await running.sendRequest<DocxCommentsResult>(DOCX_COMMENTS_METHOD, { uri: docx.toString(), data: toBase64(bytes) });
	if (!result.ok) {
		void window.showErrorMessage(t('Công văn: {file}: {message}', { file: docx.fsPath, message: result.message }));
		return;
	}
	const target = commentedCopyUri(docx);
	if (await exists(target)) {
		const overwrite = t('Overwrite');
		const answer = await window.showWarningMessage(
			t('{file} already exists. Overwrite it with a new copy?', { file: target.fsPath }),
			{ modal: true },
			overwrite,
		);
		if (answer !== overwrite) {
			return;
		}
	}
	await workspace.fs.writeFile(target, fromBase64(result.data));
	void window.showInformationMessage(
		result.comments === 0
			? t('Công văn: no finding; {file} is written without comments.', { file: target.fsPath })
			: t('Công văn: wrote {count} comments into {file}.', { count: result.comments, file: target.fsPath }),
	);
}
