import * as assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester, runRule } from '../harness/rule-tester';

const body = (...lines: string[]): string => buildLetter({ body: lines.join('\n\n') });
const opening = 'Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:';
const closing = 'Đề nghị các cơ quan, đơn vị nghiêm túc thực hiện./.';

ruleTester('diem-letter-order', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{
			name: 'a) b) c) d) đ) e) is the correct sequence (reference §12, 001 lines 19–33)',
			code: body(opening, '1. Nội dung:', 'a) Một;', 'b) Hai;', 'c) Ba;', 'd) Bốn;', 'đ) Năm;', 'e) Sáu.', closing),
		},
		{
			name: 'the sequence goes on with g) after e), never f)',
			code: body(
				opening,
				'1. Nội dung:',
				'a) Một;',
				'b) Hai;',
				'c) Ba;',
				'd) Bốn;',
				'đ) Năm;',
				'e) Sáu;',
				'g) Bảy;',
				'h) Tám;',
				'i) Chín;',
				'k) Mười.',
				closing,
			),
		},
		{
			name: 'e) after d) in a letter that never uses đ) is a skipped letter (item-sequence)',
			code: body(opening, '1. Nội dung:', 'a) Một;', 'b) Hai;', 'c) Ba;', 'd) Bốn;', 'e) Năm.', closing),
		},
		{
			name: 'a skipped letter that is Vietnamese is item-sequence’s',
			code: body(opening, '1. Nội dung:', 'a) Một;', 'c) Ba.', closing),
		},
	],
	invalid: [
		{
			name: 'f) is not a Vietnamese letter',
			code: body(opening, '1. Nội dung:', 'a) Một;', 'b) Hai;', 'c) Ba;', 'd) Bốn;', 'đ) Năm;', 'e) Sáu;', 'f) Bảy.', closing),
			errors: [{ messageId: 'foreignLetter', line: 32, column: 1, text: 'f)', message: 'sau "e)" là "g)"' }],
		},
		{
			name: 'j), w) and z) are not Vietnamese letters',
			code: body(opening, '1. Nội dung:', 'a) Một;', 'j) Hai.', '2. Nội dung:', 'w) Một;', 'z) Hai.', closing),
			errors: [
				{ messageId: 'foreignLetter', text: 'j)', message: 'sau "a)" là "b)"' },
				{ messageId: 'foreignLetter', text: 'w)', message: 'điểm đầu tiên là "a)"' },
				{ messageId: 'foreignLetter', text: 'z)', message: 'chữ "z"' },
			],
		},
		{
			name: 'e) right after d) when the letter uses đ) elsewhere',
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
			errors: [{ messageId: 'missingDj', line: 40, text: 'e)' }],
		},
	],
});

describe('rule diem-letter-order: details', () => {
	it('suggests the Vietnamese letters from the wrong one onwards', () => {
		const code = body(opening, '1. Nội dung:', 'a) Một;', 'b) Hai;', 'c) Ba;', 'd) Bốn;', 'e) Năm;', 'f) Sáu.', closing);
		const [problem] = runRule('diem-letter-order', code);
		assert.equal(problem?.fix, undefined);
		const edits = problem?.suggestions?.[0]?.edits ?? [];
		assert.equal(
			applyFixes(code, [{ ...problem!, fix: edits }]).output,
			body(opening, '1. Nội dung:', 'a) Một;', 'b) Hai;', 'c) Ba;', 'd) Bốn;', 'e) Năm;', 'g) Sáu.', closing),
		);
	});
});
