import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// The body starts on line 16 of the skeleton letter.
const body = (...paragraphs: string[]): string =>
	buildLetter({ body: [...paragraphs, 'Đề nghị các cơ quan, đơn vị thực hiện./.'].join('\n\n') });

ruleTester('citation-number-malformed', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{
			name: 'the mixed-case abbreviations of the decree',
			code: body('Xét đề nghị của Sở Nội vụ tại Tờ trình số 31/TTr-SNV ngày 03/4/2024 về biên chế năm 2024.'),
		},
		{
			name: 'a name after the number is not part of it',
			code: body('Thực hiện Nghị định số 15/2024/NĐ-CP ngày 05/4/2024 của Chính phủ về tiết kiệm năng lượng.'),
		},
	],
	invalid: [
		{
			name: 'an agency name spelt out in the ký hiệu (reference D8 line 2, H6 line 2)',
			code: body(
				'Theo Nghị định số 15/2024/NĐ-CP ngày 05/4/2024 của Chính phủ về tiết kiệm năng lượng, đề nghị các sở thực hiện đúng Nghị định số 15/2024/NĐ-Chính phủ.',
			),
			errors: [{ messageId: 'word', line: 16, text: 'Chính', message: 'nhóm "Chính"' }],
		},
	],
});
