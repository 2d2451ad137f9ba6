// unknown-unit compares the units of a letter with the team profile. The shared rule tester knows no
// profile, so it covers the cases without one (the rule stays silent); the table below runs the same
// checks with a profile: exact findings, ranges and suggestions.
import * as assert from 'node:assert/strict';
import { LineIndex, RULES, lintText, type RuleSetting, type TeamProfile } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

const PROFILE: TeamProfile = {
	coQuanChuQuan: 'ỦY BAN NHÂN DÂN',
	coQuanBanHanh: 'TỈNH CAO BẰNG',
	kyHieuCoQuan: 'UBND',
	diaDanh: 'Cao Bằng',
	donVi: [
		{ ten: 'Văn phòng', kyHieu: 'VP' },
		{ ten: 'Phòng Văn hóa - Xã hội', kyHieu: 'VX' },
		{ ten: 'Phòng Quản lý văn hóa và Gia đình', kyHieu: 'QLVHGĐ' },
	],
};

ruleTester('unknown-unit', {
	valid: [
		{
			name: 'no profile: silent even with a unit nobody knows',
			code: buildLetter({ so: 'Số: 15/UBND-XYZ', noiNhan: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, XYZ.' }),
		},
		{ name: 'no profile: a correct letter', code: buildLetter() },
	],
	invalid: [],
});

interface ProfileCase {
	name: string;
	code: string;
	profile?: TeamProfile;
	/** `line:column messageId text` of each finding, in order. */
	errors: string[];
	/** The texts that the suggestions of the findings would write, in order. */
	suggestions?: string[];
}

function run(code: string, profile: TeamProfile): ReturnType<typeof lintText> {
	const rules: Record<string, RuleSetting> = {};
	for (const rule of RULES) {
		rules[rule.id] = rule.id === 'unknown-unit' ? 'warning' : 'off';
	}
	return lintText(code, { rules, profile });
}

const cases: ProfileCase[] = [
	{ name: 'units listed in the profile', code: buildLetter(), errors: [] },
	{
		name: 'a named document whose ký hiệu ends with the issuer has no unit in it',
		code: buildLetter({ so: 'Số: 15/QĐ-UBND', vv: null }).replace('Kính gửi', 'QUYẾT ĐỊNH\nVề việc giao chỉ tiêu\n\nKính gửi'),
		errors: [],
	},
	{ name: 'a ký hiệu of one group has no unit', code: buildLetter({ so: 'Số: 15/UBND' }), errors: [] },
	{
		name: 'the issuing body’s own abbreviation on the Lưu line is known',
		code: buildLetter({ noiNhan: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, UBND.' }),
		errors: [],
	},
	{
		name: 'drafter initials and copy counts are not units',
		code: buildLetter({ noiNhan: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP(TVTT), Đt(6).' }),
		errors: [],
	},
	{ name: 'a biên bản’s "Hồ sơ" is not a unit', code: buildLetter({ noiNhan: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, Hồ sơ.' }), errors: [] },
	{ name: 'a profile without units: silent', code: buildLetter({ so: 'Số: 15/UBND-XYZ' }), profile: { diaDanh: 'Cao Bằng' }, errors: [] },
	{ name: 'a profile with an empty unit list: silent', code: buildLetter({ so: 'Số: 15/UBND-XYZ' }), profile: { donVi: [] }, errors: [] },
	{
		name: 'a unit of the ký hiệu that the profile does not list',
		code: buildLetter({ so: 'Số: 15/UBND-KT' }),
		errors: ['7:13 inKyHieu KT'],
		suggestions: [],
	},
	{
		name: 'a unit of the Lưu line that the profile does not list',
		code: buildLetter({ noiNhan: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, TCCB (2).' }),
		errors: ['26:12 inLuu TCCB'],
	},
	{
		name: 'a typo of a listed unit in both places, with a suggestion of the listed spelling',
		code: buildLetter({ so: 'Số: 15/UBND-QLVHGD', noiNhan: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, qlvhgđ, QLVHGD.' }),
		errors: ['7:13 inKyHieu QLVHGD', '26:20 inLuu QLVHGD'],
		suggestions: ['QLVHGĐ', 'QLVHGĐ'],
	},
	{
		name: 'a near miss of a long unit (one letter left out)',
		code: buildLetter({ so: 'Số: 15/UBND-QLVGĐ' }),
		errors: ['7:13 inKyHieu QLVGĐ'],
		suggestions: ['QLVHGĐ'],
	},
	{
		name: 'a named document with the unit as its third group',
		code: buildLetter({ so: 'Số: 15/KH-UBND-TH', vv: null }).replace('Kính gửi', 'KẾ HOẠCH\nTriển khai công tác năm 2021\n\nKính gửi'),
		errors: ['7:16 inKyHieu TH'],
	},
];

describe('rule unknown-unit with a team profile', () => {
	for (const c of cases) {
		it(c.name, () => {
			const problems = run(c.code, c.profile ?? PROFILE);
			const index = new LineIndex(c.code);
			const actual = problems.map((p) => {
				const at = index.positionAt(p.range.start);
				return `${at.line + 1}:${at.character + 1} ${p.messageId} ${c.code.slice(p.range.start, p.range.end)}`;
			});
			assert.deepEqual(actual, c.errors);
			if (c.suggestions) {
				assert.deepEqual(
					problems.flatMap((p) => (p.suggestions ?? []).flatMap((s) => s.edits.map((e) => e.text))),
					c.suggestions,
				);
			}
			for (const p of problems) {
				assert.equal(p.severity, 'warning');
				assert.match(p.message, /VP, VX, QLVHGĐ/u);
				assert.equal(p.fix, undefined, 'a guess is a suggestion, never a fix');
			}
		});
	}
});

describe('rule unknown-unit with a large profile (issue 15)', () => {
	// 20,000 units of two to five characters, with the near misses of one of them among them.
	const units = Array.from({ length: 20_000 }, (_, i) => ({ ten: `Đơn vị ${i}`, kyHieu: `P${i.toString(36).toUpperCase()}` }));
	units.push({ ten: 'Phòng Quản lý văn hóa và Gia đình', kyHieu: 'QLVHGĐ' }, { ten: 'Phòng Quản lý văn hóa', kyHieu: 'QLVH' });
	const profile: TeamProfile = { donVi: units };
	const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase().replace(/Đ/gu, 'D');
	// One insertion, deletion or substitution apart, compared with every unit: the index must find the same.
	const near = (a: string, b: string): boolean => {
		if (Math.abs(a.length - b.length) > 1) {
			return false;
		}
		let i = 0;
		while (i < a.length && i < b.length && a[i] === b[i]) {
			i++;
		}
		return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
	};
	const bruteForce = (text: string): string[] => {
		const key = fold(text);
		const equal = units.filter((u) => fold(u.kyHieu) === key);
		const found = equal.length > 0 ? equal : key.length >= 4 ? units.filter((u) => near(fold(u.kyHieu), key)) : [];
		return found.slice(0, 5).map((u) => u.kyHieu);
	};

	for (const written of ['QLVHGD', 'QLVHG', 'QLVHGĐX', 'QLVXGĐ', 'PA1BX', 'PZZZ', 'PG00', 'ZZZZZZ']) {
		it(`suggests for "${written}" what a comparison with every unit finds, at most five`, () => {
			const code = buildLetter({ noiNhan: `Nơi nhận:\n- Như trên;\n- Lưu: VT, ${written}.` });
			const problem = run(code, profile).find((p) => p.messageId === 'inLuu');
			assert.ok(problem, 'the unknown unit is reported');
			const suggested = (problem.suggestions ?? []).map((s) => s.edits[0]?.text);
			assert.deepEqual(suggested, bruteForce(written));
			assert.ok(suggested.length <= 5);
		});
	}
});
