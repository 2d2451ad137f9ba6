// A table-driven tester for the layout rules, in the shape of rule-tester.ts: each case is a letter's text
// with the formatting of a well-made Word file (format-builder.ts), changed by the case (`change`); valid cases
// must give no finding of the rule, invalid ones exactly the listed findings, with their severity and the text
// under their range.
import * as assert from 'node:assert/strict';
import { getRule, lintLetter, LineIndex, type Problem, type Severity, type TeamProfile } from '../../server/src/core/index';
import { parseLetter } from '../../server/src/core/letter';
import { buildFormat, type BuiltFormat } from './format-builder';
import { buildLetter } from './letter-builder';
import { describeValid, onlyRule } from './rule-tester';

/** A case on which the rule must stay silent. */
export interface LayoutValidCase {
	name: string;
	/** The letter's text; the skeleton letter of letter-builder.ts when absent. */
	code?: string;
	/** Changes the well-made formatting into the one the case tests. */
	change?: (doc: BuiltFormat) => void;
	/** The letter as plain text: no formatting at all. */
	plainText?: boolean;
	profile?: TeamProfile;
}

/** One expected finding. */
export interface LayoutExpected {
	messageId: string;
	severity?: Severity;
	/** The exact original text under the range. */
	text?: string;
	/** A substring the message must contain. */
	message?: string;
	/** How many related places the finding lists. */
	related?: number;
}

export interface LayoutInvalidCase extends LayoutValidCase {
	errors: LayoutExpected[];
}

/** The findings of one rule alone on a case. */
export function runLayoutCase(ruleId: string, c: LayoutValidCase): { problems: Problem[]; text: string } {
	const text = c.code ?? buildLetter();
	let letter;
	if (c.plainText) {
		letter = parseLetter(text);
	} else {
		const doc = buildFormat(text);
		c.change?.(doc);
		letter = doc.letter;
	}
	const problems = lintLetter(letter, { rules: onlyRule(ruleId), ...(c.profile ? { profile: c.profile } : {}) }).filter(
		(p) => p.ruleId === ruleId,
	);
	return { problems, text };
}

/** Declares the mocha suite for one layout rule. */
export function layoutRuleTester(ruleId: string, cases: { valid: LayoutValidCase[]; invalid: LayoutInvalidCase[] }): void {
	const rule = getRule(ruleId);
	describe(`rule ${ruleId}`, () => {
		it('is registered', () => {
			assert.ok(rule, `rule ${ruleId} is not in the registry`);
		});
		it('has distinct case names and at least one valid case', () => {
			const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
			assert.equal(new Set(names).size, names.length, 'two cases have the same name');
			assert.ok(cases.valid.length > 0);
		});
		describeValid(cases.valid, (c) => runLayoutCase(ruleId, c).problems);
		describe('invalid', () => {
			for (const c of cases.invalid) {
				it(c.name, () => {
					const { problems, text } = runLayoutCase(ruleId, c);
					const index = new LineIndex(text);
					const actual = problems.map((p) => ({
						messageId: p.messageId,
						severity: p.severity,
						line: index.positionAt(p.range.start).line + 1,
						text: text.slice(p.range.start, p.range.end),
						message: p.message,
						related: p.related?.length ?? 0,
					}));
					assert.equal(actual.length, c.errors.length, `expected ${c.errors.length} finding(s), got ${JSON.stringify(actual, null, 1)}`);
					c.errors.forEach((expected, i) => {
						const got = actual[i];
						assert.ok(got);
						assert.ok(rule?.messages[expected.messageId] !== undefined, `messageId ${expected.messageId} does not exist`);
						assert.equal(got.messageId, expected.messageId);
						assert.equal(got.severity, expected.severity ?? rule?.defaultSeverity, 'severity');
						if (expected.text !== undefined) {
							assert.equal(got.text, expected.text, 'text under the range');
						}
						if (expected.message !== undefined) {
							assert.ok(got.message.includes(expected.message), `message "${got.message}" lacks "${expected.message}"`);
						}
						if (expected.related !== undefined) {
							assert.equal(got.related, expected.related, 'related places');
						}
						assert.equal(problems[i]?.fix, undefined, 'a layout rule offers no fix');
					});
				});
			}
		});
	});
}
