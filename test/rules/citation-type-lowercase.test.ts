import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const body = (text: string): string => buildLetter({ body: `${text}\n\nĐề nghị các cơ quan, đơn vị thực hiện./.` });

ruleTester('citation-type-lowercase', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'capitalised type names', code: body('Thực hiện các Chỉ thị số: 05/CT-TTg, 06/CT-TTg và Công văn số 1332-CV/TU của Tỉnh ủy.') },
		{ name: 'the generic "văn bản" is not a type name', code: body('Thực hiện văn bản số 216/UBND-VX ngày 28/01/2021 của UBND tỉnh.') },
		{ name: 'a type name without a number is not a citation', code: body('Các đơn vị xây dựng kế hoạch triển khai và báo cáo kết quả.') },
	],
	invalid: [
		{
			name: '"công văn số 1332-CV/TU" (reference §12, 003 line 35)',
			code: body('Thực hiện công văn số 1332-CV/TU ngày 10/3/2020 của BTV Tỉnh uỷ.'),
			errors: [{ messageId: 'lowercase', line: 16, column: 11, text: 'công văn', message: '"công văn" → "Công văn"' }],
			output: body('Thực hiện Công văn số 1332-CV/TU ngày 10/3/2020 của BTV Tỉnh uỷ.'),
		},
		{
			name: 'a list is reported once: "các kết luận số 86/TB-VPVP, 89/TB-VPVP" (reference §12, 003 line 31)',
			code: body('Thực hiện các kết luận số 86/TB-VPVP, 89/TB-VPVP và kế hoạch số 557/KH-UBND ngày 07/3/2020.'),
			errors: [
				{ messageId: 'lowercase', text: 'kết luận' },
				{ messageId: 'lowercase', text: 'kế hoạch' },
			],
			output: body('Thực hiện các Kết luận số 86/TB-VPVP, 89/TB-VPVP và Kế hoạch số 557/KH-UBND ngày 07/3/2020.'),
		},
		{
			name: 'a type starting with đ',
			code: body('Thực hiện đề án số 12/ĐA-UBND của UBND tỉnh.'),
			errors: [{ messageId: 'lowercase', text: 'đề án', message: '"Đề án"' }],
			output: body('Thực hiện Đề án số 12/ĐA-UBND của UBND tỉnh.'),
		},
		{
			name: 'NFD text',
			code: body('Thực hiện kế hoạch số 557/KH-UBND ngày 07/3/2020.').normalize('NFD'),
			errors: [{ messageId: 'lowercase', text: 'kế hoạch'.normalize('NFD') }],
			output: body('Thực hiện Kế hoạch số 557/KH-UBND ngày 07/3/2020.').normalize('NFD'),
		},
	],
});
