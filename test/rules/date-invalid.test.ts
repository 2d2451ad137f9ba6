import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const withDate = (date: string): string => buildLetter({ date });

ruleTester('date-invalid', {
	valid: [
		{
			name: 'a body date in words that exists (29 February 2024)',
			code: buildLetter({ body: 'Đề nghị các cơ quan báo cáo trước ngày 29 tháng 02 năm 2024./.' }),
		},
		{
			name: "a cited document's impossible date in words is citation-date-invalid's",
			code: buildLetter({
				body: 'Thực hiện Công văn số 20/UBND-VX ngày 31 tháng 02 năm 2021 của Ủy ban nhân dân tỉnh về việc triển khai kế hoạch, đề nghị thực hiện./.',
			}),
		},
		{ name: 'a correct letter', code: buildLetter() },
		{ name: '29 February in a leap year', code: withDate('Hà Nội, ngày 29 tháng 02 năm 2020') },
		{ name: '31 December', code: withDate('Hà Nội, ngày 31 tháng 12 năm 2021') },
		{ name: '30 April', code: withDate('Hà Nội, ngày 30 tháng 4 năm 2021') },
		{ name: 'a draft with a blank day', code: withDate('Lạng Sơn, ngày tháng 8 năm 2020') },
		{ name: 'a day with a blank month may exist', code: withDate('Lạng Sơn, ngày 31 tháng    năm 2020') },
		{
			name: 'a body date that does not exist is not the header date',
			code: buildLetter({ body: 'Thực hiện Công văn số 20/UBND-VX ngày 31/02/2021./.' }),
		},
	],
	invalid: [
		{
			name: 'H10 line 5: an impossible date in words in the body',
			code: buildLetter({ body: 'Đề nghị các cơ quan báo cáo trước ngày 31 tháng 02 năm 2024./.' }),
			errors: [{ messageId: 'bodyDay', text: 'ngày 31 tháng 02 năm 2024', message: 'tháng 2 năm 2024 chỉ có 29 ngày' }],
		},
		{
			name: 'a body date with month 13',
			code: buildLetter({ body: 'Đề nghị các cơ quan báo cáo trước ngày 05 tháng 13 năm 2024./.' }),
			errors: [{ messageId: 'bodyMonth', text: 'ngày 05 tháng 13 năm 2024', message: 'không có tháng 13' }],
		},
		{
			name: '31 February',
			code: withDate('Cao Bằng, ngày 31 tháng 02 năm 2021'),
			errors: [{ messageId: 'day', line: 12, column: 16, text: '31', message: 'tháng 2 năm 2021 chỉ có 28 ngày' }],
		},
		{
			name: '29 February in a common year',
			code: withDate('Cao Bằng, ngày 29 tháng 02 năm 2021'),
			errors: [{ messageId: 'day', text: '29', message: '28 ngày' }],
		},
		{ name: '31 April', code: withDate('Cao Bằng, ngày 31 tháng 4 năm 2021'), errors: [{ messageId: 'day', message: '30 ngày' }] },
		{ name: 'month 13', code: withDate('Cao Bằng, ngày 05 tháng 13 năm 2021'), errors: [{ messageId: 'month', text: '13' }] },
		{ name: 'month 0', code: withDate('Cao Bằng, ngày 05 tháng 00 năm 2021'), errors: [{ messageId: 'month', text: '00' }] },
		{ name: 'day 0', code: withDate('Cao Bằng, ngày 00 tháng 3 năm 2021'), errors: [{ messageId: 'dayZero', text: '00' }] },
		{
			name: 'day 32 with a blank month',
			code: withDate('Cao Bằng, ngày 32 tháng    năm 2021'),
			errors: [{ messageId: 'day', text: '32', message: 'một tháng chỉ có 31 ngày' }],
		},
		{ name: 'a date in figures', code: withDate('Hà Nội, 31/4/2021'), errors: [{ messageId: 'day', text: '31' }] },
		{
			name: 'a Party letter: a date that does not exist is wrong under any regime',
			code: buildLetter({
				agency: 'ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY CAO BẰNG',
				quocHieu: null,
				so: 'Số 1332-CV/TU',
				date: 'Cao Bằng, ngày 30 tháng 02 năm 2026',
			}),
			errors: [{ messageId: 'day', text: '30' }],
		},
	],
});
