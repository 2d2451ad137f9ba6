// The command line of `congvan`: argv in, a validated command out. Nothing here reads files or prints,
// so every usage error is a `UsageError` that cli.ts turns into a message and exit code 2.
import { parseArgs } from 'node:util';
import { localeOfTag, type DateValue, type Locale } from '../core/index';
import { t } from '../l10n';
import { normalizeBaseUrl, parseIsoDate } from '../settings';

/** The report formats of `congvan lint`. */
export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;

/** One of the report formats. */
export type Format = (typeof FORMATS)[number];

/**
 * The extensions checked when walking a directory: `.congvan` only, the files the editor checks too.
 * `--ext .txt,.md` adds others; a file named on the command line is checked whatever its extension.
 */
export const DEFAULT_EXTENSIONS: readonly string[] = ['.congvan'];

/** The options of `congvan lint`. */
export interface LintOptions {
	/** How to print the findings. */
	format: Format;
	/** Today's date from `--today`; undefined means the local clock. */
	today?: DateValue;
	/** The `--config` file, if given. */
	config?: string;
	/** The `--profile` file (the team profile), if given. */
	profile?: string;
	/** Whether to apply fixes and write the files back. */
	fix: boolean;
	/** Lower-case extensions with their dot, checked when walking directories. */
	extensions: string[];
	/** `--max-warnings N`: exit 1 when there are more warning-level findings than this. */
	maxWarnings?: number;
	/** `--rules-base-url URL`: the base URL of the rule pages, ending in "/". */
	rulesBaseUrl?: string;
	/** Files, directories and "-" (standard input), in the order given. */
	paths: string[];
}

/** What the command line asks for, and the language to answer in. */
export type Command = ({ kind: 'help' } | { kind: 'version' } | { kind: 'rules' } | { kind: 'lint'; options: LintOptions }) & {
	locale: Locale;
};

/** A mistake in the command line; its message is in `locale` and is printed after "congvan: ". */
export class UsageError extends Error {
	constructor(
		message: string,
		/** The language of the message, for what cli.ts prints after it. */
		readonly locale: Locale,
	) {
		super(message);
	}
}

/** The languages `--locale` takes. */
export const CLI_LOCALES: readonly Locale[] = ['vi', 'en'];

/**
 * The language when `--locale` is not given: the first of LC_ALL, LC_MESSAGES and LANG that is set (the
 * POSIX order) when it is Vietnamese or English ("vi_VN.UTF-8", "en_US.UTF-8"), else Vietnamese.
 */
export function environmentLocale(env: Readonly<Record<string, string | undefined>>): Locale {
	const name = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((value) => value !== undefined && value !== '');
	return localeOfTag(name) ?? 'vi';
}

const OPTIONS = {
	help: { type: 'boolean', short: 'h' },
	version: { type: 'boolean', short: 'v' },
	format: { type: 'string', short: 'f' },
	config: { type: 'string', short: 'c' },
	profile: { type: 'string' },
	today: { type: 'string' },
	fix: { type: 'boolean' },
	ext: { type: 'string' },
	locale: { type: 'string' },
	'max-warnings': { type: 'string' },
	'rules-base-url': { type: 'string' },
} as const;

// Options that only `lint` takes, for a clear message when they are given to another command.
const LINT_ONLY = ['format', 'config', 'profile', 'today', 'fix', 'ext', 'max-warnings', 'rules-base-url'] as const;

/**
 * Parses the arguments after `node cli.js`. Throws `UsageError`. `defaultLocale` (from the environment)
 * applies when there is no `--locale`; the errors are in the language asked for, as far as it can be read.
 */
