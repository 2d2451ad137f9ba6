import * as assert from 'node:assert/strict';
import { fixText } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester, runRule } from '../harness/rule-tester';

const letter = buildLetter();
const nfdSo = buildLetter({ so: 'Số: 15/UBND-VP'.normalize('NFD') });

ruleTester('nfd-text', {
	valid: [
		{ name: 'a precomposed (NFC) letter', code: letter },
		{ name: 'a combining mark with no precomposed form is left alone', code: buildLetter({ body: 'Ký hiệu q\u0307 trong công thức./.' }) },
	],
	invalid: [
		{
			name: 'one decomposed line: one finding at its first decomposed letter',
			code: nfdSo,
			errors: [{ messageId: 'decomposed', line: 7, column: 2, text: 'ố'.normalize('NFD'), message: '1 chữ' }],
			output: letter,
		},
		{
			name: 'a whole letter in NFD: still one finding, and the fix restores every letter',
			code: letter.normalize('NFD'),
			errors: [{ messageId: 'decomposed', line: 1, column: 1 }],
			output: letter,
		},
	],
});

describe('rule nfd-text: details', () => {
	it('reports one finding however many letters are decomposed', () => {
		assert.equal(runRule('nfd-text', letter.normalize('NFD')).length, 1);
	});
	it('leaves no other finding behind once fixed', () => {
		assert.equal(fixText(letter.normalize('NFD')).output, letter);
	});
});
