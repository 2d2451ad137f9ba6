import * as assert from 'node:assert/strict';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester, runRule } from '../harness/rule-tester';

// The Nơi nhận block starts at line 24 of the built letter.
const withNoiNhan = (noiNhan: string): string => buildLetter({ noiNhan });

ruleTester('noi-nhan-entry-dash', {
	valid: [
		{ name: 'a correct Nơi nhận', code: buildLetter() },
		{
			name: "an entry wrapped after a comma (the decree's own list)",
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- Các bộ, cơ quan ngang bộ,\n  cơ quan thuộc Chính phủ;\n- Lưu: VT, VP.'),
		},
		{ name: 'a "+" bullet is noi-nhan-punctuation\'s', code: withNoiNhan('Nơi nhận:\n- Như trên;\n+ Sở Tài chính;\n- Lưu: VT, VP.') },
		{ name: 'a hyphen-minus dash', code: withNoiNhan('Nơi nhận:\n- Như trên;\n- Sở Tài chính;\n- Lưu: VT, VP.') },
	],
	invalid: [
		{
			name: 'B7: an entry that lost its dash after a ";" (a hint, and no fix: it may be a wrapped name)',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n- Văn phòng UBND tỉnh: CVP, các PCVP;\nTrung tâm Công báo tỉnh;\n- Lưu: VT, KT.'),
			errors: [{ messageId: 'noDash', line: 27, column: 1, text: 'Trung tâm Công báo tỉnh;', message: '"Trung tâm Công báo tỉnh;"' }],
			output: null,
		},
		{
			name: 'H10 line 9: an en dash starts an entry, and the fix puts a hyphen in its place only',
			code: withNoiNhan('Nơi nhận:\n– Như trên;\n- Lưu: VT, VP.'),
			errors: [{ messageId: 'longDash', line: 25, column: 1, text: '–' }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.'),
		},
		{
			name: 'an em dash',
			code: withNoiNhan('Nơi nhận:\n- Như trên;\n— Sở Tài chính;\n- Lưu: VT, VP.'),
			errors: [{ messageId: 'longDash', text: '—' }],
			output: withNoiNhan('Nơi nhận:\n- Như trên;\n- Sở Tài chính;\n- Lưu: VT, VP.'),
		},
	],
});

describe('noi-nhan-entry-dash: the suggestion', () => {
	it('offers to insert "- " before the entry, touching nothing else', () => {
		const code = withNoiNhan('Nơi nhận:\n- Như trên;\nSở Tài chính;\n- Lưu: VT, VP.');
		const [problem] = runRule('noi-nhan-entry-dash', code);
		const edits = problem?.suggestions?.[0]?.edits ?? [];
		assert.equal(edits.length, 1);
		const edit = edits[0];
		assert.ok(edit);
		assert.equal(edit.range.start, edit.range.end);
		assert.equal(
			code.slice(0, edit.range.start) + edit.text + code.slice(edit.range.end),
			withNoiNhan('Nơi nhận:\n- Như trên;\n- Sở Tài chính;\n- Lưu: VT, VP.'),
		);
	});
});
