// A table-driven rule tester in the ESLint/textlint shape: valid cases must produce no finding of the
// rule, invalid cases exactly the listed findings, and `output` is the text after applying the fixes.
import * as assert from 'node:assert/strict';
import {
	applyFixes,
	getRule,
	lintText,
	LineIndex,
	RULES,
	type LintConfig,
	type Problem,
	type RuleSetting,
} from '../../server/src/core/index';

/** A case on which the rule must stay silent. */
export interface ValidCase {
	name: string;
	code: string;
	options?: Record<string, unknown>;
	today?: LintConfig['today'];
}

/** One expected finding. `text` is the exact original text under the range. */
export interface ExpectedError {
	messageId: string;
	line?: number;
	column?: number;
	text?: string;
	/** A substring that the message must contain. */
	message?: string;
}

/** A case on which the rule must report exactly `errors`. */
export interface InvalidCase extends ValidCase {
	errors: ExpectedError[];
	/** The text after applying every fix once; omit (or null) when the rule offers no fix here. */
	output?: string | null;
}

/** The rule settings that turn on `ruleId` alone (with `options`) and every other rule off. */
export function onlyRule(ruleId: string, options?: Record<string, unknown>): Record<string, RuleSetting> {
	const rules: Record<string, RuleSetting> = {};
	for (const rule of RULES) {
		rules[rule.id] = rule.id === ruleId ? { ...(options ? { options } : {}) } : 'off';
	}
	return rules;
}

/** Lints `code` with only `ruleId` enabled. */
export function runRule(ruleId: string, code: string, options?: Record<string, unknown>, today?: LintConfig['today']): Problem[] {
	return lintText(code, { rules: onlyRule(ruleId, options), ...(today ? { today } : {}) }).filter((p) => p.ruleId === ruleId);
}

/** Declares the `valid` suite of a rule tester: on each case, `findings` (the rule's alone) must be empty. */
export function describeValid<C extends { name: string }>(cases: readonly C[], findings: (c: C) => readonly Problem[]): void {
	describe('valid', () => {
		for (const c of cases) {
			it(c.name, () => {
				assert.deepEqual(
					findings(c).map((p) => `${p.messageId}: ${p.message}`),
					[],
					'expected no finding',
				);
			});
		}
	});
}

/** Declares the mocha suite for one rule. */
export function ruleTester(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
	const rule = getRule(ruleId);
	describe(`rule ${ruleId}`, () => {
		it('is registered', () => {
			assert.ok(rule, `rule ${ruleId} is not in the registry`);
		});
		it('has no duplicated cases', () => {
			const codes = [...cases.valid, ...cases.invalid].map((c) => c.code);
			assert.equal(new Set(codes).size, codes.length, 'two cases have the same code');
			assert.ok(cases.valid.length > 0, 'a rule needs valid cases');
		});
		describeValid(cases.valid, (c) => runRule(ruleId, c.code, c.options, c.today));
		describe('invalid', () => {
			for (const c of cases.invalid) {
				it(c.name, () => {
					const problems = runRule(ruleId, c.code, c.options, c.today);
					const index = new LineIndex(c.code);
					const actual = problems.map((p) => {
						const at = index.positionAt(p.range.start);
						return {
							messageId: p.messageId,
							line: at.line + 1,
							column: at.character + 1,
							text: c.code.slice(p.range.start, p.range.end),
							message: p.message,
						};
					});
					assert.equal(actual.length, c.errors.length, `expected ${c.errors.length} finding(s), got ${JSON.stringify(actual, null, 1)}`);
					c.errors.forEach((expected, i) => {
						const got = actual[i];
						assert.ok(got);
						assert.ok(rule?.messages[expected.messageId] !== undefined, `messageId ${expected.messageId} does not exist`);
						assert.equal(got.messageId, expected.messageId);
						if (expected.line !== undefined) {
							assert.equal(got.line, expected.line, 'line');
						}
						if (expected.column !== undefined) {
							assert.equal(got.column, expected.column, 'column');
						}
						if (expected.text !== undefined) {
							assert.equal(got.text, expected.text, 'text under the range');
						}
						if (expected.message !== undefined) {
							assert.ok(got.message.includes(expected.message), `message "${got.message}" lacks "${expected.message}"`);
						}
					});
					const fixes = problems.filter((p) => p.fix);
					if (fixes.length > 0) {
						assert.ok(rule?.fixable, 'a rule not marked fixable produced a fix');
					}
					if (c.output === undefined || c.output === null) {
						assert.equal(fixes.length, 0, 'the rule produced a fix but the case has no output');
					} else {
						assert.ok(fixes.length > 0, 'the case has an output but the rule produced no fix');
						const { output } = applyFixes(c.code, problems);
						assert.notEqual(output, c.code, 'output must differ from code');
						assert.equal(output, c.output);
					}
				});
			}
		});
	});
}
