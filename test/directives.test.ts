// congvan comments switch rules off for the next line, a block or the whole file.
import * as assert from 'node:assert/strict';
import { fixText, lintText } from '../server/src/core/index';
import { buildLetter } from './harness/letter-builder';

const ids = (text: string): string[] => lintText(text).map((p) => p.ruleId);
const withSo = (so: string): string => buildLetter({ so });

describe('congvan-disable comments', () => {
	it('disable-next-line switches a rule off for the next line only', () => {
		assert.ok(ids(withSo('Số: 5/UBND-VP')).includes('malformed-so-ky-hieu'));
		assert.ok(!ids(withSo('<!-- congvan-disable-next-line malformed-so-ky-hieu -->\nSố: 5/UBND-VP')).includes('malformed-so-ky-hieu'));
	});

	it('skips blank lines and names several rules', () => {
		const text = withSo('<!-- congvan-disable-next-line so-ky-hieu-spacing, malformed-so-ky-hieu -->\n\nSố: 5 /UBND-VP');
		assert.deepEqual(
			ids(text).filter((id) => id.includes('so-ky-hieu')),
			[],
		);
	});

	it('disable-next-line without rule ids switches every rule off for that line', () => {
		assert.ok(!ids(withSo('<!-- congvan-disable-next-line -->\nSố: 5/UBND-VP')).includes('malformed-so-ky-hieu'));
	});

	it('disable … enable covers the lines between', () => {
		const body = [
			'<!-- congvan-disable duplicate-item-number -->',
			'1. Một.',
			'',
			'1. Hai.',
			'<!-- congvan-enable duplicate-item-number -->',
			'',
			'2. Ba.',
			'',
			'2. Bốn.',
		].join('\n');
		const problems = lintText(buildLetter({ body })).filter((p) => p.ruleId === 'duplicate-item-number');
		assert.equal(problems.length, 1, 'only the duplicate after the enable comment');
	});

	it('disable-file switches a rule off everywhere', () => {
		const text = '<!-- congvan-disable-file missing-noi-nhan -->\n' + buildLetter({ noiNhan: null });
		assert.ok(!ids(text).includes('missing-noi-nhan'));
	});

	it('does not change how the letter is read: the comment is a blank line', () => {
		const text = withSo('Số: 15/UBND-VP').replace('Kính gửi:', '<!-- congvan-disable-next-line -->\nKính gửi:');
		assert.deepEqual(ids(text), ids(withSo('Số: 15/UBND-VP')));
	});

	it('ignores a comment that is not a congvan directive', () => {
		assert.ok(ids(withSo('<!-- ghi chú -->\nSố: 5/UBND-VP')).includes('malformed-so-ky-hieu'));
	});

	describe('whole-letter fixes respect the comments (issue 15)', () => {
		const body = (...lines: string[]): string => buildLetter({ body: [...lines, '', 'Đề nghị các đơn vị thực hiện./.'].join('\n') });

		it('lookalike-d leaves "Guðmundur" alone under disable-next-line, and fixes the other lines', () => {
			const code = body(
				'Đại diện Sở \u00d0à Nẵng.',
				'',
				'<!-- congvan-disable-next-line lookalike-d -->',
				'Ông \u00d0AVID Guðmundur, chuyên gia.',
			);
			const fixed = fixText(code).output;
			assert.ok(fixed.includes('Ông \u00d0AVID Guðmundur, chuyên gia.'), 'the suppressed line is unchanged');
			assert.ok(fixed.includes('Đại diện Sở Đà Nẵng.'), 'the other line is fixed');
			const finding = lintText(code).find((p) => p.ruleId === 'lookalike-d');
			assert.ok(finding?.message.includes('1 chỗ'), finding?.message);
		});

		it('lookalike-d reports nothing when its only lookalikes are on suppressed lines', () => {
			const code = body('<!-- congvan-disable-next-line lookalike-d -->', 'Ông \u00d0avid Guðmundur.');
			assert.ok(!ids(code).includes('lookalike-d'));
			assert.equal(fixText(code).output, code);
		});

		it('nfd-text leaves a decomposed line inside disable … enable as it is, and composes the rest', () => {
			const kept = 'Trích nguyên văn: "Hội đồng nhân dân".'.normalize('NFD');
			const code = body(
				'Thực hiện kế hoạch của tỉnh.'.normalize('NFD'),
				'',
				'<!-- congvan-disable nfd-text -->',
				kept,
				'<!-- congvan-enable nfd-text -->',
			);
			const problems = lintText(code).filter((p) => p.ruleId === 'nfd-text');
			assert.equal(problems.length, 1);
			// Six letters of the first line (ự, ệ, ế, ạ, ủ, ỉ); none of the suppressed one.
			assert.ok(problems[0]?.message.includes('6 chữ'), problems[0]?.message);
			const fixed = fixText(code).output;
			assert.ok(fixed.includes(kept), 'the suppressed line is still decomposed');
			assert.ok(fixed.includes('Thực hiện kế hoạch của tỉnh.'), 'the other line is composed');
		});

		it('nfd-text sends one edit per decomposed line, not one per letter', () => {
			const code = buildLetter().normalize('NFD');
			const finding = lintText(code).find((p) => p.ruleId === 'nfd-text');
			const lines = code.split('\n').filter((l) => l !== l.normalize('NFC')).length;
			assert.equal(finding?.fix?.length, lines);
		});
	});

	it('2,000 comments: each finding is judged by its own line (the index of comments is exact)', () => {
		const lines: string[] = [];
		for (let i = 1; i <= 2000; i++) {
			// Every other item is under a comment; the duplicates that are not stay reported.
			if (i % 2 === 0) {
				lines.push('<!-- congvan-disable-next-line duplicate-item-number -->');
			}
			lines.push('1. Nội dung.', '');
		}
		const problems = lintText(buildLetter({ body: lines.join('\n') })).filter((p) => p.ruleId === 'duplicate-item-number');
		// Items 2 to 2000 repeat item 1; the 1,000 even ones are under a comment: 999 odd ones are left.
		assert.equal(problems.length, 999);
	});
});
