import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// The Nơi nhận part starts at line 24 of the built letter: the label, then the entries.
const withNoiNhan = (noiNhan: string): string => buildLetter({ noiNhan });

ruleTester('noi-nhan-punctuation', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{
			name: 'the label in markdown bold italics (002)',
			code: withNoiNhan('***Nơi nhận:***\n\n- Như trên;\n- Lãnh đạo Sở;\n- Lưu: VT, VP, QLVHGD.'),
		},
		{
			name: 'a blank line after the label (000, 001)',
			code: withNoiNhan('Nơi nhận:\n\n- Như trên;\n- UBND Tỉnh (B/c);\n- VP Tỉnh ủy (B/c);\n- Lưu: VT, VP.'),
		},
		{ name: 'blank lines between entries and trailing spaces (003)', code: withNoiNhan(' \nNơi nhận: \n- Như trên; \n\n- Lưu: VT. ') },
		{
			name: 'a wrapped entry: the continuation line has no dash (the decree)',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- Các bộ, cơ quan ngang bộ,\n   cơ quan thuộc Chính phủ;\n- Lưu: VT, TCCB.'),
		},
		{
			name: 'a wrapped entry indented with NBSP',
			code: withNoiNhan(
				'Nơi nhận:\n- Như trên;\n- Các bộ, cơ quan ngang bộ,\n\u00a0\u00a0\u00a0cơ quan thuộc Chính phủ;\n- Lưu: VT, HC (2).',
			),
		},
		{
			name: 'the label in markdown bold (004)',
			code: withNoiNhan('**Nơi nhận:**\n\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, VP(TVTT).'),
		},
		{
			name: 'body bullets ending with commas are not Nơi nhận entries',
			code: buildLetter({ body: 'Yêu cầu các đơn vị:\n\n- Rà soát kế hoạch,\n\n- Báo cáo kết quả\n\nĐề nghị các đơn vị thực hiện./.' }),
		},
		{
			name: 'the signature before Nơi nhận',
			code: buildLetter({ noiNhan: null, signature: 'GIÁM ĐỐC\n\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.' }),
		},
		{ name: 'CRLF line ends', code: buildLetter().replace(/\n/gu, '\r\n') },
		{
			name: 'entries after a misplaced Lưu line are left to noi-nhan-luu',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n- Bộ Y tế;'),
		},
		{
			name: 'a Party letter ends its entries with commas (Hướng dẫn 36-HD/VPTW)',
			code: buildLetter({
				agency: 'ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY CAO BẰNG',
				quocHieu: null,
				so: 'Số 1332-CV/TU',
				noiNhan: 'Nơi nhận:\n- Như trên,\n- Lưu Văn phòng Tỉnh ủy.',
			}),
		},
	],
	invalid: [
		{
			name: 'an entry ending with a comma (001 line 47)',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- Công đoàn Bộ, Đoàn TNCS HCM Bộ,\n- Hội Cựu chiến binh cơ quan Bộ;\n- Lưu: VT, VP.'),
			errors: [{ messageId: 'semicolon', line: 26, column: 33, text: ',', message: '","' }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- Công đoàn Bộ, Đoàn TNCS HCM Bộ;\n- Hội Cựu chiến binh cơ quan Bộ;\n- Lưu: VT, VP.'),
		},
		{
			name: 'a comma followed by trailing spaces',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- Bộ Y tế,   \n- Lưu: VT, VP.'),
			errors: [{ messageId: 'semicolon', line: 26, text: ',' }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- Bộ Y tế;   \n- Lưu: VT, VP.'),
		},
		{
			name: 'an entry ending with a period before the last',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c).\n- Lưu: VT, VP.'),
			errors: [{ messageId: 'semicolon', line: 26, text: '.' }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, VP.'),
		},
		{
			name: 'an entry without final punctuation',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c)\n- Lưu: VT, VP.'),
			errors: [{ messageId: 'missingSemicolon', line: 26, column: 1, text: '- UBND tỉnh (b/c)' }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, VP.'),
		},
		{
			name: 'the last entry ending with a semicolon',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- Lưu: VT, VP;'),
			errors: [{ messageId: 'period', line: 26, text: ';' }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.'),
		},
		{
			name: 'the last entry without a period',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- Lưu: VT, VP'),
			errors: [{ messageId: 'missingPeriod', line: 26, text: '- Lưu: VT, VP' }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.'),
		},
		{
			name: 'the last entry in markdown bold without a period',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- **Lưu: VT, VP**'),
			errors: [{ messageId: 'missingPeriod', line: 26 }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- **Lưu: VT, VP.**'),
		},
		{
			name: 'a plus sign instead of a dash',
			code: withNoiNhan('Nơi nhận:\n+ Như trên;\n- Lưu: VT, VP.'),
			errors: [{ messageId: 'dash', line: 25, column: 1, text: '+' }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.'),
		},
		{
			name: 'a Word bullet instead of a dash',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n• Sở Tài chính;\n- Lưu: VT, VP.'),
			errors: [{ messageId: 'dash', line: 26, text: '•' }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- Sở Tài chính;\n- Lưu: VT, VP.'),
		},
		{
			name: 'a wrapped entry whose continuation ends with a comma',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- Các bộ, cơ quan ngang bộ,\n   cơ quan thuộc Chính phủ,\n- Lưu: VT, VP.'),
			errors: [{ messageId: 'semicolon', line: 27, text: ',' }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- Các bộ, cơ quan ngang bộ,\n   cơ quan thuộc Chính phủ;\n- Lưu: VT, VP.'),
		},
		{
			name: 'several entries wrong at once, with CRLF line ends',
			code: withNoiNhan('Nơi nhận:\n- Như trên,\n- Sở Y tế\n- Lưu: VT, VP;').replace(/\n/gu, '\r\n'),
			errors: [
				{ messageId: 'semicolon', line: 25, text: ',' },
				{ messageId: 'missingSemicolon', line: 26, text: '- Sở Y tế' },
				{ messageId: 'period', line: 27, text: ';' },
			],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- Sở Y tế;\n- Lưu: VT, VP.').replace(/\n/gu, '\r\n'),
		},
	],
});
