// Shared pieces of the editor suites, which run inside the VS Code extension host (code-server here,
// desktop VS Code elsewhere): the mocha runner of every index.ts, the CLI's findings that
// scripts/e2e/prepare-workspace.cjs wrote before the editor started, a watch on
// languages.onDidChangeDiagnostics, and the comparison of editor diagnostics with LSP diagnostics.
// Nothing here waits on a timer: a wait ends on an event, and mocha's timeout is the only deadline.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';

/** The extension under test, as `publisher.name`. */
export const EXTENSION_ID = 'congvan.congvan';

/** The repository root (this file runs from out/test/e2e/). */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');

/** out/e2e/: expected/ (written before the run) and results/ (written by runSuites). */
const e2eOut = path.join(repoRoot, 'out', 'e2e');

// ---------------------------------------------------------------------------------------------------
// Running the suites.

/**
 * Runs every `*.test.js` file of `directory` with mocha (tdd, no colours: the output travels through the
 * browser console), writes mocha's counts to out/e2e/results/<name>.json for scripts/e2e/test-editor.sh,
 * and rejects when a test failed, was skipped or when no test ran.
 */
export function runSuites(directory: string, name: string): Promise<void> {
	const mocha = new Mocha({ ui: 'tdd', timeout: 20_000, color: false, forbidOnly: true, forbidPending: true });
	for (const file of fs
		.readdirSync(directory)
		.filter((f) => f.endsWith('.test.js'))
		.sort()) {
		mocha.addFile(path.join(directory, file));
	}
	// A broken activation fails this one hook at once, instead of every test by its timeout.
	mocha.suite.beforeAll('congvan activates', async () => {
		const extension = vscode.extensions.getExtension(EXTENSION_ID);
		if (extension === undefined) {
			throw new Error(`${EXTENSION_ID} is neither installed nor under development`);
		}
		await extension.activate();
	});
	return new Promise((resolve, reject) => {
		const runner = mocha.run((failures) => {
			const stats = runner.stats ?? { passes: 0, failures, pending: 0, tests: 0 };
			const results = { suite: name, passes: stats.passes, failures: stats.failures, pending: stats.pending, tests: stats.tests };
			fs.mkdirSync(path.join(e2eOut, 'results'), { recursive: true });
			fs.writeFileSync(path.join(e2eOut, 'results', `${name}.json`), `${JSON.stringify(results)}\n`);
			if (failures > 0 || stats.passes === 0) {
				reject(new Error(failures > 0 ? `${failures} tests failed` : 'no test ran'));
			} else {
				resolve();
			}
		});
		// A wait that never ended shows up as a mocha timeout; say what it was waiting for and what it saw.
		runner.on('fail', () => {
			for (const describe of pendingWaits.values()) {
				console.log(describe());
			}
			pendingWaits.clear();
		});
	});
}

// ---------------------------------------------------------------------------------------------------
// What the CLI found, written by scripts/e2e/prepare-workspace.cjs.

/** One letter of the workspace with the CLI's findings before and after `--fix`. */
export interface ExpectedFile {
	/** Path relative to the workspace folder, e.g. "letters/000_421e170032c2d4c4.congvan". */
	name: string;
	uri: vscode.Uri;
	/** `congvan lint --format json` on the file: the exact LSP diagnostics. */
	diagnostics: LspDiagnostic[];
	/** The file the CLI named in its JSON (related information points at it). */
	reportedUri: vscode.Uri;
	/** The text after `congvan lint --fix`. */
	fixedText: string;
	/** The findings left after `--fix`, reported on a scratch copy (`fixedReportedUri`). */
	fixedDiagnostics: LspDiagnostic[];
	fixedReportedUri: vscode.Uri;
}

/** The prepared workspace and the day the CLI checked it for. */
export interface Expected {
	today: string;
	workspace: string;
	files: ExpectedFile[];
}

interface CliReport {
	file: string;
	diagnostics: LspDiagnostic[];
}

function readReport(file: string): CliReport {
	const reports = JSON.parse(fs.readFileSync(file, 'utf8')) as CliReport[];
	if (reports.length !== 1 || reports[0] === undefined) {
		throw new Error(`${file}: expected the CLI's JSON for one file`);
	}
	return reports[0];
}

