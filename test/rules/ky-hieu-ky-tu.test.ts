import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const withSo = (so: string): string => buildLetter({ so });

ruleTester('ky-hieu-ky-tu', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'letters and digits only', code: withSo('Số: 215/SVHTT-VHGĐ') },
		{
			name: 'F2: "&" inside a cited number is part of that number',
			code: buildLetter({ body: 'Thực hiện Công văn số 12/SVHTT-VH&GĐ ngày 02/02/2021 của Sở Văn hóa và Thể thao./.' }),
		},
		{ name: 'a legal-normative number is not checked', code: buildLetter({ so: 'Số: 30/2020/NĐ-CP', vv: null, kinhGui: null }) },
	],
	invalid: [
		{
			name: 'F2: "&" in the letter\'s own ký hiệu, worded as a requirement',
			code: withSo('Số: 215/SVHTT-VH&GĐ'),
			errors: [{ messageId: 'ampersand', line: 7, column: 15, text: 'VH&GĐ', message: 'chỉ nên gồm chữ cái và chữ số' }],
		},
		{
			name: 'F2: the group is quoted as typed in NFD text',
			code: withSo('Số: 215/GD&ĐT-VP').normalize('NFD'),
			errors: [{ messageId: 'ampersand', text: 'GD&ĐT'.normalize('NFD') }],
		},
	],
});
