import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// The type name line comes with the V/v part; the Kính gửi follows the date (line 12 of the built letter).
const named = (typeName: string, so: string): string =>
	buildLetter({ so, vv: `${typeName}\nVề việc tổ chức hội thi văn nghệ năm 2021`, kinhGui: 'Kính gửi: Các phòng, đơn vị thuộc Sở' });

ruleTester('kinh-gui-not-cong-van', {
	valid: [
		{ name: 'a công văn with Kính gửi', code: buildLetter() },
		{ name: 'a tờ trình sent upward may have a Kính gửi', code: named('TỜ TRÌNH', 'Số: 12/TTr-UBND') },
		{ name: 'a báo cáo sent upward may have a Kính gửi', code: named('BÁO CÁO', 'Số: 12/BC-UBND') },
		{ name: 'a giấy mời is not judged', code: named('GIẤY MỜI', 'Số: 12/GM-UBND') },
		{
			name: 'a thông báo without Kính gửi',
			code: buildLetter({ so: 'Số: 12/TB-UBND', vv: 'THÔNG BÁO\nVề việc tổ chức hội thi văn nghệ năm 2021', kinhGui: null }),
		},
	],
	invalid: [
		{
			name: 'H10 also wanted (b): a thông báo carrying a Kính gửi',
			code: named('THÔNG BÁO', 'Số: 12/TB-UBND'),
			errors: [{ messageId: 'named', text: 'Kính gửi', message: 'THÔNG BÁO không có phần "Kính gửi"' }],
		},
		{
			name: 'a kế hoạch carrying a Kính gửi',
			code: named('KẾ HOẠCH', 'Số: 12/KH-UBND'),
			errors: [{ messageId: 'named', text: 'Kính gửi', message: 'KẾ HOẠCH' }],
		},
		{
			name: 'a quyết định carrying a Kính gửi',
			code: named('QUYẾT ĐỊNH', 'Số: 12/QĐ-UBND'),
			errors: [{ messageId: 'named', text: 'Kính gửi' }],
		},
	],
});
