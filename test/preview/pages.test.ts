// The pure part of the live A4 preview (client/webview/pages.ts): cutting measured units into pages, the page
// numbers from the layout table's first numbered page, the block that follows the editor's first visible line,
// and the draft blanks the preview shows as blanks.
import * as assert from 'node:assert/strict';
import { blankPieces, blockAtLine, findingsByBlock, pageNumberLabel, paginate } from '../../client/webview/pages';
import { nd30Layout } from '../../server/src/core/layout/nd30';

describe('preview: pages', () => {
	it('fills a page while the units fit, then starts the next', () => {
		assert.deepEqual(paginate([100, 200, 300, 400, 50], 600), [
			[0, 1, 2],
			[3, 4],
		]);
		assert.deepEqual(paginate([600, 1], 600), [[0], [1]]);
	});

	it('gives a unit taller than a page a page of its own', () => {
		assert.deepEqual(paginate([100, 900, 100], 600), [[0], [1], [2]]);
		assert.deepEqual(paginate([900], 600), [[0]]);
	});

	it('has one empty page for an empty letter', () => {
		assert.deepEqual(paginate([], 600), [[]]);
	});

	it('keeps every unit once and in order', () => {
		const heights = Array.from({ length: 200 }, (_, i) => ((i * 37) % 250) + 5);
		const pages = paginate(heights, 700);
		assert.deepEqual(
			pages.flat(),
			heights.map((_, i) => i),
		);
		for (const page of pages) {
			const used = page.reduce((sum, i) => sum + (heights[i] ?? 0), 0);
			assert.ok(used <= 700.5 || page.length === 1, `a page holds ${used}`);
		}
	});

	it("numbers the pages from the layout table's first numbered page (2), at the top", () => {
		const { fromPage, position, align } = nd30Layout().pageNumbers;
		assert.deepEqual([fromPage, position, align], [2, 'top', 'center']);
		assert.deepEqual(
			[1, 2, 3].map((p) => pageNumberLabel(p, fromPage)),
			[undefined, '2', '3'],
		);
	});

	it("follows the editor's first visible line to the last block that starts at or above it", () => {
		// Blocks in page order: the header's columns come before the flow, whatever their lines.
		const firstLines = [0, 3, 1, 4, 6, 9, 12];
		assert.equal(blockAtLine(firstLines, 0), 0);
		assert.equal(blockAtLine(firstLines, 2), 2);
		assert.equal(blockAtLine(firstLines, 8), 4);
		assert.equal(blockAtLine(firstLines, 100), 6);
		assert.equal(blockAtLine([5, 6], 2), undefined);
	});

	it('marks every finding on a block: its own line, else the nearest line above, else the first block', () => {
		const header = { lines: [2, 0] };
		const so = { lines: [4] };
		const body = { lines: [7, 8] };
		const at = (line: number): { range: { start: { line: number } } } => ({ range: { start: { line } } });
		const findings = [at(4), at(8), at(6), at(0), at(30)];
		const marked = findingsByBlock([header, so, body], findings);
		assert.deepEqual(marked.get(header), [at(0)]);
		// Line 6 is blank: its finding goes to the Số block above it.
		assert.deepEqual(marked.get(so), [at(4), at(6)]);
		assert.deepEqual(marked.get(body), [at(8), at(30)]);
		// Above the first block's line: the first block.
		const only = { lines: [3] };
		assert.deepEqual(findingsByBlock([only], [at(1)]).get(only), [at(1)]);
		assert.equal(findingsByBlock([], [at(1)]).size, 0);
	});

	it('shows the blanks of a draft as blanks and keeps every character', () => {
		const cases: [string, string[]][] = [
			['Số:      /SNV-VP', ['Số:', '      ', '/SNV-VP']],
			['Hà Giang, ngày    tháng 01 năm 2026', ['Hà Giang, ngày', '    ', 'tháng 01 năm 2026']],
			['Cuộc họp kết thúc vào … giờ … phút', ['Cuộc họp kết thúc vào ', '…', ' giờ ', '…', ' phút']],
			['Địa điểm: .........', ['Địa điểm: ', '.........']],
			['Văn bản không có chỗ trống.', ['Văn bản không có chỗ trống.']],
			['', ['']],
		];
		for (const [text, pieces] of cases) {
			const got = blankPieces(text);
			assert.deepEqual(
				got.map((p) => p.text),
				pieces,
				text,
			);
			assert.equal(got.map((p) => p.text).join(''), text);
			assert.deepEqual(
				got.filter((p) => p.blank).map((p) => p.text),
				pieces.filter((p) => /^(?: +|…+|\.{3,})$/u.test(p) && p !== ' '),
			);
		}
	});
});
