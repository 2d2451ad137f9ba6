import * as assert from 'node:assert/strict';
import { fixText, lintText } from '../../server/src/core/index';
import { detectLegacyEncoding, legacyFragments, type LegacyFragment } from '../../server/src/core/text';
import { buildLetter } from '../harness/letter-builder';
import { ruleTester } from '../harness/rule-tester';

// What a letter typed with a TCVN3 (.VnTime) or VNI-Windows font looks like once read as Unicode.
const tcvn3 = [
	'ñy ban nh©n d©n',
	'tØnh cao b»ng',
	'Céng hoµ x· héi chñ nghÜa ViÖt Nam',
	'§éc lËp - Tù do - H¹nh phóc',
	'',
	'Sè: 5/UBND-VP',
	'V/v triÓn khai kÕ ho¹ch c«ng t¸c',
	'',
	'Cao B»ng, ngµy 5 th¸ng 2 n¨m 2021',
	'',
	'KÝnh göi: C¸c së, ban, ngµnh tØnh',
	'',
	'1. Rµ so¸t kÕ ho¹ch c«ng t¸c.',
	'1. B¸o c¸o kÕt qu¶ thùc hiÖn.',
].join('\n');
const vni = [
	'Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam',
	'Ñoäc laäp - Töï do - Haïnh phuùc',
	'',
	'Soá: 5/UBND-VP',
	'V/v trieån khai keá hoaïch coâng taùc naêm 2021',
].join('\n');

ruleTester('legacy-encoding', {
	valid: [
		{ name: 'a Unicode letter', code: buildLetter() },
		{
			name: 'a Unicode letter with a few Latin-1 letters in a name',
			code: buildLetter({ body: 'Làm việc với đoàn công tác của ông Müller và bà Søren về dự án./.' }),
		},
		{
			name: 'foreign words with Latin-1 letters and symbols are not fragments (Guðmundur, naïve, col·legi, 5µm, Windows®)',
			code: buildLetter({ body: 'Làm việc với ông Guðmundur về dự án naïve, col·legi, mẫu 5µm, phần mềm Windows®./.' }),
		},
	],
	invalid: [
		{ name: 'TCVN3 mojibake', code: tcvn3, errors: [{ messageId: 'legacy', line: 1, text: 'ñy ban nh©n d©n', message: 'TCVN3' }] },
		{ name: 'VNI mojibake', code: vni, errors: [{ messageId: 'legacy', line: 1, message: 'VNI' }] },
		{
			name: 'a TCVN3 fragment inside Unicode text, on its line (issue 15)',
			code: buildLetter({ body: 'Đề nghị các đơn vị gửi báo cáo trước ngµy 30 th¸ng 3 n¨m 2024./.' }),
			errors: [{ messageId: 'fragment', line: 16, text: 'ngµy 30 th¸ng 3 n¨m', message: 'TCVN3' }],
		},
		{
			name: 'one TCVN3 word whose mark sits between two letters',
			code: buildLetter({ signature: 'KT. gi¸m ®èc\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An' }),
			errors: [{ messageId: 'fragment', text: 'gi¸m' }],
		},
		{
			name: 'a VNI fragment inside Unicode text',
			code: buildLetter({ body: 'Đề nghị các đơn vị thực hiện theo Coäng vaên soá 5 cuûa Sở./.' }),
			errors: [{ messageId: 'fragment', text: 'Coäng vaên soá 5 cuûa', message: 'VNI' }],
		},
	],
});

describe('rule legacy-encoding: no cascade', () => {
	it('is the only finding on a TCVN3 letter that would otherwise break many rules', () => {
		assert.deepEqual(
			lintText(tcvn3).map((p) => p.ruleId),
			['legacy-encoding'],
		);
	});
});

describe('rule legacy-encoding: no fix touches a line with a fragment (issue 15)', () => {
	it('the title in lower case is not upper-cased beyond recovery', () => {
		const code = buildLetter({ signature: 'KT. gi¸m ®èc\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An' });
		const prefix = lintText(code).find((p) => p.ruleId === 'signing-prefix');
		assert.ok(prefix, 'the finding stays');
		assert.equal(prefix.fix, undefined, 'its fix is withdrawn');
		assert.equal(fixText(code).output, code);
	});

	it('fixes on other lines still apply', () => {
		const code = buildLetter({ so: 'Số: 5/UBND-VP', body: 'Đề nghị gửi báo cáo trước ngµy 30 th¸ng 3 n¨m 2024./.' });
		const fixed = fixText(code).output;
		assert.ok(fixed.includes('trước ngµy 30 th¸ng 3 n¨m 2024./.'), 'the fragment line is unchanged');
		assert.ok(fixed.includes('Số: 05/UBND-VP'), 'the Số line is fixed');
	});
});

describe('legacyFragments after detectLegacyEncoding of the same text (one scan for both)', () => {
	// The fragments found from the scan that the detection made equal those of a scan of their own, for a text
	// longer than the detection's sample (20,000 characters), with fragments before and after its end.
	const line = 'Các đơn vị thực hiện đúng nội dung của kế hoạch này và báo cáo kết quả cho cơ quan chủ trì.\n';
	const long = line.repeat(Math.ceil(20_000 / line.length));
	const fragment = 'Đề nghị gửi báo cáo trước ngµy 30 th¸ng 3 n¨m 2024.\n';
	const vni = 'Coäng vaên soá 5 cuûa\n';

	function shared(text: string): readonly LegacyFragment[] {
		// Another text first, so that neither answer is one kept from before.
		legacyFragments('x');
		assert.equal(detectLegacyEncoding(text), undefined);
		return legacyFragments(text);
	}

	function ownScan(text: string): readonly LegacyFragment[] {
		detectLegacyEncoding('x');
		legacyFragments('x');
		return legacyFragments(text);
	}

	for (const [name, text] of [
		['before and after the sample', fragment + long + vni + fragment],
		['only after the sample', long + fragment],
		['only in the sample', line + vni + long],
		['none', long],
	] as const) {
		it(name, () => {
			const expected = ownScan(text).map((f) => ({ ...f }));
			assert.deepEqual(
				shared(text).map((f) => ({ ...f })),
				expected,
			);
			if (name !== 'none') {
				assert.ok(expected.length > 0, 'the text has a fragment');
			}
		});
	}

	it('finds where the fragment is', () => {
		const text = long + fragment;
		const [found] = shared(text);
		assert.equal(found?.encoding, 'tcvn3');
		assert.equal(text.slice(found.start, found.end), 'ngµy 30 th¸ng 3 n¨m');
	});
});
