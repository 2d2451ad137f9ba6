// The ordered list of rules. Ids are public and never change or get reused; a removed rule leaves a
// comment here. The docs link, the settings schema and the README rules table are made from this list.
import citationDateAfterLetter from './rules/citation-date-after-letter';
import draftBlank from './rules/draft-blank';
import duplicateItemNumber from './rules/duplicate-item-number';
import internalError from './rules/internal-error';
import malformedSoKyHieu from './rules/malformed-so-ky-hieu';
import missingNoiNhan from './rules/missing-noi-nhan';
import soKyHieuSpacing from './rules/so-ky-hieu-spacing';
import type { Rule, RuleMeta } from './types';

/** Every rule, in the order findings on the same spot are listed. */
export const RULES: readonly Rule[] = [
	malformedSoKyHieu,
	soKyHieuSpacing,
	draftBlank,
	duplicateItemNumber,
	citationDateAfterLetter,
	missingNoiNhan,
	internalError,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with this id, if any. */
export function getRule(id: string): Rule | undefined {
	return BY_ID.get(id);
}

/** The metadata of every rule, for docs and schemas. */
export function ruleMetadata(): RuleMeta[] {
	return RULES.map(({ check: _check, ...meta }) => meta);
}

/** The path of a rule's documentation page, relative to the package root. */
export function docsPath(id: string): string {
	return `docs/rules/${id}.md`;
}
