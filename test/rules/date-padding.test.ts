import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// The date line is line 12 of the skeleton letter.
const withDate = (date: string): string => buildLetter({ date });

ruleTester('date-padding', {
	valid: [
		{ name: 'a correct letter (ngày 05 tháng 02)', code: buildLetter() },
		{ name: '000: "Cao Bằng, ngày 29 tháng 01 năm 2021"', code: withDate('Cao Bằng, ngày 29 tháng 01 năm 2021') },
		{ name: '001: "Hà Nội, ngày 02 tháng 02 năm 2021"', code: withDate('Hà Nội, ngày 02 tháng 02 năm 2021') },
		{ name: 'months 3 to 12 take no zero', code: withDate('Lai Châu, ngày 15 tháng 9 năm 2025') },
		{ name: 'the decree\'s own date "ngày 05 tháng 3 năm 2020"', code: withDate('Hà Nội, ngày 05 tháng 3 năm 2020') },
		{ name: 'a blank day is a draft, not a missing zero', code: withDate('Lạng Sơn, ngày    tháng 8 năm 2020') },
		{ name: '004: the blank day collapsed to one space, "tháng 8" is not padded', code: withDate('Lạng Sơn, ngày tháng 8 năm 2020') },
		{ name: 'a blank day and month', code: withDate('Lạng Sơn, ngày    tháng    năm 2020') },
		{
			name: '001 line 27: "ngày 08 tháng 9 năm 2020" in the body',
			code: buildLetter({ body: 'Thực hiện Quyết định số 3888/QĐ-BYT ngày 08 tháng 9 năm 2020 của Bộ Y tế./.' }),
		},
		{
			name: '003: body dates need no zero ("ngày 4/3/2020")',
			code: buildLetter({ body: 'Thực hiện Công văn số 13/BCĐ-KGVX ngày 4/3/2020 của Ban Chỉ đạo./.' }),
		},
		{
			name: 'a body date in words without zeros',
			code: buildLetter({ body: 'Hội nghị tổ chức ngày 5 tháng 2 năm 2021 tại Hội trường tỉnh./.' }),
		},
		{ name: "a date in figures is date-format's concern", code: withDate('Cao Bằng, ngày 5/2/2021') },
		{ name: "day 0 is date-invalid's concern", code: withDate('Cao Bằng, ngày 0 tháng 02 năm 2021') },
		{ name: 'a letter without a date line', code: buildLetter({ date: null }) },
	],
	invalid: [
		{
			name: 'a day below 10 without its zero',
			code: withDate('Cao Bằng, ngày 5 tháng 02 năm 2021'),
			errors: [{ messageId: 'day', line: 12, column: 16, text: '5', message: '"ngày 05"' }],
			output: withDate('Cao Bằng, ngày 05 tháng 02 năm 2021'),
		},
		{
			name: 'month 2 without its zero',
			code: withDate('Cao Bằng, ngày 05 tháng 2 năm 2021'),
			errors: [{ messageId: 'month', line: 12, text: '2', message: '"tháng 02"' }],
			output: withDate('Cao Bằng, ngày 05 tháng 02 năm 2021'),
		},
		{
			name: '"ngày 5 tháng 2 năm 2021": two errors',
			code: withDate('Hà Nội, ngày 5 tháng 2 năm 2021'),
			errors: [
				{ messageId: 'day', text: '5' },
				{ messageId: 'month', text: '2' },
			],
			output: withDate('Hà Nội, ngày 05 tháng 02 năm 2021'),
		},
		{
			name: 'month 1 in a draft with a blank day',
			code: withDate('Lạng Sơn, ngày    tháng 1 năm 2021'),
			errors: [{ messageId: 'month', text: '1' }],
			output: withDate('Lạng Sơn, ngày    tháng 01 năm 2021'),
		},
		{
			name: 'markdown emphasis around the date line',
			code: withDate('*Hà Nội, ngày 9 tháng 12 năm 2021*'),
			errors: [{ messageId: 'day', text: '9' }],
			output: withDate('*Hà Nội, ngày 09 tháng 12 năm 2021*'),
		},
		{
			name: 'NFD text: the range is in the original code units',
			code: withDate('Cao Bằng, ngày 5 tháng 3 năm 2021').normalize('NFD'),
			errors: [{ messageId: 'day', line: 12, column: 19, text: '5' }],
			output: withDate('Cao Bằng, ngày 05 tháng 3 năm 2021').normalize('NFD'),
		},
		{
			name: 'CRLF line ends keep the fix in place',
			code: withDate('Cao Bằng, ngày 5 tháng 3 năm 2021').replace(/\n/gu, '\r\n'),
			errors: [{ messageId: 'day', line: 12, column: 16, text: '5' }],
			output: withDate('Cao Bằng, ngày 05 tháng 3 năm 2021').replace(/\n/gu, '\r\n'),
		},
	],
});
