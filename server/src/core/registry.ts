// The ordered list of rules. Ids are public and never change or get reused; a removed rule leaves a
// comment here. The docs link, the settings schema and the README rules table are made from this list.
import citationDateAfterLetter from './rules/citation-date-after-letter';
import draftBlank from './rules/draft-blank';
import duplicateItemNumber from './rules/duplicate-item-number';
import internalError from './rules/internal-error';
import kyHieuKyTu from './rules/ky-hieu-ky-tu';
import malformedSoKyHieu from './rules/malformed-so-ky-hieu';
import missingClosing from './rules/missing-closing';
import missingNoiNhan from './rules/missing-noi-nhan';
import unfilledPlaceholder from './rules/unfilled-placeholder';
import unknownUnit from './rules/unknown-unit';
import soKyHieuSpacing from './rules/so-ky-hieu-spacing';
import legacyEncoding from './rules/legacy-encoding';
import lookalikeD from './rules/lookalike-d';
import nfdText from './rules/nfd-text';
import regimeNotChecked from './rules/regime-not-checked';
import toneMarkStyle from './rules/tone-mark-style';
import truocNd30 from './rules/truoc-nd30';
import { BODY_RULES } from './groups/body';
import { CLOSING_RULES } from './groups/closing';
import { DATE_RECIPIENTS_RULES } from './groups/date-recipients';
import { HEADER_RULES } from './groups/header';
import { LAYOUT_RULES } from './groups/layout';
import type { Rule, RuleMeta } from './types';

/** Every rule, in the order findings on the same spot are listed. */
export const RULES: readonly Rule[] = [
	// Text and encoding: before everything, since they explain what follows.
	legacyEncoding,
	nfdText,
	lookalikeD,
	regimeNotChecked,
	truocNd30,
	// Header.
	...HEADER_RULES,
	malformedSoKyHieu,
	kyHieuKyTu,
	soKyHieuSpacing,
	draftBlank,
	unfilledPlaceholder,
	...DATE_RECIPIENTS_RULES,
	// Body.
	duplicateItemNumber,
	citationDateAfterLetter,
	...BODY_RULES,
	// Closing: Nơi nhận and signature.
	missingClosing,
	missingNoiNhan,
	unknownUnit,
	...CLOSING_RULES,
	toneMarkStyle,
	// Layout of a Word file (Phụ lục I): silent on plain text.
	...LAYOUT_RULES,
	internalError,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule with this id, if any. */
export function getRule(id: string): Rule | undefined {
	return BY_ID.get(id);
}

/** The metadata of every rule, for docs and schemas. */
export function ruleMetadata(): RuleMeta[] {
	return RULES.map(({ check: _check, judges: _judges, ...meta }) => meta);
}

/** The path of a rule's documentation page, relative to the package root. */
export function docsPath(id: string): string {
	return `docs/rules/${id}.md`;
}
