// The shape of a translation table of the rules (core/l10n/en.ts). The Vietnamese text stays in the rule
// files; a table gives, per rule id, the same texts in another language, keyed the same way.

/**
 * How to translate the values of one placeholder. Values are matched against the Vietnamese patterns
 * (`{name}` stands for any text) and replaced by the English template filled with what was matched; a value
 * that no pattern matches is kept as it is (a number, a ký hiệu, a name taken from the letter).
 */
export interface DataTranslation {
	/** When set, the value is a list joined with this separator and each item is translated on its own. */
	separator?: string;
	/** Vietnamese pattern → template in the other language. */
	patterns: Readonly<Record<string, string>>;
}

/** One rule in another language. */
export interface RuleTranslation {
	/** The rule's `description`. */
	description: string;
	/** A template for every key of the rule's `messages`, with exactly the same `{placeholders}`. */
	messages: Readonly<Record<string, string>>;
	/**
	 * The free texts the rule writes itself (suggestion titles, related-location notes): Vietnamese pattern,
	 * with `{name}` for the parts taken from the letter, → the same text in the other language.
	 */
	texts?: Readonly<Record<string, string>>;
	/** Translations of placeholder values that the rule builds in Vietnamese (item kinds, lists of parts). */
	data?: Readonly<Record<string, DataTranslation>>;
}

/** A translation table: rule id → translation. */
export type RuleTable = Readonly<Record<string, RuleTranslation>>;
