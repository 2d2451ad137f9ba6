// The layout table of Phụ lục I (server/src/core/layout/nd30.ts): every component of the letter is in it,
// every value used lies inside the decree's range, every entry cites its clause, and a team's choices are
// applied inside the ranges and refused outside them.
import * as assert from 'node:assert/strict';
import { COMPONENT_IDS, LayoutChoiceError, applyLayoutChoices, nd30Layout, type Ranged } from '../../server/src/core/layout/nd30';
import { boldTextWidthPt } from '../../server/src/core/layout/metrics';

const CLAUSE = /^Phụ lục I, Phần I, Mục (?:I|II|III|IV|V)(?:,|$)/u;

function assertInside(r: Ranged, what: string): void {
	assert.ok(r.min <= r.max, `${what}: min ${r.min} > max ${r.max}`);
	assert.ok(r.value >= r.min && r.value <= r.max, `${what}: ${r.value} outside ${r.min}–${r.max}`);
}

describe('layout table (Phụ lục I)', () => {
	const table = nd30Layout();

	it('has every component the brief lists, each with a Vietnamese name, a style and a cited clause', () => {
		const wanted = [
			'co-quan-chu-quan',
			'co-quan-ban-hanh',
			'quoc-hieu',
			'tieu-ngu',
			'so',
			'dia-danh-ngay',
			'ten-loai',
			'trich-yeu',
			'vv',
			'kinh-gui',
			'can-cu',
			'noi-dung',
			'dieu',
			'quyet-dinh',
			'noi-nhan-label',
			'noi-nhan-entry',
			'quyen-han',
			'chuc-vu',
			'ho-ten',
			'khan-mat',
			'phu-luc',
		];
		for (const id of wanted) {
			assert.ok((COMPONENT_IDS as readonly string[]).includes(id), id);
		}
		assert.deepEqual(Object.keys(table.components).sort(), [...COMPONENT_IDS].sort());
		const styles = new Set<string>();
		for (const c of Object.values(table.components)) {
			assert.match(c.name, /\p{L}/u);
			assert.match(c.style, /^CV \p{Lu}/u, c.id);
			assert.ok(!styles.has(c.style), `duplicate style ${c.style}`);
			styles.add(c.style);
			assert.match(c.source, CLAUSE, c.id);
		}
	});

	it('uses only values inside the ranges of the decree', () => {
		for (const c of Object.values(table.components)) {
			assertInside(c.size, `${c.id} size`);
			if (c.firstLineIndentMm) {
				assertInside(c.firstLineIndentMm, `${c.id} indent`);
			}
		}
		for (const side of ['top', 'bottom', 'left', 'right'] as const) {
			assertInside(table.margins[side], side);
		}
		assertInside(table.lineSpacing, 'line spacing');
		assertInside(table.paragraphSpacingPt, 'paragraph spacing');
		for (const rule of table.ruleLines) {
			assertInside(rule.fraction, `rule under ${rule.under}`);
			assert.match(rule.source, CLAUSE);
		}
	});

	it('sets the columns of the two-column tables and the Kính gửi list, each with its source', () => {
		const { headerLeft, closingLeft, signersLeft, source } = table.columns;
		for (const share of [headerLeft, closingLeft, signersLeft]) {
			assert.ok(share > 0.25 && share < 0.75, `column share ${share}`);
		}
		// Two signers side by side take equal halves, as in Mẫu 1.9 (biên bản).
		assert.equal(signersLeft, 0.5);
		assert.match(source, CLAUSE);
		assert.match(table.kinhGuiList.source, /^Phụ lục III, Mẫu 1\.1/u);
		const textWidthMm = table.page.widthMm - table.margins.left.max - table.margins.right.max;
		assert.ok(table.kinhGuiList.indentMm > 0 && table.kinhGuiList.indentMm < textWidthMm / 2);
	});

	it('holds the values of reference §11', () => {
		assert.deepEqual([table.page.widthMm, table.page.heightMm, table.page.orientation], [210, 297, 'portrait']);
		assert.deepEqual(
			[table.margins.top, table.margins.bottom, table.margins.left, table.margins.right].map((r) => [r.min, r.max]),
			[
				[20, 25],
				[20, 25],
				[30, 35],
				[15, 20],
			],
		);
		assert.equal(table.font.family, 'Times New Roman');
		const c = table.components;
		assert.deepEqual([c['quoc-hieu'].size.min, c['quoc-hieu'].size.max, c['quoc-hieu'].bold, c['quoc-hieu'].caps], [12, 13, true, true]);
		assert.deepEqual([c['tieu-ngu'].size.min, c['tieu-ngu'].size.max, c['tieu-ngu'].bold], [13, 14, true]);
		assert.deepEqual([c['co-quan-chu-quan'].bold, c['co-quan-ban-hanh'].bold], [false, true]);
		assert.deepEqual([c['dia-danh-ngay'].italic, c['can-cu'].italic, c['noi-dung'].italic], [true, true, false]);
		assert.deepEqual([c['noi-nhan-label'].size.value, c['noi-nhan-label'].bold, c['noi-nhan-label'].italic], [12, true, true]);
		assert.equal(c['noi-nhan-entry'].size.value, 11);
		assert.deepEqual([c.vv.size.min, c.vv.size.max, c.vv.bold], [12, 13, false]);
		assert.equal(c['noi-dung'].align, 'justify');
		assert.deepEqual(
			table.ruleLines.map((r) => [r.under, r.fraction.min, r.fraction.max]),
			[
				['tieu-ngu', 1, 1],
				['co-quan-ban-hanh', 1 / 3, 1 / 2],
				['trich-yeu', 1 / 3, 1 / 2],
			],
		);
		assert.deepEqual([table.pageNumbers.position, table.pageNumbers.align, table.pageNumbers.fromPage], ['top', 'center', 2]);
	});

	it('applies a body size of 13 to the body and the parts set like it, and leaves the base table alone', () => {
		const chosen = applyLayoutChoices({ bodySize: 13, margins: { left: 35, right: 20 } }, table);
		assert.equal(chosen.components['noi-dung'].size.value, 13);
		assert.equal(chosen.components['can-cu'].size.value, 13);
		assert.equal(chosen.components['tieu-ngu'].size.value, 14, 'the Tiêu ngữ keeps its own size');
		assert.equal(chosen.margins.left.value, 35);
		assert.equal(chosen.margins.right.value, 20);
		assert.equal(table.components['noi-dung'].size.value, 14);
		assert.equal(table.margins.left.value, 30);
	});

	it('refuses values outside the ranges, naming the choice and the clause', () => {
		const refused: [Parameters<typeof applyLayoutChoices>[0], string][] = [
			[{ bodySize: 15 }, 'bodySize'],
			[{ bodySize: 12 }, 'bodySize'],
			[{ margins: { left: 25 } }, 'margins.left'],
			[{ margins: { top: 26 } }, 'margins.top'],
			[{ sizes: { 'quoc-hieu': 14 } }, 'sizes.quoc-hieu'],
			[{ lineSpacing: 2 }, 'lineSpacing'],
			[{ firstLineIndentMm: 20 }, 'firstLineIndentMm'],
		];
		for (const [choices, path] of refused) {
			assert.throws(
				() => applyLayoutChoices(choices, table),
				(error: unknown) => error instanceof LayoutChoiceError && error.choice === path && /Phụ lục I/u.test(error.message),
				JSON.stringify(choices),
			);
		}
		assert.throws(() => applyLayoutChoices({ sizes: { 'khong-co': 13 } as never }), LayoutChoiceError);
	});

	it('measures bold text as Times New Roman Bold does, Vietnamese letters as wide as their base letter', () => {
		// "Hạnh" in Times Bold: H 778, a 500, n 556, h 556 thousandths of an em.
		assert.equal(boldTextWidthPt('Hạnh', 10), (778 + 500 + 556 + 556) / 100);
		assert.equal(boldTextWidthPt('Ể', 10), boldTextWidthPt('E', 10));
		assert.equal(boldTextWidthPt('ờ', 10), boldTextWidthPt('ơ', 10));
		assert.ok(boldTextWidthPt('Độc lập - Tự do - Hạnh phúc', 14) > 160);
		assert.ok(boldTextWidthPt('Độc lập - Tự do - Hạnh phúc', 14) < 185);
	});
});
