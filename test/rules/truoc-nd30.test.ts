import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const dated = (date: string): string => buildLetter({ date });

ruleTester('truoc-nd30', {
	valid: [
		{ name: 'a letter of 2021', code: buildLetter() },
		{ name: 'the day Nghị định 30 took effect', code: dated('Cao Bằng, ngày 05 tháng 3 năm 2020') },
		{ name: 'an undated draft follows Nghị định 30', code: dated('Cao Bằng, ngày    tháng    năm') },
		{ name: 'a March 2020 draft with its day still blank', code: dated('Cao Bằng, ngày    tháng 3 năm 2020') },
	],
	invalid: [
		{
			name: 'I5: a letter of 2003 gets one information finding on its date line',
			code: buildLetter({ so: 'Số: 215UB/KT', date: 'Lâm Viên, ngày 14 tháng 5 năm 2003' }),
			errors: [{ messageId: 'before', line: 12, text: 'Lâm Viên, ngày 14 tháng 5 năm 2003', message: 'chỉ để tham khảo' }],
		},
		{
			name: 'the day before Nghị định 30 took effect',
			code: dated('Cao Bằng, ngày 04 tháng 3 năm 2020'),
			errors: [{ messageId: 'before', line: 12 }],
		},
	],
});
