import { buildLetter, VALID_PARTS } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const opening =
	'Thực hiện Công văn số 216/BNV-VP ngày 28/01/2021 của Bộ Nội vụ về việc triển khai kế hoạch công tác năm 2021, Ủy ban nhân dân tỉnh đề nghị:';
const body = (...lines: string[]): string => buildLetter({ body: lines.join('\n\n') });

ruleTester('closing-mark', {
	valid: [
		{
			name: 'G9: a "(Kèm theo …)" note after a body that ends correctly',
			code: body(opening, 'Đề nghị các đơn vị nghiêm túc thực hiện./.', '(Kèm theo danh sách đèn chiếu sáng cần thay thế)'),
		},
		{
			name: 'a file path after a body that ends correctly',
			code: body(opening, 'Đề nghị các đơn vị nghiêm túc thực hiện./.', 'D:\\2024\\CV\\CV215.doc'),
		},
		{
			name: 'a network or home-folder path after a body that ends correctly (the paths text-artefact reports)',
			code: body(opening, 'Đề nghị các đơn vị nghiêm túc thực hiện./.', '\\\\may-chu\\van-thu\\CV215.docx', '/home/vanthu/2024/CV215.docx'),
		},
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'the mark after a closing parenthesis', code: body(opening, '1. Báo cáo kết quả (qua Văn phòng Sở)./.') },
		{
			name: 'trailing spaces after the mark (reference §12, 003 line 95)',
			code: body(opening, 'Đề nghị các đơn vị nghiêm túc thực hiện./.   '),
		},
		{ name: 'markdown emphasis around the last line', code: body(opening, '**Đề nghị các đơn vị nghiêm túc thực hiện./.**') },
		{
			name: 'a hard-wrapped last paragraph (reference §12, 003 lines 91–95)',
			code: body(
				opening,
				' Đây là nhiệm vụ trọng tâm, cấp bách đề nghị các phòng chuyên môn, các ',
				'đơn vị thuộc Sở nghiêm túc thực hiện./. ',
			),
		},
		{
			name: 'a Quyết định ending with its last Điều',
			code: buildLetter({
				vv: null,
				kinhGui: null,
				body: 'Điều 1. Ban hành Quy chế.\n\nĐiều 2. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.',
			}),
		},
		{ name: 'a letter without a body', code: buildLetter({ body: null }) },
		{
			name: 'a signer’s name that was not taken for a signature is not the end of the body',
			code: buildLetter({ noiNhan: null, signature: 'Nguyễn Văn An' }),
		},
		{
			name: 'a Party letter follows other rules',
			code: [
				'ĐẢNG BỘ TỈNH CAO BẰNG',
				'ĐẢNG CỘNG SẢN VIỆT NAM',
				'TỈNH ỦY',
				'',
				'Số 1332-CV/TU',
				'',
				'Cao Bằng, ngày 10 tháng 3 năm 2026',
				'',
				'Kính gửi: Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy',
				'',
				'1. Các cấp ủy thực hiện đúng thể thức văn bản của Đảng.',
				'',
				'Nơi nhận:',
				'- Như trên,',
				'- Lưu Văn phòng Tỉnh ủy.',
				'',
				'T/M BAN THƯỜNG VỤ',
				'PHÓ BÍ THƯ',
				'',
				'Nông Thị Hà',
			].join('\n'),
		},
	],
	invalid: [
		{
			name: 'a body ending with a full stop',
			code: body(opening, 'Đề nghị các đơn vị nghiêm túc thực hiện.'),
			errors: [{ messageId: 'missing', line: 18, text: 'hiện.' }],
			output: body(opening, 'Đề nghị các đơn vị nghiêm túc thực hiện./.'),
		},
		{
			name: 'a body ending with a word',
			code: body(opening, 'Đề nghị các đơn vị nghiêm túc thực hiện'),
			errors: [{ messageId: 'missing', text: 'hiện' }],
			output: body(opening, 'Đề nghị các đơn vị nghiêm túc thực hiện./.'),
		},
		{
			name: 'a body ending with a full stop inside markdown emphasis',
			code: body(opening, '**Đề nghị các đơn vị nghiêm túc thực hiện.**'),
			errors: [{ messageId: 'missing' }],
			output: body(opening, '**Đề nghị các đơn vị nghiêm túc thực hiện./.**'),
		},
		{
			name: 'the mark written with spaces',
			code: body(opening, 'Đề nghị các đơn vị nghiêm túc thực hiện. /.'),
			errors: [{ messageId: 'spaced', text: '. /.', message: '". /."' }],
			output: body(opening, 'Đề nghị các đơn vị nghiêm túc thực hiện./.'),
		},
		{
			name: 'a body ending with other punctuation has no automatic fix',
			code: body(opening, 'Trân trọng!'),
			errors: [{ messageId: 'missing', text: 'trọng!' }],
		},
		{
			name: 'a body ending with an ellipsis has no automatic fix',
			code: body(opening, '1. Rà soát các trường hợp...'),
			errors: [{ messageId: 'missing', text: 'hợp...' }],
		},
		{
			name: 'a letter without Nơi nhận and signature ends its body at the last line',
			code: buildLetter({ noiNhan: null, signature: null, body: VALID_PARTS.body?.replace('./.', '.') ?? '' }),
			errors: [{ messageId: 'missing', text: 'hiện.' }],
			output: buildLetter({ noiNhan: null, signature: null }),
		},
	],
});
