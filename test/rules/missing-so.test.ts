import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L001, L002, L003, L004 } from './header-fragments';

ruleTester('missing-so', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'letter 000', code: L000 },
		{ name: 'letter 001', code: L001 },
		{ name: 'letter 002: a blank draft number is a Số line', code: L002 },
		{ name: 'letter 004: Số with trailing spaces and V/v right under it', code: L004 },
		{ name: 'letter 003: no header at all (missing-header reports once)', code: L003 },
		{ name: 'a Số line without a number yet', code: buildLetter({ so: 'Số:      /UBND-VP' }) },
		{ name: 'a Số line in markdown bold', code: buildLetter({ so: '**Số: 15/UBND-VP**' }) },
		{
			name: 'a Party letter numbers its own way',
			code: buildLetter({ agency: 'ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY CAO BẰNG', quocHieu: null, so: null }),
		},
	],
	invalid: [
		{
			name: 'no Số line: reported under the agency name',
			code: buildLetter({ so: null }),
			errors: [{ messageId: 'missing', line: 2, column: 1, text: 'TỈNH CAO BẰNG' }],
		},
		{
			name: 'no Số line and no agency: reported at the first header line',
			code: buildLetter({ agency: null, so: null }),
			errors: [{ messageId: 'missing', line: 1, text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }],
		},
		{
			name: 'a number in the body ("Chỉ thị số: 05/CT-TTg") is no Số line',
			code: buildLetter({
				so: null,
				body: 'Thực hiện Chỉ thị số: 05/CT-TTg của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh đề nghị các cơ quan thực hiện./.',
			}),
			errors: [{ messageId: 'missing', line: 2 }],
		},
	],
});
