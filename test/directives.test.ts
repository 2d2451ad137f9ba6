// congvan comments switch rules off for the next line, a block or the whole file.
import * as assert from 'node:assert/strict';
import { lintText } from '../server/src/core/index';
import { buildLetter } from './harness/letter-builder';

const ids = (text: string): string[] => lintText(text).map((p) => p.ruleId);
const withSo = (so: string): string => buildLetter({ so });

describe('congvan-disable comments', () => {
	it('disable-next-line switches a rule off for the next line only', () => {
		assert.ok(ids(withSo('Số: 5/UBND-VP')).includes('malformed-so-ky-hieu'));
		assert.ok(!ids(withSo('<!-- congvan-disable-next-line malformed-so-ky-hieu -->\nSố: 5/UBND-VP')).includes('malformed-so-ky-hieu'));
	});

	it('skips blank lines and names several rules', () => {
		const text = withSo('<!-- congvan-disable-next-line so-ky-hieu-spacing, malformed-so-ky-hieu -->\n\nSố: 5 /UBND-VP');
		assert.deepEqual(
			ids(text).filter((id) => id.includes('so-ky-hieu')),
			[],
		);
	});

	it('disable-next-line without rule ids switches every rule off for that line', () => {
		assert.ok(!ids(withSo('<!-- congvan-disable-next-line -->\nSố: 5/UBND-VP')).includes('malformed-so-ky-hieu'));
	});

	it('disable … enable covers the lines between', () => {
		const body = [
			'<!-- congvan-disable duplicate-item-number -->',
			'1. Một.',
			'',
			'1. Hai.',
			'<!-- congvan-enable duplicate-item-number -->',
			'',
			'2. Ba.',
			'',
			'2. Bốn.',
		].join('\n');
		const problems = lintText(buildLetter({ body })).filter((p) => p.ruleId === 'duplicate-item-number');
		assert.equal(problems.length, 1, 'only the duplicate after the enable comment');
	});

	it('disable-file switches a rule off everywhere', () => {
		const text = '<!-- congvan-disable-file missing-noi-nhan -->\n' + buildLetter({ noiNhan: null });
		assert.ok(!ids(text).includes('missing-noi-nhan'));
	});

	it('does not change how the letter is read: the comment is a blank line', () => {
		const text = withSo('Số: 15/UBND-VP').replace('Kính gửi:', '<!-- congvan-disable-next-line -->\nKính gửi:');
		assert.deepEqual(ids(text), ids(withSo('Số: 15/UBND-VP')));
	});

	it('ignores a comment that is not a congvan directive', () => {
		assert.ok(ids(withSo('<!-- ghi chú -->\nSố: 5/UBND-VP')).includes('malformed-so-ky-hieu'));
	});
});
