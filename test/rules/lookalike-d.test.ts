import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

ruleTester('lookalike-d', {
	valid: [{ name: 'the Vietnamese Đ and đ', code: buildLetter({ so: 'Số: 15/QĐ-UBND' }) }],
	invalid: [
		{
			name: 'an eth (U+00D0) in the ký hiệu',
			code: buildLetter({ so: 'Số: 15/Q\u00d0-UBND' }),
			errors: [{ messageId: 'lookalike', line: 7, column: 9, text: '\u00d0', message: '1 chỗ' }],
			output: buildLetter({ so: 'Số: 15/QĐ-UBND' }),
		},
		{
			name: 'several lookalikes, upper and lower case, in one finding',
			code: buildLetter({ so: 'Số: 15/Q\u00d0-UBND', kinhGui: 'Kính gửi: Các \u0111ơn vị, Sở Giáo dục và \u00d0ào tạo, \u00f0ơn vị' }),
			errors: [{ messageId: 'lookalike', text: '\u00d0', message: '3 chỗ' }],
			output: buildLetter({ so: 'Số: 15/QĐ-UBND', kinhGui: 'Kính gửi: Các đơn vị, Sở Giáo dục và Đào tạo, đơn vị' }),
		},
		{
			name: 'the African D (U+0189)',
			code: buildLetter({ so: 'Số: 15/Q\u0189-UBND' }),
			errors: [{ messageId: 'lookalike', text: '\u0189' }],
			output: buildLetter({ so: 'Số: 15/QĐ-UBND' }),
		},
	],
});
