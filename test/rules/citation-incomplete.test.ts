import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// The body starts on line 16 of the skeleton letter.
const body = (...paragraphs: string[]): string =>
	buildLetter({ body: [...paragraphs, 'Đề nghị các cơ quan, đơn vị thực hiện./.'].join('\n\n') });

ruleTester('citation-incomplete', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{
			name: 'a second citation needs only type and number (reference §12, 004 line 16)',
			code: body(
				'Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 938/UBND-KGVX ngày 04/8/2020 về việc thực hiện kết luận của Thủ tướng Chính phủ; Công văn số 3148/VP-KGVX ngày 04/8/2020 của Văn phòng UBND tỉnh về việc tăng cường các biện pháp phòng, chống dịch COVID-19.',
				'1. Tiếp tục triển khai thực hiện nghiêm các nội dung tại Công văn số 938/UBND-KGVX và Công văn số 3148/VP-KGVX.',
			),
		},
		{
			name: 'the issuer before the type: "của UBND tỉnh tại Công văn số" (reference §12, 004 line 14)',
			code: body(
				'Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 938/UBND-KGVX ngày 04/8/2020 về việc thực hiện kết luận của Thủ tướng Chính phủ.',
			),
		},
		{
			name: 'the date and the issuer before the type (reference §12, 004 line 12)',
			code: body(
				'Hiện nay, tình hình dịch COVID – 19 đang có diễn biến phức tạp, ngày 04/8/2020 UBND tỉnh đã ban hành Quyết định số 1473/QĐ-UBND về việc thiết lập vùng cách ly y tế tại khu phố liên quan đến ca bệnh.',
			),
		},
		{
			name: 'two numbers sharing one issuer and subject (reference §12, 001 line 15)',
			code: body(
				'Thực hiện Chỉ thị số 05/CT-TTg ngày 28 tháng 01 năm 2021 và Kết luận số 22/TB-VPCP ngày 30 tháng 01 năm 2021 của Thủ tướng Chính phủ về một số biện pháp cấp bách phòng, chống dịch Covid-19, Bộ trưởng yêu cầu:',
			),
		},
		{
			name: 'a document issuing something already named: "do Bộ Y tế ban hành tại Quyết định số" (reference §12, 001 line 27)',
			code: body(
				'd) Nghiên cứu, thực hiện theo Sổ tay “Hướng dẫn phòng, chống dịch COVID-19 tại cộng đồng trong trạng thái bình thường mới” do Bộ Y tế ban hành tại Quyết định số 3888/QĐ-BYT ngày 08 tháng 9 năm 2020. Thực hiện bắt buộc đeo khẩu trang.',
			),
		},
		{
			name: 'a repeated full citation (reference §12, 000 line 15)',
			code: body(
				'Thực hiện Công văn số 216/UBND-VX ngày 28/01/2021 của UBND tỉnh Cao Bằng v/v thực hiện các biện pháp cấp bách phòng, chống dịch bệnh COVID-19, Sở yêu cầu:',
				'1. Triển khai thực hiện nghiêm túc Công văn số 216/UBND-VX ngày 28/01/2021 của UBND tỉnh Cao Bằng (được gửi kèm theo văn bản này);',
			),
		},
		{
			name: 'a comma before "ngày" and a subject over a hard wrap (reference §12, 003 line 5)',
			code: body(
				'Thực hiện Thông báo số 419/TB-VPUB, ngày 12 tháng 3 năm 2020 của\n\nVăn phòng Uỷ ban nhân dân tỉnh về Kết luận của đồng chí Phó Chủ tịch UBND tỉnh.',
			),
		},
		{
			name: 'a generic "Văn bản" with all its parts (reference §12, 002 line 13)',
			code: body(
				'Thực hiện Công văn số 3271/UBND-VX ngày 24/11/2021 của UBND tỉnh về thực hiện nghiêm việc sử dụng mã QR Code; Văn bản số 2628/TB-VP ngày 26/11/2021 của Văn phòng UBND tỉnh về việc Thông báo kết luận của Phó Chủ tịch UBND tỉnh.',
			),
		},
		{
			name: 'a Party number with all its parts',
			code: body('Thực hiện Công văn số 88-CV/TU ngày 05/11/2025 của Ban Thường vụ Tỉnh ủy về việc lãnh đạo công tác phòng, chống dịch.'),
		},
		{
			name: 'a Luật is cited by its type and name',
			code: buildLetter({
				body: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nCăn cứ Luật số 47/2019/QH14;\n\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư./.',
			}),
		},
		{
			name: 'a Tờ trình after "Theo đề nghị của"',
			code: body('Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 125/TTr-SNV ngày 20/01/2021.'),
		},
		{
			name: 'a Quy chế issued with a Quyết định',
			code: body(
				'Thực hiện Quy chế công tác văn thư ban hành kèm theo Quyết định số 1024/QĐ-UBND ngày 15/9/2020 của Ủy ban nhân dân tỉnh.',
			),
		},
		{
			name: 'a trích yếu without "về": "ban hành", "phê duyệt"',
			code: body(
				'Thực hiện Quyết định số 1024/QĐ-UBND ngày 15/9/2020 của Ủy ban nhân dân tỉnh ban hành Quy chế công tác văn thư; Quyết định số 1025/QĐ-UBND ngày 15/9/2020 của Ủy ban nhân dân tỉnh phê duyệt Kế hoạch cải cách hành chính.',
			),
		},
		{
			name: 'a quoted trích yếu',
			code: body('Thực hiện Kế hoạch số 63/KH-UBND ngày 15/4/2020 của UBND tỉnh “Điều chỉnh đáp ứng với từng cấp độ dịch COVID-19”.'),
		},
		{
			name: 'a document of the sender itself needs no issuer ("Tiếp theo Công văn số …")',
			code: buildLetter({
				so: 'Số: 15/SYT-VP',
				body: 'Tiếp theo Công văn số 12/SYT-NVY ngày 04/01/2021 về việc phòng, chống dịch, Sở Y tế đề nghị các đơn vị thực hiện./.',
			}),
		},
		{
			name: 'the issuer before "đã có": "Sở Y tế đã có Công văn số …"',
			code: body('Ngày 04/01/2021, Sở Y tế đã có Công văn số 12/SYT-NVY về việc phòng, chống dịch.'),
		},
		{
			name: 'a trích yếu opened by a verb after the issuer ("… của Văn phòng UBND tỉnh thông báo kết luận …")',
			code: body('Thực hiện Thông báo số 419/TB-VPUB ngày 12/3/2020 của Văn phòng UBND tỉnh thông báo kết luận của Chủ tịch UBND tỉnh.'),
		},
		{
			name: 'a trích yếu in brackets',
			code: body('Thực hiện Công văn số 216/UBND-VX ngày 28/01/2021 của UBND tỉnh (về việc triển khai kế hoạch công tác năm 2021).'),
		},
		{
			name: 'the issuer before a list: "Thủ tướng Chính phủ tại các Chỉ thị số" with date and subject shared',
			code: body(
				'1. Quán triệt các chỉ đạo của Ban Bí thư; Thủ tướng Chính phủ tại các Chỉ thị số 05/CT-TTg, 06/CT-TTg ngày 28/01/2021 về phòng, chống dịch COVID-19.',
			),
		},
	],
	invalid: [
		{
			name: "lists with no date or subject are reported once each (reference §12, 003 lines 27–39); those lacking only their trích yếu are citation-missing-trich-yeu's",
			code: body(
				[
					'1. Quán triệt cho toàn thể cán bộ, công chức, viên chức và người lao động ',
					'thực hiện nghiêm các chỉ đạo về tăng cường phòng, chống dịch COVID-19, ',
					'cách ly y tế... của Ban Bí thư Trung ương Đảng; của Chính phủ; Thủ tướng ',
					'Chính phủ tại các Chỉ thị số: 05/CT-TTg, 06/CT-TTg, 10/CT-TTg, 11/CT-TTg, ',
					'13/CT-TTg, các kết luận số 86/TB-VPVP, 89/TB-VPVP và các văn bản khác; ',
					'các công văn số 61/CV-BCĐ, 1126/CV-BCĐ của BCĐ quốc gia, của Bộ y tế và ',
					'các Bộ ngành Trung ương; công văn số 1332-CV/TU ngày 10/3/2020 của BTV ',
					'Tỉnh uỷ, kế hoạch số 557/KH-UBND ngày 07/3/2020, công văn số 13/BCĐ-',
					'KGVX ngày 4/3/2020 của Ban chỉ đạo cấp tỉnh và các văn bản liên quan. ',
				].join('\n\n'),
			),
			errors: [
				{
					messageId: 'incomplete',
					line: 22,
					text: 'Chỉ thị số: 05/CT-TTg',
					message: '"Chỉ thị số 05/CT-TTg, 06/CT-TTg, 10/CT-TTg, 11/CT-TTg, 13/CT-TTg" còn thiếu thời gian ban hành, trích yếu nội dung',
				},
				{
					messageId: 'incomplete',
					line: 24,
					text: 'kết luận số 86/TB-VPVP',
					message: 'còn thiếu thời gian ban hành, cơ quan ban hành, trích yếu nội dung',
				},
				{
					messageId: 'incomplete',
					line: 26,
					text: 'công văn số 61/CV-BCĐ',
					message: '"công văn số 61/CV-BCĐ, 1126/CV-BCĐ" còn thiếu thời gian ban hành, trích yếu nội dung',
				},
			],
		},
		{
			name: 'no date',
			code: body('Thực hiện Công văn số 120/SNV-TĐKT của Sở Nội vụ về việc hướng dẫn công tác thi đua, khen thưởng năm 2021.'),
			errors: [{ messageId: 'incomplete', text: 'Công văn số 120/SNV-TĐKT', message: 'còn thiếu thời gian ban hành (' }],
		},
		{
			name: 'only the type and number at first citation',
			code: body('Thực hiện Công văn số 120/SNV-TĐKT, Ủy ban nhân dân tỉnh đề nghị các cơ quan thực hiện.'),
			errors: [{ messageId: 'incomplete', message: 'còn thiếu thời gian ban hành, cơ quan ban hành, trích yếu nội dung' }],
		},
		{
			name: 'a date before the sentence does not count',
			code: body(
				'Ngày 04/8/2020, Ủy ban nhân dân tỉnh họp giao ban. Thực hiện Quyết định số 1473/QĐ-UBND của UBND tỉnh về việc thiết lập vùng cách ly.',
			),
			errors: [{ messageId: 'incomplete', text: 'Quyết định số 1473/QĐ-UBND', message: 'thiếu thời gian ban hành (' }],
		},
		{
			name: 'a period "từ ngày …" is not a date of issue',
			code: body('Từ ngày 05/8/2020 các sở thực hiện theo Quyết định số 1473/QĐ-SYT về việc thiết lập vùng cách ly.'),
			errors: [{ messageId: 'incomplete', message: 'thiếu thời gian ban hành, cơ quan ban hành (' }],
		},
		{
			name: 'a verb that opens the sentence is not an issuer ("Thực hiện ý kiến chỉ đạo tại …")',
			code: body('Thực hiện ý kiến chỉ đạo tại Công văn số 20/SYT-VX ngày 04/01/2021 về việc phòng, chống dịch.'),
			errors: [{ messageId: 'incomplete', text: 'Công văn số 20/SYT-VX', message: 'còn thiếu cơ quan ban hành (' }],
		},
		{
			name: 'NFD text',
			code: body('Thực hiện Công văn số 120/SNV-TĐKT của Sở Nội vụ về việc hướng dẫn công tác thi đua, khen thưởng năm 2021.').normalize(
				'NFD',
			),
			errors: [{ messageId: 'incomplete', text: 'Công văn số 120/SNV-TĐKT'.normalize('NFD') }],
		},
	],
});
