import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const withSo = (so: string): string => buildLetter({ so });

ruleTester('so-ky-hieu-spacing', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'a blank draft number keeps its slot of spaces', code: withSo('Số:      /SCT-VP') },
		{ name: 'a legal-normative number', code: withSo('Số: 30/2020/NĐ-CP') },
		{ name: 'trailing spaces after the ký hiệu', code: withSo('Số: 283/STNMT-VP   ') },
	],
	invalid: [
		{
			name: 'a space before the slash, left by filling in the blank',
			code: withSo('Số: 283 /STNMT-VP'),
			errors: [{ messageId: 'space', line: 7, column: 8, text: ' /' }],
			output: withSo('Số: 283/STNMT-VP'),
		},
		{
			name: 'spaces on both sides of the slash',
			code: withSo('Số: 283 / STNMT-VP'),
			errors: [{ messageId: 'space', text: ' / ' }],
			output: withSo('Số: 283/STNMT-VP'),
		},
		{
			name: 'a space after the slash',
			code: withSo('Số: 05/ UBND-VP'),
			errors: [{ messageId: 'space', text: '/ ' }],
			output: withSo('Số: 05/UBND-VP'),
		},
	],
});
