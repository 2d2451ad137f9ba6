import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const opening = 'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện các nội dung sau:';
const body = (...paragraphs: string[]): string =>
	buildLetter({ body: [opening, ...paragraphs, 'Đề nghị các cơ quan, đơn vị thực hiện./.'].join('\n\n') });
const decision = (...paragraphs: string[]): string =>
	buildLetter({ vv: 'QUYẾT ĐỊNH\nVề việc ban hành Quy chế công tác văn thư', kinhGui: null, body: paragraphs.join('\n\n') });

ruleTester('item-marker-format', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'khoản numbered "1." and "2."', code: body('1. Rà soát danh sách.', '2. Gửi đăng ký.') },
		{ name: 'Điều numbered "Điều 1."', code: decision('Điều 1. Ban hành Quy chế.', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.') },
		{ name: 'a range of numbers is not a khoản ("1 - 2 ngày")', code: body('1 - 2 ngày làm việc là đủ để rà soát.') },
		{ name: 'a number and a dash before a lower-case word', code: body('1 - các đơn vị rà soát danh sách.') },
		{
			name: 'a bare number that breaks the sequence around it (a page number) is not a khoản',
			code: body('1. Rà soát danh sách diễn viên quần chúng của các đơn vị trực thuộc Sở theo mẫu', '2', 'Gửi kèm.', '2. Gửi đăng ký.'),
		},
		{ name: 'a bare number with no khoản after it is left alone', code: body('1', 'Rà soát danh sách.') },
	],
	invalid: [
		{
			name: 'H10 line 4: a khoản numbered "1 -"; the fix writes "1."',
			code: body('1 - Rà soát danh sách diễn viên quần chúng.', '2. Gửi đăng ký về Văn phòng.'),
			errors: [{ messageId: 'khoan', text: '1 -', message: '"1." (đang là "1 -")' }],
			output: body('1. Rà soát danh sách diễn viên quần chúng.', '2. Gửi đăng ký về Văn phòng.'),
		},
		{
			name: 'H10 line 4, other form: a bare "1" on its own line; the fix joins it to its text as "1. "',
			code: body('1', 'Rà soát danh sách diễn viên quần chúng.', '2. Gửi đăng ký về Văn phòng.'),
			errors: [{ messageId: 'bare', text: '1\n\n', message: '"1." (đang là "1" đứng riêng một dòng)' }],
			output: body('1. Rà soát danh sách diễn viên quần chúng.', '2. Gửi đăng ký về Văn phòng.'),
		},
		{
			name: 'a bare "1" opening the khoản of the second Điều: the numbering restarts in each Điều',
			code: decision(
				'Điều 1. Ban hành:',
				'1. Quy chế.',
				'2. Quy định.',
				'Điều 2. Giao nhiệm vụ:',
				'1',
				'Văn phòng tổng hợp.',
				'2. Các phòng thực hiện./.',
			),
			errors: [{ messageId: 'bare', text: '1\n\n' }],
			output: decision(
				'Điều 1. Ban hành:',
				'1. Quy chế.',
				'2. Quy định.',
				'Điều 2. Giao nhiệm vụ:',
				'1. Văn phòng tổng hợp.',
				'2. Các phòng thực hiện./.',
			),
		},
		{
			name: 'a bare "2" between "1." and "3."',
			code: body('1. Rà soát danh sách.', '2', 'Gửi đăng ký.', '3. Báo cáo kết quả.'),
			errors: [{ messageId: 'bare', text: '2\n\n' }],
			output: body('1. Rà soát danh sách.', '2. Gửi đăng ký.', '3. Báo cáo kết quả.'),
		},
		{
			name: 'every khoản numbered with an en dash',
			code: body('1 – Rà soát danh sách.', '2 – Gửi đăng ký.'),
			errors: [
				{ messageId: 'khoan', text: '1 –' },
				{ messageId: 'khoan', text: '2 –' },
			],
			output: body('1. Rà soát danh sách.', '2. Gửi đăng ký.'),
		},
		{
			name: 'H2 lines 7-8: "Điều 1:" and "Điều 2:"',
			code: decision('Điều 1: Ban hành Quy chế.', 'Điều 2: Quyết định này có hiệu lực kể từ ngày ký./.'),
			errors: [
				{ messageId: 'dieu', text: 'Điều 1:', message: '"Điều 1."' },
				{ messageId: 'dieu', text: 'Điều 2:' },
			],
			output: decision('Điều 1. Ban hành Quy chế.', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.'),
		},
		{
			name: '"Điều 1 :" with a space before the colon: the fix removes the space with the colon',
			code: decision('Điều 1 : Ban hành Quy chế.', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.'),
			errors: [{ messageId: 'dieu', text: 'Điều 1 :', message: '"Điều 1."' }],
			output: decision('Điều 1. Ban hành Quy chế.', 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.'),
		},
	],
});
