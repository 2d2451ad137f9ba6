// Every letter of the repository, for the tests that run over all of them (model goldens, layout invariance)
// and for `npm run eval`: our corpus (test/corpus/letters), the examples, the letter fixtures, and the five
// real letters of ../shared/letters (read only by tests).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** One letter file. */
export interface LetterFile {
	/** Where it comes from: "corpus", "examples", "fixtures" or "shared". */
	group: 'corpus' | 'examples' | 'fixtures' | 'shared';
	/** The file name without its extension. */
	name: string;
	/** The absolute path. */
	file: string;
}

/** The repository root, from this file's place in out/test/harness/. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');

/** The letters of one group, sorted by name; an absent folder gives none. */
function list(group: LetterFile['group'], dir: string, ext: string): LetterFile[] {
	if (!fs.existsSync(dir)) {
		return [];
	}
	return fs
		.readdirSync(dir)
		.filter((n) => n.endsWith(ext))
		.sort()
		.map((n) => ({ group, name: n.slice(0, -ext.length), file: path.join(dir, n) }));
}

/** The letters of our corpus (test/corpus/letters/*.congvan). */
export function corpusLetters(root: string = REPO_ROOT): LetterFile[] {
	return list('corpus', path.join(root, 'test', 'corpus', 'letters'), '.congvan');
}

/** Every letter of the repository and the shared real letters. */
export function allLetters(root: string = REPO_ROOT): LetterFile[] {
	return [
		...corpusLetters(root),
		...list('examples', path.join(root, 'examples'), '.congvan'),
		...list('fixtures', path.join(root, 'test', 'fixtures', 'letters'), '.congvan'),
		...list('shared', path.resolve(root, '..', 'shared', 'letters'), '.txt'),
	];
}

/** A defect a corpus letter carries on purpose, from its sidecar <name>.labels.json. */
export interface Label {
	rule: string;
	/** One-based line, as the CLI prints it. */
	line: number;
}

/** The labelled defects of a corpus letter (none without a sidecar). */
export function labelsOf(letter: LetterFile): Label[] {
	const sidecar = letter.file.replace(/\.congvan$/u, '.labels.json');
	if (!fs.existsSync(sidecar)) {
		return [];
	}
	const data = JSON.parse(fs.readFileSync(sidecar, 'utf8')) as { defects?: Label[] };
	return data.defects ?? [];
}
