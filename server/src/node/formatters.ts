// The report formats of `congvan lint`. All three start from the LSP Diagnostics that convert.ts makes,
// so the CLI, the JSON output and the editor agree on every range, code and message; this file only turns
// 0-based positions into the 1-based ones that people and SARIF read.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Diagnostic, type Range as LspRange } from 'vscode-languageserver-types';
import { diagnosticData } from '../convert';
import { RULES, legalBasisLabel, ruleDescription, type Locale, type Severity } from '../core/index';
import type { FindingLocation } from '../core/letter/format';
import { t } from '../l10n';

/** The findings of one checked file. */
export interface FileReport {
	/** The path as given on the command line (or joined from a directory given there); "-" for standard input. */
	file: string;
	/** The path on disk; undefined for standard input. */
	path?: string;
	/** Exactly what the language server publishes for this text. */
	diagnostics: Diagnostic[];
	/**
	 * For a Word file: where each diagnostic (same index) is in Word. The diagnostics' ranges are then into the
	 * text view of the file (one paragraph per line), not into the file itself.
	 */
	word?: (FindingLocation | undefined)[];
}

/** "đoạn 5 (bảng tiêu đề, cột phải) «Độc lập - Tự do…»": a finding's place in a Word file, for people. */
export function wordPlace(location: FindingLocation, locale: Locale = 'vi'): string {
	const parts: string[] = [];
	const table = location.table;
	if (table !== undefined) {
		parts.push(
			table.role === 'header'
				? t(locale, 'header table')
				: table.role === 'closing'
					? t(locale, 'closing table')
					: t(locale, 'table {index}', { index: table.index }),
		);
		if (table.row > 1) {
			parts.push(t(locale, 'row {row}', { row: table.row }));
		}
		parts.push(
			table.side === 'left'
				? t(locale, 'left column')
				: table.side === 'right'
					? t(locale, 'right column')
					: t(locale, 'column {column}', { column: table.column }),
		);
	}
	const where = t(locale, 'paragraph {number}', { number: location.paragraph });
	return `${where}${parts.length > 0 ? ` (${parts.join(', ')})` : ''} «${location.snippet}»`;
}

/** The URI given to standard input, in JSON diagnostics and in SARIF. */
export const STDIN_URI = 'untitled:stdin';

/** The name of a severity for people, in a language ("lỗi", "error"). */
export function severityWord(severity: Severity, locale: Locale = 'vi'): string {
	switch (severity) {
		case 'error':
			return t(locale, 'error');
		case 'warning':
			return t(locale, 'warning');
		case 'information':
			return t(locale, 'information');
		case 'hint':
			return t(locale, 'hint');
	}
}

/** "3 errors", "1 warning": a count of findings of a severity, in a language. */
function severityCount(severity: Severity, count: number, locale: Locale): string {
	const one = count === 1;
	switch (severity) {
		case 'error':
			return t(locale, one ? '{count} error' : '{count} errors', { count });
		case 'warning':
			return t(locale, one ? '{count} warning' : '{count} warnings', { count });
		case 'information':
			return t(locale, '{count} information', { count });
		case 'hint':
			return t(locale, one ? '{count} hint' : '{count} hints', { count });
	}
}

const SEVERITY_NAMES: Record<DiagnosticSeverity, Severity> = {
	[DiagnosticSeverity.Error]: 'error',
	[DiagnosticSeverity.Warning]: 'warning',
	[DiagnosticSeverity.Information]: 'information',
	[DiagnosticSeverity.Hint]: 'hint',
};

/** The core severity of a diagnostic (the server always sets one). */
export function severityOf(diagnostic: Diagnostic): Severity {
	return SEVERITY_NAMES[diagnostic.severity ?? DiagnosticSeverity.Error];
}

/** `--format json`: one `{ file, diagnostics }` per checked file, in the order checked. */
export function formatJson(reports: readonly FileReport[]): string {
	return joinJsonEntries(reports.map(jsonEntry));
}

/**
 * One file's entry of `--format json`, exactly as formatJson writes it inside its list. The CLI makes each
 * entry as soon as its file is checked and keeps the text, not the diagnostics: two thousand letters' worth
 * of small objects would otherwise stay alive until the end, for the garbage collector to copy and mark.
 */
