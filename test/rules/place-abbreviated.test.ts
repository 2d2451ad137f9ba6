import * as assert from 'node:assert/strict';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester, runRule } from '../harness/rule-tester';
import { applyFixes } from '../../server/src/core/index';

const withDate = (date: string): string => buildLetter({ date });

ruleTester('place-abbreviated', {
	valid: [
		{ name: 'a correct letter', code: buildLetter() },
		{ name: 'the decree\'s example "Thành phố Hồ Chí Minh"', code: withDate('Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019') },
		{ name: '"Quận 1" in full', code: withDate('Quận 1, ngày 29 tháng 6 năm 2021') },
		{ name: 'names starting with Q, P, H, T are not abbreviations', code: withDate('Quảng Ninh, ngày 29 tháng 6 năm 2021') },
		{ name: '"Huế"', code: withDate('Huế, ngày 29 tháng 6 năm 2021') },
		{ name: 'a place in capitals', code: withDate('HÀ NỘI, ngày 29 tháng 6 năm 2021') },
		{
			name: '001 lines 37 and 46: "TP. Hồ Chí Minh" in the body and "TP.HCM" in Nơi nhận',
			code: buildLetter({
				date: 'Hà Nội, ngày 02 tháng 02 năm 2021',
				body: 'Văn phòng Bộ kiểm tra thân nhiệt tại trụ sở cơ quan Bộ (*bao gồm trụ sở số 10 Tôn Thất Thuyết, Hà Nội; số 200 Lý Chính Thắng, TP. Hồ Chí Minh*)./.',
				noiNhan: 'Nơi nhận:\n- Như trên;\n- Đảng ủy khối cơ sở Bộ tại TP.HCM;\n- Lưu: VT, VP.',
			}),
		},
	],
	invalid: [
		{
			name: '"TP. Hồ Chí Minh"',
			code: withDate('TP. Hồ Chí Minh, ngày 29 tháng 6 năm 2021'),
			errors: [{ messageId: 'abbreviated', line: 12, column: 1, text: 'TP. Hồ Chí Minh', message: '"TP"' }],
		},
		{ name: '"Tp.HCM"', code: withDate('Tp.HCM, ngày 29 tháng 6 năm 2021'), errors: [{ messageId: 'abbreviated', text: 'Tp.HCM' }] },
		{ name: '"TPHCM"', code: withDate('TPHCM, ngày 29 tháng 6 năm 2021'), errors: [{ messageId: 'abbreviated', text: 'TPHCM' }] },
		{
			name: '"T.P Hồ Chí Minh"',
			code: withDate('T.P Hồ Chí Minh, ngày 29 tháng 6 năm 2021'),
			errors: [{ messageId: 'abbreviated', text: 'T.P Hồ Chí Minh' }],
		},
		{
			name: '"TX. Sơn Tây"',
			code: withDate('TX. Sơn Tây, ngày 29 tháng 6 năm 2021'),
			errors: [{ messageId: 'abbreviated', text: 'TX. Sơn Tây' }],
		},
		{ name: '"Q.1"', code: withDate('Q.1, ngày 29 tháng 6 năm 2021'), errors: [{ messageId: 'abbreviated', text: 'Q.1' }] },
		{
			name: '"TP Hồ Chí Minh" without the dot',
			code: withDate('TP Hồ Chí Minh, ngày 29 tháng 6 năm 2021'),
			errors: [{ messageId: 'abbreviated' }],
		},
		{ name: 'a date in figures', code: withDate('TP. Hồ Chí Minh, 29/6/2021'), errors: [{ messageId: 'abbreviated' }] },
	],
});

describe('rule place-abbreviated: suggestions', () => {
	const cases: [string, string][] = [
		['TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh'],
		['Tp.HCM', 'Thành phố Hồ Chí Minh'],
		['TX. Sơn Tây', 'Thị xã Sơn Tây'],
		['Q.1', 'Quận 1'],
	];
	for (const [place, full] of cases) {
		it(`suggests "${full}" for "${place}"`, () => {
			const code = withDate(`${place}, ngày 29 tháng 6 năm 2021`);
			const [problem] = runRule('place-abbreviated', code);
			const edits = problem?.suggestions?.[0]?.edits ?? [];
			assert.equal(edits.length, 1);
			const { output } = applyFixes(code, [{ ...(problem as NonNullable<typeof problem>), fix: edits }]);
			assert.equal(output, withDate(`${full}, ngày 29 tháng 6 năm 2021`));
		});
	}
});
