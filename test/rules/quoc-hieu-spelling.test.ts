import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L001 } from './header-fragments';

const withQuocHieu = (line: string): string => buildLetter({ quocHieu: `${line}\nĐộc lập - Tự do - Hạnh phúc` });

ruleTester('quoc-hieu-spelling', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'the modern tone placement "HOÀ" is accepted (reference §10.2)', code: withQuocHieu('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM') },
		{ name: 'letter 001: the Quốc hiệu after the agency name on the same line', code: L001 },
		{ name: 'letter 000: no Quốc hiệu', code: L000 },
		{ name: 'markdown bold around the Quốc hiệu', code: withQuocHieu('**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**') },
		{ name: 'NFD text is the business of nfd-text', code: buildLetter().normalize('NFD') },
		{ name: 'a no-break space between two words', code: withQuocHieu('CỘNG HÒA XÃ HỘI\u00a0CHỦ NGHĨA VIỆT NAM') },
		{ name: 'CRLF line ends', code: buildLetter().replace(/\n/gu, '\r\n') },
		{
			name: 'the words of the Quốc hiệu inside a V/v sentence are no Quốc hiệu',
			code: buildLetter({ quocHieu: null, vv: 'V/v kỷ niệm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam' }),
		},
	],
	invalid: [
		{
			name: 'a Quốc hiệu in lower case',
			code: withQuocHieu('Cộng hòa xã hội chủ nghĩa Việt Nam'),
			errors: [
				{
					messageId: 'wrong',
					line: 4,
					column: 1,
					text: 'Cộng hòa xã hội chủ nghĩa Việt Nam',
					message: '"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"',
				},
			],
			output: withQuocHieu('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
		},
		{
			name: 'the modern tone placement is kept by the fix',
			code: withQuocHieu('Cộng hoà xã hội chủ nghĩa Việt Nam'),
			errors: [{ messageId: 'wrong', message: '"CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"' }],
			output: withQuocHieu('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
		},
		{
			name: 'a Quốc hiệu without diacritics',
			code: withQuocHieu('CONG HOA XA HOI CHU NGHIA VIET NAM'),
			errors: [{ messageId: 'wrong', text: 'CONG HOA XA HOI CHU NGHIA VIET NAM' }],
			output: withQuocHieu('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
		},
		{
			name: 'two spaces between words',
			code: withQuocHieu('CỘNG HÒA  XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
			errors: [{ messageId: 'wrong', line: 4, column: 1 }],
			output: withQuocHieu('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'),
		},
		{
			name: 'merged with the agency name: only the Quốc hiệu is fixed',
			code: buildLetter({ agency: null, quocHieu: 'BỘ NỘI VỤ Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc' }),
			errors: [{ messageId: 'wrong', line: 1, column: 11, text: 'Cộng hòa xã hội chủ nghĩa Việt Nam' }],
			output: buildLetter({ agency: null, quocHieu: 'BỘ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc' }),
		},
	],
});