export function parseCommandLine(argv: readonly string[], defaultLocale: Locale = 'vi'): Command {
	// Read --locale before anything else, so that even an error about another option is in that language.
	const asked = scanLocale(argv);
	const locale = asked !== undefined && CLI_LOCALES.includes(asked as Locale) ? (asked as Locale) : defaultLocale;
	const fail = (message: string): never => {
		throw new UsageError(message, locale);
	};
	const { values, positionals } = parse(argv, locale);
	if (values.locale !== undefined && !CLI_LOCALES.includes(values.locale as Locale)) {
		fail(t(locale, 'invalid --locale "{value}"; choose {choices}.', { value: values.locale, choices: CLI_LOCALES.join(', ') }));
	}
	if (values.help) {
		return { kind: 'help', locale };
	}
	if (values.version) {
		return { kind: 'version', locale };
	}
	const [name, ...rest] = positionals;
	if (name === undefined) {
		return fail(t(locale, 'missing command: use "congvan lint <files…>" or "congvan rules".'));
	}
	if (name === 'help') {
		return { kind: 'help', locale };
	}
	if (name === 'rules') {
		const extra = LINT_ONLY.find((option) => values[option] !== undefined);
		if (extra) {
			fail(t(locale, 'the "rules" command takes no --{option} option (it is only for "lint").', { option: extra }));
		}
		if (rest.length > 0) {
			fail(t(locale, 'the "rules" command takes no argument "{argument}".', { argument: rest[0] ?? '' }));
		}
		return { kind: 'rules', locale };
	}
	if (name !== 'lint') {
		const hint = /[./\\]/u.test(name) ? t(locale, ' Did you mean "congvan lint {name}"?', { name }) : '';
		fail(t(locale, 'there is no command "{name}".{hint}', { name, hint }));
	}
	if (rest.length === 0) {
		fail(t(locale, 'give at least one file or directory; use "-" to read standard input.'));
	}
	if (rest.filter((p) => p === '-').length > 1) {
		fail(t(locale, '"-" (standard input) may be given only once.'));
	}
	return {
		kind: 'lint',
		locale,
		options: {
			format: parseFormat(values.format, locale),
			...(values.today !== undefined ? { today: parseToday(values.today, locale) } : {}),
			...(values.config !== undefined ? { config: values.config } : {}),
			...(values.profile !== undefined ? { profile: values.profile } : {}),
			fix: values.fix === true,
			extensions: values.ext === undefined ? [...DEFAULT_EXTENSIONS] : parseExtensions(values.ext, locale),
			...(values['max-warnings'] !== undefined ? { maxWarnings: parseMaxWarnings(values['max-warnings'], locale) } : {}),
			...(values['rules-base-url'] !== undefined ? { rulesBaseUrl: parseBaseUrl(values['rules-base-url'], locale) } : {}),
			paths: rest,
		},
	};
}

/** The value of the last `--locale X` or `--locale=X` before a "--", without validating anything else. */
function scanLocale(argv: readonly string[]): string | undefined {
	let found: string | undefined;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		if (arg === '--') {
			break;
		}
		if (arg === '--locale') {
			found = argv[i + 1];
			i++;
		} else if (arg.startsWith('--locale=')) {
			found = arg.slice('--locale='.length);
		}
	}
	return found;
}

function parse(argv: readonly string[], locale: Locale) {
	try {
		return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
	} catch (error) {
		throw new UsageError(describeParseError(error, locale), locale);
	}
}

function parseFormat(value: string | undefined, locale: Locale): Format {
	if (value === undefined) {
		return 'stylish';
	}
	const format = FORMATS.find((f) => f === value);
	if (!format) {
		throw new UsageError(t(locale, 'invalid --format "{value}"; choose {choices}.', { value, choices: FORMATS.join(', ') }), locale);
	}
	return format;
}

function parseToday(value: string, locale: Locale): DateValue {
	const date = parseIsoDate(value);
	if (!date) {
		throw new UsageError(
			t(locale, '--today "{value}" is not a real date of the form YYYY-MM-DD, for example 2021-01-29.', { value }),
			locale,
		);
	}
	return date;
}

function parseExtensions(value: string, locale: Locale): string[] {
	const extensions = value
		.split(',')
		.map((e) => e.trim().toLowerCase())
		.filter((e) => e !== '')
		.map((e) => (e.startsWith('.') ? e : `.${e}`));
	if (extensions.length === 0 || extensions.some((e) => e === '.')) {
		throw new UsageError(t(locale, 'invalid --ext "{value}"; for example: --ext .txt,.md', { value }), locale);
	}
	// The extensions named are added to .congvan, as a user opts other file types in in the editor.
	return [...new Set([...DEFAULT_EXTENSIONS, ...extensions])];
}

function parseMaxWarnings(value: string, locale: Locale): number {
	// ESLint's -1 means "no limit"; any other value is a count.
	if (!/^(?:-1|\d+)$/u.test(value)) {
		throw new UsageError(
			t(locale, 'invalid --max-warnings "{value}"; give a whole number, for example --max-warnings 0.', { value }),
			locale,
		);
	}
	return Number(value);
}

/**
 * The base URL of the rule pages, with a "/" added at its end. Only http and https: the links are for
 * people who read a report on another machine (a pull request, a code-scanning alert), so never file:.
 */
function parseBaseUrl(value: string, locale: Locale): string {
	const url = normalizeBaseUrl(value);
	if (url === undefined) {
		throw new UsageError(
			t(locale, 'invalid --rules-base-url "{value}"; give an http or https URL, for example https://example.org/congvan/docs/rules/', {
				value,
			}),
			locale,
		);
	}
	return url;
}

/** A message in `locale` for an error of node:util parseArgs, keeping its English text for details. */
function describeParseError(error: unknown, locale: Locale): string {
	const { code, message } = error as { code?: string; message?: string };
	const detail = message ?? String(error);
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
		const option = /'([^']+)'/u.exec(detail)?.[1];
		const args = { detail: detail.split('.')[0] ?? detail, option: option ?? '' };
		return option
			? t(locale, 'invalid option "{option}"; to check a file whose name starts with "-", put it after "--" ({detail}).', args)
			: t(locale, 'invalid option; to check a file whose name starts with "-", put it after "--" ({detail}).', args);
	}
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
		return t(locale, 'invalid option value ({detail}).', { detail });
	}
	return t(locale, 'invalid command line ({detail}).', { detail });
}
