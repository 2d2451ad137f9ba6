// The `congvan` command: reads letters, checks them with the core, prints the findings and, with --fix,
// writes the fixed letters back. esbuild bundles this file into dist/cli.js (the package's "bin").
// Exit codes: 0 no error-level finding, 1 at least one, 2 a usage error or a file that could not be checked.
// Everything it prints is in one language: `--locale vi|en`, else LC_ALL/LC_MESSAGES/LANG when Vietnamese
// or English, else Vietnamese. JSON and SARIF carry the diagnostics the server publishes for that language.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toDiagnostics } from '../convert';
import {
	RULES,
	fixText,
	lintText,
	ruleDescription,
	type DateValue,
	type LintConfig,
	type Locale,
	type Problem,
	type TeamProfile,
} from '../core/index';
import { wordLocationAt } from '../core/letter/format';
import { lintDocx } from '../docx/letter';
import { t } from '../l10n';
import { CONFIG_FILE_NAME, findConfigFile, readConfigFile, type ConfigFileResult } from './config-file';
import { PROFILE_PATH, findProfileFile, readProfileFile, type ProfileFileResult } from './profile-file';
import { DEFAULT_EXTENSIONS, FORMATS, UsageError, environmentLocale, parseCommandLine, type LintOptions } from './args';
import {
	cliSearchStop,
	collectTargets,
	decodeStdin,
	encode,
	readRegularFile,
	readStdin,
	readTarget,
	writeFixed,
	type ReadTarget,
} from './files';
import {
	STDIN_URI,
	displayWidth,
	escapeControl,
	formatGithub,
	formatSarif,
	formatStylish,
	JsonReportWriter,
	joinJsonEntries,
	jsonEntry,
	padToWidth,
	severityOf,
	severityWord,
	type FileReport,
} from './formatters';
import { tuneForBatch, tuneForRun } from './v8-tuning';

/** The configuration file looked for above each letter when --config is not given. */
export const DEFAULT_CONFIG_FILE = CONFIG_FILE_NAME;

/** The team profile looked for above each letter when --profile is not given. */
export const DEFAULT_PROFILE_FILE = PROFILE_PATH;

// dist/cli.js sits in dist/; docs/rules/ and package.json are at the package root (as for dist/server.js).
const PACKAGE_ROOT = path.join(__dirname, '..');

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_FAILURE = 2;

/** Runs the command line and returns the exit code. `env` gives the default language (LANG, LC_ALL). */
export async function main(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): Promise<number> {
	if (argv[0] === 'export') {
		// dist/export.js (export-command.ts with the docx package) is loaded only for this command.
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const exporter = require(path.join(__dirname, 'export.js')) as typeof import('./export-command');
		return exporter.runExport(argv.slice(1), env);
	}
	let command;
	try {
		command = parseCommandLine(argv, environmentLocale(env));
	} catch (error) {
		if (error instanceof UsageError) {
			printError(error.message);
			process.stderr.write(`${t(error.locale, 'Run "congvan --help" for usage.')}\n`);
			return EXIT_FAILURE;
		}
		throw error;
	}
	switch (command.kind) {
		case 'help':
			process.stdout.write(helpText(command.locale));
			return EXIT_OK;
		case 'version':
			process.stdout.write(`${packageInfo().version}\n`);
			return EXIT_OK;
		case 'rules':
			process.stdout.write(rulesTable(command.locale));
			return EXIT_OK;
		case 'lint':
			return lint(command.options, command.locale);
	}
}

