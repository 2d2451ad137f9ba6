import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L001, L002, L003, L004 } from './header-fragments';

ruleTester('missing-co-quan', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'letter 001: the agency name merged with the Quốc hiệu', code: L001 },
		{ name: 'letter 003: no header at all (missing-header reports once)', code: L003 },
		{ name: 'an agency name not in capitals is there (co-quan-viet-hoa reports it)', code: buildLetter({ agency: 'Sở Nội vụ' }) },
		{ name: 'the managing body abbreviated', code: buildLetter({ agency: 'UBND TỈNH CAO BẰNG\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG' }) },
		{
			name: 'the agency below the Quốc hiệu',
			code: buildLetter({
				agency: null,
				quocHieu: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG',
			}),
		},
	],
	invalid: [
		{ name: 'letter 000', code: L000, errors: [{ messageId: 'missing', line: 3, text: 'Số: 283 /STNMT-VP' }] },
		{ name: 'letter 002', code: L002, errors: [{ messageId: 'missing', line: 3 }] },
		{ name: 'letter 004', code: L004, errors: [{ messageId: 'missing', line: 3 }] },
		{
			name: 'a letter with Quốc hiệu but no agency',
			code: buildLetter({ agency: null }),
			errors: [{ messageId: 'missing', line: 1, column: 1, text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }],
		},
		{
			name: 'an urgency stamp is no agency name',
			code: buildLetter({ agency: 'HỎA TỐC' }),
			errors: [{ messageId: 'missing', line: 3, text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }],
		},
	],
});
