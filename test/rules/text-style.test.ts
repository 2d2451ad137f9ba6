import { buildLetter } from '../harness/letter-builder';
import { layoutRuleTester } from '../harness/layout-tester';

const DECISION = [
	'ỦY BAN NHÂN DÂN',
	'TỈNH CAO BẰNG',
	'',
	'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
	'Độc lập - Tự do - Hạnh phúc',
	'',
	'Số: 15/QĐ-UBND',
	'',
	'Cao Bằng, ngày 05 tháng 02 năm 2021',
	'',
	'QUYẾT ĐỊNH',
	'Về việc ban hành Quy chế làm việc',
	'',
	'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG',
	'',
	'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;',
	'',
	'QUYẾT ĐỊNH:',
	'',
	'Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.',
	'',
	'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.',
	'',
	'Nơi nhận:',
	'- Như Điều 2;',
	'- Lưu: VT, VP.',
	'',
	'TM. ỦY BAN NHÂN DÂN',
	'CHỦ TỊCH',
	'',
	'Nguyễn Văn An',
].join('\n');

layoutRuleTester('text-style', {
	valid: [
		{ name: 'the styles of the layout table' },
		{ name: 'plain text: silent', plainText: true },
		{ name: 'a decision with its căn cứ in italic and bold article markers', code: DECISION },
		{
			name: 'an article whose text after "Điều 1." is upright and regular',
			code: DECISION,
			change: (doc) => {
				doc.runsOf('dieu').forEach((r) => (r.bold = false));
			},
		},
		{
			name: 'the managing body need not be bold',
			code: buildLetter({ agency: 'UBND TỈNH CAO BẰNG\nSỞ TÀI CHÍNH' }),
			change: (doc) => {
				doc.runsOf('co-quan-chu-quan').forEach((r) => (r.bold = false));
			},
		},
		{
			name: 'a bold word in the body is not a style rule matter',
			change: (doc) => {
				doc.runsOf('noi-dung').forEach((r) => (r.bold = true));
			},
		},
	],
	invalid: [
		{
			name: 'a Nơi nhận label without italic',
			change: (doc) => {
				doc.runsOf('noi-nhan-label').forEach((r) => (r.italic = false));
			},
			errors: [{ messageId: 'notItalic', text: 'Nơi nhận:', message: 'Nơi nhận phải in nghiêng' }],
		},
		{
			name: 'a Nơi nhận label neither bold nor italic: two findings',
			change: (doc) => {
				doc.runsOf('noi-nhan-label').forEach((r) => {
					r.italic = false;
					r.bold = false;
				});
			},
			errors: [
				{ messageId: 'notBold', text: 'Nơi nhận:' },
				{ messageId: 'notItalic', text: 'Nơi nhận:' },
			],
		},
		{
			name: 'an upright place and date',
			change: (doc) => {
				doc.runsOf('dia-danh-ngay').forEach((r) => (r.italic = false));
			},
			errors: [{ messageId: 'notItalic', text: 'Cao Bằng, ngày 05 tháng 02 năm 2021' }],
		},
		{
			name: 'a V/v in italic',
			change: (doc) => {
				doc.runsOf('vv').forEach((r) => (r.italic = true));
			},
			errors: [
				{ messageId: 'italic', text: 'V/v triển khai kế hoạch công tác', message: 'chữ đứng' },
				{ messageId: 'italic', text: 'năm 2021' },
			],
		},
		{
			name: 'a Quốc hiệu and an issuing body not bold',
			change: (doc) => {
				doc.runsOf('quoc-hieu').forEach((r) => (r.bold = false));
				doc.runsOf('co-quan-ban-hanh').forEach((r) => (r.bold = false));
			},
			errors: [
				{ messageId: 'notBold', text: 'ỦY BAN NHÂN DÂN' },
				{ messageId: 'notBold', text: 'TỈNH CAO BẰNG' },
				{ messageId: 'notBold', text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' },
			],
		},
		{
			name: 'a signer name not bold',
			change: (doc) => {
				doc.runsOf('ho-ten').forEach((r) => (r.bold = false));
			},
			errors: [{ messageId: 'notBold', text: 'Nguyễn Văn An' }],
		},
		{
			name: 'a decision: type name and trích yếu not bold, căn cứ upright',
			code: DECISION,
			change: (doc) => {
				doc.runsOf('ten-loai').forEach((r) => (r.bold = false));
				doc.runsOf('trich-yeu').forEach((r) => (r.bold = false));
				doc.runsOf('can-cu').forEach((r) => (r.italic = false));
			},
			errors: [
				{ messageId: 'notBold', text: 'QUYẾT ĐỊNH' },
				{ messageId: 'notBold', text: 'Về việc ban hành Quy chế làm việc' },
				{ messageId: 'notItalic', text: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;' },
			],
		},
	],
});