async function lint(options: LintOptions, locale: Locale): Promise<number> {
	// A file named with --config or --profile applies to every letter, and any problem with it stops the run.
	const explicitConfig = options.config === undefined ? undefined : readConfigFile(options.config, false, locale);
	if (explicitConfig !== undefined && 'errors' in explicitConfig) {
		explicitConfig.errors.forEach(printError);
		return EXIT_FAILURE;
	}
	const explicitProfile = options.profile === undefined ? undefined : readProfileFile(options.profile, false, locale);
	if (explicitProfile !== undefined && 'errors' in explicitProfile) {
		explicitProfile.errors.forEach(printError);
		return EXIT_FAILURE;
	}
	explicitConfig?.warnings.forEach(printError);
	explicitProfile?.warnings.forEach(printError);
	const today = options.today ?? localToday();
	const info = packageInfo();
	const docsBaseUri = rulesBaseFor(options.rulesBaseUrl, locale);

	const { targets, errors: failures } = collectTargets(options.paths, options.extensions, locale);
	tuneForRun(targets.length);
	failures.forEach(printError);
	const fail = (message: string): void => {
		failures.push(message);
		printError(message);
	};
	const project = new ProjectFiles(locale, fail);
	// The configuration of a letter: the files named on the command line, else the nearest project files.
	// The letters of a folder share one configuration, made for the first of them (keyed by the folder as
	// written, so that a folder of two thousand letters is resolved once, not two thousand times).
	const configs = new Map<string, LintConfig>();
	const configFor = (file: string | undefined): LintConfig => {
		const key = file === undefined ? '' : path.dirname(file);
		let config = configs.get(key);
		if (config === undefined) {
			const directory = file === undefined ? process.cwd() : path.dirname(path.resolve(file));
			const rules = explicitConfig !== undefined ? explicitConfig.config.rules : project.rulesFor(directory);
			const profile = explicitProfile !== undefined ? explicitProfile.profile : project.profileFor(directory);
			config = { ...(rules !== undefined ? { rules } : {}), today, ...(profile !== undefined ? { profile } : {}), locale };
			configs.set(key, config);
		}
		return config;
	};

	// With "-" and --fix the fixed letter goes to standard output, so the report goes to standard error.
	const reportStream = options.fix && targets.some((t) => t.path === undefined) ? process.stderr : process.stdout;
	// The JSON report on standard output is written as each file is checked (JsonReportWriter), and its
	// entries are not kept; on standard error, where the messages about files go too, it is written at the
	// end, after them, as the other formats are. Those need the diagnostics themselves. Either way the exit
	// code needs only the counts.
	const reports: FileReport[] = [];
	const jsonEntries: string[] = [];
	const jsonWriter =
		options.format === 'json' && reportStream === process.stdout ? new JsonReportWriter((chunk) => process.stdout.write(chunk)) : undefined;
	let errors = 0;
	let warnings = 0;
	const keep = (report: FileReport): void => {
		for (const diagnostic of report.diagnostics) {
			const severity = severityOf(diagnostic);
			if (severity === 'error') {
				errors++;
			} else if (severity === 'warning') {
				warnings++;
			}
		}
		if (jsonWriter !== undefined) {
			jsonWriter.add(jsonEntry(report));
		} else if (options.format === 'json') {
			jsonEntries.push(jsonEntry(report));
		} else {
			reports.push(report);
		}
	};
	let fixedStdin: Buffer | undefined;
	for (const target of targets) {
		if (target.path !== undefined && isWordFile(target.path)) {
			const report = checkWordFile(target.path, target.display, configFor(target.path), options.fix, locale, docsBaseUri, fail);
			if (report !== undefined) {
				keep(report);
			}
			continue;
		}
		const stdin = target.path === undefined ? await readStdin() : undefined;
		const decoded = stdin !== undefined ? decodeStdin(stdin, locale) : readTarget(target.path ?? '', target.display, locale);
		if ('error' in decoded) {
			fail(decoded.error);
			if (stdin !== undefined && options.fix) {
				// A filter (":%!congvan lint --fix -") must give back what it cannot check, byte for byte.
				fixedStdin = stdin;
			}
			continue;
		}
		const config = configFor(target.path);
		let text = decoded.text;
		let problems: Problem[];
		if (options.fix) {
			const fixed = fixText(text, config);
			const read = 'read' in decoded ? (decoded as ReadTarget).read : undefined;
			const error =
				target.path === undefined || fixed.output === text || read === undefined
					? undefined
					: writeFixed(target.path, encode(fixed.output, decoded.bom), read, target.display, locale);
			if (error === undefined) {
				text = fixed.output;
				problems = fixed.problems;
				if (target.path === undefined) {
					fixedStdin = encode(text, decoded.bom);
				}
			} else {
				// The file on disk is unchanged, so report what is in it.
				fail(error);
				problems = lintText(text, config);
			}
		} else {
			problems = lintText(text, config);
		}
		// The URI appears only in related information, so a letter without any is spared making it.
		const uri =
			target.path === undefined ? STDIN_URI : problems.some((p) => p.related) ? pathToFileURL(path.resolve(target.path)).href : '';
		keep({
			file: target.display,
			...(target.path !== undefined ? { path: target.path } : {}),
			diagnostics: toDiagnostics(text, problems, { uri, docsBaseUri, locale }),
		});
	}

	let report: string;
	switch (options.format) {
		case 'json':
			report = jsonWriter === undefined ? joinJsonEntries(jsonEntries) : '';
			jsonWriter?.end();
			break;
		case 'sarif':
			report = formatSarif(reports, {
				version: info.version,
				root: process.cwd(),
				...info.links,
				...(options.rulesBaseUrl !== undefined
					? { helpBaseUri: docsBaseUri, informationUri: info.links.informationUri ?? options.rulesBaseUrl }
					: {}),
				rulePage: (id) => rulePage(id, locale),
				notifications: failures,
				executionSuccessful: failures.length === 0,
				locale,
			});
			break;
		case 'github':
			report = formatGithub(reports, { root: process.cwd() });
			break;
		case 'stylish':
			report = formatStylish(reports, { color: useColor(reportStream), fixed: options.fix, locale });
			break;
	}
	if (fixedStdin !== undefined) {
		process.stdout.write(fixedStdin);
	}
	if (report !== '') {
		reportStream.write(report);
	}

	if (failures.length > 0) {
		return EXIT_FAILURE;
	}
	if (errors > 0) {
		return EXIT_FINDINGS;
	}
	// As ESLint's --max-warnings: more warning-level findings than allowed fail the run; -1 is no limit.
	if (options.maxWarnings !== undefined && options.maxWarnings >= 0 && warnings > options.maxWarnings) {
		printError(t(locale, 'too many warnings ({count}; --max-warnings allows {max}).', { count: warnings, max: options.maxWarnings }));
		return EXIT_FINDINGS;
	}
	return EXIT_OK;
}

