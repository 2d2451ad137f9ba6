import * as assert from 'node:assert/strict';
import { applyFixes } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester, runRule } from '../harness/rule-tester';

// The signature starts at line 28 of the built letter; the name is on line 30 after "GIÁM ĐỐC" and a blank line.
const signedBy = (name: string): string => buildLetter({ signature: `GIÁM ĐỐC\n\n${name}` });

ruleTester('signature-degree', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'names whose first letters look like a degree', code: signedBy('Thạch Thị Sa') },
		{ name: 'a Jrai name starting with Ks', code: signedBy('Ksor Phước') },
		{ name: 'a name starting with Ts-like letters is not a degree', code: signedBy('Tô Lâm') },
		{ name: 'the name in markdown bold (002)', code: buildLetter({ signature: '**GIÁM ĐỐC**\n\n**Sầm Việt An**' }) },
		{
			name: 'a degree in a title line is not before the name',
			code: buildLetter({ signature: 'HIỆU TRƯỞNG\nTRƯỜNG ĐẠI HỌC KHOA HỌC\n\nNguyễn Văn An' }),
		},
	],
	invalid: [
		{
			name: 'TS. before the name',
			code: signedBy('TS. Nguyễn Văn An'),
			errors: [{ messageId: 'degree', line: 30, column: 1, text: 'TS.', message: '"TS."' }],
		},
		{ name: 'PGS.TS.', code: signedBy('PGS.TS. Nguyễn Văn An'), errors: [{ messageId: 'degree', text: 'PGS.TS.' }] },
		{ name: 'PGS. TS. with a space', code: signedBy('PGS. TS. Nguyễn Văn An'), errors: [{ messageId: 'degree', text: 'PGS. TS.' }] },
		{ name: 'ThS.', code: signedBy('ThS. Lê Thị Hoa'), errors: [{ messageId: 'degree', text: 'ThS.' }] },
		{ name: 'GS.TSKH.', code: signedBy('GS.TSKH. Trần Văn Bình'), errors: [{ messageId: 'degree', text: 'GS.TSKH.' }] },
		{ name: 'BS.CKII', code: signedBy('BS.CKII Phạm Văn Cường'), errors: [{ messageId: 'degree', text: 'BS.CKII' }] },
		{ name: 'KS without a period', code: signedBy('KS Nguyễn Văn Dũng'), errors: [{ messageId: 'degree', text: 'KS' }] },
		{ name: 'an honorary title', code: signedBy('NGƯT. Hoàng Thị Lan'), errors: [{ messageId: 'degree', text: 'NGƯT.' }] },
		{ name: 'a degree before a name in capitals', code: signedBy('TS. NGUYỄN VĂN AN'), errors: [{ messageId: 'degree', text: 'TS.' }] },
		{
			name: 'in markdown bold',
			code: buildLetter({ signature: '**GIÁM ĐỐC**\n\n**TS. Sầm Việt An**' }),
			errors: [{ messageId: 'degree', text: 'TS.' }],
		},
	],
});

describe('rule signature-degree: suggestion', () => {
	it('offers to remove the degree, never fixes it (the exceptions of Mục II.7.c)', () => {
		const code = signedBy('PGS.TS. Nguyễn Văn An');
		const [problem] = runRule('signature-degree', code);
		const edits = problem?.suggestions?.[0]?.edits;
		assert.ok(problem && edits);
		assert.equal(problem.fix, undefined);
		assert.equal(applyFixes(code, [{ ...problem, fix: edits }]).output, signedBy('Nguyễn Văn An'));
	});
});
