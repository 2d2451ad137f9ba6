import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L001, L002, L003, L004 } from './header-fragments';

ruleTester('missing-date', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{
			name: 'a biên bản writes its time in the body (Mẫu 1.9), not in a date line',
			code: buildLetter({ so: 'Số: 12/BB-UBND', vv: 'BIÊN BẢN\nHọp giao ban tháng 3', date: null, kinhGui: null }),
		},
		{ name: 'letter 000', code: L000 },
		{ name: 'letter 001: the date after the V/v', code: L001 },
		{ name: 'letter 002', code: L002 },
		{ name: 'letter 004: a draft date with a blank day', code: L004 },
		{ name: 'letter 003: no header at all (missing-header reports once)', code: L003 },
		{ name: 'a date written with slashes is a date line (date-format reports it)', code: buildLetter({ date: 'Cao Bằng, 05/02/2021' }) },
		{ name: 'a date line in markdown italics', code: buildLetter({ date: '*Cao Bằng, ngày 05 tháng 02 năm 2021*' }) },
	],
	invalid: [
		{
			name: 'no date line: reported under the Tiêu ngữ',
			code: buildLetter({ date: null }),
			errors: [{ messageId: 'missing', line: 5, column: 1, text: 'Độc lập - Tự do - Hạnh phúc' }],
		},
		{
			name: 'no date line and no Quốc hiệu: reported at the Số line',
			code: buildLetter({ quocHieu: null, date: null }),
			errors: [{ messageId: 'missing', line: 4, text: 'Số: 15/UBND-VP' }],
		},
		{
			name: 'body dates are not the header date',
			code: buildLetter({
				date: null,
				body: 'Thực hiện Công văn số 216/UBND-VX ngày 28/01/2021 của Ủy ban nhân dân tỉnh, đề nghị các đơn vị thực hiện./.',
			}),
			errors: [{ messageId: 'missing', line: 5 }],
		},
	],
});
