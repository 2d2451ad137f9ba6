import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const withDate = (date: string): string => buildLetter({ date });

ruleTester('date-format', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'a draft with a blank day', code: withDate('Lạng Sơn, ngày tháng 8 năm 2020') },
		{
			name: '000: body dates in figures ("ngày 28/01/2021")',
			code: buildLetter({ body: 'Thực hiện Công văn số 216/UBND-VX ngày 28/01/2021 của UBND tỉnh Cao Bằng./.' }),
		},
		{ name: 'a deadline in figures in the body', code: buildLetter({ body: 'Gửi Văn phòng Sở trước 14h00 ngày 29/01/2021./.' }) },
		{ name: 'a letter without a date line', code: buildLetter({ date: null }) },
	],
	invalid: [
		{
			name: 'the date in figures after the place',
			code: withDate('Hà Nội, 05/3/2020'),
			errors: [{ messageId: 'numeric', line: 12, column: 9, text: '05/3/2020', message: '"ngày 05 tháng 3 năm 2020"' }],
			output: withDate('Hà Nội, ngày 05 tháng 3 năm 2020'),
		},
		{
			name: '"ngày" followed by figures; the fix adds the zeros',
			code: withDate('Cao Bằng, ngày 5/2/2021'),
			errors: [{ messageId: 'numeric', text: 'ngày 5/2/2021' }],
			output: withDate('Cao Bằng, ngày 05 tháng 02 năm 2021'),
		},
		{
			name: 'dots as separators, month 3 loses its zero',
			code: withDate('Cao Bằng, 29.03.2021'),
			errors: [{ messageId: 'numeric', text: '29.03.2021' }],
			output: withDate('Cao Bằng, ngày 29 tháng 3 năm 2021'),
		},
		{
			name: 'hyphens as separators',
			code: withDate('Hà Nội, ngày 12-10-2021'),
			errors: [{ messageId: 'numeric', text: 'ngày 12-10-2021' }],
			output: withDate('Hà Nội, ngày 12 tháng 10 năm 2021'),
		},
		{
			name: 'a date that does not exist is not rewritten',
			code: withDate('Hà Nội, 31/02/2021'),
			errors: [{ messageId: 'numericInvalid', text: '31/02/2021' }],
		},
		{
			name: 'NFD text',
			code: withDate('Cao Bằng, ngày 5/2/2021').normalize('NFD'),
			errors: [{ messageId: 'numeric', text: 'ngày 5/2/2021'.normalize('NFD') }],
			output: withDate('Cao Bằng, ngày 05 tháng 02 năm 2021').normalize('NFD'),
		},
	],
});
