// The layout-recovery front end (server/src/core/letter/layout.ts): the same letter in every layout of the
// reference's invariance checklist gets the same content findings, with ranges on the same characters of
// the original text; a letter laid out line by line is read exactly as typed; the recovered lines map back
// to the original cells.
import * as assert from 'node:assert/strict';
import { lintText, type Problem } from '../../server/src/core/index';
import { letterBlocks, parseLetter } from '../../server/src/core/letter';
import { recoverLayout } from '../../server/src/core/letter/layout';
import { normalizeForMatching } from '../../server/src/core/text';
import { BASES, LAYOUTS, render, type BaseLetter } from './base-letters';

const config = { today: { year: 2026, month: 11, day: 22 } };
// Layout hints, which may differ between renderings (reference, "Layout-invariance tests").
const LAYOUT_HINTS = new Set(['nfd-text', 'noi-nhan-one-per-line']);

/** A content finding as a reviewer compares it: rule, message, and the characters under its range. */
function content(text: string, problems: readonly Problem[]): string[] {
	return problems
		.filter((p) => !LAYOUT_HINTS.has(p.ruleId))
		.map((p) => `${p.ruleId} | ${p.message.normalize('NFC')} | ${text.slice(p.range.start, p.range.end).normalize('NFC')}`)
		.sort();
}

/** The base letter with content defects in its cells: date padding, a Nơi nhận entry ending in ",", "KT.CHỦ TỊCH". */
function withDefects(base: BaseLetter): BaseLetter {
	const swap = (s: string): string =>
		s
			.replace(/ngày 14 tháng 5/u, 'ngày 4 tháng 05')
			.replace(/ngày 12 tháng 3/u, 'ngày 2 tháng 03')
			.replace('- Như trên;', '- Như trên,')
			.replace('- Như Điều 3;', '- Như Điều 3,')
			.replace(/^KT\. /mu, 'KT.');
	return {
		...base,
		name: `${base.name} with defects`,
		clean: swap(base.clean),
		headerLeft: base.headerLeft.map(swap),
		headerRight: base.headerRight.map(swap),
		closingLeft: base.closingLeft.map(swap),
		closingRight: base.closingRight.map(swap),
	};
}

describe('layout invariance (reference checklist)', () => {
	for (const base of [...BASES, ...BASES.map(withDefects)]) {
		const reference = content(render(base, 'clean'), lintText(render(base, 'clean'), config));
		for (const layout of LAYOUTS.filter((l) => l !== 'clean')) {
			it(`base ${base.name}, ${layout}: the same content findings as the clean lines`, () => {
				const text = render(base, layout);
				const problems = lintText(text, config);
				assert.deepEqual(content(text, problems), reference);
				for (const p of problems) {
					// No range spans two table cells.
					assert.doesNotMatch(text.slice(p.range.start, p.range.end), /\t| \| | {3}/u, p.ruleId);
				}
				if (layout.startsWith('nfd')) {
					assert.equal(problems.filter((p) => p.ruleId === 'nfd-text').length, 1);
				}
			});
		}
	}

	it('the defects are found at all (the invariance is not that of silence)', () => {
		const ids = new Set(lintText(render(withDefects(BASES[0] as BaseLetter), 'clean'), config).map((p) => p.ruleId));
		for (const id of ['date-padding', 'date-month-padding', 'signing-prefix']) {
			assert.ok(ids.has(id), id);
		}
	});
});

