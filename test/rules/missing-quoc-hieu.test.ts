import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L001, L002, L003, L004 } from './header-fragments';

ruleTester('missing-quoc-hieu', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'letter 001: the Quốc hiệu merged with the agency name on line 3', code: L001 },
		{
			name: 'the modern tone placement "HOÀ"',
			code: buildLetter({ quocHieu: 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc' }),
		},
		{
			name: 'the Quốc hiệu in markdown bold',
			code: buildLetter({ quocHieu: '**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**' }),
		},
		{
			name: 'a Quốc hiệu not in capitals is found (quoc-hieu-spelling reports it)',
			code: buildLetter({ quocHieu: 'Cộng hòa xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc' }),
		},
		{ name: 'letter 003: no header at all (missing-header reports once)', code: L003 },
		{
			name: 'a Party letter has no Quốc hiệu',
			code: buildLetter({ agency: 'ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY CAO BẰNG', quocHieu: null, so: 'Số 1332-CV/TU' }),
		},
		{ name: 'a legal-normative letter follows another law', code: buildLetter({ quocHieu: null, so: 'Số: 30/2020/NĐ-CP' }) },
	],
	invalid: [
		{
			name: 'letter 000: neither Quốc hiệu nor Tiêu ngữ',
			code: L000,
			errors: [{ messageId: 'missingBoth', line: 3, column: 1, text: 'Số: 283 /STNMT-VP', message: 'Tiêu ngữ' }],
		},
		{
			name: 'letter 002: neither Quốc hiệu nor Tiêu ngữ',
			code: L002,
			errors: [{ messageId: 'missingBoth', line: 3, text: 'Số: /SVHTTDL-QLVHGĐ' }],
		},
		{
			name: 'letter 004: neither Quốc hiệu nor Tiêu ngữ',
			code: L004,
			errors: [{ messageId: 'missingBoth', line: 3, text: 'Số: /SCT-VP' }],
		},
		{
			name: 'the Tiêu ngữ without the Quốc hiệu',
			code: buildLetter({ quocHieu: 'Độc lập - Tự do - Hạnh phúc' }),
			errors: [{ messageId: 'missing', line: 1, text: 'ỦY BAN NHÂN DÂN' }],
		},
		{
			name: 'the words of the Quốc hiệu inside a V/v sentence are not a Quốc hiệu',
			code: buildLetter({ quocHieu: null, vv: 'V/v kỷ niệm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam' }),
			errors: [{ messageId: 'missingBoth', line: 1 }],
		},
	],
});
