import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L001 } from './header-fragments';

ruleTester('missing-tieu-ngu', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'letter 001: a Tiêu ngữ with en dashes is found (tieu-ngu-format reports the dashes)', code: L001 },
		{ name: 'letter 000: no Quốc hiệu either (missing-quoc-hieu reports both)', code: L000 },
		{
			name: 'the Quốc hiệu and the Tiêu ngữ on one line',
			code: buildLetter({ quocHieu: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc' }),
		},
		{
			name: 'a Tiêu ngữ without spaces around the hyphens is found',
			code: buildLetter({ quocHieu: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập-Tự do-Hạnh phúc' }),
		},
		{
			name: 'the Tiêu ngữ after a blank line',
			code: buildLetter({ quocHieu: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc' }),
		},
	],
	invalid: [
		{
			name: 'a Quốc hiệu without its Tiêu ngữ',
			code: buildLetter({ quocHieu: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }),
			errors: [{ messageId: 'missing', line: 4, column: 1, text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' }],
		},
		{
			name: 'a Tiêu ngữ with other words is not found',
			code: buildLetter({ quocHieu: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập, Tự do, Hạnh phúc' }),
			errors: [{ messageId: 'missing', line: 4, text: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM' }],
		},
	],
});
