import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const withSo = (so: string | null): string => buildLetter({ so });

ruleTester('malformed-so-ky-hieu', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'a number below 10 with its leading zero', code: withSo('Số: 05/BNV-VP') },
		{ name: 'three groups (agency, unit)', code: withSo('Số: 206/QĐ-BNN-PC') },
		{ name: 'the official mixed-case abbreviation TTr', code: withSo('Số: 12/TTr-UBND') },
		{ name: 'the official mixed-case abbreviations QyĐ and CTr', code: withSo('Số: 03/QyĐ-UBND') + '\n' },
		{ name: 'Vietnamese capitals in the groups', code: withSo('Số: 1234/SVHTTDL-QLVHGĐ') },
		{ name: 'a blank draft number with its spaces', code: withSo('Số:      /SCT-VP') },
		{ name: 'a blank draft number collapsed to one space', code: withSo('Số: /SVHTTDL-QLVHGĐ') },
		{ name: 'a template placeholder', code: withSo('Số: …/QĐ-…') },
		{ name: 'the stray space of a filled-in blank (a hint of another rule)', code: withSo('Số: 283 /STNMT-VP') },
		{ name: 'a legal-normative number with its year', code: withSo('Số: 30/2020/NĐ-CP') },
		{ name: 'markdown emphasis around the line', code: withSo('**Số: 15/UBND-VP**') },
		{
			name: 'numbers cited in the body are not checked',
			code: buildLetter({ body: 'Thực hiện Chỉ thị số: 5/ct-ttg của Thủ tướng Chính phủ./.' }),
		},
		{
			name: 'a Party document keeps its own numbering',
			code: buildLetter({ agency: 'ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY CAO BẰNG', quocHieu: null, so: 'Số: 36-HD/TU' }),
		},
		{ name: 'NFD text', code: withSo('Số: 15/UBND-VP').normalize('NFD') },
		{ name: 'CRLF line ends', code: withSo('Số: 15/UBND-VP').replace(/\n/gu, '\r\n') },
		{ name: 'a letter without a Số line', code: withSo(null) },
		{ name: 'F1: TTg is an official mixed-case group (a công văn of the Thủ tướng)', code: withSo('Số: 120/TTg-NN') },
		{ name: 'F1: TTg as the issuer of a quyết định', code: withSo('Số: 30/QĐ-TTg') },
		{ name: 'F2: "&" in the ký hiệu is the warning of ky-hieu-ky-tu, not an error here', code: withSo('Số: 215/SVHTT-VH&GĐ') },
		{
			name: 'the old abbreviation TTh in a letter dated before 05/03/2020',
			code: buildLetter({ so: 'Số: 12/TTh-UBND', date: 'Cao Bằng, ngày 05 tháng 02 năm 2019' }),
		},
	],
	invalid: [
		{
			name: 'a number below 10 without its leading zero',
			code: withSo('Số: 5/UBND-VP'),
			errors: [{ messageId: 'needsZero', line: 7, column: 5, text: '5' }],
			output: withSo('Số: 05/UBND-VP'),
		},
		{
			name: 'a number below 10 in NFD text: the range is in the original code units',
			code: withSo('Số: 5/UBND-VP').normalize('NFD'),
			errors: [{ messageId: 'needsZero', line: 7, column: 7, text: '5' }],
			output: withSo('Số: 05/UBND-VP').normalize('NFD'),
		},
		{
			name: 'a missing colon',
			code: withSo('Số 15/UBND-VP'),
			errors: [{ messageId: 'missingColon', text: 'Số' }],
			output: withSo('Số: 15/UBND-VP'),
		},
		{
			name: 'the Party form in an administrative letter',
			code: withSo('Số: 283-STNMT/VP'),
			errors: [{ messageId: 'wrongSeparator', text: '283-STNMT/VP' }],
		},
		{
			name: 'a hyphen instead of the slash',
			code: withSo('Số: 283-STNMT-VP'),
			errors: [{ messageId: 'wrongSeparator', text: '283-STNMT-VP' }],
		},
		{ name: 'no separator at all', code: withSo('Số: 283 STNMT-VP'), errors: [{ messageId: 'missingSlash', text: '283 STNMT-VP' }] },
		{
			name: 'G3: the pre-2004 form names the missing "/" between number and ký hiệu',
			code: withSo('Số: 215UB/KT'),
			errors: [{ messageId: 'gluedNumber', text: '215UB/KT', message: 'số "215" và ký hiệu "UB/KT"' }],
		},
		{
			name: 'G3: a space and an en dash are named, and the ký hiệu is quoted as typed',
			code: withSo('Số: 215/UBND –KT'),
			errors: [{ messageId: 'spaceAndEnDash', text: 'UBND –KT', message: '"UBND –KT"' }],
		},
		{
			name: 'G3: an en dash alone',
			code: withSo('Số: 215/UBND–KT'),
			errors: [{ messageId: 'enDash', text: 'UBND–KT', message: '"UBND–KT"' }],
		},
		{
			name: 'a doubled slash',
			code: withSo('Số: 283//STNMT-VP'),
			errors: [{ messageId: 'doubledSlash', text: '//' }],
			output: withSo('Số: 283/STNMT-VP'),
		},
		{ name: 'an empty last group', code: withSo('Số: 283/STNMT-'), errors: [{ messageId: 'emptyGroup', text: 'STNMT-' }] },
		{ name: 'a doubled hyphen', code: withSo('Số: 283/STNMT--VP'), errors: [{ messageId: 'emptyGroup' }] },
		{ name: 'spaces between the groups', code: withSo('Số: 283/STNMT - VP'), errors: [{ messageId: 'spaceInSymbol', text: 'STNMT - VP' }] },
		{
			name: 'a group in lower case',
			code: withSo('Số: 283/stnmt-VP'),
			errors: [{ messageId: 'lowerCase', text: 'stnmt', message: 'stnmt' }],
		},
		{
			name: 'a group in mixed case that is not an official abbreviation',
			code: withSo('Số: 283/Ubnd-VP'),
			errors: [{ messageId: 'lowerCase', text: 'Ubnd' }],
		},
		{ name: 'a number not in Arabic digits', code: withSo('Số: V/UBND-VP'), errors: [{ messageId: 'notDigits', text: 'V' }] },
		{ name: 'no ký hiệu after the slash', code: withSo('Số: 283/'), errors: [{ messageId: 'missingSymbol', text: '/' }] },
		{ name: 'an empty Số line', code: withSo('Số:'), errors: [{ messageId: 'empty', text: 'Số:' }] },
		{ name: 'a trailing period', code: withSo('Số: 283/STNMT-VP.'), errors: [{ messageId: 'badCharacter', text: 'STNMT-VP.' }] },
		{
			name: 'CRLF line ends keep the fix in place',
			code: withSo('Số: 7/UBND-VP').replace(/\n/gu, '\r\n'),
			errors: [{ messageId: 'needsZero', line: 7, column: 5, text: '7' }],
			output: withSo('Số: 07/UBND-VP').replace(/\n/gu, '\r\n'),
		},
	],
});
