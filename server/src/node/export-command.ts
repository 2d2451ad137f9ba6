// `congvan export --format docx|pdf [-o OUT] <file>`: writes the letter as a Word document laid out per
// Phụ lục I and, for PDF, converts that document with LibreOffice. esbuild bundles this file, with the `docx`
// package, into dist/export.js, which dist/cli.js loads only for this command, so that checking letters never
// loads it.
//
// The layout is the team's: the nearest .congvan/profile.json above the letter (or --profile FILE), with its
// "layout" choices applied by layoutForProfile, as the layout rules and the preview read it.
//
// Exit codes: 0 the file is written (findings, if any, were listed on stderr first); 2 a usage error, an input
// that cannot be read, an unusable team profile, or an output that would overwrite the input; 3 the .docx is
// written but the PDF is not (LibreOffice is not installed, or it failed).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { lintLetter, parseLetter, type Locale, type Problem, type TeamProfile } from '../core/index';
import { layoutForProfile } from '../core/layout/profile';
import type { LayoutTable } from '../core/layout/nd30';
import { LineIndex } from '../core/text';
import { letterDocxBytes } from '../export/docx';
import { environmentLocale } from './args';
import { cliSearchStop } from './files';
import { findProfileFile, readProfileFile } from './profile-file';

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;
export const EXIT_NO_PDF = 3;

/** The export formats. */
export const EXPORT_FORMATS = ['docx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// The messages of this command, Vietnamese first. `{name}` is replaced.
const MESSAGES = {
	usage: {
		vi: 'Cách dùng: congvan export --format docx|pdf [-o TỆP_RA] [--profile TỆP_HỒ_SƠ] <tệp>',
		en: 'Usage: congvan export --format docx|pdf [-o OUT] [--profile FILE] <file>',
	},
	exitCodes: {
		vi: 'Mã thoát: 0 đã ghi tệp (các lỗi của văn bản, nếu có, được liệt kê trước); 2 sai cú pháp lệnh, không đọc được tệp vào, hồ sơ nhóm (.congvan/profile.json) không dùng được hoặc tệp ra trùng tệp vào; 3 đã ghi .docx nhưng không tạo được PDF (chưa cài LibreOffice hoặc LibreOffice lỗi).',
		en: "Exit codes: 0 written (the letter's findings, if any, listed first); 2 a usage error, an unreadable input, an unusable team profile (.congvan/profile.json), or an output that is the input; 3 the .docx is written but not the PDF (LibreOffice missing or failed).",
	},
	badFormat: { vi: 'định dạng "{value}" không hỗ trợ; chọn docx hoặc pdf.', en: 'unsupported format "{value}"; choose docx or pdf.' },
	oneFile: { vi: 'cần đúng một tệp để xuất.', en: 'give exactly one file to export.' },
	unreadable: { vi: 'không đọc được "{file}": {reason}', en: 'cannot read "{file}": {reason}' },
	sameAsInput: {
		vi: 'tệp ra "{file}" trùng với tệp vào; chọn tên khác bằng -o.',
		en: 'the output "{file}" is the input file; choose another name with -o.',
	},
	badExtension: {
		vi: 'tệp ra "{file}" phải có đuôi .{format}.',
		en: 'the output "{file}" must end in .{format}.',
	},
	findings: {
		vi: 'Cảnh báo: văn bản còn {count} lỗi, vẫn xuất:',
		en: 'Warning: the letter has {count} findings; exporting all the same:',
	},
	wrote: { vi: 'Đã ghi {file}', en: 'Wrote {file}' },
	noSoffice: {
		vi: 'Không tìm thấy LibreOffice (soffice) để tạo PDF. Đã ghi tệp Word {file}. Cài LibreOffice: sudo apt-get install libreoffice-writer-nogui (Debian, Ubuntu), hoặc tải tại https://www.libreoffice.org/download/, rồi chạy lại lệnh.',
		en: 'LibreOffice (soffice) was not found, so no PDF was made. The Word file {file} is written. Install LibreOffice: sudo apt-get install libreoffice-writer-nogui (Debian, Ubuntu), or download it from https://www.libreoffice.org/download/, then run the command again.',
	},
	sofficeFailed: {
		vi: 'LibreOffice không tạo được PDF ({reason}). Đã ghi tệp Word {file}.',
		en: 'LibreOffice could not make the PDF ({reason}). The Word file {file} is written.',
	},
} as const;

function say(locale: Locale, key: keyof typeof MESSAGES, data: Record<string, string | number> = {}): string {
	const template: string = MESSAGES[key][locale === 'en' ? 'en' : 'vi'];
	return template.replace(/\{(\w+)\}/gu, (whole, name: string) => String(data[name] ?? whole));
}

/** The parsed command line of `congvan export`. */
export interface ExportOptions {
	format: ExportFormat;
	input: string;
	output?: string;
	/** The team profile named with --profile; the nearest .congvan/profile.json above the letter otherwise. */
	profile?: string;
	locale: Locale;
}

/** Parses the arguments after `congvan export`; returns a message instead when they are wrong. */
export function parseExportArgs(
	argv: readonly string[],
	defaultLocale: Locale,
): ExportOptions | { error: string; locale: Locale } | { help: true; locale: Locale } {
	let locale = defaultLocale;
	try {
		const { values, positionals } = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: {
				format: { type: 'string', short: 'f', default: 'docx' },
				output: { type: 'string', short: 'o' },
				profile: { type: 'string' },
				locale: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
		});
		if (values.help) {
			return { help: true, locale };
		}
		if (values.locale === 'vi' || values.locale === 'en') {
			locale = values.locale;
		}
		const format = values.format ?? 'docx';
		if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
			return { error: say(locale, 'badFormat', { value: format }), locale };
		}
		if (positionals.length !== 1 || positionals[0] === undefined) {
			return { error: say(locale, 'oneFile'), locale };
		}
		return {
			format: format as ExportFormat,
			input: positionals[0],
			...(values.output !== undefined ? { output: values.output } : {}),
			...(values.profile !== undefined ? { profile: values.profile } : {}),
			locale,
		};
	} catch (error) {
		return { error: error instanceof Error ? error.message : String(error), locale };
	}
}

