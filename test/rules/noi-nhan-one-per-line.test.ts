import * as assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester, runRule } from '../harness/rule-tester';

// The Nơi nhận part starts at line 24 of the built letter: the label, then the entries.
const withEntry = (entry: string): string => buildLetter({ noiNhan: `Nơi nhận:\n- Như trên;\n${entry}\n- Lưu: VT, VP.` });

ruleTester('noi-nhan-one-per-line', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'a group separated by commas is one line (001 line 47)', code: withEntry('- Công đoàn Bộ, Đoàn TNCS HCM Bộ;') },
		{ name: 'a semicolon inside brackets', code: withEntry('- UBND tỉnh (để báo cáo; chỉ đạo);') },
		{ name: 'TP.HCM and (B/c) are not separators', code: withEntry('- Đảng ủy khối cơ sở Bộ tại TP.HCM (B/c);') },
		{ name: 'the Lưu line is not a recipient', code: buildLetter({ noiNhan: 'Nơi nhận:\n- Như trên;\n- Lưu: VT; VP.' }) },
		{
			name: 'semicolons in the body are not Nơi nhận',
			code: buildLetter({ body: 'Yêu cầu các đơn vị:\n\n- Rà soát kế hoạch; báo cáo kết quả.\n\nĐề nghị thực hiện./.' }),
		},
	],
	invalid: [
		{
			name: 'two recipients on one line (001 line 46)',
			code: withEntry('- Đảng ủy Bộ; Đảng ủy khối cơ sở Bộ tại TP.HCM;'),
			errors: [{ messageId: 'twoOnOneLine', line: 26, column: 13, text: ';', message: '"Đảng ủy khối cơ sở Bộ tại TP.HCM"' }],
		},
		{
			name: 'three recipients on one line',
			code: withEntry('- Sở Tài chính; Sở Nội vụ; Sở Y tế;'),
			errors: [
				{ messageId: 'twoOnOneLine', text: ';', message: '"Sở Nội vụ"' },
				{ messageId: 'twoOnOneLine', text: ';', message: '"Sở Y tế"' },
			],
		},
	],
});

describe('rule noi-nhan-one-per-line: suggestion', () => {
	it('splits the line in two, with CRLF line ends kept', () => {
		const code = withEntry('- Đảng ủy Bộ; Đảng ủy khối cơ sở Bộ tại TP.HCM;').replace(/\n/gu, '\r\n');
		const [problem] = runRule('noi-nhan-one-per-line', code);
		const edits = problem?.suggestions?.[0]?.edits;
		assert.ok(problem && edits);
		assert.equal(problem.fix, undefined);
		const expected = withEntry('- Đảng ủy Bộ;\n- Đảng ủy khối cơ sở Bộ tại TP.HCM;').replace(/\n/gu, '\r\n');
		assert.equal(applyFixes(code, [{ ...problem, fix: edits }]).output, expected);
	});
});
