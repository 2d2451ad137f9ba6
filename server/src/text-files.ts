// Text files read by the language server, whatever reads their bytes: the Node host from disk
// (node/files.ts), the web worker through the editor's workspace file system (project-config.ts,
// folder-check.ts). Pure: no Node, so that the browser bundle may use it.
import type { Locale } from './core/index';
import { t } from './l10n';

/** The text of a file, without its byte order mark, and whether it had one. */
export interface Decoded {
	text: string;
	bom: boolean;
}

// Keeps the BOM in the string (TextDecoder drops it by default) so that it can be seen and kept.
const DECODER = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Turns bytes into text, or a message saying why they are not a UTF-8 letter. The BOM is taken off the
 * text, as editors do, so that columns on the first line match the editor's; `bom` says to put it back.
 */
export function decode(bytes: Uint8Array, display: string, locale: Locale = 'vi'): Decoded | { error: string } {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { error: t(locale, 'the file "{file}" is encoded in UTF-16 and was skipped; save it as UTF-8.', { file: display }) };
	}
	if (bytes.includes(0)) {
		return { error: t(locale, 'the file "{file}" is a binary file and was skipped.', { file: display }) };
	}
	let text: string;
	try {
		text = DECODER.decode(bytes);
	} catch {
		return {
			error: t(
				locale,
				'the file "{file}" is not valid UTF-8 text and was skipped; it may use a legacy encoding (TCVN3, VNI, Windows-1258): save it as UTF-8.',
				{ file: display },
			),
		};
	}
	const bom = text.startsWith('\uFEFF');
	return { text: bom ? text.slice(1) : text, bom };
}

/**
 * The text of a `.congvanignore` file: decoded leniently (a byte that is not UTF-8 becomes U+FFFD, so that
 * the rest of the file still applies), without its byte order mark.
 */
export function ignoreFileText(bytes: Uint8Array): string {
	return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/u, '');
}

/** A JSON project file's value, or why it cannot be read as one (messages are the caller's). */
export type JsonValue = { value: unknown } | { parseError: string };

/** Parses the bytes of a JSON project file (UTF-8, a BOM allowed). */
export function parseJsonBytes(bytes: Uint8Array, locale: Locale = 'vi'): JsonValue {
	let source: string;
	try {
		source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { parseError: t(locale, 'not valid UTF-8') };
	}
	try {
		return { value: JSON.parse(source.replace(/^\uFEFF/u, '')) as unknown };
	} catch (error) {
		return { parseError: (error as Error).message };
	}
}