/** The Word files the CLI reads with the .docx reader (by extension): .docx, .docm (macros never run), .dotx, .dotm. */
export function isWordFile(file: string): boolean {
	return /\.do[ct][xm]$/iu.test(file);
}

/** The largest Word file read: 100 MiB (a letter with scanned images; media are never inflated). */
const MAX_WORD_BYTES = 100 * 1024 * 1024;

/**
 * Checks a Word file: reads it with readDocx (never writes it: --fix is refused for it), lints its text view
 * with its formatting, and gives each diagnostic the Word location of its paragraph. A file that cannot be
 * read is a failure with the reader's message; what the reader notes (macros ignored, external links not
 * followed, no page setup) is printed on standard error.
 */
function checkWordFile(
	file: string,
	display: string,
	config: LintConfig,
	fix: boolean,
	locale: Locale,
	docsBaseUri: string,
	fail: (message: string) => void,
): FileReport | undefined {
	const read = readRegularFile(file, MAX_WORD_BYTES, locale);
	if ('failure' in read) {
		fail(t(locale, 'cannot read the file "{file}" ({reason}).', { file: display, reason: read.reason }));
		return undefined;
	}
	// The .docx reader, with its XML and zip packages, is initialised for the first Word file only: a run over
	// text letters does not pay for it (esbuild keeps it in dist/cli.js, inside a lazy initialiser).
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { readDocx } = require('../docx/read') as typeof import('../docx/read');
	const result = readDocx(new Uint8Array(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength));
	if (!result.ok) {
		const reason = locale === 'en' ? result.error.messageEn : result.error.message;
		fail(t(locale, 'cannot check the Word file "{file}": {reason}', { file: display, reason }));
		return undefined;
	}
	if (fix) {
		fail(t(locale, '--fix does not change Word files: "{file}" was checked and left as it is.', { file: display }));
	}
	for (const note of result.notes) {
		printError(`${display}: ${locale === 'en' ? note.messageEn : note.message}`);
	}
	const problems = lintDocx(result, config);
	const uri = pathToFileURL(path.resolve(file)).href;
	return {
		file: display,
		path: file,
		diagnostics: toDiagnostics(result.text, problems, { uri, docsBaseUri, locale }),
		word: problems.map((p) => wordLocationAt(result.format, p.range.start)),
	};
}

