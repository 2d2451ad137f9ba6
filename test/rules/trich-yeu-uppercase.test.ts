import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L001, L002, L004 } from './header-fragments';

const named = (lines: string): string => buildLetter({ vv: lines, kinhGui: null });

ruleTester('trich-yeu-uppercase', {
	valid: [
		{ name: 'a correct công văn', code: buildLetter() },
		{ name: 'letter 000: "COVID-19" inside a V/v in normal case', code: L000 },
		{ name: 'letter 001', code: L001 },
		{ name: 'letter 002', code: L002 },
		{ name: 'letter 004', code: L004 },
		{ name: 'a decision with its trích yếu in normal case', code: named('QUYẾT ĐỊNH\nVề việc ban hành Quy chế công tác văn thư') },
		{
			name: 'a decision without trích yếu: the authority line is in capitals',
			code: named('QUYẾT ĐỊNH\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CAO BẰNG'),
		},
		{ name: 'a plan without trích yếu: a Roman heading follows', code: named('KẾ HOẠCH\n\nI. MỤC ĐÍCH, YÊU CẦU') },
		{ name: 'a decision followed by a numbered heading', code: named('QUYẾT ĐỊNH\n\n1. PHẠM VI') },
		{ name: 'a short V/v with an acronym', code: buildLetter({ vv: 'V/v COVID-19' }) },
	],
	invalid: [
		{
			name: 'a decision with its trích yếu in capitals',
			code: named('QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ CÔNG TÁC VĂN THƯ'),
			errors: [{ messageId: 'upperCase', line: 10, column: 1, text: 'VỀ VIỆC BAN HÀNH QUY CHẾ CÔNG TÁC VĂN THƯ', message: 'QUYẾT ĐỊNH' }],
		},
		{
			name: 'a decision: "PHÊ DUYỆT …" in capitals after a blank line',
			code: named('QUYẾT ĐỊNH\n\n**PHÊ DUYỆT KẾ HOẠCH CÔNG TÁC NĂM 2021**'),
			errors: [{ messageId: 'upperCase', line: 11, text: 'PHÊ DUYỆT KẾ HOẠCH CÔNG TÁC NĂM 2021' }],
		},
		{
			name: 'a plan with its trích yếu in capitals',
			code: named('KẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC VĂN THƯ NĂM 2021'),
			errors: [{ messageId: 'upperCase', line: 10, message: 'KẾ HOẠCH' }],
		},
		{
			name: 'a V/v trích yếu in capitals',
			code: buildLetter({ vv: 'V/v TRIỂN KHAI KẾ HOẠCH CÔNG TÁC\nNĂM 2021' }),
			errors: [{ messageId: 'vvUpperCase', line: 9, column: 1, text: 'V/v TRIỂN KHAI KẾ HOẠCH CÔNG TÁC\nNĂM 2021' }],
		},
	],
});