/** The output path: `-o` when given, else the input's name with the format's extension. */
export function outputPath(options: ExportOptions): string {
	if (options.output !== undefined) {
		return options.output;
	}
	const parsed = path.parse(options.input);
	return path.join(parsed.dir, `${parsed.name}.${options.format}`);
}

function describe(problem: Problem, lines: LineIndex): string {
	const at = lines.positionAt(problem.range.start);
	return `${at.line + 1}:${at.character + 1} ${problem.severity} ${problem.ruleId} ${problem.message}`;
}

/** Finds LibreOffice: $CONGVAN_SOFFICE, else `soffice` or `libreoffice` on the PATH. */
export function findSoffice(env: Readonly<Record<string, string | undefined>>): string | undefined {
	if (env['CONGVAN_SOFFICE']) {
		return env['CONGVAN_SOFFICE'];
	}
	for (const dir of (env['PATH'] ?? '').split(path.delimiter)) {
		for (const name of ['soffice', 'libreoffice']) {
			const candidate = path.join(dir, name);
			try {
				fs.accessSync(candidate, fs.constants.X_OK);
				return candidate;
			} catch {
				// Not here; look further.
			}
		}
	}
	return undefined;
}

/**
 * Converts a .docx to PDF with LibreOffice into `outDir`, in a profile of its own so that a LibreOffice the
 * user has open does not take the job. Returns the PDF's path, or the reason it failed.
 */
