// The requests behind the Word commands of the VS Code client (client/src/docx*.ts). The client reads a .docx
// through the workspace file system (so remote and virtual workspaces work) and sends its bytes here, base64
// in the JSON message; the server reads them with the .docx reader (docx/) and answers:
// - `congvan/readDocx`: the text view of the letter (one paragraph per line, table cells side by side). When
//   the request names a view (the URI of the read-only document the client opens on that text), the server
//   keeps the Word formatting for it, so that the layout rules judge the view as they judge the .docx, and asks
//   the client to check it again (the file may have changed on disk while its view stayed open);
// - `congvan/docxComments`: a copy of the .docx with each finding, text and layout, as a Word comment on its
//   paragraph (docx/comments.ts). The server never writes a file: the client writes the copy.
// A file that is not a Word document (corrupt, encrypted, a .doc renamed) gets `ok: false` with a message in
// the user's language, never an exception.
import type { Connection } from 'vscode-languageserver';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { LintConfig, Locale, Problem, Severity } from './core/index';
import { wordLocationAt, type DocumentFormat, type WordLocation } from './core/letter/format';
import type { CommentFinding } from './docx/comments';
import { lintDocx } from './docx/letter';
import type { DocxReadResult } from './docx/read';
import { t } from './l10n';
import { fromBase64, toBase64 } from './workspace-files';

export const READ_DOCX_METHOD = 'congvan/readDocx';
export const DOCX_COMMENTS_METHOD = 'congvan/docxComments';

/** The most bytes a request may carry: the reader refuses larger packages anyway (its zip limits). */
const MAX_DOCX_BYTES = 64 * 1024 * 1024;

export interface ReadDocxParams {
	/** The .docx file's URI, for the settings and the messages. */
	uri: string;
	/** The file's bytes, base64. */
	data: string;
	/** The URI of the read-only text view the client opens on the result, if any. */
	view?: string;
}

/** `notes`: what the user should know about a file that was read (macros ignored, links not followed), in their language. */
export type ReadDocxResult = { ok: true; text: string; notes: string[] } | { ok: false; code: string; message: string };

export interface DocxCommentsParams {
	uri: string;
	data: string;
}

export type DocxCommentsResult =
	{ ok: true; data: string; comments: number; findings: number } | { ok: false; code: string; message: string };

/** The Word formatting kept for the text views, by view URI, for the latest reading of each. */
export class DocxFormats {
	private readonly byUri = new Map<string, { text: string; format: DocumentFormat }>();
	/** At most this many views are remembered; the oldest is forgotten first (its view reads the file again). */
	static readonly MAX = 32;

	set(uri: string, text: string, format: DocumentFormat): void {
		this.byUri.delete(uri);
		this.byUri.set(uri, { text, format });
		if (this.byUri.size > DocxFormats.MAX) {
			const oldest = this.byUri.keys().next().value;
			if (oldest !== undefined) {
				this.byUri.delete(oldest);
			}
		}
	}

	/** The formatting of a view, when the text it holds is the text that was read. */
	get(uri: string, text: string): DocumentFormat | undefined {
		const entry = this.byUri.get(uri);
		return entry !== undefined && entry.text === text ? entry.format : undefined;
	}
}

/** What the requests need from the server. */
export interface DocxHost {
	/** Runs a request handler within the lifecycle, its exceptions logged. */
	request<T>(what: string, empty: T, work: () => T | Promise<T>): Promise<T>;
	/** The .docx reader (loaded at the first request: see server.ts). */
	read(data: Uint8Array): DocxReadResult | Promise<DocxReadResult>;
	/** The formats kept for the views, which the parsing of open documents consults. */
	formats: DocxFormats;
	/** Whether a document is open (a view that is already open must be checked again). */
	isOpen(uri: string): boolean;
	/** Forgets what was parsed of a document, so that it is parsed again with its new format. */
	forget(uri: string): void;
	/** Checks the open documents again (pull clients are asked to pull, push clients get new lists). */
	recheck(): void;
	/** The configuration a document is checked with, by its URI. */
	config(uri: string): Promise<LintConfig & { locale: Locale }>;
}

function isParams(value: unknown): value is { uri: string; data: string; view?: unknown } {
	const v = value as { uri?: unknown; data?: unknown } | null;
	return typeof v === 'object' && v !== null && typeof v.uri === 'string' && typeof v.data === 'string';
}

/** The name of a severity in the user's language. */
function severityLabel(severity: Severity, locale: Locale): string {
	switch (severity) {
		case 'error':
			return t(locale, 'Error');
		case 'warning':
			return t(locale, 'Warning');
		case 'information':
			return t(locale, 'Information');
		default:
			return t(locale, 'Hint');
	}
}

