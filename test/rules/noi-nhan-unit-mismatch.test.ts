import * as assert from 'node:assert/strict';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester, runRule } from '../harness/rule-tester';

// The Số line is line 7 and the Nơi nhận part starts at line 24 of the built letter.
const letter = (so: string, luu: string): string => buildLetter({ so, noiNhan: `Nơi nhận:\n- Như trên;\n${luu}` });

ruleTester('noi-nhan-unit-mismatch', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{
			name: 'a different unit is legitimate (001: BTNMT-VP and Lưu VT, TCMT)',
			code: letter('Số: 550 /BTNMT-VP', '- Lưu VT, TCMT, Đt(6).'),
		},
		{ name: 'short units one letter apart are two real units', code: letter('Số: 12/UBND-VX', '- Lưu: VT, VP.') },
		{ name: 'the same unit with Đ on both sides', code: letter('Số: /SVHTTDL-QLVHGĐ', '- Lưu: VT, VP, QLVHGĐ.') },
		{ name: 'drafter initials in lower case are not units', code: letter('Số: 15/UBND-ĐT', '- Lưu: VT, ĐT, Dt(5).') },
		{ name: 'the unit with drafter initials glued on (004)', code: letter('Số: /SCT-VP', '- Lưu: VT, VP(TVTT).') },
		{ name: 'only VT', code: letter('Số: 15/UBND-VP', '- Lưu: VT.') },
		{ name: 'no Số line (003)', code: buildLetter({ so: null, noiNhan: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, QLVHGD.' }) },
		{
			name: 'a near miss that also appears exactly is drafter initials',
			code: letter('Số: 15/SVHTTDL-QLVHGĐ', '- Lưu: VT, QLVHGĐ, QLVHGD.'),
		},
	],
	invalid: [
		{
			name: 'D for Đ in the Lưu line (002 line 35)',
			code: letter('Số: /SVHTTDL-QLVHGĐ', '- Lưu: VT, VP, QLVHGD.'),
			errors: [{ messageId: 'nearMiss', line: 26, column: 16, text: 'QLVHGD', message: '"QLVHGĐ"' }],
		},
		{
			name: 'Đ for D in the Lưu line',
			code: letter('Số: 15/UBND-NVDP', '- Lưu: VT, NVĐP.'),
			errors: [{ messageId: 'nearMiss', line: 26, text: 'NVĐP' }],
		},
		{
			name: 'a long unit with one letter missing',
			code: letter('Số: 15/SVHTTDL-QLVHGĐ', '- Lưu: VT, QLVHG (2).'),
			errors: [{ messageId: 'nearMiss', text: 'QLVHG' }],
		},
		{
			name: 'the unit on the wrapped line of a Lưu entry',
			code: letter('Số: 15/SVHTTDL-QLVHGĐ', '- Lưu: VT, Văn phòng,\n  Tổ chức, QLVHGD.'),
			errors: [{ messageId: 'nearMiss', line: 27, column: 12, text: 'QLVHGD' }],
		},
	],
});

describe('rule noi-nhan-unit-mismatch: details', () => {
	it('points at the group of the ký hiệu and suggests its spelling', () => {
		const code = letter('Số: /SVHTTDL-QLVHGĐ', '- Lưu: VT, VP, QLVHGD.');
		const [problem] = runRule('noi-nhan-unit-mismatch', code);
		const related = problem?.related?.[0];
		assert.ok(problem && related);
		assert.equal(code.slice(related.range.start, related.range.end), 'QLVHGĐ');
		assert.equal(problem.suggestions?.[0]?.edits[0]?.text, 'QLVHGĐ');
		assert.equal(problem.fix, undefined, 'which of the two is right is not known: no automatic fix');
	});
});
