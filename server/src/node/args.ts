// The command line of `congvan`: argv in, a validated command out. Nothing here reads files or prints,
// so every usage error is a `UsageError` that cli.ts turns into a message and exit code 2.
import { parseArgs } from 'node:util';
import type { DateValue } from '../core/index';
import { parseIsoDate } from '../settings';

/** The report formats of `congvan lint`. */
export const FORMATS = ['stylish', 'json', 'sarif'] as const;

/** One of the report formats. */
export type Format = (typeof FORMATS)[number];

/** The extensions checked when walking a directory, unless `--ext` says otherwise. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['.congvan', '.txt'];

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
	/** Files, directories and "-" (standard input), in the order given. */
	paths: string[];
}

/** What the command line asks for. */
export type Command = { kind: 'help' } | { kind: 'version' } | { kind: 'rules' } | { kind: 'lint'; options: LintOptions };

/** A mistake in the command line; its message is Vietnamese and is printed after "congvan: ". */
export class UsageError extends Error {}

const OPTIONS = {
	help: { type: 'boolean', short: 'h' },
	version: { type: 'boolean', short: 'v' },
	format: { type: 'string', short: 'f' },
	config: { type: 'string', short: 'c' },
	profile: { type: 'string' },
	today: { type: 'string' },
	fix: { type: 'boolean' },
	ext: { type: 'string' },
} as const;

// Options that only `lint` takes, for a clear message when they are given to another command.
const LINT_ONLY = ['format', 'config', 'profile', 'today', 'fix', 'ext'] as const;

/** Parses the arguments after `node cli.js`. Throws `UsageError`. */
export function parseCommandLine(argv: readonly string[]): Command {
	const { values, positionals } = parse(argv);
	if (values.help) {
		return { kind: 'help' };
	}
	if (values.version) {
		return { kind: 'version' };
	}
	const [name, ...rest] = positionals;
	if (name === undefined) {
		throw new UsageError('thiếu lệnh: dùng "congvan lint <tệp…>" hoặc "congvan rules" (missing command).');
	}
	if (name === 'help') {
		return { kind: 'help' };
	}
	if (name === 'rules') {
		const extra = LINT_ONLY.find((option) => values[option] !== undefined);
		if (extra) {
			throw new UsageError(`lệnh "rules" không nhận tùy chọn --${extra} (option --${extra} is only for "lint").`);
		}
		if (rest.length > 0) {
			throw new UsageError(`lệnh "rules" không nhận đối số "${rest[0]}" (unexpected argument).`);
		}
		return { kind: 'rules' };
	}
	if (name !== 'lint') {
		const hint = /[./\\]/u.test(name) ? ` Có phải ý bạn là "congvan lint ${name}"?` : '';
		throw new UsageError(`không có lệnh "${name}" (unknown command).${hint}`);
	}
	if (rest.length === 0) {
		throw new UsageError('cần ít nhất một tệp hoặc thư mục; dùng "-" để đọc đầu vào chuẩn (no files given).');
	}
	if (rest.filter((p) => p === '-').length > 1) {
		throw new UsageError('chỉ được dùng "-" (đầu vào chuẩn) một lần ("-" may be given once).');
	}
	return {
		kind: 'lint',
		options: {
			format: parseFormat(values.format),
			...(values.today !== undefined ? { today: parseToday(values.today) } : {}),
			...(values.config !== undefined ? { config: values.config } : {}),
			...(values.profile !== undefined ? { profile: values.profile } : {}),
			fix: values.fix === true,
			extensions: values.ext === undefined ? [...DEFAULT_EXTENSIONS] : parseExtensions(values.ext),
			paths: rest,
		},
	};
}

function parse(argv: readonly string[]) {
	try {
		return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
	} catch (error) {
		throw new UsageError(describeParseError(error));
	}
}

function parseFormat(value: string | undefined): Format {
	if (value === undefined) {
		return 'stylish';
	}
	const format = FORMATS.find((f) => f === value);
	if (!format) {
		throw new UsageError(`định dạng "${value}" không hợp lệ; chọn ${FORMATS.join(', ')} (invalid --format).`);
	}
	return format;
}

function parseToday(value: string): DateValue {
	const date = parseIsoDate(value);
	if (!date) {
		throw new UsageError(`--today "${value}" không phải một ngày có thật dạng YYYY-MM-DD, ví dụ 2021-01-29 (invalid date).`);
	}
	return date;
}

function parseExtensions(value: string): string[] {
	const extensions = value
		.split(',')
		.map((e) => e.trim().toLowerCase())
		.filter((e) => e !== '')
		.map((e) => (e.startsWith('.') ? e : `.${e}`));
	if (extensions.length === 0 || extensions.some((e) => e === '.')) {
		throw new UsageError(`--ext "${value}" không hợp lệ; ví dụ: --ext .congvan,.txt,.md (invalid extension list).`);
	}
	return extensions;
}

/** A Vietnamese message for an error of node:util parseArgs, keeping its English text for details. */
function describeParseError(error: unknown): string {
	const { code, message } = error as { code?: string; message?: string };
	const detail = message ?? String(error);
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
		const option = /'([^']+)'/u.exec(detail)?.[1];
		return `tùy chọn không hợp lệ${option ? ` "${option}"` : ''}; để kiểm tra tệp có tên bắt đầu bằng "-", đặt nó sau "--" (${detail.split('.')[0]}).`;
	}
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
		return `giá trị tùy chọn không hợp lệ (${detail}).`;
	}
	return `dòng lệnh không hợp lệ (${detail}).`;
}
