// Turns the `congvan.languages` setting into the client's document selector. No linting logic here.
import { workspace } from 'vscode';

/** The language checked when the setting is missing or holds nothing usable. */
const DEFAULT_LANGUAGES: readonly string[] = ['congvan'];

/**
 * The schemes the server checks on the desktop: saved files, new unsaved editors and the read-only text views of
 * Word files (docx.ts).
 */
export const DESKTOP_SCHEMES: readonly string[] = ['file', 'untitled', 'congvan-docx'];

/**
 * Reads `congvan.languages` (window level: one client serves the whole window) and keeps the non-empty
 * strings, without duplicates, in the user's order. A value of the wrong type falls back to the default;
 * an empty array is honoured and means that nothing is checked.
 */
export function configuredLanguages(): string[] {
	const value: unknown = workspace.getConfiguration('congvan').get('languages');
	if (!Array.isArray(value)) {
		return [...DEFAULT_LANGUAGES];
	}
	const languages = value.filter((item): item is string => typeof item === 'string').map((item) => item.trim());
	return [...new Set(languages.filter((item) => item !== ''))];
}

/** A filter that both `vscode.languages.match` and the LSP document selector accept. */
export interface LanguageSchemeFilter {
	language: string;
	scheme?: string;
}

/**
 * One filter per language and scheme, e.g. `{ language: 'congvan', scheme: 'file' }`; with `schemes`
 * 'any', one per language, for every scheme (VS Code for the Web: `vscode-vfs` on github.dev, and whatever
 * file system the workbench serves a folder from).
 */
export function documentSelector(
	languages: readonly string[],
	schemes: readonly string[] | 'any' = DESKTOP_SCHEMES,
): LanguageSchemeFilter[] {
	return schemes === 'any'
		? languages.map((language) => ({ language }))
		: languages.flatMap((language) => schemes.map((scheme) => ({ language, scheme })));
}