describe('layout recovery', () => {
	it('keeps a letter laid out line by line exactly as normalised', () => {
		for (const base of BASES) {
			for (const layout of ['clean', 'crlf', 'crlf-mixed', 'nfd'] as const) {
				const text = render(base, layout);
				const norm = normalizeForMatching(text);
				const recovered = recoverLayout(norm);
				assert.equal(recovered.norm, norm, `${base.name} ${layout}`);
				assert.deepEqual(recovered.lines, []);
				assert.equal(recovered.reordered, false);
			}
		}
	});

	it('puts each cell of a TAB row on a line of its own, mapped to the cell in the original', () => {
		const text =
			'ỦY BAN NHÂN DÂN\nTỈNH LÂM VIÊN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 215/UBND-KT\tLâm Viên, ngày 14 tháng 5 năm 2024\n';
		const letter = parseLetter(text);
		const lines = letter.lines.map((l) => text.slice(letter.norm.startAt(l.contentStart), letter.norm.endAt(l.contentEnd)));
		assert.deepEqual(lines.slice(0, 5), [
			'ỦY BAN NHÂN DÂN',
			'TỈNH LÂM VIÊN',
			'Số: 215/UBND-KT',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Lâm Viên, ngày 14 tháng 5 năm 2024',
		]);
		// Two rows close together are two columns: the left column is read first.
		assert.equal(letter.layout.reordered, true);
		// The line break put between two cells maps to the TAB it replaces.
		const tab = text.indexOf('\t');
		assert.ok(letter.layout.separators.some((r) => r.start === tab && r.end === tab + 1));
	});

	it('reads a Word paste (one TAB at the end of the left cell) in place', () => {
		const text = render(BASES[0] as BaseLetter, 'word-paste');
		const letter = parseLetter(text);
		assert.equal(letter.layout.reordered, false);
		assert.deepEqual(
			letter.noiNhan?.entries.map((e) => e.text),
			['- Như trên;', '- Chủ tịch UBND tỉnh;', '- Lưu: VT, KT.'],
		);
		assert.equal(letter.signature?.name?.text, 'Trần Minh Khoa');
	});

	it('leaves a table of the body alone (three cells or more, no header or closing cell)', () => {
		const body = 'TT\tVăn bản\tNgày ban hành\tTrích yếu\n1\tQuyết định số 10/QĐ-UBND\t02/02/2024\tVề ban hành quy chế hội thi';
		const text = (BASES[0] as BaseLetter).clean.replace('Thực hiện Kế hoạch', body + '\nThực hiện Kế hoạch');
		const norm = normalizeForMatching(text);
		assert.equal(recoverLayout(norm).norm, norm);
	});

	it('gives every block its column, its original range and how it was found', () => {
		const text = render(BASES[0] as BaseLetter, 'spaces');
		const blocks = letterBlocks(parseLetter(text));
		const by = (column: string): string[] => blocks.filter((b) => b.column === column).map((b) => b.text);
		assert.deepEqual(by('header-left'), [
			'ỦY BAN NHÂN DÂN',
			'TỈNH LÂM VIÊN',
			'Số: 215/UBND-KT',
			'V/v rà soát hệ thống đèn chiếu sáng công cộng',
		]);
		assert.deepEqual(by('header-right'), [
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'Lâm Viên, ngày 14 tháng 5 năm 2024',
		]);
		assert.deepEqual(by('closing-left'), ['Nơi nhận:', '- Như trên;', '- Chủ tịch UBND tỉnh;', '- Lưu: VT, KT.']);
		assert.deepEqual(by('closing-right'), ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trần Minh Khoa']);
		for (const block of blocks) {
			assert.equal(text.slice(block.range.start, block.range.end), block.text);
		}
		assert.equal(blocks.find((b) => b.text === 'KT. CHỦ TỊCH')?.recovery, 'columns');
		assert.equal(blocks.find((b) => b.text.startsWith('Thực hiện'))?.recovery, 'as-typed');
	});
});

describe('directives after a layout recovery', () => {
	it('a disable-next-line comment above a table row switches off a finding in either cell', () => {
		const base = BASES[0] as BaseLetter;
		const text = render(base, 'tab-rows').replace(
			'Nơi nhận:\tKT. CHỦ TỊCH',
			'<!-- congvan-disable-next-line signing-prefix -->\nNơi nhận:\tKT.CHỦ TỊCH',
		);
		assert.equal(
			lintText(text.replace('<!-- congvan-disable-next-line signing-prefix -->\n', ''), config).filter((p) => p.ruleId === 'signing-prefix')
				.length,
			1,
		);
		assert.deepEqual(
			lintText(text, config).filter((p) => p.ruleId === 'signing-prefix'),
			[],
		);
	});
});
