import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const withDate = (date: string): string => buildLetter({ date });

ruleTester('date-month-padding', {
	valid: [
		{ name: 'a correct letter (tháng 02)', code: buildLetter() },
		{ name: '000: "tháng 01" takes its zero', code: withDate('Cao Bằng, ngày 29 tháng 01 năm 2021') },
		{ name: 'month 3 without a zero', code: withDate('Hà Nội, ngày 05 tháng 3 năm 2020') },
		{ name: 'months 10 to 12', code: withDate('Cao Bằng, ngày 29 tháng 11 năm 2021') },
		{ name: '004: a draft with a blank day', code: withDate('Lạng Sơn, ngày tháng 8 năm 2020') },
		{ name: '"tháng 03" in the body is not the header date', code: buildLetter({ body: 'Báo cáo trước ngày 15 tháng 03 năm 2021./.' }) },
		{ name: "a date in figures is date-format's concern", code: withDate('Hà Nội, 05/03/2020') },
	],
	invalid: [
		{
			name: '"tháng 03"',
			code: withDate('Hà Nội, ngày 05 tháng 03 năm 2020'),
			errors: [{ messageId: 'extraZero', line: 12, column: 23, text: '03', message: '"tháng 3"' }],
			output: withDate('Hà Nội, ngày 05 tháng 3 năm 2020'),
		},
		{
			name: '"tháng 09"',
			code: withDate('Lai Châu, ngày 15 tháng 09 năm 2025'),
			errors: [{ messageId: 'extraZero', text: '09' }],
			output: withDate('Lai Châu, ngày 15 tháng 9 năm 2025'),
		},
		{
			name: 'a draft with a blank day and "tháng 08"',
			code: withDate('Lạng Sơn, ngày    tháng 08 năm 2020'),
			errors: [{ messageId: 'extraZero', text: '08' }],
			output: withDate('Lạng Sơn, ngày    tháng 8 năm 2020'),
		},
	],
});