export function jsonEntry(report: FileReport): string {
	const value =
		report.word === undefined
			? { file: report.file, diagnostics: report.diagnostics }
			: {
					file: report.file,
					// The ranges are into the text view of the Word file; `word` says where each finding is in Word.
					textView: true,
					diagnostics: report.diagnostics.map((d, i) => ({ ...d, word: report.word?.[i] })),
				};
	// A list of one entry is indented as the whole list indents each of its entries: "[\n  {…}\n]".
	return JSON.stringify([value], null, 2).slice(2, -2);
}

/** The `--format json` report made of entries from jsonEntry, in order. */
export function joinJsonEntries(entries: readonly string[]): string {
	return entries.length === 0 ? '[]\n' : `[\n${entries.join(',\n')}\n]\n`;
}

/**
 * The `--format json` report written as its entries come, byte for byte what joinJsonEntries makes of them:
 * the CLI keeps no entry once it is written. Two thousand letters' entries (13 MB of text) kept to the end
 * were copied by the young-generation collector, promoted, then joined: about 6% of the CPU of the run. The
 * text is handed to `write` in pieces of whole entries of at least FLUSH_AT code units, so that a folder of
 * small letters is not a system call per letter.
 */
export class JsonReportWriter {
	private pending = '';
	private count = 0;

	constructor(private readonly write: (chunk: string) => void) {}

	/** Adds one entry made by jsonEntry. */
	add(entry: string): void {
		this.pending += this.count === 0 ? `[\n${entry}` : `,\n${entry}`;
		this.count++;
		if (this.pending.length >= JsonReportWriter.FLUSH_AT) {
			this.write(this.pending);
			this.pending = '';
		}
	}

	/** Ends the report (an empty one is "[]"). */
	end(): void {
		this.write(this.count === 0 ? '[]\n' : `${this.pending}\n]\n`);
		this.pending = '';
	}

	static readonly FLUSH_AT = 64 * 1024;
}

// The characters a terminal may act on instead of showing: C0 controls but TAB and LF (ESC starts the
// sequences that clear the screen or set the title), DEL, the C1 controls (U+009B is a one-character CSI),
// and the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder
// what is shown around them.
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;
// eslint-disable-next-line no-control-regex
const TERMINAL_CONTROLS_AND_LF = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Text from a letter or a file name made safe to print on a terminal: each control character (see
 * TERMINAL_CONTROLS) is shown as its JavaScript escape, ESC as "\u001b", U+202E as "\u202e". TAB stays;
 * LF stays unless `keepNewline` is false (a file name on one line).
 */
