import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// The Nơi nhận part starts at line 24 of the built letter: the label, then the entries.
const withNoiNhan = (noiNhan: string): string => buildLetter({ noiNhan });
const withLuu = (luu: string): string => withNoiNhan(`Nơi nhận:\n- Như trên;\n${luu}`);

ruleTester('noi-nhan-luu', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'only VT, as in a Giấy giới thiệu (003)', code: withNoiNhan(' \nNơi nhận: \n- Như trên; \n\n- Lưu: VT. ') },
		{ name: 'a Biên bản keeps a Hồ sơ', code: withLuu('- Lưu: VT, Hồ sơ.') },
		{ name: 'the number of copies, as in the decree', code: withLuu('- Lưu: VT, HC (2).') },
		{ name: 'drafter initials glued to the unit (004)', code: withLuu('- Lưu: VT, VP(TVTT).') },
		{ name: 'drafter initials in lower case after the unit', code: withLuu('- Lưu: VT, TCMT, Đt(6).') },
		{ name: 'a Lưu line wrapped onto a second line', code: withLuu('- Lưu: VT, Văn phòng,\n  Phòng Tổ chức cán bộ (2).') },
		{ name: 'the label and the Lưu line in capitals', code: withNoiNhan('NƠI NHẬN:\n- Như trên;\n- LƯU: VT, VP.') },
		{
			name: 'the label in markdown bold italics (002)',
			code: withNoiNhan('***Nơi nhận:***\n\n- Như trên;\n- Lãnh đạo Sở;\n- Lưu: VT, VP, QLVHGD.'),
		},
		{ name: 'CRLF line ends', code: withLuu('- Lưu: VT, VP.').replace(/\n/gu, '\r\n') },
		{ name: 'no Nơi nhận at all is missing-noi-nhan', code: buildLetter({ noiNhan: null }) },
		{
			name: 'a Party letter stores with the office name (Hướng dẫn 36-HD/VPTW)',
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
			name: 'no colon after Lưu (001 line 50)',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- Bộ Y tế;\n- Lưu VT, TCMT, Đt(6).'),
			errors: [{ messageId: 'noColon', line: 27, column: 3, text: 'Lưu' }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- Bộ Y tế;\n- Lưu: VT, TCMT, Đt(6).'),
		},
		{
			name: 'no Lưu line',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c).'),
			errors: [{ messageId: 'missing', line: 26, text: '- UBND tỉnh (b/c).' }],
		},
		{
			name: 'a label without entries',
			code: withNoiNhan('Nơi nhận:'),
			errors: [{ messageId: 'missing', line: 24, text: 'Nơi nhận' }],
		},
		{
			name: '"Lưu ý" is not the Lưu line',
			code: withLuu('- Lưu ý: gửi bản điện tử.'),
			errors: [{ messageId: 'missing', line: 26 }],
		},
		{
			name: 'the Lưu line before other entries',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- Lưu: VT, VP;\n- UBND tỉnh (b/c).'),
			errors: [{ messageId: 'notLast', line: 26, text: '- Lưu: VT, VP;' }],
		},
		{
			name: 'the unit before VT',
			code: withLuu('- Lưu: VP, VT.'),
			errors: [{ messageId: 'noVt', line: 26, text: 'VP', message: '"VP"' }],
		},
		{
			name: 'Văn thư spelled out',
			code: withLuu('- Lưu: Văn thư, VP.'),
			errors: [{ messageId: 'noVt', text: 'Văn thư' }],
		},
		{
			name: 'VT in lower case',
			code: withLuu('- Lưu: vt, VP.'),
			errors: [{ messageId: 'noVt', text: 'vt' }],
			output: withLuu('- Lưu: VT, VP.'),
		},
		{
			name: 'neither a colon nor VT in upper case: both fixed',
			code: withLuu('- Lưu vt, VP.'),
			errors: [
				{ messageId: 'noColon', text: 'Lưu' },
				{ messageId: 'noVt', text: 'vt' },
			],
			output: withLuu('- Lưu: VT, VP.'),
		},
		{
			name: 'Lưu alone: no colon and no VT, named in one finding with nothing safe to insert',
			code: withLuu('- Lưu.'),
			errors: [{ messageId: 'defects', text: '- Lưu.', message: 'thiếu dấu hai chấm sau "Lưu"; thiếu "VT" (Văn thư)' }],
		},
		{
			name: 'G5: no colon and no VT are named in one finding for the line',
			code: withLuu('- Lưu VP, KT, NT(8).'),
			errors: [
				{ messageId: 'defects', line: 26, text: '- Lưu VP, KT, NT(8).', message: 'thiếu dấu hai chấm sau "Lưu"; thiếu "VT" (Văn thư);' },
			],
		},
		{
			name: 'G5: units in brackets separated by ";" are named too',
			code: withLuu('- Lưu (VP ; KT).'),
			errors: [
				{
					messageId: 'defects',
					message:
						'Dòng Lưu sai thể thức: thiếu dấu hai chấm sau "Lưu"; thiếu "VT" (Văn thư); các đơn vị đặt trong ngoặc; các đơn vị ngăn cách bằng dấu chấm phẩy; viết',
				},
			],
		},
		{
			name: 'no colon, with CRLF line ends',
			code: withLuu('- Lưu VT, VP.').replace(/\n/gu, '\r\n'),
			errors: [{ messageId: 'noColon', line: 26, text: 'Lưu' }],
			output: withLuu('- Lưu: VT, VP.').replace(/\n/gu, '\r\n'),
		},
	],
});
