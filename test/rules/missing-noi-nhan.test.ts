import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

ruleTester('missing-noi-nhan', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'the label in markdown bold italics', code: buildLetter({ noiNhan: '***Nơi nhận:***\n- Như trên;\n- Lưu: VT, VP.' }) },
		{ name: 'the label without its colon', code: buildLetter({ noiNhan: 'Nơi nhận\n- Như trên;\n- Lưu: VT, VP.' }) },
		{ name: 'the label in capitals', code: buildLetter({ noiNhan: 'NƠI NHẬN:\n- Như trên;\n- Lưu: VT, VP.' }) },
		{
			name: 'the label with trailing spaces and CRLF',
			code: buildLetter({ noiNhan: 'Nơi nhận:  \n- Như trên;\n- Lưu: VT.' }).replace(/\n/gu, '\r\n'),
		},
		{
			name: 'the signature before Nơi nhận',
			code: buildLetter({ noiNhan: null, signature: 'GIÁM ĐỐC\n\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.' }),
		},
		{ name: 'an empty document', code: '' },
		{
			name: "I3: no Nơi nhận and no signature is missing-closing's one warning, not this error",
			code: buildLetter({ noiNhan: null, signature: null }),
		},
		{ name: 'a document of blank lines', code: '\n\n   \n' },
	],
	invalid: [
		{
			name: 'no Nơi nhận: reported beside the signature',
			code: buildLetter({ noiNhan: null }),
			errors: [{ messageId: 'missing', line: 24, column: 1, text: 'TM. ỦY BAN NHÂN DÂN' }],
		},
		{
			name: 'body bullets that look like recipients are not a Nơi nhận',
			code: buildLetter({ noiNhan: null, body: 'Yêu cầu các đơn vị:\n\n- Rà soát kế hoạch;\n\n- Báo cáo kết quả.' }),
			errors: [{ messageId: 'missing', text: 'TM. ỦY BAN NHÂN DÂN' }],
		},
		{
			name: 'the word "nơi nhận" inside a sentence is not the label',
			code: buildLetter({ noiNhan: null, body: 'Hồ sơ gửi về nơi nhận: Văn phòng Sở./.' }),
			errors: [{ messageId: 'missing', text: 'TM. ỦY BAN NHÂN DÂN' }],
		},
	],
});
