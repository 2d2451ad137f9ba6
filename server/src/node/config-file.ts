// Reading a team's .congvanrc.json: the same file for the CLI and the language server. Configuration is
// data only (JSON), never code, so opening an untrusted workspace runs nothing.
import type { LintConfig, Locale } from '../core/index';
import { t } from '../l10n';
import { normalizeConfigFile } from '../settings';
import { findUpwards, readJsonFile } from './files';

/** The name of the project configuration file. */
export const CONFIG_FILE_NAME = '.congvanrc.json';

/** A configuration read from a file, or the reasons it could not be used. */
export type ConfigFileResult = { config: LintConfig; file?: string } | { errors: string[] };

/** Reads and validates a configuration file; errors are in `locale`. A missing optional file is an empty configuration. */
export function readConfigFile(file: string, optional: boolean, locale: Locale = 'vi'): ConfigFileResult {
	const read = readJsonFile(file, optional);
	if ('missing' in read) {
		return { config: {} };
	}
	if ('readError' in read) {
		return { errors: [t(locale, 'cannot read the configuration file "{file}" ({reason}).', { file, reason: read.readError })] };
	}
	if ('parseError' in read) {
		return { errors: [t(locale, 'the configuration file "{file}" is not valid JSON ({reason}).', { file, reason: read.parseError })] };
	}
	const raw = read.value;
	const { config, errors } = normalizeConfigFile(raw, file, locale);
	return errors.length > 0 ? { errors } : { config, file };
}

/**
 * The nearest .congvanrc.json from `directory` upwards, not above `stop` (a workspace folder) when it is
 * an ancestor; undefined when there is none.
 */
export function findConfigFile(directory: string, stop?: string): string | undefined {
	return findUpwards(directory, CONFIG_FILE_NAME, stop);
}
