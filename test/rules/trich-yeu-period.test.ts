import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L001, L002, L004 } from './header-fragments';

ruleTester('trich-yeu-period', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'letter 000', code: L000 },
		{ name: 'letter 001', code: L001 },
		{ name: 'letter 004: no period after "Covid-19"', code: L004 },
		{
			name: 'a decision without a period',
			code: buildLetter({ vv: 'QUYẾT ĐỊNH\nVề việc ban hành Quy chế công tác văn thư', kinhGui: null }),
		},
		{ name: 'an ellipsis is no period', code: buildLetter({ vv: 'V/v triển khai các nhiệm vụ về y tế, giáo dục...' }) },
		{ name: 'a body sentence ending with a period is no trích yếu', code: buildLetter({ vv: null }) },
	],
	invalid: [
		{
			name: 'letter 002: "Covid-19." (lines 7–9)',
			code: L002,
			errors: [{ messageId: 'period', line: 9, column: 9, text: '.' }],
			output: L002.replace('Covid-19.', 'Covid-19'),
		},
		{
			name: 'a decision’s trích yếu ending with a period',
			code: buildLetter({ vv: 'QUYẾT ĐỊNH\nVề việc ban hành Quy chế công tác văn thư.', kinhGui: null }),
			errors: [{ messageId: 'period', line: 10, text: '.' }],
			output: buildLetter({ vv: 'QUYẾT ĐỊNH\nVề việc ban hành Quy chế công tác văn thư', kinhGui: null }),
		},
		{
			name: 'markdown bold: only the period goes',
			code: buildLetter({ vv: '**V/v triển khai kế hoạch công tác năm 2021.**' }),
			errors: [{ messageId: 'period', text: '.' }],
			output: buildLetter({ vv: '**V/v triển khai kế hoạch công tác năm 2021**' }),
		},
		{
			name: 'trailing spaces and CRLF after the period',
			code: buildLetter({ vv: 'V/v triển khai kế hoạch công tác  \nnăm 2021.  ' }).replace(/\n/gu, '\r\n'),
			errors: [{ messageId: 'period', line: 10, column: 9 }],
			output: buildLetter({ vv: 'V/v triển khai kế hoạch công tác  \nnăm 2021  ' }).replace(/\n/gu, '\r\n'),
		},
	],
});
