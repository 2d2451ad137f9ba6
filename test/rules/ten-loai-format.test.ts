import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L003 } from './header-fragments';

const named = (type: string, kinhGui: string | null = null): string =>
	buildLetter({ vv: `${type}\nVề việc ban hành Quy chế công tác văn thư`, kinhGui });

ruleTester('ten-loai-format', {
	valid: [
		{ name: 'a correct công văn', code: buildLetter() },
		{ name: 'a type name in capitals', code: named('QUYẾT ĐỊNH') },
		{ name: 'a type name in capitals and markdown bold', code: named('**QUYẾT ĐỊNH**') },
		{ name: 'letter 000', code: L000 },
		{ name: 'letter 003: no header', code: L003 },
		{
			name: 'a type name in the body is a citation, not the header',
			code: buildLetter({ body: 'Quyết định\n\nThực hiện Kế hoạch số 35/KH-UBND, đề nghị các đơn vị thực hiện./.' }),
		},
		{ name: '"Công văn" is no printed type name', code: buildLetter({ date: 'Cao Bằng, ngày 05 tháng 02 năm 2021\n\nCông văn' }) },
		{
			name: 'a line that only starts with a type name',
			code: buildLetter({ vv: 'Quyết định ban hành Quy chế', kinhGui: 'Kính gửi: Các sở, ban, ngành' }),
		},
	],
	invalid: [
		{
			name: 'a decision without Kính gửi: the type name in sentence case',
			code: named('Quyết định'),
			errors: [{ messageId: 'notUpperCase', line: 9, column: 1, text: 'Quyết định', message: '"QUYẾT ĐỊNH"' }],
			output: named('QUYẾT ĐỊNH'),
		},
		{
			name: 'a tờ trình with Kính gửi: every word capitalised',
			code: named('Tờ Trình', 'Kính gửi: Ủy ban nhân dân tỉnh'),
			errors: [{ messageId: 'notUpperCase', line: 9, text: 'Tờ Trình' }],
			output: named('TỜ TRÌNH', 'Kính gửi: Ủy ban nhân dân tỉnh'),
		},
		{
			name: 'markdown bold stays around the fixed type name',
			code: named('**Kế hoạch**'),
			errors: [{ messageId: 'notUpperCase', text: 'Kế hoạch' }],
			output: named('**KẾ HOẠCH**'),
		},
		{
			name: 'the writer’s tone placement is kept',
			code: named('Giấy uỷ quyền'),
			errors: [{ messageId: 'notUpperCase', message: '"GIẤY UỶ QUYỀN"' }],
			output: named('GIẤY UỶ QUYỀN'),
		},
	],
});
