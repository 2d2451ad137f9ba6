// Rules known to be super-linear on some pathological input (issue #6), reported to their authors. The
// complexity test and the CLI's large-input tests switch them off, so that the core, the parser and every
// other rule stay covered; test/complexity.test.ts checks that each is still super-linear on its input and
// fails once it is fixed, so that it is taken off this list and measured with the rest.

/** A rule known to be super-linear, the input of test/complexity.test.ts that shows it, and why. */
export interface KnownSuperlinear {
	rule: string;
	/** The name of a case in test/complexity.test.ts. */
	input: string;
	/** How the check shows it: a count of the rule's work (deterministic), or its time. */
	measure: 'work' | 'time';
	cause: string;
}

// Empty since the numbering rules (duplicate-item-number, item-sequence, diem-letter-order) and
// citation-incomplete were made linear: sibling groups built once per letter in one pass, renumbering
// suggestions only for groups of at most RENUMBER_LIMIT items (item-numbering.ts), and the look-back of a
// citation found by a binary search over the part ends of its paragraph (citation-completeness.ts).
export const KNOWN_SUPERLINEAR: readonly KnownSuperlinear[] = [];

/** The rules above switched off, as a `rules` configuration. */
export const KNOWN_SUPERLINEAR_OFF: Record<string, 'off'> = Object.fromEntries(KNOWN_SUPERLINEAR.map((k) => [k.rule, 'off' as const]));