/** The text of a finding's comment: severity and message, then the rule and its clause. */
function commentText(problem: Problem, locale: Locale): string {
	const rule = t(locale, 'Rule {ruleId}: {source}', { ruleId: problem.ruleId, source: problem.source });
	return `${severityLabel(problem.severity, locale)}: ${problem.message}\n${rule}`;
}

/** Where a finding is, for a comment: the paragraph's number and Word's paragraph id. */
function commentTarget(location: WordLocation): Pick<CommentFinding, 'paragraph' | 'paraId'> {
	return location.paraId !== undefined ? { paragraph: location.paragraph, paraId: location.paraId } : { paragraph: location.paragraph };
}

function refused(
	code: string,
	locale: Locale,
	reading?: Extract<DocxReadResult, { ok: false }>,
): { ok: false; code: string; message: string } {
	if (reading) {
		const message = locale === 'en' ? (reading.error.messageEn ?? reading.error.message) : reading.error.message;
		return { ok: false, code, message };
	}
	switch (code) {
		case 'tooLarge':
			return { ok: false, code, message: t(locale, 'The file is too large to be a letter (more than 64 MB).') };
		case 'notBase64':
			return { ok: false, code, message: t(locale, 'The file could not be received.') };
		case 'noParagraph':
			return { ok: false, code, message: t(locale, 'The Word document has no paragraph to comment on.') };
		default:
			return { ok: false, code, message: t(locale, 'The file is not a Word document (.docx) that congvan can write comments into.') };
	}
}

/** Registers the requests on a connection. */
export function registerDocxRequests(connection: Connection, host: DocxHost): void {
	/** The bytes of a request, or why they cannot be read. */
	function bytesOf(data: string): Uint8Array | 'tooLarge' | 'notBase64' {
		// Base64 takes four characters for three bytes.
		if ((data.length / 4) * 3 > MAX_DOCX_BYTES + 3) {
			return 'tooLarge';
		}
		try {
			return fromBase64(data);
		} catch {
			return 'notBase64';
		}
	}

	connection.onRequest(READ_DOCX_METHOD, async (params: unknown) => {
		if (!isParams(params)) {
			throw new ResponseError(ErrorCodes.InvalidParams, `congvan: invalid ${READ_DOCX_METHOD} parameters.`);
		}
		const fallback: ReadDocxResult = { ok: false, code: 'error', message: 'congvan: the Word file could not be read.' };
		return host.request<ReadDocxResult>(READ_DOCX_METHOD, fallback, async () => {
			const { locale } = await host.config(params.uri);
			const bytes = bytesOf(params.data);
			if (typeof bytes === 'string') {
				return refused(bytes, locale);
			}
			const reading = await host.read(bytes);
			if (!reading.ok) {
				return refused(reading.error.code, locale, reading);
			}
			if (typeof params.view === 'string') {
				host.formats.set(params.view, reading.text, reading.format);
				// A view already open holds the previous reading: it is checked again with the new one (if only the
				// formatting changed, its text did not, and no change of the document would tell the server).
				if (host.isOpen(params.view)) {
					host.forget(params.view);
					host.recheck();
				}
			}
			const notes = reading.notes.map((note) => (locale === 'en' ? note.messageEn : note.message));
			return { ok: true, text: reading.text, notes };
		});
	});

	connection.onRequest(DOCX_COMMENTS_METHOD, async (params: unknown) => {
		if (!isParams(params)) {
			throw new ResponseError(ErrorCodes.InvalidParams, `congvan: invalid ${DOCX_COMMENTS_METHOD} parameters.`);
		}
		const fallback: DocxCommentsResult = { ok: false, code: 'error', message: 'congvan: the Word file could not be read.' };
		return host.request<DocxCommentsResult>(DOCX_COMMENTS_METHOD, fallback, async () => {
			const config = await host.config(params.uri);
			const locale = config.locale;
			const bytes = bytesOf(params.data);
			if (typeof bytes === 'string') {
				return refused(bytes, locale);
			}
			const reading = await host.read(bytes);
			if (!reading.ok) {
				return refused(reading.error.code, locale, reading);
			}
			const problems = lintDocx(reading, config);
			const findings: CommentFinding[] = [];
			for (const problem of problems) {
				const location = wordLocationAt(reading.format, problem.range.start);
				if (location !== undefined) {
					findings.push({ ...commentTarget(location), text: commentText(problem, locale) });
				}
			}
			// The writer (zip package) is initialised at the first request, as the reader is (server.ts).
			const { writeComments } = await import('./docx/comments.js');
			const written = writeComments(bytes, findings, { date: new Date().toISOString().replace(/\.\d+Z$/u, 'Z') });
			if (!written.ok) {
				return refused(written.error, locale);
			}
			return { ok: true, data: toBase64(written.bytes), comments: written.written, findings: problems.length };
		});
	});
}
