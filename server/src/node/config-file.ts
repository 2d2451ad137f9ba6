// Reading a team's .congvanrc.json: the same file for the CLI and the language server. Configuration is
// data only (JSON), never code, so opening an untrusted workspace runs nothing; it is read defensively
// (a regular file of at most 1 MB, never blocking on a FIFO or a device: see files.ts readRegularFile).
import type { LintConfig, Locale } from '../core/index';
import { t } from '../l10n';
import { normalizeConfigFile } from '../settings';
import { findUpwards, readJsonFile } from './files';

// The file's name is shared with the web worker's reader.
export { CONFIG_FILE_NAME } from '../project-config';
import { CONFIG_FILE_NAME } from '../project-config';

/**
 * A configuration read from a file (with warnings about what was ignored, such as an unknown top-level
 * key), or the reasons it could not be used.
 */
export type ConfigFileResult = { config: LintConfig; file?: string; warnings: string[] } | { errors: string[] };

/** Reads and validates a configuration file; messages are in `locale`. A missing optional file is an empty configuration. */
export function readConfigFile(file: string, optional: boolean, locale: Locale = 'vi'): ConfigFileResult {
	const read = readJsonFile(file, optional, locale);
	if ('missing' in read) {
		return { config: {}, warnings: [] };
	}
	if ('readError' in read) {
		return { errors: [t(locale, 'cannot read the configuration file "{file}" ({reason}).', { file, reason: read.readError })] };
	}
	if ('parseError' in read) {
		return { errors: [t(locale, 'the configuration file "{file}" is not valid JSON ({reason}).', { file, reason: read.parseError })] };
	}
	const raw = read.value;
	const { config, errors, warnings } = normalizeConfigFile(raw, file, locale);
	return errors.length > 0 ? { errors: [...errors, ...warnings] } : { config, file, warnings };
}

/**
 * The nearest .congvanrc.json from `directory` upwards, up to and including `stop` (a workspace folder, a
 * repository root); undefined when there is none.
 */
export function findConfigFile(directory: string, stop: string): string | undefined {
	return findUpwards(directory, CONFIG_FILE_NAME, stop);
}
