import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// The skeleton letter is dated 05/02/2021.
const body = (text: string): string => buildLetter({ body: text });

ruleTester('citation-date-after-letter', {
	valid: [
		{ name: 'a citation dated before the letter', code: buildLetter() },
		{
			name: 'a citation dated the same day',
			code: body('Thực hiện Công văn số 20/UBND-VX ngày 05/02/2021 của Ủy ban nhân dân tỉnh về việc trực Tết./.'),
		},
		{ name: 'a deadline after the letter is not a citation', code: body('Báo cáo gửi Văn phòng Sở trước 14h00 ngày 29/03/2021./.') },
		{ name: 'a period "từ ngày … đến nay"', code: body('Rà soát các trường hợp đến Đà Nẵng từ ngày 01/7/2021 đến nay./.') },
		{ name: 'an event date', code: body('Tại Hội nghị Ban Chỉ đạo ngày 11/3/2021 về tăng cường phòng, chống dịch./.') },
		{ name: 'a time "từ 00 giờ ngày …"', code: body('Thiết lập vùng cách ly từ 00 giờ ngày 05/8/2021 theo quy định./.') },
		{ name: 'a citation without a date', code: body('Thực hiện Quyết định số 1473/QĐ-UBND về việc thiết lập vùng cách ly y tế./.') },
		{
			name: 'a date before the citation belongs to the sentence, not to it',
			code: body('Ngày 04/8/2021 Ủy ban nhân dân tỉnh đã ban hành Quyết định số 1473/QĐ-UBND./.'),
		},
		{
			name: 'a letter without a date line',
			code: buildLetter({ date: null, body: 'Thực hiện Công văn số 20/UBND-VX ngày 05/12/2021./.' }),
		},
		{
			name: 'a draft with a blank day compares by month',
			code: buildLetter({ date: 'Cao Bằng, ngày    tháng 02 năm 2021', body: 'Thực hiện Công văn số 20/UBND-VX ngày 27/02/2021./.' }),
		},
		{
			name: 'an older letter citing an older document',
			code: buildLetter({
				date: 'Hà Nội, ngày 12 tháng 8 năm 2020',
				body: 'Thực hiện Kế hoạch số 63/KH-UBND ngày 15/4/2020 của UBND tỉnh./.',
			}),
		},
	],
	invalid: [
		{
			name: 'a cited document dated after the letter',
			code: body('Thực hiện Công văn số 216/BNV-VP ngày 28/02/2021 của Bộ Nội vụ./.'),
			errors: [{ messageId: 'after', text: 'ngày 28/02/2021', message: '216/BNV-VP' }],
		},
		{
			name: 'a date written in words',
			code: body('Căn cứ Kế hoạch số 01/KH-BCĐ ngày 10 tháng 4 năm 2021 của Ban Chỉ đạo./.'),
			errors: [{ messageId: 'after', text: 'ngày 10 tháng 4 năm 2021' }],
		},
		{
			name: 'a comma before "ngày"',
			code: body('Thực hiện Thông báo số 419/TB-VPUB, ngày 12 tháng 3 năm 2021 của Văn phòng./.'),
			errors: [{ messageId: 'after', text: 'ngày 12 tháng 3 năm 2021' }],
		},
		{
			name: 'a lower-case type name and a Party number',
			code: body('Thực hiện công văn số 1332-CV/TU ngày 10/3/2021 của Ban Thường vụ Tỉnh ủy./.'),
			errors: [{ messageId: 'after', text: 'ngày 10/3/2021' }],
		},
		{
			name: 'a number split by a hard wrap',
			code: body('Thực hiện công văn số 13/BCĐ-\n\nKGVX ngày 4/3/2021 của Ban Chỉ đạo tỉnh./.'),
			errors: [{ messageId: 'after', text: 'ngày 4/3/2021', message: '13/BCĐ-KGVX' }],
		},
		{
			name: 'a draft with a blank day and a citation of a later month',
			code: buildLetter({ date: 'Cao Bằng, ngày    tháng 02 năm 2021', body: 'Thực hiện Công văn số 20/UBND-VX ngày 01/03/2021./.' }),
			errors: [{ messageId: 'afterMonth', text: 'ngày 01/03/2021' }],
		},
		{
			name: 'each number of a list with its own date',
			code: body('Thực hiện Chỉ thị số 05/CT-TTg ngày 28/01/2021 và Chỉ thị số 06/CT-TTg ngày 09/02/2021 của Thủ tướng./.'),
			errors: [{ messageId: 'after', text: 'ngày 09/02/2021' }],
		},
		{
			name: 'NFD text',
			code: body('Thực hiện Công văn số 216/BNV-VP ngày 28/02/2021 của Bộ Nội vụ./.').normalize('NFD'),
			errors: [{ messageId: 'after', text: 'ngày 28/02/2021'.normalize('NFD') }],
		},
	],
});