export function escapeControl(text: string, options: { keepNewline?: boolean } = {}): string {
	const pattern = options.keepNewline === false ? TERMINAL_CONTROLS_AND_LF : TERMINAL_CONTROLS;
	return text.replace(pattern, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The severity column of the stylish format. The Vietnamese word is followed by the level's id in
 * parentheses ("lỗi (error)", as `congvan rules` and the settings name it), so that the `$congvan` problem
 * matcher of VS Code, which knows only English words, reads the level in both languages.
 */
export function stylishSeverity(severity: Severity, locale: Locale): string {
	const word = severityWord(severity, locale);
	return word === severity ? word : `${word} (${severity})`;
}

/** Options of the stylish format. */
export interface StylishOptions {
	/** Whether to use ANSI colours. */
	color: boolean;
	/** Whether fixes were applied already (then no "use --fix" line). */
	fixed: boolean;
	/** The language of the severities and the summary; Vietnamese when absent. */
	locale?: Locale;
}

const ANSI = {
	reset: '\u001b[0m',
	bold: '\u001b[1m',
	dim: '\u001b[2m',
	underline: '\u001b[4m',
	red: '\u001b[31m',
	yellow: '\u001b[33m',
	cyan: '\u001b[36m',
};

const SEVERITY_COLORS: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, information: ANSI.cyan, hint: ANSI.dim };

/**
 * The default format, after ESLint's "stylish": a heading per file with findings, one aligned row per
 * finding (`line:col  severity  message  rule-id`, 1-based, columns in UTF-16 code units as editors count
 * them, first line of the message only), then a summary. Prints nothing when there is nothing to report.
 */
export function formatStylish(reports: readonly FileReport[], options: StylishOptions): string {
	const locale = options.locale ?? 'vi';
	const paint = (style: string, text: string): string => (options.color ? `${style}${text}${ANSI.reset}` : text);
	const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
	let fixable = 0;
	let out = '';
	for (const report of reports) {
		if (report.diagnostics.length === 0) {
			continue;
		}
		const rows = report.diagnostics.map((d, i) => {
			const severity = severityOf(d);
			const word = report.word?.[i];
			counts[severity]++;
			// A Word file is never fixed (--fix refuses it), so its findings add nothing to the --fix hint.
			if (report.word === undefined && diagnosticData(d)?.fixable) {
				fixable++;
			}
			return {
				severity,
				cells: [
					word !== undefined ? escapeControl(wordPlace(word, locale)) : `${d.range.start.line + 1}:${d.range.start.character + 1}`,
					stylishSeverity(severity, locale),
					escapeControl(firstLine(d.message)),
					String(d.code ?? ''),
				],
			};
		});
		// The rule id is last and is not padded.
		const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => displayWidth(r.cells[i] ?? ''))));
		out += `\n${paint(ANSI.underline, report.file === '-' ? '<stdin>' : escapeControl(report.file, { keepNewline: false }))}\n`;
		for (const { severity, cells } of rows) {
			const [position = '', word = '', message = '', rule = ''] = cells.map((cell, i) => padToWidth(cell, widths[i] ?? 0));
			out += `  ${paint(ANSI.dim, position)}  ${paint(SEVERITY_COLORS[severity], word)}  ${message}  ${paint(ANSI.dim, rule)}\n`;
		}
	}
	const total = counts.error + counts.warning + counts.information + counts.hint;
	if (total === 0) {
		return out;
	}
	const parts = (Object.keys(counts) as Severity[]).map((s) => severityCount(s, counts[s], locale)).join(', ');
	const style = counts.error > 0 ? ANSI.red : counts.warning > 0 ? ANSI.yellow : '';
	const summary = t(locale, total === 1 ? '✖ {total} problem ({parts})' : '✖ {total} problems ({parts})', { total, parts });
	out += `\n${paint(ANSI.bold + style, summary)}\n`;
	if (fixable > 0 && !options.fixed) {
		const hint = t(
			locale,
			fixable === 1
				? '{count} problem can be fixed automatically with the --fix option.'
				: '{count} problems can be fixed automatically with the --fix option.',
			{ count: fixable },
		);
		out += `  ${hint}\n`;
	}
	return out;
}

/** What SARIF needs besides the reports. */
export interface SarifOptions {
	/** The congvan version, from package.json. */
	version: string;
	/** The directory that relative artifact URIs start from (`%SRCROOT%`). */
	root: string;
	/** The project's public web page, if package.json names one. */
	informationUri?: string;
	/** A public https URI ending in "/" under which `<rule-id>.md` is the rule's page; no file: URIs. */
	helpBaseUri?: string;
	/** The rule's page (Markdown) in the report's language, for `help.markdown`; undefined when it cannot be read. */
	rulePage?: (id: string) => string | undefined;
	/** Messages about files that could not be checked, reported as tool notifications. */
	notifications: readonly string[];
	/** False when the run failed (exit code 2). */
	executionSuccessful: boolean;
	/** The language of the rule descriptions; Vietnamese when absent. The results carry the diagnostics' own. */
	locale?: Locale;
}

const SARIF_LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
	error: 'error',
	warning: 'warning',
	information: 'note',
	hint: 'note',
};

/**
 * SARIF 2.1.0 as code-scanning services take it: every rule in `tool.driver.rules` (in registry order, so
 * `ruleIndex` is the index in RULES), one result per diagnostic with a 1-based region whose columns count
 * UTF-16 code units (`columnKind`), and artifact URIs relative to `%SRCROOT%` when the file is under it.
 */