/** Reads out/e2e/expected/ (run scripts/e2e/prepare-workspace.cjs first). */
export function loadExpected(): Expected {
	const dir = path.join(e2eOut, 'expected');
	const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
		today: string;
		workspace: string;
		files: { name: string; path: string }[];
	};
	return {
		today: manifest.today,
		workspace: manifest.workspace,
		files: manifest.files.map(({ name, path: file }) => {
			const found = readReport(path.join(dir, `${name}.json`));
			const fixed = readReport(path.join(dir, `${name}.fixed.json`));
			return {
				name,
				uri: vscode.Uri.file(file),
				diagnostics: found.diagnostics,
				reportedUri: vscode.Uri.file(found.file),
				fixedText: fs.readFileSync(path.join(dir, `${name}.fixed.congvan`), 'utf8'),
				fixedDiagnostics: fixed.diagnostics,
				fixedReportedUri: vscode.Uri.file(fixed.file),
			};
		}),
	};
}

/** Today in the extension host, as the server computes it (local calendar date). */
export function localToday(): string {
	const now = new Date();
	const pad = (n: number): string => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// ---------------------------------------------------------------------------------------------------
// Comparing diagnostics.

const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint'] as const;

/** The parts of a diagnostic that must be equal in the editor and in the CLI's JSON, as plain values. */
export interface Finding {
	range: string;
	severity: string;
	code: string;
	/** The rule page that `codeDescription.href` names, relative to docs/rules/. */
	docs: string;
	source: string;
	message: string;
	related: string[];
}

function rangeText(r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
	return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

function docsPage(href: string | undefined): string {
	// The server links the shipped pages (file:///…/docs/rules/x.md), the CLI's JSON the repository's
	// (docs/rules/x.md): both name the page after "docs/rules/".
	const at = href?.lastIndexOf('docs/rules/') ?? -1;
	return href === undefined || at < 0 ? (href ?? '') : href.slice(at + 'docs/rules/'.length);
}

/** A diagnostic from languages.getDiagnostics, as a Finding. */
export function fromEditor(d: vscode.Diagnostic): Finding {
	const code = typeof d.code === 'object' ? d.code : { value: d.code ?? '', target: undefined };
	return {
		range: rangeText(d.range),
		severity: SEVERITY_NAMES[d.severity] ?? String(d.severity),
		code: String(code.value),
		docs: docsPage(code.target?.toString(true)),
		source: d.source ?? '',
		message: d.message,
		related: (d.relatedInformation ?? []).map((r) => `${r.location.uri.toString()} ${rangeText(r.location.range)} ${r.message}`),
	};
}

/**
 * An LSP diagnostic from the CLI's JSON, as a Finding. Related information that points at the file the CLI
 * read is pointed at `document` instead (the same letter, opened in the editor).
 */
export function fromLsp(d: LspDiagnostic, reported: vscode.Uri, document: vscode.Uri): Finding {
	const severity = d.severity === undefined ? 'error' : (SEVERITY_NAMES[d.severity - 1] ?? String(d.severity));
	return {
		range: rangeText(d.range),
		severity,
		code: String(d.code ?? ''),
		docs: docsPage(d.codeDescription === undefined ? undefined : vscode.Uri.parse(d.codeDescription.href).toString(true)),
		source: d.source ?? '',
		message: typeof d.message === 'string' ? d.message : d.message.value,
		related: (d.relatedInformation ?? []).map((r) => {
			const uri = vscode.Uri.parse(r.location.uri);
			const shown = uri.toString() === reported.toString() ? document : uri;
			return `${shown.toString()} ${rangeText(r.location.range)} ${r.message}`;
		}),
	};
}

/** Whether the editor's diagnostics equal the expected findings exactly, in order. */
export function sameFindings(actual: readonly vscode.Diagnostic[], expected: readonly Finding[]): boolean {
	return isDeepStrictEqual(actual.map(fromEditor), expected);
}

/** The rule id of an editor diagnostic. */
export function ruleOf(d: vscode.Diagnostic): string {
	return String(typeof d.code === 'object' ? d.code.value : d.code);
}

// ---------------------------------------------------------------------------------------------------
// Waiting for diagnostics.

/** Descriptions of the waits still open, printed when a test fails (usually by timing out). */
const pendingWaits = new Map<number, () => string>();
let nextWaitId = 0;

/**
 * Records `languages.onDidChangeDiagnostics` from the moment it is created. Create it before the action
 * that should produce diagnostics (opening, editing, restarting), then await `next` or `until`.
 */
export class DiagnosticsWatch implements vscode.Disposable {
	private readonly named = new Set<string>();
	private readonly emptied = new Set<string>();
	private readonly listeners = new Set<() => void>();
	private readonly subscription: vscode.Disposable;

	constructor() {
		this.subscription = vscode.languages.onDidChangeDiagnostics((event) => {
			for (const uri of event.uris) {
				this.named.add(uri.toString());
				if (vscode.languages.getDiagnostics(uri).length === 0) {
					this.emptied.add(uri.toString());
				}
			}
			for (const listener of [...this.listeners]) {
				listener();
			}
		});
	}

	/** The diagnostics of `uri` once an event since the watch began has named it (first delivery). */
	next(uri: vscode.Uri, what: string): Promise<vscode.Diagnostic[]> {
		return this.wait(uri, what, () => this.named.has(uri.toString()));
	}

	/** The diagnostics of `uri` once `done` holds for them: at once if it already does, else at an event. */
	until(uri: vscode.Uri, what: string, done: (diagnostics: readonly vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
		return this.wait(uri, what, () => done(vscode.languages.getDiagnostics(uri)));
	}

	/** Whether an event since the watch began left `uri` with no diagnostics. */
	sawCleared(uri: vscode.Uri): boolean {
		return this.emptied.has(uri.toString());
	}

	dispose(): void {
		this.subscription.dispose();
		this.listeners.clear();
	}

	private wait(uri: vscode.Uri, what: string, ready: () => boolean): Promise<vscode.Diagnostic[]> {
		return new Promise((resolve) => {
			const id = nextWaitId++;
			const settle = (): boolean => {
				if (!ready()) {
					return false;
				}
				this.listeners.delete(settle);
				pendingWaits.delete(id);
				resolve(vscode.languages.getDiagnostics(uri));
				return true;
			};
			if (!settle()) {
				pendingWaits.set(
					id,
					() =>
						`Still waiting for ${what} on ${uri.toString()}. Diagnostics there now: ${JSON.stringify(vscode.languages.getDiagnostics(uri).map(fromEditor), null, 2)}`,
				);
				this.listeners.add(settle);
			}
		});
	}
}

// ---------------------------------------------------------------------------------------------------
// Editors.

/** Opens a document in an editor tab, as a user would (the client pulls diagnostics for open documents). */
export async function showDocument(document: vscode.TextDocument | vscode.Uri): Promise<vscode.TextEditor> {
	const opened = document instanceof vscode.Uri ? await vscode.workspace.openTextDocument(document) : document;
	return vscode.window.showTextDocument(opened, { preview: false });
}

/** Throws away the changes of the active editor and closes it, with no save prompt. */
export async function revertAndClose(): Promise<void> {
	await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** Applies a workspace edit and fails if the editor refused it. */
export async function applyEdit(edit: vscode.WorkspaceEdit | undefined, what: string): Promise<void> {
	if (edit === undefined) {
		throw new Error(`${what} has no edit`);
	}
	if (!(await vscode.workspace.applyEdit(edit))) {
		throw new Error(`the editor did not apply ${what}`);
	}
}

/**
 * A new untitled letter filled from the extension's contributed snippet "Công văn" (prefix `congvan`),
 * inserted the way the editor inserts any named snippet.
 */
export async function newLetterFromSnippet(): Promise<vscode.TextDocument> {
	const document = await vscode.workspace.openTextDocument({ language: 'congvan', content: '' });
	await showDocument(document);
	await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'congvan', name: 'Công văn' });
	return document;
}

/** The date line that the snippet writes for today: day padded, month padded only for 1 and 2 (NĐ 30). */
export function snippetDateText(now = new Date()): string {
	const day = String(now.getDate()).padStart(2, '0');
	const month = now.getMonth() + 1;
	return `ngày ${day} tháng ${month <= 2 ? `0${month}` : String(month)} năm ${now.getFullYear()}`;
}
