// Reading a team's .congvanrc.json: the same file for the CLI and the language server. Configuration is
// data only (JSON), never code, so opening an untrusted workspace runs nothing.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LintConfig } from '../core/index';
import { normalizeConfigFile } from '../settings';
import { errnoText } from './files';

/** The name of the project configuration file. */
export const CONFIG_FILE_NAME = '.congvanrc.json';

/** A configuration read from a file, or the reasons it could not be used. */
export type ConfigFileResult = { config: LintConfig; file?: string } | { errors: string[] };

/** Reads and validates a configuration file. A missing optional file is an empty configuration. */
export function readConfigFile(file: string, optional: boolean): ConfigFileResult {
	let source: string;
	try {
		source = fs.readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (optional && (code === 'ENOENT' || code === 'ENOTDIR')) {
			return { config: {} };
		}
		return { errors: [`không đọc được tệp cấu hình "${file}" (${errnoText(error)}).`] };
	}
	let raw: unknown;
	try {
		raw = JSON.parse(source.replace(/^\uFEFF/u, ''));
	} catch (error) {
		return { errors: [`tệp cấu hình "${file}" không phải JSON hợp lệ (${(error as Error).message}).`] };
	}
	const { config, errors } = normalizeConfigFile(raw, file);
	return errors.length > 0 ? { errors } : { config, file };
}

/**
 * The nearest .congvanrc.json from `directory` upwards, not above `stop` (a workspace folder) when it is
 * an ancestor; undefined when there is none.
 */
export function findConfigFile(directory: string, stop?: string): string | undefined {
	let current = path.resolve(directory);
	const limit = stop === undefined ? undefined : path.resolve(stop);
	for (;;) {
		const candidate = path.join(current, CONFIG_FILE_NAME);
		if (fs.existsSync(candidate)) {
			return candidate;
		}
		const parent = path.dirname(current);
		if (parent === current || current === limit) {
			return undefined;
		}
		current = parent;
	}
}
