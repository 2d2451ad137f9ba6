import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const body = (text: string): string => buildLetter({ body: `${text}\n\nĐề nghị các cơ quan, đơn vị thực hiện./.` });

ruleTester('citation-date-invalid', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: '29 February of a leap year', code: body('Thực hiện Công văn số 20/UBND-VX ngày 29/02/2020 của UBND tỉnh.') },
		{
			name: '31 in a long month, written in words',
			code: body('Thực hiện Công văn số 20/UBND-VX ngày 31 tháng 12 năm 2020 của UBND tỉnh.'),
		},
		{ name: 'a date that is not attached to a number', code: body('Báo cáo gửi Văn phòng Sở trước ngày 31/02/2021.') },
	],
	invalid: [
		{
			name: '31 February',
			code: body('Thực hiện Công văn số 216/UBND-VX ngày 31/02/2021 của UBND tỉnh.'),
			errors: [{ messageId: 'badDay', line: 16, text: 'ngày 31/02/2021', message: 'tháng 2 năm 2021 không có ngày 31' }],
		},
		{
			name: '29 February of a common year',
			code: body('Thực hiện Công văn số 216/UBND-VX ngày 29/02/2021 của UBND tỉnh.'),
			errors: [{ messageId: 'badDay', text: 'ngày 29/02/2021' }],
		},
		{
			name: 'month 13',
			code: body('Thực hiện Kế hoạch số 63/KH-UBND ngày 15/13/2020 của UBND tỉnh.'),
			errors: [{ messageId: 'badMonth', text: 'ngày 15/13/2020', message: 'không có tháng 13' }],
		},
		{
			name: 'day 0, written in words',
			code: body('Thực hiện Kế hoạch số 63/KH-UBND ngày 0 tháng 4 năm 2020 của UBND tỉnh.'),
			errors: [{ messageId: 'badDay', text: 'ngày 0 tháng 4 năm 2020' }],
		},
		{
			name: '31 April',
			code: body('Thực hiện Kế hoạch số 63/KH-UBND ngày 31/4/2020 của UBND tỉnh.'),
			errors: [{ messageId: 'badDay', message: 'tháng 4 năm 2020 không có ngày 31' }],
		},
	],
});
