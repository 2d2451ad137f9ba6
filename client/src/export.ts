// The commands "Công văn: Xuất ra Word (.docx)" and "Công văn: Xuất ra PDF" (`congvan.exportDocx`,
// `congvan.exportPdf`): the letter in the active editor, laid out per Phụ lục I, saved where the user chooses
// (next to the letter by default). The layout and the Word document are built by dist/export.js, the bundle
// of `congvan export`, which the Node host loads only when a command runs (client/src/node/main.ts), so that
// neither the client's bundle nor the server's carries the docx package; the PDF goes through LibreOffice, as
// on the command line. VS Code for the Web runs no process: there the Word file is made in a worker
// (dist/web/export.js), and the PDF command says that it needs LibreOffice.
import { DiagnosticSeverity, Uri, languages, window, workspace } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Exporter } from './host';
import { t } from './l10n';

/** The letter's URI with another extension: "thu.congvan" → "thu.docx". */
export function withExtension(uri: Uri, extension: string): Uri {
	const base = uri.path.replace(/\.[^./]*$/u, '');
	return uri.with({ path: `${base}.${extension}` });
}

/** `congvan/layout` (server/src/preview.ts): the layout table of an open letter's team profile. */
const LAYOUT_METHOD = 'congvan/layout';

/**
 * Runs an export command for the active editor's letter. `client` gives the language client (started if
 * needed), which knows the letter's team profile: the Word file is laid out with the team's layout choices.
 */
export async function exportLetter(
	module: Exporter | undefined,
	format: 'docx' | 'pdf',
	client: () => Promise<BaseLanguageClient | undefined>,
): Promise<void> {
	if (module === undefined || (format === 'pdf' && module.docxToPdf === undefined)) {
		void window.showErrorMessage(
			t(
				'Công văn: the export to PDF needs LibreOffice, which VS Code for the Web cannot run; export to Word (.docx) here, or use VS Code on the desktop or the command line (congvan export --format pdf).',
			),
		);
		return;
	}
	const document = window.activeTextEditor?.document;
	if (!document) {
		void window.showWarningMessage(t('Công văn: open a letter to export it.'));
		return;
	}
	const findings = languages.getDiagnostics(document.uri).filter((d) => d.source === 'congvan' && d.severity <= DiagnosticSeverity.Warning);
	if (findings.length > 0) {
		const go = t('Export anyway');
		const answer = await window.showWarningMessage(
			t('The letter still has {count} findings (see the Problems panel). Export it all the same?', { count: findings.length }),
			{
				modal: true,
				detail: findings
					.slice(0, 10)
					.map((d) => `${d.range.start.line + 1}: ${d.message}`)
					.join('\n'),
			},
			go,
		);
		if (answer !== go) {
			return;
		}
	}
	const defaultUri = document.isUntitled ? undefined : withExtension(document.uri, format);
	const target = await window.showSaveDialog({
		defaultUri,
		filters: format === 'docx' ? { Word: ['docx'] } : { PDF: ['pdf'] },
		saveLabel: t('Export'),
	});
	if (!target) {
		return;
	}
	if (target.toString() === document.uri.toString()) {
		void window.showErrorMessage(t('Công văn: the export would overwrite the letter itself; choose another name.'));
		return;
	}
	// The server answers for a letter it checks; without one (a plain-text file it does not check), the
	// decree's defaults.
	const server = await client();
	const layout = server
		? ((await server.sendRequest(LAYOUT_METHOD, { textDocument: { uri: document.uri.toString() } })) as object | null)
		: null;
	const docx = await module.letterToDocx(document.getText(), layout ?? undefined);
	let bytes = docx;
	if (format === 'pdf' && module.docxToPdf !== undefined) {
		const converted = module.docxToPdf(docx);
		if (!('pdf' in converted)) {
			// The Word file is still written, next to the PDF that could not be made.
			const docxUri = withExtension(target, 'docx');
			if (docxUri.toString() !== document.uri.toString()) {
				await workspace.fs.writeFile(docxUri, docx);
			}
			const message =
				'missing' in converted
					? t(
							'Công văn: LibreOffice is not installed, so no PDF was made; the Word file {file} is written. Install LibreOffice (sudo apt-get install libreoffice-writer-nogui, or https://www.libreoffice.org/download/) and export again.',
							{ file: docxUri.fsPath },
						)
					: t('Công văn: LibreOffice could not make the PDF ({reason}); the Word file {file} is written.', {
							reason: converted.reason,
							file: docxUri.fsPath,
						});
			void window.showErrorMessage(message);
			return;
		}
		bytes = converted.pdf;
	}
	await workspace.fs.writeFile(target, bytes);
	void window.showInformationMessage(t('Công văn: wrote {file}', { file: target.fsPath }));
}
