import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const withVv = (vv: string): string => buildLetter({ vv });

ruleTester('trich-yeu-abbreviation', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'a cited number keeps its groups ("30/2020/NĐ-CP")', code: withVv('V/v triển khai Nghị định số 30/2020/NĐ-CP của Chính phủ') },
		{ name: 'the words in full', code: withVv('V/v triển khai Nghị định của Chính phủ về tiết kiệm năng lượng') },
		{ name: 'letters inside a word are not an abbreviation ("KHOA", "CPU")', code: withVv('V/v mua sắm CPU cho phòng KHOA học') },
		{
			name: 'a group of a compound abbreviation ("KH&CN") and a joint-stock company ("Công ty CP") are none of the table',
			code: withVv('V/v phối hợp với Sở KH&CN và Công ty CP Sông Đà'),
		},
	],
	invalid: [
		{
			name: 'H10 line 7: "NĐ của CP" in a trích yếu, one hint naming both',
			code: withVv('V/v triển khai NĐ của CP về tiết kiệm năng lượng'),
			errors: [{ messageId: 'abbreviated', text: 'NĐ của CP', message: '"NĐ" (Nghị định), "CP" (Chính phủ)' }],
		},
		{
			name: 'UBND in a trích yếu wrapped over two lines',
			code: withVv('V/v đề nghị UBND các huyện\nbáo cáo kết quả'),
			errors: [{ messageId: 'abbreviated', text: 'UBND' }],
		},
	],
});
