import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const body = (text: string): string => buildLetter({ body: `${text}\n\nĐề nghị các cơ quan, đơn vị thực hiện./.` });

ruleTester('citation-type-mismatch', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{
			name: 'matching types and abbreviations',
			code: body(
				'Thực hiện Quyết định số 1473/QĐ-UBND, Kế hoạch số 63/KH-UBND, Chỉ thị số 05/CT-TTg và Thông báo số 419/TB-VPUB của UBND tỉnh.',
			),
		},
		{
			name: 'a Thông báo kết luận numbered TB',
			code: body('Thực hiện Thông báo kết luận số 22/TB-VPCP ngày 30/01/2021 của Văn phòng Chính phủ.'),
		},
		{ name: 'the mixed-case abbreviations CTr and TTr', code: body('Thực hiện Chương trình số 12/CTr-UBND và Tờ trình số 5/TTr-SNV.') },
		{ name: 'a Thông tư 01/2011 abbreviation (UQ)', code: body('Thực hiện Giấy ủy quyền số 01/UQ-UBND ngày 05/01/2019.') },
		{
			name: 'a Party number is never judged (reference §12, 003 line 35)',
			code: body('Thực hiện công văn số 1332-CV/TU ngày 10/3/2020 của BTV Tỉnh uỷ.'),
		},
		{
			name: 'a legal-normative number is never judged',
			code: body('Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư.'),
		},
		{
			name: 'an old or unusual form is accepted (reference §12, 003 line 33: 61/CV-BCĐ)',
			code: body('Thực hiện các công văn số 61/CV-BCĐ, 1126/CV-BCĐ của BCĐ quốc gia.'),
		},
		{ name: 'a first group that is not a type abbreviation', code: body('Thực hiện Quyết định số 12/UBND-VX của UBND tỉnh.') },
		{
			name: 'a generic "Văn bản" is citation-generic-type’s (reference §12, 002 line 13)',
			code: body('Thực hiện Văn bản số 2628/TB-VP ngày 26/11/2021 của Văn phòng UBND tỉnh.'),
		},
		{
			name: 'a công văn of a Cục Thuế numbered CT-…',
			code: body('Thực hiện Công văn số 3286/CT-TTHT ngày 12/4/2021 của Cục Thuế Thành phố Hồ Chí Minh.'),
		},
	],
	invalid: [
		{
			name: 'a Quyết định numbered as a Kế hoạch',
			code: body('Thực hiện Quyết định số 12/KH-UBND ngày 05/01/2021 của UBND tỉnh.'),
			errors: [
				{
					messageId: 'mismatch',
					line: 16,
					text: 'Quyết định số 12/KH-UBND',
					message: 'ký hiệu "KH" là của Kế hoạch, không khớp với tên loại "Quyết định"',
				},
			],
		},
		{
			name: 'a Kết luận numbered as a Thông báo (reference §12, 001 line 15)',
			code: body(
				'Thực hiện Chỉ thị số 05/CT-TTg ngày 28 tháng 01 năm 2021 và Kết luận số 22/TB-VPCP ngày 30 tháng 01 năm 2021 của Thủ tướng Chính phủ về một số biện pháp cấp bách phòng, chống dịch Covid-19.',
			),
			errors: [{ messageId: 'mismatch', text: 'Kết luận số 22/TB-VPCP', message: 'là của Thông báo' }],
		},
		{
			name: 'a list is reported once (reference §12, 003 line 31)',
			code: body('Thực hiện các kết luận số 86/TB-VPVP, 89/TB-VPVP và các văn bản khác.'),
			errors: [{ messageId: 'mismatch', text: 'kết luận số 86/TB-VPVP', message: '"kết luận số 86/TB-VPVP, 89/TB-VPVP"' }],
		},
		{
			name: 'a listed number with another abbreviation',
			code: body('Thực hiện các Quyết định số 12/QĐ-UBND, 13/KH-UBND của UBND tỉnh.'),
			errors: [{ messageId: 'mismatch', text: '13/KH-UBND', message: '"Quyết định số 13/KH-UBND"' }],
		},
		{
			name: 'a Công văn numbered as a Kế hoạch',
			code: body('Thực hiện Công văn số 557/KH-UBND ngày 07/3/2020 của UBND tỉnh.'),
			errors: [{ messageId: 'mismatch', text: 'Công văn số 557/KH-UBND' }],
		},
	],
});
