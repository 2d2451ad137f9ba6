// The layout-recovery front end (server/src/core/letter/layout.ts): the same letter in every layout of the
// reference's invariance checklist gets the same content findings, with ranges on the same characters of
// the original text; a letter laid out line by line is read exactly as typed; the recovered lines map back
// to the original cells.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { lintText, type Problem } from '../../server/src/core/index';
import { letterBlocks, parseLetter } from '../../server/src/core/letter';
import { recoverLayout, recoverLayoutEveryStep, type Layout } from '../../server/src/core/letter/layout';
import { normalizeForMatching } from '../../server/src/core/text';
import { layoutVariants } from '../harness/layouts';
import { allLetters } from '../harness/letters';
import { CASES } from '../shapes/shapes-cases';
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

	it('splits " | " rows when the text opens with a bar (a markdown table at the very start)', () => {
		const text =
			'| ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| TỈNH LÂM VIÊN | Độc lập - Tự do - Hạnh phúc |\n| Số: 215/UBND-KT | Lâm Viên, ngày 14 tháng 5 năm 2024 |\n';
		const letter = parseLetter(text);
		const lines = letter.lines.map((l) => text.slice(letter.norm.startAt(l.contentStart), letter.norm.endAt(l.contentEnd)));
		for (const cell of ['Số: 215/UBND-KT', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Lâm Viên, ngày 14 tháng 5 năm 2024']) {
			assert.ok(lines.includes(cell), `${cell} in ${JSON.stringify(lines)}`);
		}
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

describe('layout recovery: the searches that skip steps', () => {
	it('recover what the reader finds with every step run, on every letter and shape case in every layout', () => {
		const seen = (layout: Layout): string =>
			JSON.stringify([layout.lines, layout.reordered, layout.separators, layout.guarded, layout.attachmentLine]);
		const texts = [...allLetters().map((l) => fs.readFileSync(l.file, 'utf8')), ...CASES.map((c) => c.text)];
		let checked = 0;
		for (const text of texts) {
			for (const variant of [{ name: 'as written', text }, ...layoutVariants(text)]) {
				const norm = normalizeForMatching(variant.text);
				assert.equal(seen(recoverLayout(norm)), seen(recoverLayoutEveryStep(norm)), `${variant.name}: ${text.slice(0, 60)}`);
				checked++;
			}
		}
		assert.ok(checked > 1000, `${checked} texts`);
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

// Shapes of the reference's checklist that the generated layouts (test/harness/layouts.ts) showed still
// read wrongly: a whole header table on one line, PDF splits beside a run of spaces, an authority line run
// into the title, a closing flattened with a signer of any title. Each is compared with the clean lines of
// Base N carrying content defects in its cells, so that the comparison is not one of silence.
describe('layout recovery of flattened and split tables', () => {
	const base = BASES[1] as BaseLetter;
	const clean = base.clean
		.replace('ngày 12 tháng 3', 'ngày 2 tháng 03')
		.replace('- Như trên;', '- Như trên,')
		.replace('KT. GIÁM ĐỐC', 'KT.GIÁM ĐỐC');
	const reference = content(clean, lintText(clean, config));
	const header = [
		'UBND TỈNH NINH THUẬN',
		'SỞ VĂN HÓA VÀ THỂ THAO',
		'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
		'Độc lập - Tự do - Hạnh phúc',
		'Số: 215/SVHTT-VP',
		'V/v chuẩn bị hội thi văn nghệ quần chúng năm 2024',
		'Ninh Thuận, ngày 2 tháng 03 năm 2024',
	].join('\n');
	const closing = ['Nơi nhận:', '- Như trên,', '- Lưu: VT, VP.', 'KT.GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Thị Mai'].join('\n');
	const same = (text: string): void => {
		assert.deepEqual(content(text, lintText(text, config)), reference);
	};

	it('the reference finds the defects of the cells', () => {
		const ids = reference.map((r) => r.split(' | ')[0]);
		for (const id of ['date-padding', 'date-month-padding', 'signing-prefix', 'noi-nhan-punctuation']) {
			assert.ok(ids.includes(id), id);
		}
	});

	it('reads a whole header table flattened onto one line (web page)', () => {
		const text = clean.replace(header, header.replace(/\n/gu, ' '));
		same(text);
		const letter = parseLetter(text);
		assert.equal(letter.quocHieu?.text, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
		assert.deepEqual(
			letter.agencyLines.map((s) => s.text),
			['UBND TỈNH NINH THUẬN SỞ VĂN HÓA VÀ THỂ THAO'],
		);
		assert.equal(letter.so?.value?.text, '215/SVHTT-VP');
		assert.equal(letter.issueDate?.year, 2024);
	});

	it('reads the header rows each flattened onto a line (web rows)', () => {
		same(
			clean.replace(
				header,
				[
					'UBND TỈNH NINH THUẬN SỞ VĂN HÓA VÀ THỂ THAO CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
					'Số: 215/SVHTT-VP Ninh Thuận, ngày 2 tháng 03 năm 2024',
					'V/v chuẩn bị hội thi văn nghệ quần chúng năm 2024',
				].join('\n'),
			),
		);
	});

	it('joins a date wrapped after the month (PDF)', () => {
		same(clean.replace('Ninh Thuận, ngày 2 tháng 03 năm 2024', 'Ninh Thuận, ngày 2 tháng 03\nnăm 2024'));
	});

	it('reads the number below "Số:" beside the rest of a wrapped date (PDF columns with runs of spaces)', () => {
		const text = clean.replace(
			header,
			[
				'UBND TỈNH NINH THUẬN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
				'SỞ VĂN HÓA VÀ THỂ THAO        Độc lập - Tự do - Hạnh phúc',
				'Số:      Ninh Thuận, ngày 2 tháng 03',
				'215/SVHTT-VP                  năm 2024',
				'V/v chuẩn bị hội thi văn nghệ quần chúng năm 2024',
			].join('\n'),
		);
		same(text);
		assert.equal(parseLetter(text).so?.value?.text, '215/SVHTT-VP');
	});

	it('joins a blank draft number printed below "Số:" (reference A5, block 2)', () => {
		const draft = clean.replace('Số: 215/SVHTT-VP', 'Số: /SVHTT-VP');
		const split = draft.replace('Số: /SVHTT-VP', 'Số:\n/SVHTT-VP');
		assert.deepEqual(content(split, lintText(split, config)), content(draft, lintText(draft, config)));
		assert.ok(lintText(split, config).some((p) => p.ruleId === 'draft-blank'));
	});

	it('reads a closing flattened onto one line, the authority line run into the title', () => {
		same(clean.replace(closing, closing.replace(/\n/gu, ' ')));
		same(clean.replace(closing, ['Nơi nhận:', '- Như trên,', '- Lưu: VT, VP.', 'KT.GIÁM ĐỐC PHÓ GIÁM ĐỐC', 'Trần Thị Mai'].join('\n')));
	});

	it('cuts an authority line where the next title begins, never inside a title', () => {
		for (const [authority, title] of [
			['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG'],
			['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'],
			['KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG'],
			['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ'],
		] as const) {
			const text = clean.replace(closing, `Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n${authority} ${title} Trần Thị Mai`);
			const signature = parseLetter(text).signature;
			assert.deepEqual(
				signature?.titleLines.map((s) => s.text),
				[authority, title],
				authority,
			);
			assert.equal(signature?.name?.text, 'Trần Thị Mai');
		}
	});

	it('finds the signer after the Lưu entry whatever the title, and a name alone', () => {
		const one = parseLetter(clean.replace(closing, 'Nơi nhận: - Như trên; - Lưu: VT. CHỦ TRÌ Lý Văn Bình'));
		assert.deepEqual(
			one.noiNhan?.entries.map((e) => e.text),
			['- Như trên;', '- Lưu: VT.'],
		);
		assert.deepEqual(
			one.signature?.lines.map((s) => s.text),
			['CHỦ TRÌ', 'Lý Văn Bình'],
		);
		const name = parseLetter(clean.replace(closing, 'Nơi nhận: - Như trên; - Lưu: VT, VP (6). Phan'));
		assert.equal(name.noiNhan?.entries.at(-1)?.text, '- Lưu: VT, VP (6).');
		// Box 12 (the drafter's initials) stays with the Lưu entry.
		const initials = parseLetter(clean.replace(closing, 'Nơi nhận: - Như trên; - Lưu: VT, VP (2b). HN\nGIÁM ĐỐC\nLê Văn Hùng'));
		assert.equal(initials.signature?.lines[0]?.text, 'GIÁM ĐỐC');
		assert.deepEqual(
			initials.noiNhan?.entries.at(-1)?.notes?.map((n) => n.text),
			['HN'],
		);
	});

	it('finds the Lưu entry after an entry that lost its final mark', () => {
		const text = clean.replace(closing, 'Nơi nhận: - Như trên, - Phòng Văn hóa - Lưu: VT, VP. KT.GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Thị Mai');
		assert.deepEqual(
			parseLetter(text).noiNhan?.entries.map((e) => e.text),
			['- Như trên,', '- Phòng Văn hóa', '- Lưu: VT, VP.'],
		);
		assert.ok(!lintText(text, config).some((p) => p.ruleId === 'noi-nhan-luu'));
	});

	it('reads a signer name in lower case run on after the title (a row of two cells)', () => {
		const lower = clean.replace('Trần Thị Mai', 'trần thị mai');
		const text = lower.replace(
			closing.replace('Trần Thị Mai', 'trần thị mai'),
			'Nơi nhận: - Như trên, - Lưu: VT, VP. KT.GIÁM ĐỐC PHÓ GIÁM ĐỐC trần thị mai',
		);
		assert.deepEqual(content(text, lintText(text, config)), content(lower, lintText(lower, config)));
		assert.ok(lintText(text, config).some((p) => p.ruleId === 'signature-name-case'));
	});

	it('cuts the Party name from its committee when the header is flattened', () => {
		const letter = parseLetter('ĐẢNG BỘ TỈNH CAO BẰNG TỈNH ỦY ĐẢNG CỘNG SẢN VIỆT NAM\nSố 1332-CV/TU\nCao Bằng, ngày 10 tháng 3 năm 2026\n');
		assert.equal(letter.regime, 'party');
		assert.equal(letter.regimeEvidence?.text, 'ĐẢNG CỘNG SẢN VIỆT NAM');
	});

	it('names the original line of the first item in duplicate-item-number after a recovery', () => {
		const body = 'Đề nghị các đơn vị:\n1. Rà soát danh sách.\n1. Gửi đăng ký.\nĐề nghị các đơn vị thực hiện./.';
		const typed = clean.replace(/^Thực hiện[^\n]*\n(?:[^\n]*\n)*?Đề nghị các đơn vị thực hiện\.\/\.$/mu, body);
		const tab = typed.replace('Số: 215/SVHTT-VP\n', 'Số: 215/SVHTT-VP\t');
		const message = (text: string): string | undefined => lintText(text, config).find((p) => p.ruleId === 'duplicate-item-number')?.message;
		const line = typed.split('\n').indexOf('1. Rà soát danh sách.') + 1;
		assert.match(message(typed) ?? '', new RegExp(`dòng ${line}\\.`, 'u'));
		// The TAB row joined two lines: the first item is one line higher in the pasted text.
		assert.match(message(tab) ?? '', new RegExp(`dòng ${line - 1}\\.`, 'u'));
	});
});
