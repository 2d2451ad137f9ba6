import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L001, L002, L003, L004 } from './header-fragments';

ruleTester('missing-trich-yeu', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'letter 000: V/v over three lines', code: L000 },
		{ name: 'letter 001: V/v before the date', code: L001 },
		{ name: 'letter 002: V/v lines with trailing spaces', code: L002 },
		{ name: 'letter 004: V/v right after Số with no blank line', code: L004 },
		{ name: 'letter 003: no header at all (missing-header reports once)', code: L003 },
		{ name: 'a named document', code: buildLetter({ vv: 'KẾ HOẠCH\nTriển khai công tác văn thư năm 2021', kinhGui: null }) },
		{ name: 'a type name in lower case (ten-loai-format reports it)', code: buildLetter({ vv: 'Tờ trình\nVề việc phê duyệt kế hoạch' }) },
		{ name: 'a V/v with a colon (vv-format reports it)', code: buildLetter({ vv: 'V/v: triển khai kế hoạch công tác năm 2021' }) },
		{
			name: '"Về việc" where the V/v belongs (vv-format reports it)',
			code: buildLetter({ vv: 'Về việc triển khai kế hoạch công tác năm 2021' }),
		},
		{
			name: 'G6 (A7): a type name run into its subject in capitals is split by the layout; trich-yeu-uppercase reports the case',
			code: buildLetter({ vv: 'KẾ HOẠCH TỔ CHỨC HỘI THI VĂN NGHỆ\nQUẦN CHÚNG NĂM 2024', kinhGui: null }),
		},
		{
			name: 'G6: "Về: …" where the V/v belongs is found in the wrong form (vv-format reports it)',
			code: buildLetter({ vv: 'Về: rà soát hệ thống đèn chiếu sáng công cộng' }),
		},
		{
			name: 'a V/v line taken for a Quốc hiệu is still a trích yếu',
			code: buildLetter({ quocHieu: null, vv: 'V/v kỷ niệm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam' }),
		},
	],
	invalid: [
		{
			name: 'G6: a V/v after the Kính gửi is found in the wrong place, not "not found"',
			code: buildLetter({ vv: null, body: 'V/v rà soát hệ thống đèn chiếu sáng công cộng\n\nĐề nghị các sở rà soát./.' }),
			errors: [{ messageId: 'misplaced', text: 'V/v rà soát hệ thống đèn chiếu sáng công cộng', message: 'đặt sai chỗ' }],
		},
		{
			name: 'no V/v and no type name: reported at the Số line',
			code: buildLetter({ vv: null }),
			errors: [{ messageId: 'missing', line: 7, column: 1, text: 'Số: 15/UBND-VP' }],
		},
		{
			name: 'a body "v/v" is no header trích yếu (letter 000, line 13)',
			code: buildLetter({
				vv: null,
				body: 'Thực hiện Công văn số 216/UBND-VX ngày 28/01/2021 của UBND tỉnh v/v thực hiện các biện pháp cấp bách, đề nghị các đơn vị thực hiện./.',
			}),
			errors: [{ messageId: 'missing', line: 7 }],
		},
	],
});
