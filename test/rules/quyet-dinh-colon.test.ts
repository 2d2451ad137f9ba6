import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const decision = (body: string): string =>
	buildLetter({ vv: 'QUYẾT ĐỊNH\nVề việc ban hành Quy chế công tác văn thư', kinhGui: null, body });
const CAN_CU =
	'Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh về ban hành quy chế hội thi;\nTheo đề nghị của Chánh Văn phòng Sở.';
const DIEU = 'Điều 1. Ban hành Quy chế.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký./.';

ruleTester('quyet-dinh-colon', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: '"QUYẾT ĐỊNH:" before Điều 1', code: decision(`${CAN_CU}\nQUYẾT ĐỊNH:\n${DIEU}`) },
		{ name: '"QUYẾT NGHỊ:" before Điều 1', code: decision(`${CAN_CU}\nQUYẾT NGHỊ:\n${DIEU}`) },
		{
			name: 'an upper-case line that does not open Điều 1',
			code: decision(`${CAN_CU}\nQUYẾT ĐỊNH\nBan hành kèm theo Quyết định này Quy chế./.`),
		},
	],
	invalid: [
		{
			name: 'H2 line 6: "QUYẾT ĐỊNH" without its colon',
			code: decision(`${CAN_CU}\nQUYẾT ĐỊNH\n${DIEU}`),
			errors: [{ messageId: 'missingColon', text: 'QUYẾT ĐỊNH', message: '"QUYẾT ĐỊNH:"' }],
			output: decision(`${CAN_CU}\nQUYẾT ĐỊNH:\n${DIEU}`),
		},
		{
			name: '"QUYẾT NGHỊ" with a blank line before Điều 1',
			code: decision(`${CAN_CU}\nQUYẾT NGHỊ\n\n${DIEU}`),
			errors: [{ messageId: 'missingColon', text: 'QUYẾT NGHỊ' }],
			output: decision(`${CAN_CU}\nQUYẾT NGHỊ:\n\n${DIEU}`),
		},
	],
});