/**
 * The base of the rule pages' links in the diagnostics: the --rules-base-url, else the path of the pages
 * in the repository ("docs/rules/"), never a file: URI of the machine that ran the check. English readers
 * get the English pages, under "en/".
 */
export function rulesBaseFor(rulesBaseUrl: string | undefined, locale: Locale): string {
	const base = rulesBaseUrl ?? 'docs/rules/';
	return locale === 'en' ? `${base}en/` : base;
}

/** A rule's page in a language, from the installed package (docs/rules/ and docs/rules/en/). */
function rulePage(id: string, locale: Locale): string | undefined {
	const file = path.join(PACKAGE_ROOT, 'docs', 'rules', ...(locale === 'en' ? ['en'] : []), `${id}.md`);
	try {
		return fs.readFileSync(file, 'utf8');
	} catch {
		return undefined;
	}
}

/**
 * The project files of each letter, as the language server finds them: the nearest .congvanrc.json and
 * .congvan/profile.json from the letter's folder up to the repository root or the home directory (see
 * files.ts cliSearchStop). Each file is read once; a problem with one is reported once (as a failure: the
 * exit code is 2) and the letters under it are checked with the defaults. The search runs once per folder,
 * since `configFor` in lint() keeps one configuration per folder.
 */
class ProjectFiles {
	private readonly configs = new Map<string, ConfigFileResult>();
	private readonly profiles = new Map<string, ProfileFileResult>();

	constructor(
		private readonly locale: Locale,
		private readonly fail: (message: string) => void,
	) {}

	rulesFor(directory: string): LintConfig['rules'] {
		const file = findConfigFile(directory, cliSearchStop(directory, os.homedir(), process.cwd()));
		if (file === undefined) {
			return undefined;
		}
		let result = this.configs.get(file);
		if (result === undefined) {
			result = readConfigFile(file, true, this.locale);
			this.configs.set(file, result);
			('errors' in result ? result.errors : []).forEach(this.fail);
			('warnings' in result ? result.warnings : []).forEach(printError);
		}
		return 'config' in result ? result.config.rules : undefined;
	}

	profileFor(directory: string): TeamProfile | undefined {
		const file = findProfileFile(directory, cliSearchStop(directory, os.homedir(), process.cwd()));
		if (file === undefined) {
			return undefined;
		}
		let result = this.profiles.get(file);
		if (result === undefined) {
			result = readProfileFile(file, true, this.locale);
			this.profiles.set(file, result);
			('errors' in result ? result.errors : []).forEach(this.fail);
			('warnings' in result ? result.warnings : []).forEach(printError);
		}
		return 'profile' in result ? result.profile : undefined;
	}
}

