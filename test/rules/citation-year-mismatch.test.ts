import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const body = (text: string): string => buildLetter({ body: `${text}\n\nĐề nghị các cơ quan, đơn vị thực hiện./.` });

ruleTester('citation-year-mismatch', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{
			name: 'the year of the number and of the date agree',
			code: body('Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư.'),
		},
		{ name: 'a legal-normative number without a date', code: body('Thực hiện Thông tư số 01/2011/TT-BNV của Bộ Nội vụ.') },
		{ name: 'an administrative number has no year', code: body('Thực hiện Công văn số 2020/UBND-VX ngày 05/3/2021 của UBND tỉnh.') },
		{
			name: 'a date later in the sentence is not the date of the number',
			code: body('Thực hiện Nghị định số 30/2020/NĐ-CP, từ ngày 05/3/2021 các cơ quan áp dụng thống nhất.'),
		},
	],
	invalid: [
		{
			name: 'the year of the number differs from the date',
			code: body('Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ về công tác văn thư.'),
			errors: [
				{
					messageId: 'mismatch',
					line: 16,
					column: 27,
					text: '2020',
					message: 'năm trong số, ký hiệu (2020) khác năm ban hành ghi kèm (2021)',
				},
			],
		},
		{
			name: 'a number with spaces around its slashes, read by the one reader of a ký hiệu (issue 10, item 3)',
			code: body('Thực hiện Thông tư số 12 / 2019 / TT - BVHTTDL ngày 05/3/2020 của Bộ Văn hóa, Thể thao và Du lịch.'),
			errors: [{ messageId: 'mismatch', text: '2019' }],
		},
		{
			name: 'a date written in words',
			code: body('Căn cứ Thông tư số 01/2011/TT-BNV ngày 19 tháng 01 năm 2012 của Bộ Nội vụ.'),
			errors: [{ messageId: 'mismatch', text: '2011' }],
		},
	],
});