export function formatSarif(reports: readonly FileReport[], options: SarifOptions): string {
	const locale = options.locale ?? 'vi';
	const basis = legalBasisLabel(locale);
	const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
	const rules = RULES.map((rule) => {
		const description = ruleDescription(rule, locale);
		const docs = t(locale, 'Documentation: docs/rules/{id}.md in the congvan package.', { id: rule.id });
		return {
			id: rule.id,
			shortDescription: { text: description },
			fullDescription: { text: `${description} ${basis}: ${rule.source}.` },
			...(options.helpBaseUri ? { helpUri: `${options.helpBaseUri}${rule.id}.md` } : {}),
			help: {
				text: `${description}\n${basis}: ${rule.source}.\n${docs}`,
				markdown: options.rulePage?.(rule.id) ?? `${description}\n\n${basis}: ${rule.source}.`,
			},
			defaultConfiguration: { level: SARIF_LEVELS[rule.defaultSeverity] },
			properties: { tags: [rule.category], fixable: rule.fixable },
		};
	});
	const results = reports.flatMap((report) => {
		const artifactLocation = artifactFor(report, options.root);
		return report.diagnostics.map((d, i) => {
			const id = String(d.code ?? '');
			const index = ruleIndex.get(id);
			const word = report.word?.[i];
			if (report.word !== undefined) {
				// A Word file: the artifact is the .docx, whose lines are not the text view's. Code scanning wants a
				// region with a start line (GitHub's GH1003), so the region is the file's first line; the place is
				// the logical location (the paragraph, its table and column), named in the message too, and the
				// fingerprint keeps one alert per rule and paragraph from run to run.
				return {
					ruleId: id,
					...(index !== undefined ? { ruleIndex: index } : {}),
					level: SARIF_LEVELS[severityOf(d)],
					message: { text: word !== undefined ? `${messageText(d.message)} (${wordPlace(word, locale)})` : messageText(d.message) },
					locations: [
						{
							physicalLocation: { artifactLocation, region: { startLine: 1 } },
							...(word !== undefined
								? {
										logicalLocations: [
											{
												name: t(locale, 'paragraph {number}', { number: word.paragraph }),
												fullyQualifiedName: wordPlace(word, locale),
												kind: 'element',
											},
										],
									}
								: {}),
						},
					],
					...(word !== undefined
						? { partialFingerprints: { 'congvanWordParagraph/v1': `${id}:${word.paragraph}:${word.snippet}` }, properties: { word } }
						: {}),
				};
			}
			return {
				ruleId: id,
				...(index !== undefined ? { ruleIndex: index } : {}),
				level: SARIF_LEVELS[severityOf(d)],
				message: { text: messageText(d.message) },
				locations: [{ physicalLocation: { artifactLocation, region: region(d.range) } }],
				...(d.relatedInformation && d.relatedInformation.length > 0
					? {
							relatedLocations: d.relatedInformation.map((r, i) => ({
								id: i + 1,
								physicalLocation: { artifactLocation, region: region(r.location.range) },
								message: { text: r.message },
							})),
						}
					: {}),
			};
		});
	});
	const sarif = {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: {
					driver: {
						name: 'congvan',
						...(options.informationUri ? { informationUri: options.informationUri } : {}),
						version: options.version,
						rules,
					},
				},
				originalUriBaseIds: { '%SRCROOT%': { uri: directoryUri(options.root) } },
				columnKind: 'utf16CodeUnits',
				invocations: [
					{
						executionSuccessful: options.executionSuccessful,
						...(options.notifications.length > 0
							? { toolExecutionNotifications: options.notifications.map((text) => ({ level: 'error', message: { text } })) }
							: {}),
					},
				],
				results,
			},
		],
	};
	return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** Options of the GitHub Actions format. */
export interface GithubOptions {
	/** The directory that file paths are written relative to (the workflow's working directory). */
	root: string;
}

const GITHUB_COMMANDS: Record<Severity, 'error' | 'warning' | 'notice'> = {
	error: 'error',
	warning: 'warning',
	information: 'notice',
	hint: 'notice',
};

