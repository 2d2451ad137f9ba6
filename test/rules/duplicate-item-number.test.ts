import * as assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester, runRule } from '../harness/rule-tester';

const body = (...lines: string[]): string => buildLetter({ body: lines.join('\n\n') });
const opening = 'Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:';
const closing = 'Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./.';

ruleTester('duplicate-item-number', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{
			name: 'the Vietnamese letter order with đ',
			code: body(
				opening,
				'1. Nội dung thứ nhất:',
				'a) Việc một;',
				'b) Việc hai;',
				'c) Việc ba;',
				'd) Việc bốn;',
				'đ) Việc năm;',
				'e) Việc sáu.',
				closing,
			),
		},
		{
			name: 'điểm letters restart inside each khoản',
			code: body(opening, '1. Nội dung một:', 'a) Việc một;', 'b) Việc hai.', '2. Nội dung hai:', 'a) Việc một;', 'b) Việc hai.', closing),
		},
		{
			name: 'khoản numbers restart inside each Điều',
			code: body(
				'Điều 1. Phạm vi điều chỉnh',
				'1. Khoản một.',
				'2. Khoản hai.',
				'Điều 2. Đối tượng áp dụng',
				'1. Khoản một.',
				'2. Khoản hai.',
			),
		},
		{
			name: 'hard-wrapped lines that start with digits are not items (reference §12, 003)',
			code: body(
				'1. Quán triệt thực hiện nghiêm các chỉ đạo của Thủ tướng Chính phủ tại các Chỉ thị số: 05/CT-TTg, 06/CT-TTg,',
				'13/CT-TTg, các văn bản khác; chấp hành nghiêm việc cách ly y tế khi tiếp xúc với người nhiễm COVID-',
				'19; hạn chế tham gia các hoạt động tập trung nơi đông người.',
				'2. Tiếp tục chủ động triển khai các biện pháp phòng, chống dịch.',
			),
		},
		{
			name: 'a page break inside an item is not a new paragraph',
			code: body(
				opening,
				'1. Trung tâm tiếp tục đẩy mạnh công tác tuyên truyền; thực',
				'hiện tốt yêu cầu 5K.',
				'2. Văn phòng theo dõi, tổng hợp.',
				closing,
			),
		},
		{ name: 'repeated dash bullets are not numbered', code: body(opening, '- Việc một;', '- Việc hai;', '- Việc ba.', closing) },
		{
			name: 'a count at the start of a wrapped line',
			code: body('Ủy ban nhân dân tỉnh đã thành lập', '03 Chốt kiểm dịch y tế liên ngành.', closing),
		},
	],
	invalid: [
		{
			name: 'two khoản numbered 2',
			code: body(opening, '1. Nội dung một.', '2. Nội dung hai.', '2. Nội dung ba.', closing),
			errors: [{ messageId: 'duplicate', line: 22, column: 1, text: '2.', message: 'dòng 20' }],
		},
		{
			name: 'two điểm lettered b',
			code: body(opening, '1. Nội dung:', 'a) Việc một;', 'b) Việc hai;', 'b) Việc ba.', closing),
			errors: [{ messageId: 'duplicate', text: 'b)' }],
		},
		{
			name: 'two Điều numbered 3',
			code: body('Điều 1. Một', 'Nội dung.', 'Điều 2. Hai', 'Nội dung.', 'Điều 3. Ba', 'Nội dung.', 'Điều 3. Bốn', 'Nội dung.'),
			errors: [{ messageId: 'duplicate', text: 'Điều 3.' }],
		},
		{
			name: 'a duplicate after a page-break continuation (the 000 letter)',
			code: body(
				opening,
				'6. Nội dung sáu.',
				'7. Nội dung bảy; thực',
				'hiện tốt yêu cầu 5K.',
				'7. Nội dung tám.',
				'8. Nội dung chín.',
				closing,
			),
			errors: [{ messageId: 'duplicate', text: '7.', message: 'khoản "7."' }],
		},
		{
			name: 'every repetition is reported',
			code: body(opening, '1. Một.', '1. Hai.', '1. Ba.', closing),
			errors: [
				{ messageId: 'duplicate', text: '1.' },
				{ messageId: 'duplicate', text: '1.' },
			],
		},
	],
});

describe('rule duplicate-item-number: details', () => {
	it('points at the first item as related information and suggests renumbering the rest', () => {
		const code = body(opening, '1. Một.', '2. Hai.', '2. Ba.', '3. Bốn.', closing);
		const [problem] = runRule('duplicate-item-number', code);
		assert.ok(problem?.related?.[0]);
		assert.equal(code.slice(problem.related[0].range.start, problem.related[0].range.end), '2.');
		const suggestion = problem.suggestions?.[0];
		assert.ok(suggestion, 'a renumbering suggestion');
		const fixed = applyFixes(code, [{ ...problem, fix: suggestion.edits }]).output;
		assert.equal(fixed, body(opening, '1. Một.', '2. Hai.', '3. Ba.', '4. Bốn.', closing));
		assert.equal(problem.fix, undefined, 'renumbering is a suggestion, never applied by fix-all');
	});

	it('renumbers điểm letters in the Vietnamese order', () => {
		const code = body(opening, '1. Nội dung:', 'a) Một;', 'b) Hai;', 'c) Ba;', 'd) Bốn;', 'd) Năm;', 'e) Sáu.', closing);
		const [problem] = runRule('duplicate-item-number', code);
		const edits = problem?.suggestions?.[0]?.edits ?? [];
		// The second d) becomes đ); e) already follows đ and keeps its letter.
		assert.deepEqual(
			edits.map((e) => e.text),
			['đ'],
		);
	});
});
