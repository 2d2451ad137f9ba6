import * as assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester, runRule } from '../harness/rule-tester';

// The body starts on line 16 of the skeleton letter; each body line is followed by a blank line.
const body = (...lines: string[]): string => buildLetter({ body: lines.join('\n\n') });
const opening = 'Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:';
const closing = 'Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./.';

ruleTester('item-sequence', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{
			name: 'the Vietnamese letter order with đ (reference §12, 001 lines 19–33)',
			code: body(
				opening,
				'1. Nội dung thứ nhất:',
				'a) Việc một;',
				'b) Việc hai;',
				'c) Việc ba;',
				'd) Việc bốn;',
				'đ) Việc năm;',
				'e) Việc sáu;',
				'g) Việc bảy.',
				closing,
			),
		},
		{
			name: 'an unlabelled paragraph between a) and b) (reference §12, 001 line 21)',
			code: body(
				opening,
				'1. Nội dung:',
				'a) Việc một.',
				'Thủ trưởng các đơn vị tăng cường kiểm tra việc thực hiện.',
				'b) Việc hai.',
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
			name: 'Phần and Chương in Roman numerals',
			code: body('Phần I', 'QUY ĐỊNH CHUNG', 'Chương I', 'PHẠM VI', 'Chương II', 'ĐỐI TƯỢNG', 'Phần II', 'TỔ CHỨC THỰC HIỆN'),
		},
		{
			name: 'the item after a duplicate is in order (reference §12, 000 lines 27–33: 7., 7., 8.)',
			code: body(
				opening,
				'1. Một.',
				'2. Hai.',
				'3. Ba.',
				'4. Bốn.',
				'5. Năm.',
				'6. Sáu.',
				'7. Nội dung bảy; thực',
				'hiện tốt yêu cầu 5K.',
				'7. Nội dung tám.',
				'8. Nội dung chín.',
				closing,
			),
		},
		{
			name: 'a duplicate takes the next slot: 1., 2., 2., 4. is one duplicate, not a gap',
			code: body(opening, '1. Một.', '2. Hai.', '2. Ba.', '4. Bốn.', closing),
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
			name: 'e) right after d) in a letter that uses đ) is left to diem-letter-order',
			code: body(
				opening,
				'1. Nội dung:',
				'a) Một;',
				'b) Hai;',
				'c) Ba;',
				'd) Bốn;',
				'đ) Năm.',
				'2. Nội dung:',
				'a) Một;',
				'b) Hai;',
				'c) Ba;',
				'd) Bốn;',
				'e) Năm.',
				closing,
			),
		},
		{
			name: 'a letter outside the Vietnamese alphabet is left to diem-letter-order',
			code: body(opening, '1. Nội dung:', 'a) Một;', 'b) Hai;', 'c) Ba;', 'd) Bốn;', 'đ) Năm;', 'e) Sáu;', 'f) Bảy.', closing),
		},
		{ name: 'dash bullets are not numbered', code: body(opening, '- Việc một;', '- Việc hai;', '- Việc ba.', closing) },
	],
	invalid: [
		{
			name: 'a skipped khoản number (1., 2., 4.)',
			code: body(opening, '1. Nội dung một.', '2. Nội dung hai.', '4. Nội dung bốn.', closing),
			errors: [{ messageId: 'skipped', line: 22, column: 1, text: '4.', message: 'thiếu "3."' }],
		},
		{
			name: 'a skipped điểm letter (a), c))',
			code: body(opening, '1. Nội dung:', 'a) Việc một;', 'c) Việc ba.', closing),
			errors: [{ messageId: 'skipped', text: 'c)', message: 'sau "a)" là "c)", thiếu "b)"' }],
		},
		{
			name: 'e) right after d) in a letter that never uses đ) skips đ)',
			code: body(opening, '1. Nội dung:', 'a) Một;', 'b) Hai;', 'c) Ba;', 'd) Bốn;', 'e) Năm.', closing),
			errors: [{ messageId: 'skipped', text: 'e)', message: 'thiếu "đ)"' }],
		},
		{
			name: 'a skipped Điều (Điều 1, Điều 3)',
			code: body('Điều 1. Phạm vi', 'Nội dung.', 'Điều 3. Hiệu lực', 'Nội dung.'),
			errors: [{ messageId: 'skipped', text: 'Điều 3.', message: 'thiếu "Điều 2"' }],
		},
		{
			name: 'H10: the only paragraph between "Điều 2." and "Điều 4." is Điều 3 without its label: one finding, on it',
			code: body(
				'Điều 1. Thành lập Ban tổ chức.',
				'Điều 2. Ban tổ chức tự giải thể sau khi hoàn thành nhiệm vụ.',
				'Quyết định này có hiệu lực kể từ ngày ký.',
				'Điều 4. Các thành viên chịu trách nhiệm thi hành Quyết định này./.',
			),
			errors: [{ messageId: 'unlabelled', text: 'Quyết', message: 'có lẽ là "Điều 3.": đứng giữa "Điều 2." và "Điều 4."' }],
		},
		{
			name: 'two paragraphs between "Điều 2." and "Điều 4.": the gap, at "Điều 4."',
			code: body('Điều 1. Thành lập.', 'Điều 2. Giải thể.', 'Nội dung một.', 'Nội dung hai.', 'Điều 4. Thi hành./.'),
			errors: [{ messageId: 'skipped', text: 'Điều 4.', message: 'thiếu "Điều 3"' }],
		},
		{
			name: 'one paragraph where two Điều are missing: the gap, at "Điều 5."',
			code: body('Điều 1. Thành lập.', 'Điều 2. Giải thể.', 'Nội dung một.', 'Điều 5. Thi hành./.'),
			errors: [{ messageId: 'skipped', text: 'Điều 5.' }],
		},
		{
			name: 'a skipped Phần (Phần I, Phần III)',
			code: body('Phần I', 'QUY ĐỊNH CHUNG', 'Phần III', 'TỔ CHỨC THỰC HIỆN'),
			errors: [{ messageId: 'skipped', text: 'Phần III', message: 'thiếu "Phần II"' }],
		},
		{
			name: 'many skipped numbers are shown as a range',
			code: body(opening, '1. Một.', '7. Bảy.', closing),
			errors: [{ messageId: 'skipped', text: '7.', message: 'thiếu từ "2." đến "6."' }],
		},
		{
			name: 'khoản numbering that does not start at 1',
			code: body(opening, '2. Nội dung hai.', '3. Nội dung ba.', closing),
			errors: [{ messageId: 'start', line: 18, column: 1, text: '2.', message: 'bắt đầu từ "1."' }],
		},
		{
			name: 'điểm that do not start at a)',
			code: body(opening, '1. Nội dung:', 'b) Việc hai;', 'c) Việc ba.', closing),
			errors: [{ messageId: 'start', text: 'b)', message: 'bắt đầu từ "a)"' }],
		},
		{
			name: 'an out-of-order number (1., 3., 2.)',
			code: body(opening, '1. Một.', '3. Ba.', '2. Hai.', closing),
			errors: [
				{ messageId: 'skipped', text: '3.' },
				{ messageId: 'outOfOrder', text: '2.', message: 'đứng sau "3."' },
			],
		},
		{
			name: 'each sibling group is checked on its own',
			code: body(opening, '1. Nội dung một:', 'a) Việc một;', 'b) Việc hai.', '2. Nội dung hai:', 'a) Việc một;', 'c) Việc ba.', closing),
			errors: [{ messageId: 'skipped', line: 28, text: 'c)' }],
		},
	],
});

