import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L001, L004 } from './header-fragments';

ruleTester('vv-not-cong-van', {
	valid: [
		{ name: 'a correct công văn', code: buildLetter() },
		{ name: 'letter 000', code: L000 },
		{ name: 'letter 001', code: L001 },
		{ name: 'letter 004', code: L004 },
		{
			name: 'a decision with its trích yếu under the type name',
			code: buildLetter({ vv: 'QUYẾT ĐỊNH\nVề việc ban hành Quy chế công tác văn thư', kinhGui: null }),
		},
		{ name: '"CÔNG VĂN" is no type name of its own', code: buildLetter({ date: 'Cao Bằng, ngày 05 tháng 02 năm 2021\n\nCÔNG VĂN' }) },
		{
			name: 'a body "v/v" in a named document',
			code: buildLetter({
				vv: 'KẾ HOẠCH\nTriển khai công tác năm 2021',
				kinhGui: null,
				body: 'Thực hiện Công văn số 216/UBND-VX v/v triển khai công tác năm 2021, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau./.',
			}),
		},
	],
	invalid: [
		{
			name: 'a V/v under QUYẾT ĐỊNH',
			code: buildLetter({ vv: 'QUYẾT ĐỊNH\nV/v ban hành Quy chế công tác văn thư', kinhGui: null }),
			errors: [{ messageId: 'named', line: 10, column: 1, text: 'V/v', message: 'QUYẾT ĐỊNH' }],
		},
		{
			name: 'a V/v under the Số line of a TỜ TRÌNH',
			code: buildLetter({ date: 'Cao Bằng, ngày 05 tháng 02 năm 2021\n\nTỜ TRÌNH' }),
			errors: [{ messageId: 'named', line: 9, text: 'V/v', message: 'TỜ TRÌNH' }],
		},
		{
			name: 'a V/v in a named document whose type name is in lower case',
			code: buildLetter({ date: 'Cao Bằng, ngày 05 tháng 02 năm 2021\n\nBáo cáo' }),
			errors: [{ messageId: 'named', line: 9, message: 'BÁO CÁO' }],
		},
	],
});
