// FIXME(#6): rules that are super-linear today on some pathological input, reported to their authors. The
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

export const KNOWN_SUPERLINEAR: readonly KnownSuperlinear[] = [
	{
		rule: 'duplicate-item-number',
		input: 'one-dot-lines',
		measure: 'work',
		cause: 'each duplicate gets a renumberFrom() suggestion with an edit for every later sibling, and siblingGroups() copies the array of siblings for each item (both in item-numbering.ts)',
	},
	{
		rule: 'item-sequence',
		input: 'numbering counting down',
		measure: 'work',
		cause: 'each item out of order gets a renumberFrom() suggestion with an edit for every later sibling, and siblingGroups() copies the array of siblings for each item (both in item-numbering.ts)',
	},
	{
		rule: 'diem-letter-order',
		input: 'one-dot-lines',
		measure: 'time',
		cause: 'siblingGroups() (item-numbering.ts) copies the array of siblings for each item: [...group, item]',
	},
	{
		rule: 'citation-incomplete',
		input: 'citation-fragments',
		measure: 'work',
		cause: 'for each group of citations it filters all the citations of the letter, and lookBack() (citation-completeness.ts) walks every earlier citation of the paragraph',
	},
];

/** The rules above switched off, as a `rules` configuration. */
export const KNOWN_SUPERLINEAR_OFF: Record<string, 'off'> = Object.fromEntries(KNOWN_SUPERLINEAR.map((k) => [k.rule, 'off' as const]));
