import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

ruleTester('label-punctuation', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'a date line without a final mark', code: buildLetter({ date: 'Lâm Viên, ngày 14 tháng 5 năm 2024' }) },
		{ name: "a numeric date is date-format's", code: buildLetter({ date: 'Cao Bằng, 05.02.2021' }) },
		{ name: "no colon at all is another rule's", code: buildLetter({ kinhGui: 'Kính gửi Các sở, ban, ngành tỉnh' }) },
	],
	invalid: [
		{
			name: 'H10 line 1: "Số : 215/UBND-KT"',
			code: buildLetter({ so: 'Số : 215/UBND-KT' }),
			errors: [{ messageId: 'spaceBeforeColon', line: 7, column: 3, text: ' ', message: 'viết "Số:"' }],
			output: buildLetter({ so: 'Số: 215/UBND-KT' }),
		},
		{
			name: 'H10 line 2: a "." after the header date',
			code: buildLetter({ date: 'Cao Bằng, ngày 05 tháng 02 năm 2021.' }),
			errors: [{ messageId: 'dateEndsWithPeriod', text: '.' }],
			output: buildLetter(),
		},
		{
			name: 'H10 line 3: "Kính gửi : Sở Xây dựng", two spaces',
			code: buildLetter({ kinhGui: 'Kính gửi  : Sở Xây dựng' }),
			errors: [{ messageId: 'spaceBeforeColon', text: '  ', message: '"Kính gửi:"' }],
			output: buildLetter({ kinhGui: 'Kính gửi: Sở Xây dựng' }),
		},
		{
			name: 'H10 line 8: "Nơi nhận :"',
			code: buildLetter({ noiNhan: 'Nơi nhận :\n- Như trên;\n- Lưu: VT, VP.' }),
			errors: [{ messageId: 'spaceBeforeColon', text: ' ', message: '"Nơi nhận:"' }],
			output: buildLetter(),
		},
	],
});
