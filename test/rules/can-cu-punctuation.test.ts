import { BASE_L, BASE_Q, replaceBlock } from '../letter/base-letters';
import { ruleTester } from '../harness/rule-tester';

const Q = BASE_Q.clean;
const CAN_CU =
	'Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh về ban hành quy chế hội thi;\nTheo đề nghị của Chánh Văn phòng Sở.';
const FIRST = 'Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh về ban hành quy chế hội thi';
const SECOND = 'Căn cứ Kế hoạch số 45/KH-UBND ngày 02/02/2024 của UBND tỉnh về tổ chức các hoạt động văn hóa năm 2024';
const LAST = 'Theo đề nghị của Chánh Văn phòng Sở';
const withCanCu = (block: string): string => replaceBlock(Q, CAN_CU, block);

ruleTester('can-cu-punctuation', {
	valid: [
		{ name: 'the base quyết định', code: Q },
		{ name: 'three căn cứ and the proposal', code: withCanCu(`${FIRST};\n${SECOND};\n${LAST}.`) },
		{ name: 'a căn cứ wrapped over two lines', code: withCanCu(`${FIRST.replace(' về ban', '\nvề ban')};\n${LAST}.`) },
		{ name: 'a công văn sentence starting with "Căn cứ" is not a block', code: BASE_L.clean.replace('Thực hiện', 'Căn cứ') },
		{ name: 'an ellipsis is not judged', code: withCanCu(`${FIRST}…\n${LAST}.`) },
	],
	invalid: [
		{
			name: 'reference H7: "." before another căn cứ and ";" at the end of the block',
			code: withCanCu(`${FIRST}.\n${SECOND};\n${LAST};`),
			errors: [
				{ messageId: 'semicolon', line: 10, text: '.' },
				{ messageId: 'period', line: 12, text: ';' },
			],
			output: withCanCu(`${FIRST};\n${SECOND};\n${LAST}.`),
		},
		{
			name: 'a căn cứ with no final punctuation',
			code: withCanCu(`${FIRST}\n${LAST}.`),
			errors: [{ messageId: 'missingSemicolon', line: 10, text: 'i' }],
			output: withCanCu(`${FIRST};\n${LAST}.`),
		},
		{
			name: 'the last line with no final punctuation',
			code: withCanCu(`${FIRST};\n${LAST}`),
			errors: [{ messageId: 'missingPeriod', line: 11, text: 'ở' }],
			output: withCanCu(`${FIRST};\n${LAST}.`),
		},
		{
			name: 'a comma instead of a semicolon, with CRLF',
			code: withCanCu(`${FIRST},\n${LAST}.`).replace(/\n/gu, '\r\n'),
			errors: [{ messageId: 'semicolon', line: 10, text: ',' }],
			output: withCanCu(`${FIRST};\n${LAST}.`).replace(/\n/gu, '\r\n'),
		},
	],
});