/** Today by the local clock, as a letter writer in Việt Nam would read it off the wall. */
function localToday(): DateValue {
	const now = new Date();
	return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

/** Colours only for a terminal, and never when NO_COLOR is set to something (https://no-color.org). */
function useColor(stream: NodeJS.WriteStream): boolean {
	return stream.isTTY === true && !process.env['NO_COLOR'];
}

/** Prints a message on standard error; control characters in it (from a file name) are shown escaped. */
function printError(message: string): void {
	process.stderr.write(`congvan: ${escapeControl(message)}\n`);
}

/** What the CLI knows about its own package. */
interface PackageInfo {
	version: string;
	/** Public links for SARIF, from "homepage" and "repository" when they are https URLs. */
	links: { informationUri?: string; helpBaseUri?: string };
}

function packageInfo(): PackageInfo {
	let pkg: Record<string, unknown> = {};
	try {
		pkg = JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;
	} catch {
		// Only a broken installation has no package.json; the version then reads 0.0.0.
	}
	return { version: String(pkg['version'] ?? '0.0.0'), links: publicLinks(pkg) };
}

/**
 * SARIF links. Code-scanning services show `helpUri` to everyone who reads an alert, so it must be a public
 * https page, not a file: URI on the machine that ran the check; without a GitHub "repository" there is none.
 */
export function publicLinks(pkg: Record<string, unknown>): PackageInfo['links'] {
	const repository = pkg['repository'];
	const url = typeof repository === 'string' ? repository : (repository as { url?: unknown } | undefined)?.url;
	const repo = typeof url === 'string' ? /^(?:git\+)?(https:\/\/github\.com\/[^/]+\/[^/]+?)(?:\.git)?\/?$/u.exec(url)?.[1] : undefined;
	const homepage = typeof pkg['homepage'] === 'string' && pkg['homepage'].startsWith('https://') ? pkg['homepage'] : undefined;
	const informationUri = homepage ?? repo;
	return {
		...(informationUri ? { informationUri } : {}),
		...(repo ? { helpBaseUri: `${repo}/blob/HEAD/docs/rules/` } : {}),
	};
}

/** `congvan rules`: every rule with its default level, whether --fix can fix it, and what it requires. */
function rulesTable(locale: Locale): string {
	const header = [t(locale, 'Rule'), t(locale, 'Default level'), t(locale, 'Fixable'), t(locale, 'Description')];
	// The level's name, and in Vietnamese the id that the settings use after it.
	const level = (severity: Parameters<typeof severityWord>[0]): string =>
		locale === 'en' ? severity : `${severityWord(severity, locale)} (${severity})`;
	const rows = RULES.map((rule) => [
		rule.id,
		level(rule.defaultSeverity),
		rule.fixable ? t(locale, 'yes') : t(locale, 'no'),
		ruleDescription(rule, locale),
	]);
	const widths = [0, 1, 2].map((i) => Math.max(...[header, ...rows].map((row) => displayWidth(row[i] ?? ''))));
	const line = (row: string[]): string => `${row.map((cell, i) => padToWidth(cell, widths[i] ?? 0)).join('  ')}\n`;
	return [header, ...rows].map(line).join('');
}

/**
 * `congvan --help` in a language. The Vietnamese help ends with a short English summary, for readers of
 * a Vietnamese terminal who do not read Vietnamese; `--locale en` prints the English help alone.
 */
function helpText(locale: Locale): string {
	const args = {
		formats: FORMATS.join(', '),
		config: DEFAULT_CONFIG_FILE,
		profile: DEFAULT_PROFILE_FILE,
		extensions: DEFAULT_EXTENSIONS.join(','),
	};
	const help = t(
		locale,
		`congvan — checks Vietnamese administrative letters against Decree 30/2020/NĐ-CP

Usage:
  congvan lint [options] <files or directories…>   check the files; "-" is standard input
  congvan rules                                     list the rules
  congvan export [options] <file>                   write the letter as Word or PDF (congvan export --help)
  congvan --help | --version

Options of lint:
  -f, --format <format>     {formats} (default: stylish)
  -c, --config <file>       a JSON configuration file, for example { "rules": { "missing-noi-nhan": "off" } };
                            default: the nearest {config} above each file, up to the
                            repository root (a folder with .git) or the home directory
      --profile <file>      the team profile (units, bodies, signers) for the unknown-unit rule;
                            default: the nearest {profile} above each file, likewise
      --today <YYYY-MM-DD>  today's date for the rules about dates (default: the local clock)
      --fix                 fix and write back the files that change; with "-", print the fixed text to
                            standard output and the report to standard error
      --ext <ext,…>         more extensions to check when walking directories, besides {extensions}
                            (for example --ext .txt,.md)
      --max-warnings <n>    exit 1 when there are more than n warnings (for CI, like ESLint)
      --rules-base-url <url>  the base URL of the rule pages, for links in json, sarif and github
                            output (default: the docs/rules/ path of the repository)
      --locale <vi|en>      the language of messages (default: from LC_ALL, LC_MESSAGES or LANG when
                            they name Vietnamese or English, else Vietnamese)
  -h, --help                print this help
  -v, --version             print the version

Formats: stylish (for people and the $congvan problem matcher of VS Code), json (the LSP diagnostics),
sarif (code scanning), github (annotations of a GitHub Actions workflow).
Directories are walked recursively in name order, skipping node_modules, entries whose name starts with ".",
symbolic links, special files and what .congvanignore files (gitignore syntax) in the folder and above list. --fix writes only regular files that did not change since they were read,
keeping their owner, mode and hard links; it never writes through a symbolic link or into a read-only file.
Files named on the command line are always checked, whatever their extension. A Word file (.docx, .docm, .dotx)
is read as text and layout and its findings are placed by paragraph; --ext docx adds Word files to walks; --fix
never changes a Word file, and a macro in one is never run.
Exit codes: 0 no error-level finding; 1 at least one error-level finding; 2 a usage error or a file that could not be checked.
`,
		args,
	);
	if (locale !== 'vi') {
		return help;
	}
	return `${help}
English:
  congvan lint [options] <files or directories…>   check letters; "-" reads standard input
  congvan rules                                     list the rules
  congvan export [options] <file>                   write the letter as Word or PDF (congvan export --help)
  Options: --format stylish|json|sarif|github, --max-warnings N, --rules-base-url URL, --config FILE (default: the nearest ${DEFAULT_CONFIG_FILE} above each
  file, up to the repository root or home), --profile FILE (the team profile, default: the nearest
  ${DEFAULT_PROFILE_FILE}, likewise),
  --today YYYY-MM-DD (default: the local clock), --fix (write fixed files back; with "-", print the fixed
  text to stdout and the report to stderr), --ext LIST (more extensions checked in directories, besides
  ${DEFAULT_EXTENSIONS.join(',')}), --locale vi|en (the language of messages), --help, --version.
  Directories are walked recursively in name order, skipping node_modules, dotted entries, links and what
  .congvanignore files list; files named
  on the command line are always checked. Exit codes: 0 no error-level finding, 1 at least one, 2 a usage
  error or a file that could not be checked. "congvan --locale en --help" prints the help in English.
`;
}

if (require.main === module) {
	tuneForBatch();
	// Exit quietly when the reader of a pipe goes away (e.g. "| head"), without a stack trace.
	process.stdout.on('error', (error: NodeJS.ErrnoException) => {
		if (error.code === 'EPIPE') {
			process.exit(process.exitCode ?? EXIT_OK);
		}
		throw error;
	});
	main(process.argv.slice(2)).then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			printError(t(environmentLocale(process.env), 'internal error: {stack}', { stack: (error as Error)?.stack ?? String(error) }));
			process.exitCode = EXIT_FAILURE;
		},
	);
}
