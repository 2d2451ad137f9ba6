// The export to Word in VS Code for the Web (dist/web/export.js): a web worker that the browser client starts
// only when "Công văn: Xuất ra Word (.docx)" runs, so that neither the client's bundle nor the server's carries
// the docx package. It lays the letter out per Phụ lục I exactly as `congvan export` does (server/src/export/
// docx.ts, which uses no Node); the PDF needs LibreOffice, which a browser does not have.
import { parseLetter } from '../core/index';
import type { LayoutTable } from '../core/layout/nd30';
import { letterDocxBytes } from '../export/docx';

/** A request: the letter's text and its team's layout table (the decree's defaults when absent). The answer carries the same id, with the bytes of the .docx or an error. */
interface ExportRequest {
	id: number;
	text: string;
	layout?: LayoutTable;
}

// The worker's global scope; the server's lib has no DOM types, so only what is used is declared.
declare const self: {
	onmessage: ((event: { data: ExportRequest }) => void) | null;
	postMessage(message: unknown, transfer?: unknown[]): void;
};

self.onmessage = ({ data }) => {
	void (async () => {
		try {
			// As letterToDocx of server/src/node/export-command.ts.
			const bytes = await letterDocxBytes(parseLetter(data.text), data.layout);
			self.postMessage({ id: data.id, bytes }, [bytes.buffer]);
		} catch (error) {
			self.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
		}
	})();
};
