import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L001, L002, L004 } from './header-fragments';

const withVv = (vv: string): string => buildLetter({ vv });
const fixed = withVv('V/v triển khai kế hoạch công tác\nnăm 2021');

ruleTester('vv-format', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'letter 000: "v/v" in the body is not the header trích yếu (line 13)', code: L000 },
		{ name: 'letter 001: V/v before the date', code: L001 },
		{ name: 'letter 002: trailing double spaces on the V/v lines', code: L002 },
		{ name: 'letter 004: V/v right after Số, wrapped over three lines', code: L004 },
		{ name: 'markdown bold around the V/v line', code: withVv('**V/v triển khai kế hoạch công tác năm 2021**') },
		{ name: 'a named document has no V/v', code: buildLetter({ vv: 'KẾ HOẠCH\nVề việc triển khai công tác năm 2021', kinhGui: null }) },
		{
			name: '"Về việc" under a type name is its trích yếu',
			code: buildLetter({ vv: 'TỜ TRÌNH\nVề việc phê duyệt kế hoạch công tác năm 2021' }),
		},
		{ name: 'CRLF line ends', code: buildLetter().replace(/\n/gu, '\r\n') },
	],
	invalid: [
		{
			name: 'V/V in capitals',
			code: withVv('V/V triển khai kế hoạch công tác\nnăm 2021'),
			errors: [{ messageId: 'label', line: 9, column: 1, text: 'V/V', message: '"V/V"' }],
			output: fixed,
		},
		{
			name: 'v/v in lower case',
			code: withVv('v/v triển khai kế hoạch công tác\nnăm 2021'),
			errors: [{ messageId: 'label', text: 'v/v' }],
			output: fixed,
		},
		{
			name: 'a space after the slash',
			code: withVv('V/ v triển khai kế hoạch công tác\nnăm 2021'),
			errors: [{ messageId: 'label', text: 'V/ v' }],
			output: fixed,
		},
		{
			name: 'a colon after V/v',
			code: withVv('V/v: triển khai kế hoạch công tác\nnăm 2021'),
			errors: [
				{ messageId: 'colon', line: 9, column: 1, text: 'V/v:', message: 'Không đặt dấu hai chấm sau "V/v": viết "V/v triển khai kế …"' },
			],
			output: fixed,
		},
		{
			name: 'a colon and no space',
			code: withVv('V/v:triển khai kế hoạch công tác\nnăm 2021'),
			errors: [{ messageId: 'colon', text: 'V/v:' }],
			output: fixed,
		},
		{
			name: 'V/V with a spaced colon',
			code: withVv('V/V : triển khai kế hoạch công tác\nnăm 2021'),
			errors: [{ messageId: 'label', text: 'V/V :' }],
			output: fixed,
		},
		{
			name: 'the label alone on its line with a colon',
			code: withVv('V/v:\ntriển khai kế hoạch công tác năm 2021'),
			errors: [{ messageId: 'colon', text: 'V/v:', message: '"V/v …"' }],
			output: withVv('V/v\ntriển khai kế hoạch công tác năm 2021'),
		},
		{
			name: 'markdown bold: the markers stay in place',
			code: withVv('**V/V:** triển khai kế hoạch công tác năm 2021'),
			errors: [{ messageId: 'label', text: 'V/V:' }],
			output: withVv('**V/v** triển khai kế hoạch công tác năm 2021'),
		},
		{
			name: 'trailing spaces and CRLF (as in letter 002)',
			code: withVv('v/v tiếp tục quán triệt thực hiện  \nnghiêm túc công tác phòng, chống dịch bệnh  \nCovid-19').replace(/\n/gu, '\r\n'),
			errors: [{ messageId: 'label', line: 9, text: 'v/v' }],
			output: withVv('V/v tiếp tục quán triệt thực hiện  \nnghiêm túc công tác phòng, chống dịch bệnh  \nCovid-19').replace(/\n/gu, '\r\n'),
		},
		{
			name: '"Về việc" where a công văn has its V/v: a suggestion, not a fix',
			code: withVv('Về việc triển khai kế hoạch công tác năm 2021'),
			errors: [{ messageId: 'veViec', line: 9, column: 1, text: 'Về việc' }],
		},
		{
			name: 'G6: "Về:" where a công văn has its V/v: use "V/v" instead, as a suggestion',
			code: withVv('Về: rà soát hệ thống đèn chiếu sáng công cộng'),
			errors: [{ messageId: 'veViec', line: 9, column: 1, text: 'Về:', message: 'dùng "V/v" thay cho "Về:"' }],
		},
	],
});