describe('rule item-sequence: details', () => {
	it('suggests renumbering the rest of the group, never as a fix', () => {
		const code = body(opening, '1. Một.', '2. Hai.', '4. Bốn.', '5. Năm.', closing);
		const [problem] = runRule('item-sequence', code);
		assert.equal(problem?.fix, undefined);
		const suggestion = problem?.suggestions?.[0];
		assert.ok(suggestion, 'a renumbering suggestion');
		const fixed = applyFixes(code, [{ ...problem, fix: suggestion.edits }]).output;
		assert.equal(fixed, body(opening, '1. Một.', '2. Hai.', '3. Bốn.', '4. Năm.', closing));
	});

	it('renumbers điểm letters in the Vietnamese order and points at the previous item', () => {
		const code = body(opening, '1. Nội dung:', 'a) Một;', 'b) Hai;', 'c) Ba;', 'd) Bốn;', 'e) Năm;', 'g) Sáu.', closing);
		const [problem] = runRule('item-sequence', code);
		assert.deepEqual(
			problem?.suggestions?.[0]?.edits.map((e) => e.text),
			['đ', 'e'],
		);
		const related = problem?.related?.[0];
		assert.ok(related);
		assert.equal(code.slice(related.range.start, related.range.end), 'd)');
	});

	it('a group that does not start at 1 is renumbered from 1', () => {
		const code = body(opening, '2. Hai.', '3. Ba.', closing);
		const [problem] = runRule('item-sequence', code);
		const edits = problem?.suggestions?.[0]?.edits ?? [];
		assert.equal(applyFixes(code, [{ ...problem!, fix: edits }]).output, body(opening, '1. Hai.', '2. Ba.', closing));
	});
});
