import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const signedBy = (signature: string): string => buildLetter({ signature });

ruleTester('chuc-vu-viet-tat', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'titles in full after TL.', code: signedBy('TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nTrần Văn Bình') },
		{ name: 'the collective body after TM. is not a title', code: signedBy('TM. UBND TỈNH\nCHỦ TỊCH\n\nTrần Văn Bình') },
		{
			name: 'a Party letter is not judged',
			code: buildLetter({
				agency: 'ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY CAO BẰNG',
				quocHieu: null,
				so: 'Số 1332-CV/TU',
				signature: 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ TT\n\nNông Thị Hà',
			}),
		},
	],
	invalid: [
		{
			name: 'H10 line 12: "CHÁNH VP UBND" under "TL. CHỦ TỊCH"',
			code: signedBy('TL. CHỦ TỊCH\nCHÁNH VP UBND\n\nTrần Văn Bình'),
			errors: [{ messageId: 'abbreviated', line: 29, text: 'VP UBND', message: '"VP", "UBND"' }],
		},
		{
			name: '"KT. GĐ" and "PHÓ GĐ"',
			code: signedBy('KT. GĐ\nPHÓ GĐ\n\nTrần Văn Bình'),
			errors: [
				{ messageId: 'abbreviated', text: 'GĐ', line: 28 },
				{ messageId: 'abbreviated', text: 'GĐ', line: 29 },
			],
		},
	],
});