/**
 * `--format github`: one workflow command per finding, which GitHub Actions turns into an annotation on the
 * line of the pull request: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule>::<message>`.
 * Information and hints are notices. Paths are relative to `root` with "/" (GitHub reads them from the
 * repository root, where a workflow step runs); columns are 1-based and the end column is the last
 * character's. Standard input has no file, so its findings are annotations of the run.
 */
export function formatGithub(reports: readonly FileReport[], options: GithubOptions): string {
	let out = '';
	for (const report of reports) {
		const file = report.path === undefined ? undefined : githubPath(report.path, options.root);
		report.diagnostics.forEach((d, i) => {
			const { start, end } = d.range;
			if (report.word !== undefined) {
				// A Word file has no lines to annotate: the annotation is on the file, its message names the paragraph.
				const word = report.word[i];
				const props = [
					...(file !== undefined ? [`file=${escapeGithubProperty(file)}`] : []),
					`title=${escapeGithubProperty(String(d.code ?? 'congvan'))}`,
				];
				const place = word !== undefined ? ` (${wordPlace(word)})` : '';
				out += `::${GITHUB_COMMANDS[severityOf(d)]} ${props.join(',')}::${escapeGithubData(messageText(d.message) + place)}\n`;
				return;
			}
			const properties: [string, string | number][] = [
				...(file !== undefined ? [['file', file] as [string, string]] : []),
				['line', start.line + 1],
				['col', start.character + 1],
				['endLine', end.line + 1],
				['endColumn', end.line === start.line ? Math.max(start.character + 1, end.character) : Math.max(1, end.character)],
				['title', String(d.code ?? 'congvan')],
			];
			const props = properties.map(([key, value]) => `${key}=${escapeGithubProperty(String(value))}`).join(',');
			out += `::${GITHUB_COMMANDS[severityOf(d)]} ${props}::${escapeGithubData(messageText(d.message))}\n`;
		});
	}
	return out;
}

/** A path as GitHub wants it in an annotation: relative to the root when under it, with "/". */
function githubPath(file: string, root: string): string {
	const absolute = path.resolve(file);
	const relative = path.relative(root, absolute);
	const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
	return (inside ? relative : absolute).split(path.sep).join('/');
}

/** The message of a workflow command: "%", CR and LF are written as %25, %0D and %0A. */
export function escapeGithubData(text: string): string {
	return text.replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** A property value of a workflow command: as a message, and ":" and "," as %3A and %2C. */
export function escapeGithubProperty(text: string): string {
	return escapeGithubData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

/** The SARIF region of an LSP range: 1-based lines and columns, end column exclusive as in LSP. */
function region(range: LspRange): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
	return {
		startLine: range.start.line + 1,
		startColumn: range.start.character + 1,
		endLine: range.end.line + 1,
		endColumn: range.end.character + 1,
	};
}

/** A relative, percent-encoded URI under `%SRCROOT%` when possible, else an absolute file URI. */
function artifactFor(report: FileReport, root: string): { uri: string; uriBaseId?: string } {
	if (report.path === undefined) {
		return { uri: STDIN_URI };
	}
	const absolute = path.resolve(report.path);
	const relative = path.relative(root, absolute);
	if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
		return { uri: pathToFileURL(absolute).href };
	}
	return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** The file: URI of a directory, ending in "/" so that names can be appended. */
export function directoryUri(directory: string): string {
	const href = pathToFileURL(path.resolve(directory)).href;
	return href.endsWith('/') ? href : `${href}/`;
}

function messageText(message: string | { value: string }): string {
	return typeof message === 'string' ? message : message.value;
}

function firstLine(message: string | { value: string }): string {
	const text = messageText(message);
	const at = text.search(/\r?\n|\r/u);
	return at < 0 ? text : text.slice(0, at);
}

/**
 * Terminal cells taken by a string, for aligning columns (not for positions, which are UTF-16 offsets):
 * combining marks of NFD text take none, and an astral character counts once.
 */
export function displayWidth(text: string): number {
	return text.replace(/\p{M}/gu, '').replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/gu, ' ').length;
}

/** Pads a string with spaces to `width` terminal cells. */
export function padToWidth(text: string, width: number): string {
	return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
