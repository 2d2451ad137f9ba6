import * as assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester, runRule } from '../harness/rule-tester';

// The Nơi nhận part starts at line 24 of the built letter: the label, then the entries.
const withNoiNhan = (noiNhan: string): string => buildLetter({ noiNhan });
const decision = (noiNhan: string): string =>
	buildLetter({
		so: 'Số: 1024/QĐ-UBND',
		vv: 'QUYẾT ĐỊNH\nBan hành Quy chế công tác văn thư',
		kinhGui: null,
		body: 'Điều 1. Ban hành kèm theo Quyết định này Quy chế công tác văn thư.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\nĐiều 3. Chánh Văn phòng chịu trách nhiệm thi hành Quyết định này./.',
		noiNhan,
	});

ruleTester('noi-nhan-nhu-tren', {
	valid: [
		{
			name: 'a thông báo carrying a Kính gửi is kinh-gui-not-cong-van, not a missing "Như trên"',
			code: buildLetter({
				so: 'Số: 12/TB-UBND',
				vv: 'THÔNG BÁO\nVề việc tổ chức hội thi văn nghệ năm 2021',
				noiNhan: 'Nơi nhận:\n- Các sở, ban, ngành tỉnh;\n- Lưu: VT, VP.',
			}),
		},
		{ name: 'a correct letter', code: buildLetter() },
		{
			name: 'the label in markdown bold italics and a blank line (002)',
			code: withNoiNhan('***Nơi nhận:***\n\n- Như trên;\n- Lãnh đạo Sở;\n- Lưu: VT, VP, QLVHGD.'),
		},
		{ name: 'blank lines between entries (003)', code: withNoiNhan(' \nNơi nhận: \n- Như trên; \n\n- Lưu: VT. ') },
		{ name: 'Như trên with a note', code: withNoiNhan('Nơi nhận:\n- Như trên (để thực hiện);\n- Lưu: VT, VP.') },
		{
			name: 'a Quyết định starts with Như Điều',
			code: decision('Nơi nhận:\n- Như Điều 3;\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, HCTC.'),
		},
		{ name: 'Như Điều is accepted even beside a Kính gửi', code: withNoiNhan('Nơi nhận:\n- Như Điều 3;\n- Lưu: VT, VP.') },
		{
			name: 'without a Kính gửi there is nothing for Như trên to stand for',
			code: buildLetter({ kinhGui: null, noiNhan: 'Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT, VP.' }),
		},
		{
			name: 'the signature before Nơi nhận',
			code: buildLetter({ noiNhan: null, signature: 'GIÁM ĐỐC\n\nNguyễn Văn An\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.' }),
		},
		{ name: 'an empty Nơi nhận is noi-nhan-luu', code: withNoiNhan('Nơi nhận:') },
	],
	invalid: [
		{
			name: 'no Như trên: inserted as the first entry',
			code: withNoiNhan('Nơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT, VP.'),
			errors: [{ messageId: 'missing', line: 25, column: 1, text: '- UBND tỉnh (b/c);' }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- UBND tỉnh (b/c);\n- Lưu: VT, VP.'),
		},
		{
			name: 'only the Lưu line',
			code: withNoiNhan('Nơi nhận:\n\n- Lưu: VT, VP.'),
			errors: [{ messageId: 'missing', line: 26, text: '- Lưu: VT, VP.' }],
			output: withNoiNhan('Nơi nhận:\n\n- Như trên;\n- Lưu: VT, VP.'),
		},
		{
			name: 'indented entries keep their indentation',
			code: withNoiNhan('Nơi nhận:\n  - UBND tỉnh;\n  - Lưu: VT, VP.'),
			errors: [{ messageId: 'missing', line: 25, column: 3 }],
			output: withNoiNhan('Nơi nhận:\n  - Như trên;\n  - UBND tỉnh;\n  - Lưu: VT, VP.'),
		},
		{
			name: 'CRLF line ends are kept',
			code: withNoiNhan('Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT, VP.').replace(/\n/gu, '\r\n'),
			errors: [{ messageId: 'missing', line: 25 }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- UBND tỉnh;\n- Lưu: VT, VP.').replace(/\n/gu, '\r\n'),
		},
		{
			name: 'the first entry on the label line',
			code: withNoiNhan('Nơi nhận: - UBND tỉnh;\n- Lưu: VT, VP.'),
			errors: [{ messageId: 'missing', line: 24, column: 11 }],
			output: withNoiNhan('Nơi nhận: - Như trên;\n- UBND tỉnh;\n- Lưu: VT, VP.'),
		},
		{
			name: 'Như trên not first',
			code: withNoiNhan('Nơi nhận:\n- UBND tỉnh;\n- Như trên;\n- Lưu: VT, VP.'),
			errors: [{ messageId: 'notFirst', line: 26, text: '- Như trên;' }],
		},
		{
			name: 'a variant of Như trên',
			code: withNoiNhan('Nơi nhận:\n- Như Kính gửi;\n- Lưu: VT, VP.'),
			errors: [{ messageId: 'variant', line: 25, message: '"- Như Kính gửi"' }],
		},
	],
});

describe('rule noi-nhan-nhu-tren: suggestions', () => {
	it('moves a Như trên that is not first to the top', () => {
		const code = withNoiNhan('Nơi nhận:\n- UBND tỉnh;\n- Như trên;\n- Lưu: VT, VP.');
		const [problem] = runRule('noi-nhan-nhu-tren', code);
		const edits = problem?.suggestions?.[0]?.edits;
		assert.ok(edits);
		assert.equal(
			applyFixes(code, [{ ...problem, fix: edits }]).output,
			withNoiNhan('Nơi nhận:\n- Như trên;\n- UBND tỉnh;\n- Lưu: VT, VP.'),
		);
	});

	it('replaces a variant by Như trên', () => {
		const code = withNoiNhan('Nơi nhận:\n- Như Kính gửi;\n- Lưu: VT, VP.');
		const [problem] = runRule('noi-nhan-nhu-tren', code);
		const edits = problem?.suggestions?.[0]?.edits;
		assert.ok(problem && edits);
		assert.equal(applyFixes(code, [{ ...problem, fix: edits }]).output, withNoiNhan('Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.'));
	});
});
