import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const withAgency = (agency: string): string => buildLetter({ agency });

ruleTester('co-quan-viet-tat', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'the managing body may abbreviate ("UBND TỈNH")', code: withAgency('UBND TỈNH NINH THUẬN\nSỞ VĂN HÓA VÀ THỂ THAO') },
		{ name: "a school level in a school's name", code: withAgency('PHÒNG GD&ĐT HUYỆN AN HÒA\nTRƯỜNG THCS LÊ QUÝ ĐÔN') },
		{ name: 'a name with every syllable', code: withAgency('BỘ Y TẾ\nCỤC QUẢN LÝ DƯỢC') },
	],
	invalid: [
		{
			name: 'H9 line 1: "SỞ VH VÀ TT"',
			code: withAgency('UBND TỈNH NINH THUẬN\nSỞ VH VÀ TT'),
			errors: [{ messageId: 'abbreviated', line: 2, text: 'VH VÀ TT', message: '"VH", "TT"' }],
		},
		{
			name: '"SỞ TN&MT" as the issuing body',
			code: withAgency('UBND TỈNH CAO BẰNG\nSỞ TN&MT'),
			errors: [{ messageId: 'abbreviated', text: 'TN&MT' }],
		},
	],
});
