import * as assert from 'node:assert/strict';
import { PROPER_NAME_CASES } from '../../server/src/core/data/proper-name-case';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// The body starts on line 16 of the skeleton letter.
const body = (text: string): string => buildLetter({ body: text });

ruleTester('viet-hoa-ten-rieng', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: '001 line 19: "Ban Chỉ đạo"', code: body('Báo cáo kịp thời về Ban Chỉ đạo phòng, chống dịch Covid-19 của Bộ./.') },
		{
			name: '002 line 13: "Phó Chủ tịch UBND tỉnh"',
			code: body('Thông báo kết luận của Phó Chủ tịch UBND tỉnh Lê Hải Hòa tại cuộc họp./.'),
		},
		{ name: '000: "Bộ Y tế"', code: body('Rà soát các trường hợp theo thông báo của Bộ Y tế./.') },
		{ name: '"cán bộ y tế" (health workers) is not the ministry', code: body('Tăng cường cán bộ y tế cho các chốt kiểm dịch./.') },
		{ name: 'a generic "các ban chỉ đạo" in lower case', code: body('Các ban chỉ đạo các cấp tăng cường kiểm tra./.') },
		{ name: 'a generic "Ban chỉ đạo" at a sentence start', code: body('Ban chỉ đạo các cấp tăng cường kiểm tra./.') },
		{ name: '"các phó chủ tịch" in lower case', code: body('Mời các phó chủ tịch dự họp./.') },
		{ name: '"Tết Nguyên đán" at the start of a sentence', code: body('Tết Nguyên đán Tân Sửu sắp đến. Tết Nguyên đán là dịp sum họp./.') },
		{ name: '"Tết" alone stands for tết Nguyên đán', code: body('Trực trong thời gian nghỉ Tết./.') },
		{ name: '"tết Nguyên đán" written right', code: body('Trực trong thời gian nghỉ tết Nguyên đán Tân Sửu năm 2021./.') },
		{ name: 'an item that starts with "Tết Nguyên đán"', code: body('1. Tết Nguyên đán: trực 24/24./.') },
		{ name: 'names in the header are not checked', code: buildLetter({ agency: 'BỘ Y TẾ\nCỤC QUẢN LÝ DƯỢC' }) },
		{ name: 'a lower-case generic "cục thuế" is not a name', code: body('Đề nghị các cục thuế, chi cục thuế rà soát./.') },
		{ name: '"Khoản 2 Điều 5" at the start of a sentence', code: body('Khoản 2 Điều 5 của Quy chế quy định như sau./.') },
		{ name: '"Điều 3" and "khoản 2 Điều 5" written right', code: body('Theo khoản 2 Điều 5 và điểm a khoản 1 Điều 3 của Quy chế./.') },
		{ name: 'a common noun "điều" without a number', code: body('Đây là điều cần lưu ý./.') },
		{
			name: '003: hard-wrapped lines starting with lower case',
			code: body(
				'Thực hiện Thông báo số 419/TB-VPUB, ngày 12 tháng 3 năm 2020 của \n\nVăn phòng Uỷ ban nhân dân tỉnh về Kết luận của đồng chí Bùi Quang Cẩm - \n\nPhó Chủ tịch UBND tỉnh, phó Trưởng Ban thường trực Ban Chỉ đạo cấp tỉnh \n\nphòng, chống dịch COVID-19 tại Hội nghị Ban Chỉ đạo ngày 11/3/2020 về tăng \n\ncường phòng, chống dịch COVID-19 trên địa bàn tỉnh. ',
			),
		},
	],
	invalid: [
		{
			name: 'H9: from this version, Nơi nhận lines are read too ("- Bộ y tế;", "- Như điều 3;")',
			code: buildLetter({ noiNhan: 'Nơi nhận:\n- Như điều 3;\n- Bộ y tế;\n- Lưu: VT, VP.' }),
			errors: [
				{ messageId: 'wrongCase', text: 'điều', message: '"Điều"' },
				{ messageId: 'wrongCase', text: 'Bộ y tế' },
			],
			output: buildLetter({ noiNhan: 'Nơi nhận:\n- Như Điều 3;\n- Bộ Y tế;\n- Lưu: VT, VP.' }),
		},
		{
			name: 'H9 line 2: "Kính gửi: Cục thuế tỉnh Lâm Viên"',
			code: buildLetter({ kinhGui: 'Kính gửi: Cục thuế tỉnh Lâm Viên' }),
			errors: [{ messageId: 'wrongCase', text: 'Cục thuế', message: '"Cục Thuế"' }],
			output: buildLetter({ kinhGui: 'Kính gửi: Cục Thuế tỉnh Lâm Viên' }),
		},
		{
			name: 'H9 line 3: "Văn Phòng Sở" and "Thủ tướng chính phủ"',
			code: body('Đề nghị Văn Phòng Sở báo cáo Thủ tướng chính phủ./.'),
			errors: [
				{ messageId: 'wrongCase', text: 'Văn Phòng', message: '"Văn phòng"' },
				{ messageId: 'wrongCase', text: 'Thủ tướng chính phủ', message: '"Thủ tướng Chính phủ"' },
			],
			output: body('Đề nghị Văn phòng Sở báo cáo Thủ tướng Chính phủ./.'),
		},
		{
			name: 'H9 line 4: "Khoản 2 Điều 5" and "Điểm a khoản 1" inside a sentence',
			code: body('Thực hiện theo Khoản 2 Điều 5 và Điểm a khoản 1 Điều 3 của Quy chế./.'),
			errors: [
				{ messageId: 'wrongCase', text: 'Khoản', message: '"khoản"' },
				{ messageId: 'wrongCase', text: 'Điểm', message: '"điểm"' },
			],
			output: body('Thực hiện theo khoản 2 Điều 5 và điểm a khoản 1 Điều 3 của Quy chế./.'),
		},
		{
			name: '003 line 33: "Bộ y tế"',
			code: body('các công văn số 61/CV-BCĐ, 1126/CV-BCĐ của BCĐ quốc gia, của Bộ y tế và các Bộ ngành Trung ương./.'),
			errors: [{ messageId: 'wrongCase', line: 16, text: 'Bộ y tế', message: '"Bộ Y tế"' }],
			output: body('các công văn số 61/CV-BCĐ, 1126/CV-BCĐ của BCĐ quốc gia, của Bộ Y tế và các Bộ ngành Trung ương./.'),
		},
		{
			name: '003 line 9: "Phó chủ tịch" across a page break',
			code: body('Kết luận của đồng chí Bùi Quang Cẩm - \n\nPhó chủ tịch UBND tỉnh tại Hội nghị./.'),
			errors: [{ messageId: 'wrongCase', line: 18, column: 1, text: 'Phó chủ tịch' }],
			output: body('Kết luận của đồng chí Bùi Quang Cẩm - \n\nPhó Chủ tịch UBND tỉnh tại Hội nghị./.'),
		},
		{
			name: '003 line 39: "Ban chỉ đạo cấp tỉnh"',
			code: body('Công văn số 13/BCĐ-KGVX ngày 4/3/2020 của Ban chỉ đạo cấp tỉnh và các văn bản liên quan./.'),
			errors: [{ messageId: 'wrongCase', text: 'Ban chỉ đạo' }],
			output: body('Công văn số 13/BCĐ-KGVX ngày 4/3/2020 của Ban Chỉ đạo cấp tỉnh và các văn bản liên quan./.'),
		},
		{
			name: '004 line 24: "Ban chỉ đạo quốc gia" next to "Ban Chỉ đạo tỉnh"',
			code: body('- Thực hiện nghiêm các chỉ đạo của Trung ương, Chính phủ, Ban chỉ đạo quốc gia, Ban Chỉ đạo tỉnh;'),
			errors: [{ messageId: 'wrongCase', text: 'Ban chỉ đạo' }],
			output: body('- Thực hiện nghiêm các chỉ đạo của Trung ương, Chính phủ, Ban Chỉ đạo quốc gia, Ban Chỉ đạo tỉnh;'),
		},
		{
			name: '000 line 31: "Tết Nguyên đán" inside a sentence',
			code: body('7. Khối Văn phòng Sở phân công trực dịch 24/24 trong thời gian nghỉ Tết Nguyên đán Tân Sửu năm 2021./.'),
			errors: [{ messageId: 'wrongCase', text: 'Tết Nguyên đán', message: '"tết Nguyên đán"' }],
			output: body('7. Khối Văn phòng Sở phân công trực dịch 24/24 trong thời gian nghỉ tết Nguyên đán Tân Sửu năm 2021./.'),
		},
		{
			name: '"Tết nguyên đán" at a sentence start keeps its capital T',
			code: body('Tết nguyên đán sắp đến, các đơn vị bố trí trực./.'),
			errors: [{ messageId: 'wrongCase', message: '"Tết Nguyên đán"' }],
			output: body('Tết Nguyên đán sắp đến, các đơn vị bố trí trực./.'),
		},
		{
			name: '"Phó chủ tịch" at a sentence start before a name',
			code: body('Phó chủ tịch UBND tỉnh chủ trì hội nghị./.'),
			errors: [{ messageId: 'wrongCase' }],
			output: body('Phó Chủ tịch UBND tỉnh chủ trì hội nghị./.'),
		},
		{
			name: 'over-capitalised "Bộ Y Tế" and "Ban Chỉ Đạo"',
			code: body('Báo cáo Bộ Y Tế và Ban Chỉ Đạo tỉnh./.'),
			errors: [
				{ messageId: 'wrongCase', text: 'Bộ Y Tế' },
				{ messageId: 'wrongCase', text: 'Ban Chỉ Đạo' },
			],
			output: body('Báo cáo Bộ Y tế và Ban Chỉ đạo tỉnh./.'),
		},
		{
			name: 'NFD text: only the changed letter is replaced',
			code: body('Báo cáo Bộ y tế./.').normalize('NFD'),
			errors: [{ messageId: 'wrongCase', text: 'Bộ y tế'.normalize('NFD') }],
			output: body('Báo cáo Bộ Y tế./.').normalize('NFD'),
		},
	],
});

describe('data: proper-name-case', () => {
	it('each wrong form differs from its right forms in letter case only', () => {
		for (const entry of PROPER_NAME_CASES) {
			for (const right of [entry.right, entry.rightAtSentenceStart ?? entry.right]) {
				assert.equal(right.length, entry.wrong.length, entry.wrong);
				assert.equal(right.toLowerCase(), entry.wrong.toLowerCase(), entry.wrong);
				assert.notEqual(right, entry.wrong, entry.wrong);
			}
		}
	});
	it('no wrong form contains another, so a place is reported once', () => {
		for (const a of PROPER_NAME_CASES) {
			for (const b of PROPER_NAME_CASES) {
				assert.ok(a === b || !a.wrong.includes(b.wrong), `"${a.wrong}" contains "${b.wrong}"`);
			}
		}
	});
});
