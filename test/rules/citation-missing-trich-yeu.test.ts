import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// The body starts on line 16 of the skeleton letter, whose own number is 15/UBND-VP.
const body = (...paragraphs: string[]): string =>
	buildLetter({ body: [...paragraphs, 'Đề nghị các cơ quan, đơn vị thực hiện./.'].join('\n\n') });

ruleTester('citation-missing-trich-yeu', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{
			name: 'the subject after the issuer',
			code: body('Thực hiện Quyết định số 310/QĐ-SYT ngày 05/4/2024 của Sở Y tế về tiết kiệm năng lượng, đề nghị các sở rà soát.'),
		},
		{
			name: 'the subject before the number (reference D1 line 2)',
			code: body(
				'Về đề nghị hỗ trợ kinh phí lắp đèn của Sở Công Thương tại Công văn số 88/SCT-QLNL ngày 05/4/2024, Chủ tịch UBND tỉnh đồng ý.',
			),
		},
		{
			name: 'the subject elsewhere in the clause (reference D5 line 1)',
			code: body('Ngày 02/02/2024, Sở Y tế có Công văn số 88/SYT-VX gửi các sở về kế hoạch tổ chức hội thi, các sở rà soát.'),
		},
		{
			name: 'a citation of a provision',
			code: body('Theo quy định tại khoản 2 Điều 14 Nghị định số 15/2024/NĐ-CP ngày 05/4/2024 của Chính phủ; các sở rà soát.'),
		},
		{
			name: 'every Tờ trình after "(và) đề nghị của … tại" (reference D2)',
			code: body(
				'Xét đề nghị của Sở Nội vụ tại Tờ trình số 31/TTr-SNV ngày 03/4/2024 và đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 47/TTr-STC ngày 06/4/2024, Chủ tịch UBND tỉnh đồng ý.',
			),
		},
		{
			name: "a citation lacking its date too is citation-incomplete's",
			code: body('Thực hiện Công văn số 120/SNV-TĐKT của Sở Nội vụ, đề nghị các sở rà soát.'),
		},
		{
			name: 'a later mention marked "nêu trên"',
			code: body(
				'Theo Quyết định số 310/QĐ-SYT ngày 05/4/2024 của Sở Y tế về tiết kiệm năng lượng, các sở báo cáo. Các sở thực hiện Quyết định số 310/QĐ-SYT ngày 05/4/2024 nêu trên.',
			),
		},
	],
	invalid: [
		{
			name: 'no trích yếu at first citation (reference §12, 001 line 33)',
			code: body(
				'e) Xây dựng phương án trực đối với Lãnh đạo, chuyên viên của đơn vị theo Kế hoạch số 01/KH-BCĐ ngày 10 tháng 4 năm 2020 của Ban Chỉ đạo phòng chống dịch Covid-19 Bộ Tài nguyên và Môi trường.',
			),
			errors: [{ messageId: 'missing', line: 16, text: 'Kế hoạch số 01/KH-BCĐ', message: '"Kế hoạch số 01/KH-BCĐ" chưa nêu trích yếu' }],
		},
		{
			name: 'the subject search stops at the comma that ends the clause (reference H6 line 1)',
			code: body('Thực hiện Quyết định số 310/QĐ-SYT ngày 05/4/2024 của Sở Y tế, đề nghị các sở rà soát./.'),
			errors: [{ messageId: 'missing', text: 'Quyết định số 310/QĐ-SYT' }],
		},
		{
			name: 'the subject of the previous citation does not complete the next one',
			code: body(
				'Thực hiện Công văn số 120/SNV-TĐKT ngày 25/02/2021 của Sở Nội vụ về việc hướng dẫn công tác thi đua, khen thưởng năm 2021 và Kế hoạch số 35/KH-UBND ngày 10/3/2021 của Ủy ban nhân dân huyện, Ủy ban nhân dân huyện đề nghị:',
			),
			errors: [{ messageId: 'missing', text: 'Kế hoạch số 35/KH-UBND' }],
		},
		{
			name: 'lists lacking only their trích yếu (reference §12, 003 lines 27–39)',
			code: body(
				[
					'các Bộ ngành Trung ương; công văn số 1332-CV/TU ngày 10/3/2020 của BTV ',
					'Tỉnh uỷ, kế hoạch số 557/KH-UBND ngày 07/3/2020, công văn số 13/BCĐ-',
					'KGVX ngày 4/3/2020 của Ban chỉ đạo cấp tỉnh và các văn bản liên quan. ',
				].join('\n\n'),
			),
			errors: [
				{ messageId: 'missing', line: 16, text: 'công văn số 1332-CV/TU' },
				{ messageId: 'missing', line: 18, text: 'kế hoạch số 557/KH-UBND' },
				{ messageId: 'missing', line: 18, text: 'công văn số 13/BCĐ-\n\nKGVX', message: '"công văn số 13/BCĐ-KGVX" chưa nêu' },
			],
		},
	],
});
