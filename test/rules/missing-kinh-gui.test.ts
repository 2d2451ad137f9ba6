import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

ruleTester('missing-kinh-gui', {
	valid: [
		{ name: 'a công văn with Kính gửi', code: buildLetter() },
		{
			name: '003: a letter that starts at " Kính gửi:" with a leading space',
			code: buildLetter({
				agency: null,
				quocHieu: null,
				so: null,
				vv: null,
				date: null,
				kinhGui: ' Kính gửi: Các phòng chuyên môn, các đơn vị thuộc Sở ',
			}),
		},
		{
			name: 'a Quyết định needs no Kính gửi',
			code: buildLetter({ so: 'Số: 1024/QĐ-UBND', vv: 'QUYẾT ĐỊNH\nVề việc ban hành Quy chế công tác văn thư', kinhGui: null }),
		},
		{ name: 'a ký hiệu with a type abbreviation (BC) and no V/v', code: buildLetter({ so: 'Số: 12/BC-UBND', vv: null, kinhGui: null }) },
		{
			name: 'a Party letter follows its own rules',
			code: buildLetter({
				agency: 'ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY CAO BẰNG',
				quocHieu: null,
				so: 'Số 1332-CV/TU',
				vv: null,
				kinhGui: null,
			}),
		},
		{ name: 'a letter with neither V/v nor Số cannot be told apart', code: buildLetter({ so: null, vv: null, kinhGui: null }) },
		{ name: 'a header with no body', code: buildLetter({ kinhGui: null, body: null, noiNhan: null, signature: null }) },
	],
	invalid: [
		{
			name: 'a công văn (V/v) without Kính gửi',
			code: buildLetter({ kinhGui: null }),
			errors: [{ messageId: 'missing', line: 9, column: 1, text: 'V/v' }],
		},
		{
			name: 'a công văn ký hiệu without V/v and without Kính gửi',
			code: buildLetter({ vv: null, kinhGui: null }),
			errors: [{ messageId: 'missing', line: 7, text: 'Số: 15/UBND-VP' }],
		},
		{
			name: 'the old "CV" ký hiệu is a công văn',
			code: buildLetter({ so: 'Số: 12/CV-UBND', vv: null, kinhGui: null }),
			errors: [{ messageId: 'missing' }],
		},
	],
});
