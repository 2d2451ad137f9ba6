import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L001 } from './header-fragments';

const withTieuNgu = (line: string): string => buildLetter({ quocHieu: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n${line}` });
const fixed = withTieuNgu('Độc lập - Tự do - Hạnh phúc');

ruleTester('tieu-ngu-format', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'markdown bold around the Tiêu ngữ', code: withTieuNgu('**Độc lập - Tự do - Hạnh phúc**') },
		{ name: 'NFD text is the business of nfd-text', code: buildLetter().normalize('NFD') },
		{ name: 'letter 000: "5K: Khẩu trang - khử khuẩn - …" in the body is no Tiêu ngữ', code: L000 },
		{ name: 'a letter without Tiêu ngữ', code: buildLetter({ quocHieu: null }) },
		{ name: 'CRLF line ends', code: buildLetter().replace(/\n/gu, '\r\n') },
	],
	invalid: [
		{
			name: 'letter 001: en dashes',
			code: L001,
			errors: [{ messageId: 'dash', line: 5, column: 1, text: 'Độc lập – Tự do – Hạnh phúc', message: '"–"' }],
			output: L001.replace('Độc lập – Tự do – Hạnh phúc', 'Độc lập - Tự do - Hạnh phúc'),
		},
		{
			name: 'em dashes',
			code: withTieuNgu('Độc lập — Tự do — Hạnh phúc'),
			errors: [{ messageId: 'dash', line: 5, message: '"—"' }],
			output: fixed,
		},
		{
			name: 'no spaces around the hyphens',
			code: withTieuNgu('Độc lập-Tự do-Hạnh phúc'),
			errors: [{ messageId: 'wrong', text: 'Độc lập-Tự do-Hạnh phúc' }],
			output: fixed,
		},
		{
			name: 'en dashes without spaces',
			code: withTieuNgu('Độc lập–Tự do–Hạnh phúc'),
			errors: [{ messageId: 'wrong', text: 'Độc lập–Tự do–Hạnh phúc' }],
			output: fixed,
		},
		{
			name: 'every word capitalised',
			code: withTieuNgu('Độc Lập - Tự Do - Hạnh Phúc'),
			errors: [{ messageId: 'wrong', message: '"Độc Lập - Tự Do - Hạnh Phúc"' }],
			output: fixed,
		},
		{
			name: 'all in capitals',
			code: withTieuNgu('ĐỘC LẬP - TỰ DO - HẠNH PHÚC'),
			errors: [{ messageId: 'wrong', line: 5, column: 1 }],
			output: fixed,
		},
		{
			name: 'on the line of the Quốc hiệu',
			code: buildLetter({ quocHieu: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc' }),
			errors: [{ messageId: 'dash', line: 4, column: 36 }],
			output: buildLetter({ quocHieu: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc' }),
		},
	],
});
