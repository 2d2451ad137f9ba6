// The `congvan/preview` request: what the live A4 preview draws, computed by the server from the letter it
// already parsed, so that the client stays thin and the preview works wherever the server runs (a Node
// process today, a browser worker later). The answer holds the layout plan (core/layout/plan.ts) with the
// lines of the original text each block comes from, the layout table of Phụ lục I (core/layout/nd30.ts) that
// the webview reads every size, margin and column from, and the document's current findings, as the
// diagnostics the editor shows. Nothing here uses a Node API.
import type { Connection, Diagnostic } from 'vscode-languageserver';
import { sourceLineOf, type Letter } from './core/letter';
import type { ComponentId, LayoutTable } from './core/layout/nd30';
import { planLetter, type Region } from './core/layout/plan';
import type { Locale } from './core/types';

/** The method of the request. */
export const PREVIEW_METHOD = 'congvan/preview';
/** `congvan/layout`: the layout table of an open letter's team profile (params as the preview's). */
export const LAYOUT_METHOD = 'congvan/layout';

/** Its parameters: the open document to preview. */
export interface PreviewParams {
	textDocument: { uri: string };
}

/** One paragraph of the laid-out letter, as the preview draws it. */
export interface PreviewBlock {
	component: ComponentId;
	region: Region;
	/** The text as written (NFC, emphasis markers dropped): a draft's blanks stay blank. */
	text: string;
	/** The zero-based lines of the document (the editor's lines) the block comes from, in order. */
	lines: number[];
	/** The length of a leading marker set in bold ("Điều 3."). */
	boldPrefix?: number;
}

/** The answer: null when the document is not open or not checked as a letter. */
export interface PreviewData {
	uri: string;
	/** The version of the document the plan was computed from. */
	version: number;
	locale: Locale;
	layout: LayoutTable;
	blocks: PreviewBlock[];
	/** The document's findings, as published to the editor. */
	findings: Diagnostic[];
	/** The few words the webview shows, in the letter's language. */
	labels: PreviewLabels;
}

/** The webview's own words: severity names (by LSP severity 1–4), the page label, the empty letter. */
export interface PreviewLabels {
	severity: [string, string, string, string];
	page: string;
	empty: string;
	/** The hint of a finding's mark: "click to show it in the editor". */
	reveal: string;
}

const LABELS: Record<Locale, PreviewLabels> = {
	vi: {
		severity: ['Lỗi', 'Cảnh báo', 'Thông tin', 'Gợi ý'],
		page: 'Trang',
		empty: 'Văn bản trống.',
		reveal: 'Bấm để xem dòng này trong trình soạn thảo',
	},
	en: {
		severity: ['Error', 'Warning', 'Info', 'Hint'],
		page: 'Page',
		empty: 'The letter is empty.',
		reveal: 'Click to show this line in the editor',
	},
};

/** The plan of a letter with the original lines of each block. */
export function previewBlocks(letter: Letter): PreviewBlock[] {
	return planLetter(letter).blocks.map((block) => {
		const lines = [
			...new Set(
				block.lines.map((l) => {
					const line = letter.lines[l];
					return line ? sourceLineOf(letter, letter.norm.startAt(line.contentStart)) : l;
				}),
			),
		].sort((a, b) => a - b);
		const out: PreviewBlock = { component: block.component, region: block.region, text: block.text, lines };
		if (block.boldPrefix) {
			out.boldPrefix = block.boldPrefix;
		}
		return out;
	});
}

/** What the server knows of an open, checked document. */
export interface PreviewSource {
	version: number;
	letter: Letter;
	locale: Locale;
	diagnostics: Diagnostic[];
	/** The layout table of the document's team profile (layoutOf), the decree's defaults without one. */
	layout: LayoutTable;
}

/** The preview of a checked document. */
export function previewData(uri: string, source: PreviewSource): PreviewData {
	return {
		uri,
		version: source.version,
		locale: source.locale,
		layout: source.layout,
		blocks: previewBlocks(source.letter),
		findings: source.diagnostics,
		labels: LABELS[source.locale],
	};
}

/**
 * Registers the request. `guard` runs the handler's work inside the server's lifecycle checks and error
 * logging; `source` checks the document (undefined when it is closed or not a letter).
 */
export function registerPreview(
	connection: Connection,
	guard: <T>(what: string, empty: T, work: () => Promise<T>) => Promise<T>,
	source: (uri: string) => Promise<PreviewSource | undefined>,
): void {
	connection.onRequest(PREVIEW_METHOD, (params: PreviewParams) => {
		const uri = params?.textDocument?.uri;
		return guard<PreviewData | null>(`${PREVIEW_METHOD} ${uri}`, null, async () => {
			if (typeof uri !== 'string') {
				return null;
			}
			const checked = await source(uri);
			return checked ? previewData(uri, checked) : null;
		});
	});
	// The layout table alone, for the export commands: the Word file is laid out with the team's choices, as
	// the preview shows it and the layout rules check it.
	connection.onRequest(LAYOUT_METHOD, (params: PreviewParams) => {
		const uri = params?.textDocument?.uri;
		return guard<LayoutTable | null>(`${LAYOUT_METHOD} ${uri}`, null, async () => {
			if (typeof uri !== 'string') {
				return null;
			}
			return (await source(uri))?.layout ?? null;
		});
	});
}
