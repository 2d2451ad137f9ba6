import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';
import { L000, L001, L002, L003, L004 } from './header-fragments';

const noHeader = { agency: null, quocHieu: null, so: null, vv: null, date: null };

ruleTester('missing-header', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'letter 000: Số, date and V/v without Quốc hiệu (the missing-* rules report)', code: L000 },
		{ name: 'letter 001: agency and Quốc hiệu merged on one line', code: L001 },
		{ name: 'letter 002: a draft header', code: L002 },
		{ name: 'letter 004: V/v right after Số', code: L004 },
		{ name: 'only a Số line is a header', code: buildLetter({ ...noHeader, so: 'Số: 15/UBND-VP' }) },
		{
			name: 'only a type name in lower case is a header (ten-loai-format reports it)',
			code: buildLetter({ ...noHeader, vv: 'Tờ trình\nVề việc phê duyệt kế hoạch' }),
		},
		{ name: 'an empty document', code: '' },
		{ name: 'a document of blank lines', code: '\n \n\n' },
		{
			name: 'a header the parser did not reach (an unknown first line and no Kính gửi) is not called missing',
			code: buildLetter({ agency: 'Bản lấy ý kiến', kinhGui: null }),
		},
		{ name: 'a Party letter follows other rules', code: buildLetter({ ...noHeader, agency: 'ĐẢNG CỘNG SẢN VIỆT NAM' }) },
	],
	invalid: [
		{
			name: 'letter 003: the text starts at Kính gửi',
			code: L003,
			errors: [{ messageId: 'missing', line: 1, column: 2, text: 'Kính gửi: Các phòng chuyên môn, các đơn vị thuộc Sở' }],
		},
		{
			name: 'a letter without any header component',
			code: buildLetter(noHeader),
			errors: [{ messageId: 'missing', line: 1, column: 1, text: 'Kính gửi: Các sở, ban, ngành tỉnh' }],
		},
		{
			name: 'an urgency stamp alone is no header',
			code: buildLetter({ ...noHeader, agency: 'KHẨN' }),
			errors: [{ messageId: 'missing', line: 1, text: 'KHẨN' }],
		},
		{
			name: 'a body without header and without Kính gửi',
			code: buildLetter({ ...noHeader, kinhGui: null }),
			errors: [{ messageId: 'missing', line: 1, column: 1 }],
		},
	],
});
