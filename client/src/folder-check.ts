// "Công văn: Kiểm tra cả thư mục" (congvan.checkFolder): lists the letters of the workspace (the CLI's
// default file set: `.congvan` files, plus the file types of the languages the user opted in to in
// `congvan.languages`) and sends them to the server in batches (`congvan/checkFiles`), which reads each file
// from disk and publishes its diagnostics, so that Problems lists the letters that are not open. The run
// shows its progress and can be cancelled between two batches (and, on the server, between two files).
import { ProgressLocation, commands, window, workspace, type CancellationToken } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { t } from './l10n';
import { filesGlob, languageOfPath } from './letter-files';
import { configuredLanguages } from './selector';

/** The method of the server's request (server/src/folder-check.ts). */
const CHECK_FILES_METHOD = 'congvan/checkFiles';

/** Files per request: small enough for the progress to move and a cancellation to stop soon. */
const BATCH_SIZE = 25;

/** Folders never walked into, as the CLI: dotted ones (.git, .vscode, …) and node_modules. */
const EXCLUDE = '{**/node_modules/**,**/.*/**}';

/** What the server answers for one batch. */
interface CheckFilesResult {
	checked: number;
	errors: number;
	warnings: number;
	others: number;
	skipped: { uri: string; reason: string }[];
	cancelled: boolean;
}

/**
 * Runs the folder check with a client that is running (`client` starts it when it must). Shows a summary
 * and opens Problems when there are findings.
 */
export async function checkFolder(client: () => Promise<LanguageClient | undefined>): Promise<void> {
	if (!workspace.workspaceFolders || workspace.workspaceFolders.length === 0) {
		void window.showInformationMessage(t('Công văn: open a folder first; the folder check reads the letters of the workspace.'));
		return;
	}
	const languages = configuredLanguages();
	const glob = filesGlob(languages);
	if (glob === undefined) {
		void window.showInformationMessage(t('Công văn: "congvan.languages" is empty, so no document is checked.'));
		return;
	}
	const running = await client();
	if (running === undefined) {
		return;
	}
	const total = await window.withProgress(
		{ location: ProgressLocation.Notification, title: t('Công văn: checking the folder'), cancellable: true },
		async (progress, token) => {
			const found = await workspace.findFiles(glob, EXCLUDE, undefined, token);
			const files = found
				.map((uri) => ({ uri: uri.toString(), languageId: languageOfPath(uri.path, languages) ?? '' }))
				.filter((file) => file.languageId !== '')
				.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
			const sum: CheckFilesResult = { checked: 0, errors: 0, warnings: 0, others: 0, skipped: [], cancelled: false };
			// Even with no file, one request goes out: it clears the lists of the previous run.
			for (let start = 0; start === 0 || start < files.length; start += BATCH_SIZE) {
				if (token.isCancellationRequested) {
					sum.cancelled = true;
					break;
				}
				const batch = files.slice(start, start + BATCH_SIZE);
				const result = await sendBatch(running, batch, start === 0, token);
				sum.checked += result.checked;
				sum.errors += result.errors;
				sum.warnings += result.warnings;
				sum.others += result.others;
				sum.skipped.push(...result.skipped);
				sum.cancelled ||= result.cancelled;
				progress.report({
					message: t('{done} of {total} files', { done: Math.min(start + batch.length, files.length), total: files.length }),
					increment: files.length === 0 ? 100 : (100 * batch.length) / files.length,
				});
			}
			return sum;
		},
	);
	const summary = t('Công văn: {checked} letters checked: {errors} errors, {warnings} warnings.', {
		checked: total.checked,
		errors: total.errors,
		warnings: total.warnings,
	});
	if (total.cancelled) {
		void window.showWarningMessage(t('{summary} The check was cancelled before the end.', { summary }));
	} else {
		void window.showInformationMessage(summary);
	}
	if (total.errors + total.warnings + total.others > 0) {
		await commands.executeCommand('workbench.actions.view.problems');
	}
}

/** Sends one batch; a cancelled token ends the request on the server too. */
async function sendBatch(
	client: LanguageClient,
	files: { uri: string; languageId: string }[],
	first: boolean,
	token: CancellationToken,
): Promise<CheckFilesResult> {
	try {
		return await client.sendRequest<CheckFilesResult>(CHECK_FILES_METHOD, { files, first }, token);
	} catch (error) {
		// The library refuses a cancelled request: what was published stays, and the run stops.
		if (token.isCancellationRequested) {
			return { checked: 0, errors: 0, warnings: 0, others: 0, skipped: [], cancelled: true };
		}
		throw error;
	}
}
