import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// "Kính gửi" is line 14 of the skeleton letter.
const withKinhGui = (kinhGui: string): string => buildLetter({ kinhGui });

ruleTester('kinh-gui-format', {
	valid: [
		{ name: "one recipient on the label's line", code: buildLetter() },
		{ name: '000 line 11: one recipient with a comma is not a list', code: withKinhGui('Kính gửi: Các phòng, đơn vị trực thuộc Sở') },
		{ name: '003 line 1: a leading space', code: withKinhGui(' Kính gửi: Các phòng chuyên môn, các đơn vị thuộc Sở ') },
		{ name: "the decree's list of three", code: withKinhGui('Kính gửi:\n- Bộ Nội vụ;\n- Bộ Kế hoạch và Đầu tư;\n- Bộ Tài chính.') },
		{
			name: 'a list with groups of recipients',
			code: withKinhGui('Kính gửi:\n- Các phòng, đơn vị thuộc Sở;\n- Ủy ban nhân dân các huyện, thành phố.'),
		},
		{ name: 'a list with blank lines between the recipients', code: withKinhGui('Kính gửi:\n\n- Bộ Nội vụ;\n\n- Bộ Tài chính.') },
		{ name: 'en dashes as bullets', code: withKinhGui('Kính gửi:\n– Bộ Nội vụ;\n– Bộ Tài chính.') },
		{ name: 'markdown emphasis on the label', code: withKinhGui('**Kính gửi:** Bộ Nội vụ') },
		{
			name: 'a last recipient wrapped onto a line without a dash is not judged',
			code: withKinhGui('Kính gửi:\n- Sở Nội vụ;\n- Ủy ban nhân dân các huyện,\nthành phố.'),
		},
		{
			name: "004: a period after one recipient is kinh-gui-single-period's hint",
			code: withKinhGui('Kính gửi: Các phòng, đơn vị thuộc Sở.'),
		},
		{ name: 'a letter without Kính gửi', code: buildLetter({ kinhGui: null }) },
	],
	invalid: [
		{
			name: 'H8 block 1: a list that starts on the label line, without its final marks',
			code: withKinhGui('Kính gửi: - Sở Xây dựng\n- Sở Tài chính'),
			errors: [
				{ messageId: 'listOnLabelLine', line: 14, column: 11, text: '- ' },
				{ messageId: 'listEnds', text: '- Sở Xây dựng\n- Sở Tài chính' },
			],
			output: withKinhGui('Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính.'),
		},
		{
			name: 'H8: a list that starts on the label line, well punctuated',
			code: withKinhGui('Kính gửi: - Sở Xây dựng;\n- Sở Tài chính.'),
			errors: [{ messageId: 'listOnLabelLine', text: '- ' }],
			output: withKinhGui('Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính.'),
		},
		{
			name: 'H8 block 2: one recipient after "Kính gửi: - " loses its dash and its period',
			code: withKinhGui('Kính gửi: - Ủy ban nhân dân tỉnh Lâm Viên.'),
			errors: [
				{ messageId: 'dashOnLabel', text: '- Ủy ban nhân dân tỉnh Lâm Viên.', message: '"Kính gửi: Ủy ban nhân dân tỉnh Lâm Viên"' },
			],
			output: withKinhGui('Kính gửi: Ủy ban nhân dân tỉnh Lâm Viên'),
		},
		{
			name: 'no colon after "Kính gửi"',
			code: withKinhGui('Kính gửi Sở Nội vụ'),
			errors: [{ messageId: 'missingColon', line: 14, column: 1, text: 'Kính gửi' }],
			output: withKinhGui('Kính gửi: Sở Nội vụ'),
		},
		{
			name: 'a semicolon instead of the colon',
			code: withKinhGui('Kính gửi; Sở Nội vụ'),
			errors: [{ messageId: 'missingColon' }],
			output: withKinhGui('Kính gửi: Sở Nội vụ'),
		},
		{
			name: 'no colon before a list',
			code: withKinhGui('Kính gửi\n- Bộ Nội vụ;\n- Bộ Tài chính.'),
			errors: [{ messageId: 'missingColon' }],
			output: withKinhGui('Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính.'),
		},
		{
			name: 'commas, a missing mark and a semicolon at the end of the list',
			code: withKinhGui('Kính gửi:\n- Bộ Nội vụ,\n- Bộ Kế hoạch và Đầu tư\n- Bộ Tài chính;'),
			errors: [
				{
					messageId: 'listEnds',
					line: 15,
					text: '- Bộ Nội vụ,\n- Bộ Kế hoạch và Đầu tư\n- Bộ Tài chính;',
					message: 'Danh sách Kính gửi chấm câu sai ở 3 dòng',
				},
			],
			output: withKinhGui('Kính gửi:\n- Bộ Nội vụ;\n- Bộ Kế hoạch và Đầu tư;\n- Bộ Tài chính.'),
		},
		{
			name: 'a period in the middle of the list and none at its end',
			code: withKinhGui('Kính gửi:\n- Bộ Nội vụ.\n- Bộ Tài chính (để phối hợp)'),
			errors: [{ messageId: 'listEnds' }],
			output: withKinhGui('Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính (để phối hợp).'),
		},
		{
			name: 'G4: a list ended by commas is reported once, speaks of Kính gửi, and one fix punctuates the whole list',
			code: withKinhGui(
				'Kính gửi:\n- Sở Xây dựng,\n- Sở Tài chính,\n- Sở Công Thương,\n- Sở Nội vụ,\n- Sở Y tế,\n- Sở Giáo dục và Đào tạo',
			),
			errors: [{ messageId: 'listEnds', line: 15, message: 'Danh sách Kính gửi chấm câu sai ở 6 dòng' }],
			output: withKinhGui(
				'Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính;\n- Sở Công Thương;\n- Sở Nội vụ;\n- Sở Y tế;\n- Sở Giáo dục và Đào tạo.',
			),
		},
		{
			name: 'one wrong line is named, and speaks of Kính gửi',
			code: withKinhGui('Kính gửi:\n- Bộ Nội vụ,\n- Bộ Tài chính.'),
			errors: [{ messageId: 'entryEnd', line: 15, text: '- Bộ Nội vụ,', message: 'Cơ quan nhận "Bộ Nội vụ," trong Kính gửi' }],
			output: withKinhGui('Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính.'),
		},
		{
			name: 'bullets other than "- "',
			code: withKinhGui('Kính gửi:\n+ Bộ Nội vụ;\n-Bộ Tài chính.'),
			errors: [
				{ messageId: 'bullet', line: 15, text: '+ ' },
				{ messageId: 'bullet', line: 16, text: '-' },
			],
			output: withKinhGui('Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính.'),
		},
		{
			name: 'one recipient on a "-" line under the label',
			code: withKinhGui('Kính gửi:\n- Bộ Nội vụ.'),
			errors: [{ messageId: 'singleOnOwnLine', line: 15, text: '- Bộ Nội vụ.' }],
			output: withKinhGui('Kính gửi: Bộ Nội vụ'),
		},
		{
			name: 'one recipient under a label without colon: the colon first, the move on the next pass',
			code: withKinhGui('Kính gửi\n- Bộ Nội vụ'),
			errors: [{ messageId: 'missingColon' }, { messageId: 'singleOnOwnLine' }],
			output: withKinhGui('Kính gửi:\n- Bộ Nội vụ'),
		},
		{
			name: 'CRLF line ends',
			code: withKinhGui('Kính gửi:\n- Bộ Nội vụ,\n- Bộ Tài chính').replace(/\n/gu, '\r\n'),
			errors: [{ messageId: 'listEnds' }],
			output: withKinhGui('Kính gửi:\n- Bộ Nội vụ;\n- Bộ Tài chính.').replace(/\n/gu, '\r\n'),
		},
	],
});
