import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// What a letter typed with a TCVN3 (.VnTime) or VNI-Windows font looks like once read as Unicode.
const tcvn3 = [
	'ñy ban nh©n d©n',
	'tØnh cao b»ng',
	'Céng hoµ x· héi chñ nghÜa ViÖt Nam',
	'§éc lËp - Tù do - H¹nh phóc',
	'',
	'Sè: 5/UBND-VP',
	'V/v triÓn khai kÕ ho¹ch c«ng t¸c',
	'',
	'Cao B»ng, ngµy 5 th¸ng 2 n¨m 2021',
	'',
	'KÝnh göi: C¸c së, ban, ngµnh tØnh',
	'',
	'1. Rµ so¸t kÕ ho¹ch c«ng t¸c.',
	'1. B¸o c¸o kÕt qu¶ thùc hiÖn.',
].join('\n');
const vni = [
	'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam',
	'Ñoäc laäp - Töï do - Haïnh phuùc',
	'',
	'Soá: 5/UBND-VP',
	'V/v trieån khai keá hoaïch coâng taùc naêm 2021',
].join('\n');

ruleTester('legacy-encoding', {
	valid: [
		{ name: 'a Unicode letter', code: buildLetter() },
		{
			name: 'a Unicode letter with a few Latin-1 letters in a name',
			code: buildLetter({ body: 'Làm việc với đoàn công tác của ông Müller và bà Søren về dự án./.' }),
		},
	],
	invalid: [
		{ name: 'TCVN3 mojibake', code: tcvn3, errors: [{ messageId: 'legacy', line: 1, text: 'ñy ban nh©n d©n', message: 'TCVN3' }] },
		{ name: 'VNI mojibake', code: vni, errors: [{ messageId: 'legacy', line: 1, message: 'VNI' }] },
	],
});

describe('rule legacy-encoding: no cascade', () => {
	it('is the only finding on a TCVN3 letter that would otherwise break many rules', () => {
		assert.deepEqual(
			lintText(tcvn3).map((p) => p.ruleId),
			['legacy-encoding'],
		);
	});
});
