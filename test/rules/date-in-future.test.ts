import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// The skeleton letter is dated 05/02/2021.
const withDate = (date: string): string => buildLetter({ date });

ruleTester('date-in-future', {
	valid: [
		{ name: 'a letter dated today', code: buildLetter(), today: { year: 2021, month: 2, day: 5 } },
		{
			name: 'a letter dated in the past',
			code: withDate('Cao Bằng, ngày 29 tháng 01 năm 2021'),
			today: { year: 2026, month: 11, day: 22 },
		},
		{ name: 'no check without today', code: withDate('Cao Bằng, ngày 05 tháng 02 năm 2201') },
		{
			name: 'a draft with a blank day compares by month',
			code: withDate('Cao Bằng, ngày    tháng 02 năm 2021'),
			today: { year: 2021, month: 2, day: 1 },
		},
		{
			name: 'a draft with a blank day and month compares by year',
			code: withDate('Cao Bằng, ngày    tháng    năm 2021'),
			today: { year: 2021, month: 1, day: 1 },
		},
		{ name: 'a draft with no year', code: withDate('Cao Bằng, ngày    tháng    năm'), today: { year: 2021, month: 1, day: 1 } },
		{
			name: 'a deadline in the body may be in the future',
			code: buildLetter({ body: 'Báo cáo trước ngày 15/3/2021./.' }),
			today: { year: 2021, month: 2, day: 5 },
		},
		{
			name: "month 13 is date-invalid's concern",
			code: withDate('Cao Bằng, ngày 05 tháng 13 năm 2021'),
			today: { year: 2021, month: 2, day: 5 },
		},
	],
	invalid: [
		{
			name: 'a letter dated tomorrow',
			code: withDate('Cao Bằng, ngày 06 tháng 02 năm 2021'),
			today: { year: 2021, month: 2, day: 5 },
			errors: [{ messageId: 'day', line: 12, text: '06 tháng 02 năm 2021', message: '06/02/2021 sau ngày hôm nay (05/02/2021)' }],
		},
		{
			name: 'a year typed wrong',
			code: withDate('Cao Bằng, ngày 05 tháng 02 năm 2102'),
			today: { year: 2026, month: 11, day: 22 },
			errors: [{ messageId: 'day', message: '05/02/2102' }],
		},
		{
			name: 'a draft with a blank day, dated next month',
			code: withDate('Lạng Sơn, ngày    tháng 3 năm 2021'),
			today: { year: 2021, month: 2, day: 20 },
			errors: [{ messageId: 'month', text: 'ngày    tháng 3 năm 2021', message: '3/2021' }],
		},
		{
			name: 'a draft with a blank day and month, dated next year',
			code: withDate('Lạng Sơn, ngày    tháng    năm 2022'),
			today: { year: 2021, month: 12, day: 31 },
			errors: [{ messageId: 'year', message: 'năm 2022' }],
		},
		{
			name: 'a date in figures',
			code: withDate('Hà Nội, 06/02/2021'),
			today: { year: 2021, month: 2, day: 5 },
			errors: [{ messageId: 'day', text: '06/02/2021' }],
		},
	],
});
