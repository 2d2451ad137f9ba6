import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const withKinhGui = (kinhGui: string): string => buildLetter({ kinhGui });

ruleTester('kinh-gui-single-period', {
	valid: [
		{ name: 'one recipient without a period', code: buildLetter() },
		{ name: '000 line 11: one recipient with a comma', code: withKinhGui('Kính gửi: Các phòng, đơn vị trực thuộc Sở') },
		{ name: '003 line 1: a leading and a trailing space', code: withKinhGui(' Kính gửi: Các phòng chuyên môn, các đơn vị thuộc Sở ') },
		{ name: 'a list ends with a period', code: withKinhGui('Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính.') },
		{ name: 'a dot that ends an abbreviation', code: withKinhGui('Kính gửi: Ủy ban nhân dân TP.') },
		{ name: 'an ellipsis', code: withKinhGui('Kính gửi: ...') },
	],
	invalid: [
		{
			name: '004 line 10: "Các phòng, đơn vị thuộc Sở."',
			code: withKinhGui('Kính gửi: Các phòng, đơn vị thuộc Sở.'),
			errors: [{ messageId: 'period', line: 14, column: 37, text: '.' }],
			output: withKinhGui('Kính gửi: Các phòng, đơn vị thuộc Sở'),
		},
		{
			name: 'markdown emphasis and trailing spaces',
			code: withKinhGui('**Kính gửi:** Bộ Nội vụ.  '),
			errors: [{ messageId: 'period', text: '.' }],
			output: withKinhGui('**Kính gửi:** Bộ Nội vụ  '),
		},
	],
});
