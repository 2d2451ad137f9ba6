import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L001, L002, L004 } from './header-fragments';

/** A named document: the type name and its trích yếu stand under the Số line. */
const named = (type: string, so: string, date: string | null = 'Cao Bằng, ngày 05 tháng 02 năm 2021'): string =>
	buildLetter({ so, vv: `${type}\nVề việc triển khai công tác văn thư năm 2021`, date, kinhGui: null });
const congVan = (so: string): string => buildLetter({ so });

ruleTester('ky-hieu-loai-van-ban', {
	valid: [
		{ name: 'a correct công văn', code: buildLetter() },
		{ name: 'letter 000: STNMT-VP', code: L000 },
		{ name: 'letter 001: BTNMT-VP', code: L001 },
		{ name: 'letter 002: a draft number, SVHTTDL-QLVHGĐ', code: L002 },
		{ name: 'letter 004: a draft number, SCT-VP', code: L004 },
		{ name: 'QUYẾT ĐỊNH with QĐ', code: named('QUYẾT ĐỊNH', 'Số: 1024/QĐ-UBND') },
		{ name: 'TỜ TRÌNH with the mixed-case TTr', code: named('TỜ TRÌNH', 'Số: 12/TTr-UBND') },
		{ name: 'KẾ HOẠCH with KH and a drafting unit', code: named('KẾ HOẠCH', 'Số: 35/KH-UBND-VP') },
		{ name: 'BẢN GHI NHỚ with BGN', code: named('BẢN GHI NHỚ', 'Số: 01/BGN-UBND') },
		{ name: 'GIẤY ỦY QUYỀN written "UỶ" with GUQ', code: named('GIẤY UỶ QUYỀN', 'Số: 03/GUQ-UBND') },
		{ name: 'HỢP ĐỒNG with a kind of contract (HĐKT)', code: named('HỢP ĐỒNG', 'Số: 12/HĐKT-UBND') },
		{ name: 'QUY ĐỊNH printed "QYĐ" in capitals', code: named('QUY ĐỊNH', 'Số: 02/QYĐ-UBND') },
		{ name: 'a type name in lower case still names the type', code: named('Quyết định', 'Số: 12/QĐ-UBND') },
		{ name: 'a template placeholder', code: named('QUYẾT ĐỊNH', 'Số: …/QĐ-…') },
		{ name: 'a blank draft number', code: named('QUYẾT ĐỊNH', 'Số:      /QĐ-UBND') },
		{ name: 'Thông tư 01/2011: GN before 05/03/2020', code: named('BẢN GHI NHỚ', 'Số: 01/GN-UBND', 'Cao Bằng, ngày 12 tháng 8 năm 2019') },
		{ name: 'Thông tư 01/2011: TTh on 04/03/2020', code: named('BẢN THỎA THUẬN', 'Số: 01/TTh-UBND', 'Hà Nội, ngày 04 tháng 3 năm 2020') },
		{
			name: 'Thông tư 01/2011 is not verified: the new BGN is accepted before 05/03/2020 too',
			code: named('BẢN GHI NHỚ', 'Số: 01/BGN-UBND', 'Hà Nội, ngày 12 tháng 8 năm 2019'),
		},
		{ name: 'a công văn of a Cục Thuế: CT is the agency', code: congVan('Số: 1234/CT-TTHT') },
		{ name: 'a công văn of a Thanh tra: TTr is the agency', code: congVan('Số: 45/TTr-VP') },
		{ name: 'a công văn whose agency starts like a type abbreviation (HĐND)', code: congVan('Số: 45/HĐND-VP') },
		{
			name: 'a Party letter numbers with CV',
			code: buildLetter({ agency: 'ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY CAO BẰNG', quocHieu: null, so: 'Số 1332-CV/TU' }),
		},
		{ name: 'a legal-normative number', code: named('NGHỊ ĐỊNH', 'Số: 30/2020/NĐ-CP') },
		{
			name: 'neither type name nor V/v nor Kính gửi: the type is unknown',
			code: buildLetter({ so: 'Số: 12/QĐ-UBND', vv: null, kinhGui: null }),
		},
		{ name: 'a malformed number is the business of malformed-so-ky-hieu', code: named('QUYẾT ĐỊNH', 'Số: 12 UBND') },
	],
	invalid: [
		{
			name: 'QUYẾT ĐỊNH numbered like a công văn',
			code: named('QUYẾT ĐỊNH', 'Số: 12/UBND-VP'),
			errors: [{ messageId: 'mismatch', line: 7, column: 8, text: 'UBND', message: '"QĐ-UBND"' }],
		},
		{
			name: 'QUYẾT ĐỊNH with the abbreviation of KẾ HOẠCH',
			code: named('QUYẾT ĐỊNH', 'Số: 12/KH-UBND'),
			errors: [{ messageId: 'otherType', text: 'KH', message: 'KẾ HOẠCH' }],
		},
		{
			name: 'CHỈ THỊ with CTr (CHƯƠNG TRÌNH)',
			code: named('CHỈ THỊ', 'Số: 05/CTr-UBND'),
			errors: [{ messageId: 'otherType', text: 'CTr', message: 'CHƯƠNG TRÌNH' }],
		},
		{
			name: 'the type abbreviation after the agency',
			code: named('QUYẾT ĐỊNH', 'Số: 12/UBND-QĐ'),
			errors: [{ messageId: 'notFirst', text: 'UBND-QĐ', message: '"QĐ-UBND"' }],
		},
		{
			name: 'the Thông tư 01/2011 abbreviation in a 2021 letter',
			code: named('BẢN GHI NHỚ', 'Số: 01/GN-UBND'),
			errors: [{ messageId: 'oldAbbreviation', text: 'GN', message: '"BGN"' }],
		},
		{
			name: 'TTh on 05/03/2020, the day Nghị định 30 took effect',
			code: named('BẢN THỎA THUẬN', 'Số: 01/TTh-UBND', 'Hà Nội, ngày 05 tháng 3 năm 2020'),
			errors: [{ messageId: 'oldAbbreviation', text: 'TTh', message: '"BTT"' }],
		},
		{
			name: 'an undated draft follows Nghị định 30',
			code: named('GIẤY ỦY QUYỀN', 'Số: /UQ-UBND', null),
			errors: [{ messageId: 'oldAbbreviation', text: 'UQ' }],
		},
		{
			name: 'TỜ TRÌNH with the abbreviation of BẢN THỎA THUẬN under Thông tư 01/2011',
			code: named('TỜ TRÌNH', 'Số: 12/TTh-UBND'),
			errors: [{ messageId: 'mismatch', text: 'TTh' }],
		},
		{
			name: '"CV" in a công văn (R1.3)',
			code: congVan('Số: 12/CV-UBND'),
			errors: [{ messageId: 'congVanCv', line: 7, column: 8, text: 'CV' }],
		},
		{
			name: 'a type abbreviation in a công văn',
			code: congVan('Số: 12/QĐ-UBND'),
			errors: [{ messageId: 'congVanType', text: 'QĐ', message: 'QUYẾT ĐỊNH' }],
		},
		{
			name: 'a công văn without V/v but with Kính gửi',
			code: buildLetter({ so: 'Số: 12/KH-UBND', vv: null }),
			errors: [{ messageId: 'congVanType', text: 'KH' }],
		},
		{
			name: 'a công văn with a draft number',
			code: buildLetter({ so: 'Số:     /CV-SYT' }),
			errors: [{ messageId: 'congVanCv', text: 'CV' }],
		},
	],
});
