// Every editor feature on any text: no exception, and every range inside the text. Real letters, their NFD
// and CRLF copies, fragments, and random texts built from the pieces of a letter.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
	completionsAt,
	documentSymbols,
	foldingBlocks,
	hoverAt,
	selectionChain,
	semanticTokens,
	type LetterSymbol,
} from '../../server/src/core/features/index';
import { parseLetter, type Range } from '../../server/src/core/index';
import { readSharedLetter } from '../harness/lsp';
import { SHARED_LETTERS, featureLetter } from './helpers';

function assertInside(text: string, range: Range, what: string): void {
	assert.ok(
		0 <= range.start && range.start <= range.end && range.end <= text.length,
		`${what}: ${JSON.stringify(range)} outside a text of ${text.length}`,
	);
}

/** Runs every feature on a text, at every `step`-th offset, and checks the ranges. */
function exercise(text: string, step = 1): void {
	const letter = parseLetter(text);
	const walk = (symbols: readonly LetterSymbol[]): void => {
		for (const s of symbols) {
			assertInside(text, s.range, `symbol "${s.name}"`);
			assertInside(text, s.selectionRange, `selection of "${s.name}"`);
			walk(s.children);
		}
	};
	walk(documentSymbols(letter));
	foldingBlocks(letter).forEach((b) => assertInside(text, b.range, b.what));
	semanticTokens(letter).forEach((t) => assertInside(text, t.range, `token ${t.type}`));
	for (let offset = 0; offset <= text.length; offset += step) {
		selectionChain(letter, offset).forEach((r) => assertInside(text, r, 'selection'));
		const hover = hoverAt(letter, offset);
		if (hover) {
			assertInside(text, hover.range, 'hover');
		}
		completionsAt(letter, offset, { units: [{ abbreviation: 'VP' }] }).forEach((c) => {
			assertInside(text, c.range, `completion ${c.label}`);
			assert.ok(c.range.end === offset, `completion ${c.label} does not end at the cursor`);
		});
	}
}

const FRAGMENTS = [
	'Số:',
	'Số: 05/',
	'Số: /UBND-VP',
	'SỐ 12-CV/TU',
	'30/2020/NĐ-CP',
	'Cao Bằng, ngày',
	' ngày 05 tháng 02 năm 2021',
	'tháng năm',
	'V/v ',
	'QUYẾT ĐỊNH',
	'Kính gửi:',
	'- ',
	'1. ',
	'a) ',
	'Điều 1.',
	'Phần I',
	'Công văn số 12/UBND-VP',
	' của Bộ Nội vụ',
	' về việc họp',
	' tại ',
	'./.',
	'Nơi nhận:',
	'- Như trên;',
	'- Lưu: VT, VP.',
	'KT. GIÁM ĐỐC',
	'Nguyễn Văn A',
	'\n',
	'\r\n',
	'\r',
	'\n\n',
	' ',
	'ệ',
	'e\u0323\u0302',
	'Ð',
	'**',
	'<!-- congvan-disable -->',
];

describe('editor features on any text', () => {
	it('work at every offset of the five real letters and of their NFD and CRLF copies', () => {
		for (const name of SHARED_LETTERS) {
			const text = readSharedLetter(name);
			exercise(text, 3);
			exercise(text.normalize('NFD'), 11);
			exercise(text.replace(/\n/gu, '\r\n'), 11);
		}
		exercise(featureLetter());
	});

	it('work on fragments and on random texts made of the pieces of a letter', () => {
		for (const fragment of FRAGMENTS) {
			exercise(fragment);
		}
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), (pieces) => {
				exercise(pieces.join(''));
			}),
			{ numRuns: 300, seed: 20240, endOnFailure: true },
		);
	});
});
