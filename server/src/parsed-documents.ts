// The letter model of each open document, parsed once per version: the checks, the outline, folding,
// hover, completion and semantic tokens that an editor asks for after one keystroke share one parse.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseLetter, type Letter } from './core/index';

/** Parsed letters by document URI, kept for the latest version only and dropped on close. */
export class ParsedDocuments {
	private readonly byUri = new Map<string, { version: number; letter: Letter }>();

	/** The letter of a document's current text. The model is read-only, so callers may share it. */
	get(document: TextDocument): Letter {
		const cached = this.byUri.get(document.uri);
		if (cached && cached.version === document.version) {
			return cached.letter;
		}
		const letter = parseLetter(document.getText());
		this.byUri.set(document.uri, { version: document.version, letter });
		return letter;
	}

	/** Forgets a closed document. */
	delete(uri: string): void {
		this.byUri.delete(uri);
	}
}
