import * as assert from 'node:assert/strict';
import { lintLetter, parseLetter } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

ruleTester('internal-error', {
	valid: [{ name: 'no rule fails on a correct letter', code: buildLetter() }],
	invalid: [],
});

describe('rule internal-error: a rule that throws', () => {
	it('becomes one finding naming the rule while the other rules still run', () => {
		const letter = parseLetter(buildLetter({ so: 'Số: 5/UBND-VP' }));
		// A letter whose body cannot be read makes the body rules throw.
		const broken = new Proxy(letter, {
			get(target, key, receiver) {
				if (key === 'body') {
					throw new Error('body unreadable');
				}
				return Reflect.get(target, key, receiver) as unknown;
			},
		});
		const problems = lintLetter(broken);
		const internal = problems.filter((p) => p.ruleId === 'internal-error');
		assert.ok(internal.length >= 1);
		assert.ok(internal.some((p) => p.message.includes('duplicate-item-number') && p.message.includes('body unreadable')));
		assert.ok(
			problems.some((p) => p.ruleId === 'malformed-so-ky-hieu'),
			'other rules still report',
		);
	});

	it('can be switched off', () => {
		const letter = parseLetter(buildLetter());
		const broken = new Proxy(letter, {
			get(target, key, receiver) {
				if (key === 'body') {
					throw new Error('boom');
				}
				return Reflect.get(target, key, receiver) as unknown;
			},
		});
		assert.equal(lintLetter(broken, { rules: { 'internal-error': 'off' } }).filter((p) => p.ruleId === 'internal-error').length, 0);
	});
});
