// Reading a team's profile, `.congvan/profile.json`: the same reader for the CLI and the language server.
// The profile is data only (JSON). Fields of the wrong type are dropped with a message, so that one typo
// does not switch off the checks that use the rest of the profile.
import * as path from 'node:path';
import type { Locale, TeamProfile } from '../core/index';
import { t } from '../l10n';
import { PROFILE_DIR, normalizeProfile } from '../profile';
import { findUpwards, readJsonFile } from './files';

// The profile's checks are shared with the web worker (../profile.ts).
export { PROFILE_DIR, PROFILE_PATH, normalizeProfile } from '../profile';

/** A profile read from a file, with messages about the fields that were dropped, or why it was unusable. */
export type ProfileFileResult = { profile: TeamProfile; file: string; warnings: string[] } | { errors: string[] };

/**
 * Reads and checks a profile file; messages are in `locale`. A missing optional file gives an empty
 * result: `{ errors: [] }`.
 */
export function readProfileFile(file: string, optional: boolean, locale: Locale = 'vi'): ProfileFileResult {
	const read = readJsonFile(file, optional, locale);
	if ('missing' in read) {
		return { errors: [] };
	}
	if ('readError' in read) {
		return { errors: [t(locale, 'cannot read the team profile "{file}" ({reason}).', { file, reason: read.readError })] };
	}
	if ('parseError' in read) {
		return { errors: [t(locale, 'the team profile "{file}" is not valid JSON ({reason}).', { file, reason: read.parseError })] };
	}
	const raw = read.value;
	const { profile, warnings } = normalizeProfile(raw, file, locale);
	return profile ? { profile, file, warnings } : { errors: warnings };
}

/**
 * The nearest `.congvan/profile.json` from `directory` upwards, up to and including `stop` (a workspace
 * folder, a repository root); undefined when there is none.
 */
export function findProfileFile(directory: string, stop: string): string | undefined {
	return findUpwards(directory, path.join(PROFILE_DIR, 'profile.json'), stop);
}