export function convertToPdf(soffice: string, docx: string, outDir: string): { pdf: string } | { reason: string } {
	const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-soffice-'));
	try {
		const result = spawnSync(
			soffice,
			[`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx],
			{ encoding: 'utf8', timeout: 180_000 },
		);
		const pdf = path.join(outDir, `${path.parse(docx).name}.pdf`);
		if (result.error) {
			return { reason: result.error.message };
		}
		if (result.status !== 0 || !fs.existsSync(pdf)) {
			return { reason: (result.stderr || result.stdout || `exit ${result.status}`).trim() };
		}
		return { pdf };
	} finally {
		fs.rmSync(profile, { recursive: true, force: true });
	}
}

/**
 * The .docx bytes of a letter's text, laid out per Phụ lục I with the team's choices (`layout`, which the
 * language server gives for the letter's profile; the decree's defaults when absent): for the VS Code commands,
 * which load dist/export.js.
 */
export async function letterToDocx(text: string, layout?: LayoutTable): Promise<Uint8Array> {
	return letterDocxBytes(parseLetter(text), layout);
}

/**
 * The team profile of the letter `input`: the file named with --profile, else the nearest
 * .congvan/profile.json from the letter's folder up to the repository root or the home directory (as `congvan
 * lint` finds it). Messages about dropped fields go to stderr; an unusable profile stops the export, so that
 * a letter is never laid out without the team's choices while the team believes they apply.
 */
function exportProfile(
	input: string,
	named: string | undefined,
	locale: Locale,
): { profile?: TeamProfile; layout: LayoutTable } | { errors: string[] } {
	const directory = path.dirname(path.resolve(input));
	const file = named ?? findProfileFile(directory, cliSearchStop(directory, os.homedir(), process.cwd()));
	if (file === undefined) {
		return { layout: layoutForProfile(undefined) };
	}
	const read = readProfileFile(file, false, locale);
	if ('errors' in read) {
		return { errors: read.errors };
	}
	for (const warning of read.warnings) {
		process.stderr.write(`congvan: ${warning}\n`);
	}
	// readProfileFile has checked the layout choices against the decree's ranges (profile.ts).
	return { profile: read.profile, layout: layoutForProfile(read.profile) };
}

/**
 * Converts the bytes of a .docx to PDF with LibreOffice, in a temporary folder: for the VS Code commands.
 * `missing` when LibreOffice is not installed; `reason` when it failed.
 */
export function docxToPdf(
	bytes: Uint8Array,
	env: Readonly<Record<string, string | undefined>>,
): { pdf: Uint8Array } | { missing: true } | { reason: string } {
	const soffice = findSoffice(env);
	if (!soffice) {
		return { missing: true };
	}
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-pdf-'));
	try {
		const docx = path.join(work, 'van-ban.docx');
		fs.writeFileSync(docx, bytes);
		const converted = convertToPdf(soffice, docx, work);
		return 'reason' in converted ? converted : { pdf: new Uint8Array(fs.readFileSync(converted.pdf)) };
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

/** Runs `congvan export` with the arguments after "export"; returns the exit code. */
export async function runExport(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
	const parsed = parseExportArgs(argv, environmentLocale(env));
	if ('help' in parsed) {
		process.stdout.write(`${say(parsed.locale, 'usage')}\n${say(parsed.locale, 'exitCodes')}\n`);
		return EXIT_OK;
	}
	if ('error' in parsed) {
		process.stderr.write(`congvan: ${parsed.error}\n${say(parsed.locale, 'usage')}\n`);
		return EXIT_USAGE;
	}
	const { locale, input, format } = parsed;
	const output = outputPath(parsed);
	if (!output.toLowerCase().endsWith(`.${format}`)) {
		process.stderr.write(`congvan: ${say(locale, 'badExtension', { file: output, format })}\n`);
		return EXIT_USAGE;
	}
	if (path.resolve(output) === path.resolve(input)) {
		process.stderr.write(`congvan: ${say(locale, 'sameAsInput', { file: output })}\n`);
		return EXIT_USAGE;
	}
	let text: string;
	try {
		text = fs.readFileSync(input, 'utf8');
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		process.stderr.write(`congvan: ${say(locale, 'unreadable', { file: input, reason })}\n`);
		return EXIT_USAGE;
	}
	const team = exportProfile(input, parsed.profile, locale);
	if ('errors' in team) {
		for (const error of team.errors) {
			process.stderr.write(`congvan: ${error}\n`);
		}
		return EXIT_USAGE;
	}
	const letter = parseLetter(text);
	const problems = lintLetter(letter, { locale, ...(team.profile ? { profile: team.profile } : {}) });
	if (problems.length > 0) {
		const lines = new LineIndex(text);
		process.stderr.write(`${say(locale, 'findings', { count: problems.length })}\n`);
		for (const problem of problems) {
			process.stderr.write(`  ${input}:${describe(problem, lines)}\n`);
		}
	}
	const bytes = await letterDocxBytes(letter, team.layout);
	const docx = format === 'docx' ? output : path.join(path.dirname(output), `${path.parse(output).name}.docx`);
	if (path.resolve(docx) === path.resolve(input)) {
		process.stderr.write(`congvan: ${say(locale, 'sameAsInput', { file: docx })}\n`);
		return EXIT_USAGE;
	}
	fs.mkdirSync(path.dirname(path.resolve(docx)), { recursive: true });
	fs.writeFileSync(docx, bytes);
	process.stderr.write(`${say(locale, 'wrote', { file: docx })}\n`);
	if (format === 'docx') {
		return EXIT_OK;
	}
	const soffice = findSoffice(env);
	if (!soffice) {
		process.stderr.write(`congvan: ${say(locale, 'noSoffice', { file: docx })}\n`);
		return EXIT_NO_PDF;
	}
	// LibreOffice names the PDF after the .docx; convert in a temporary folder and move it to the name asked for.
	const work = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-pdf-'));
	try {
		const converted = convertToPdf(soffice, path.resolve(docx), work);
		if ('reason' in converted) {
			process.stderr.write(`congvan: ${say(locale, 'sofficeFailed', { file: docx, reason: converted.reason })}\n`);
			return EXIT_NO_PDF;
		}
		fs.copyFileSync(converted.pdf, output);
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
	process.stderr.write(`${say(locale, 'wrote', { file: output })}\n`);
	return EXIT_OK;
}
