import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// The body starts on line 16 of the skeleton letter.
const body = (...paragraphs: string[]): string =>
	buildLetter({ body: [...paragraphs, 'Đề nghị các cơ quan, đơn vị thực hiện./.'].join('\n\n') });

ruleTester('text-artefact', {
	valid: [
		{
			name: 'a path quoted inside a sentence is not a line of its own',
			code: body('Tài liệu lưu tại D:\\2024\\CV trên máy của Văn phòng.'),
		},
		{ name: 'a correct letter', code: buildLetter() },
		{
			name: 'ordinary text, dates and amounts',
			code: body(
				'Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh về ban hành quy chế hội thi, hỗ trợ 500.000 đ mỗi người năm 2024.',
			),
		},
	],
	invalid: [
		{
			name: 'H10 line 11: a Windows file path on a line of its own, after the Lưu line',
			code: buildLetter({ noiNhan: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nD:\\2024\\CV\\CV215-den-chieu-sang.doc' }),
			errors: [{ messageId: 'filePath', text: 'D:\\2024\\CV\\CV215-den-chieu-sang.doc' }],
		},
		{
			name: 'a Unix path to a .docx file at the end of the body',
			code: body('Báo cáo gửi kèm.', '/home/vanthu/cv215.docx'),
			errors: [{ messageId: 'filePath', text: '/home/vanthu/cv215.docx' }],
		},
		{
			name: 'a space lost before the issuer (reference E1 line 2)',
			code: body('Thực hiện Chỉ thị số 07/CT-UBND ngày 02/4/2024 củaChủ tịch Ủy ban nhân dân tỉnh về tiết kiệm năng lượng.'),
			errors: [{ messageId: 'glued', line: 16, text: 'của' }],
		},
		{
			name: 'a space lost after a cited number (reference E1 line 3)',
			code: body('Căn cứ Quyết định số 10/QĐ-UBNDngày 02/02/2024 của UBND tỉnh về ban hành quy chế hội thi.'),
			errors: [{ messageId: 'glued', line: 16, text: 'ngày' }],
		},
		{
			name: 'digits split inside a date (reference E2 line 1)',
			code: body('Căn cứ Quyết định số 10/QĐ-UBND ngày 0 2 tháng 02 năm 202 4 của UBND tỉnh về ban hành quy chế hội thi.'),
			errors: [
				{ messageId: 'split', text: 'ngày 0 2' },
				{ messageId: 'split', text: 'năm 202 4' },
			],
		},
		{
			name: 'syllables split (reference E2 line 2)',
			code: body('Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 c ủa Giám đ ốc Sở Văn hóa về việc ban hành quy chế hội thi.'),
			errors: [
				{ messageId: 'split', text: 'c ủa' },
				{ messageId: 'split', text: 'đ ốc' },
			],
		},
	],
});
