// The .docx reader's entry: readDocx (read.ts) and the letter of a Word file, parsed once from the text
// view with its formatting attached, for the rules and the editor features (letter.ts).
export {
	readDocx,
	snippetOf,
	type DocxNote,
	type DocxReadFailure,
	type DocxReadOptions,
	type DocxReadResult,
	type DocxReadSuccess,
} from './read';
export type { DocxErrorCode, DocxNoteCode } from './messages';
export { letterFromDocx, lintDocx } from './letter';
export { wordLocationAt } from '../core/letter/format';
