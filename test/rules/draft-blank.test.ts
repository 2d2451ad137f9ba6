import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

ruleTester('draft-blank', {
	valid: [
		{ name: 'a letter with its number and date', code: buildLetter() },
		{ name: 'a letter without a header', code: buildLetter({ so: null, date: null }) },
		{ name: 'a date written in figures is not a blank', code: buildLetter({ date: 'Cao Bằng, ngày 05/02/2021' }) },
	],
	invalid: [
		{
			name: 'a blank number with its slot of spaces',
			code: buildLetter({ so: 'Số:      /SCT-VP' }),
			errors: [{ messageId: 'number', line: 7, text: '/' }],
		},
		{
			name: 'a template placeholder for the number',
			code: buildLetter({ so: 'Số: …/QĐ-UBND' }),
			errors: [{ messageId: 'number', text: '…/' }],
		},
		{
			name: 'a blank day in the date',
			code: buildLetter({ date: 'Lạng Sơn, ngày    tháng 8 năm 2020' }),
			errors: [{ messageId: 'date', line: 12, text: 'ngày', message: 'phần ngày' }],
		},
		{
			name: 'a blank day and month',
			code: buildLetter({ date: 'Lạng Sơn, ngày    tháng    năm 2020' }),
			errors: [{ messageId: 'date', text: 'ngày    tháng', message: 'ngày, tháng' }],
		},
		{
			name: 'a draft with both blanks',
			code: buildLetter({ so: 'Số: /SCT-VP', date: 'Lạng Sơn, ngày tháng 8 năm 2020' }),
			errors: [{ messageId: 'number' }, { messageId: 'date', text: 'ngày' }],
		},
	],
});
