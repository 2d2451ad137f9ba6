// Folding blocks and selection chains (core/features/structure.ts).
import * as assert from 'node:assert/strict';
import { foldingBlocks, selectionChain } from '../../server/src/core/features/index';
import { parseLetter } from '../../server/src/core/index';
import { readSharedLetter } from '../harness/lsp';
import { FEATURE_LETTER_LINES as LINES, SHARED_LETTERS, at, featureLetter, lineLength, rangeOf, textOf } from './helpers';

describe('folding blocks', () => {
	it('folds the trích yếu, Kính gửi, the items, Nơi nhận and the signature, in order', () => {
		const text = featureLetter();
		const blocks = foldingBlocks(parseLetter(text));
		const end = (line: number): number => lineLength(LINES, line);
		assert.deepEqual(blocks, [
			{ what: 'trich-yeu', range: rangeOf(LINES, 5, 0, 6, end(6)) },
			{ what: 'kinh-gui', range: rangeOf(LINES, 8, 0, 10, end(10)) },
			{ what: 'item', range: rangeOf(LINES, 14, 0, 16, end(16)) },
			{ what: 'item', range: rangeOf(LINES, 15, 0, 15, end(15)) },
			{ what: 'item', range: rangeOf(LINES, 16, 0, 16, end(16)) },
			{ what: 'item', range: rangeOf(LINES, 18, 0, 20, end(20)) },
			{ what: 'noi-nhan', range: rangeOf(LINES, 22, 0, 24, end(24)) },
			{ what: 'signature', range: rangeOf(LINES, 26, 0, 29, end(29)) },
		]);
	});

	it('folds a named document from its type name over the trích yếu', () => {
		const text =
			'Số: 15/QĐ-UBND\nCao Bằng, ngày 05 tháng 3 năm 2021\n\nQUYẾT ĐỊNH\nVề việc thành lập\nTổ công tác\n\nĐiều 1. Thành lập Tổ.';
		const block = foldingBlocks(parseLetter(text)).find((b) => b.what === 'trich-yeu');
		assert.equal(block && textOf(text, block.range), 'QUYẾT ĐỊNH\nVề việc thành lập\nTổ công tác');
	});

	it('finds blocks in the five real letters, each inside the text', () => {
		for (const name of SHARED_LETTERS) {
			const text = readSharedLetter(name);
			const blocks = foldingBlocks(parseLetter(text));
			assert.ok(
				blocks.some((b) => b.what === 'noi-nhan'),
				`${name}: no Nơi nhận block`,
			);
			assert.ok(
				blocks.some((b) => b.what === 'item'),
				`${name}: no item`,
			);
			for (const block of blocks) {
				assert.ok(
					0 <= block.range.start && block.range.start < block.range.end && block.range.end <= text.length,
					`${name}: ${JSON.stringify(block)}`,
				);
			}
		}
	});

	it('has nothing to fold in an empty text', () => {
		assert.deepEqual(foldingBlocks(parseLetter('')), []);
	});
});

describe('selection chains', () => {
	it('grows from a điểm marker to its line, its khoản, the body and the document', () => {
		const text = featureLetter();
		const chain = selectionChain(parseLetter(text), at(text, 'a) Trưởng') + 1);
		assert.deepEqual(
			chain.map((r) => textOf(text, r)),
			[
				'a)',
				'a) Trưởng thôn;',
				['1. Các thôn cử người dự họp:', 'a) Trưởng thôn;', 'b) Công an viên.'].join('\n'),
				LINES.slice(12, 21).join('\n'),
				text,
			],
		);
	});

	it('grows from a citation number to the citation, the paragraph, the body and the document', () => {
		const text = featureLetter();
		const chain = selectionChain(parseLetter(text), at(text, '12/UBND-VP') + 3);
		const texts = chain.map((r) => textOf(text, r));
		// FIXME: citations.ts runs a trích yếu to the end of the sentence, here past ", Ủy ban nhân dân xã đề
		// nghị:"; the citation should end at "giao ban" (reported on issue #4).
		assert.deepEqual(texts.slice(0, 2), [
			'12/UBND-VP',
			'Công văn số 12/UBND-VP ngày 05/01/2021 của Ủy ban nhân dân huyện về việc họp giao ban, Ủy ban nhân dân xã đề nghị:',
		]);
		assert.equal(texts[2], LINES[12]);
		assert.equal(texts[texts.length - 1], text);
	});

	it('grows from the Số label to its line, from a recipient to Kính gửi, and from a plain line to the document', () => {
		const text = featureLetter();
		const letter = parseLetter(text);
		const texts = (offset: number): string[] => selectionChain(letter, offset).map((r) => textOf(text, r));
		assert.deepEqual(texts(at(text, 'Số:') + 1), ['Số', 'Số: 05/UBND-VP', text]);
		assert.deepEqual(texts(at(text, '- Các thôn') + 3), ['- Các thôn;', 'Kính gửi:\n- Các thôn;\n- Các ban ngành.', text]);
		assert.deepEqual(texts(at(text, 'Tâm, ngày') + 1), ['Đồng Tâm', 'Đồng Tâm, ngày 29 tháng 01 năm 2021', text]);
		// The agency line is no component: only the line and the document.
		assert.deepEqual(texts(1), ['ỦY BAN NHÂN DÂN', text]);
	});

	it('keeps each range inside the next, with no repeats', () => {
		const text = readSharedLetter('001_7be023b102d61987.txt');
		const letter = parseLetter(text);
		for (let offset = 0; offset <= text.length; offset += 37) {
			const chain = selectionChain(letter, offset);
			assert.ok(chain.length >= 1);
			assert.ok(chain[0] && chain[0].start <= offset && offset <= chain[0].end, `offset ${offset} not in ${JSON.stringify(chain[0])}`);
			for (let i = 1; i < chain.length; i++) {
				const inner = chain[i - 1];
				const outer = chain[i];
				assert.ok(inner && outer && outer.start <= inner.start && inner.end <= outer.end, `offset ${offset}: not nested`);
				assert.ok(inner && outer && (outer.start !== inner.start || outer.end !== inner.end), `offset ${offset}: repeated range`);
			}
			assert.deepEqual(chain[chain.length - 1], { start: 0, end: text.length });
		}
	});

	it('has only the document in an empty text', () => {
		assert.deepEqual(selectionChain(parseLetter(''), 0), [{ start: 0, end: 0 }]);
	});
});
