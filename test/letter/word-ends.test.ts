// The markers and openings that must end a word ("Phần II", "Mục 2", "Căn cứ") are matched by their words
// alone and then tested for a letter or digit after them, instead of a \p{L} look-ahead in the pattern: these
// cases hold the two readings to the same answers, ASCII and not, at the end of a paragraph included.
import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/index';
import { parseLetter } from '../../server/src/core/letter';
import { canCuEntries } from '../../server/src/core/letter/can-cu';
import { BASE_N, BASE_Q, replaceBlock } from './base-letters';

const N_ITEMS = '1. Rà soát danh sách diễn viên quần chúng.\n2. Gửi đăng ký về Văn phòng Sở trước ngày 30/3/2024.';
const Q_CAN_CU =
	'Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh về ban hành quy chế hội thi;\nTheo đề nghị của Chánh Văn phòng Sở.';

/** The kind and label of each item of base N's body with its two khoản replaced by `block`. */
function itemsOf(block: string): string[] {
	const letter = parseLetter(replaceBlock(BASE_N.clean, N_ITEMS, block));
	return (letter.body?.allItems ?? []).map((item) => `${item.kind} ${item.label}`);
}

describe('word ends after item markers and căn cứ openings', () => {
	const markers: [string, string[]][] = [
		['Phần II. Tổ chức thực hiện', ['phan II']],
		['Phần IIa Tổ chức thực hiện', []],
		['Phần IIđ Tổ chức thực hiện', []],
		['Phần II2 Tổ chức thực hiện', []],
		['Phần II', ['phan II']],
		['Chương IV: Điều khoản thi hành', ['chuong IV']],
		['Chương IVẤ điều khoản', []],
		['Mục 2 Hồ sơ đăng ký', ['muc 2']],
		['Mục 2b Hồ sơ đăng ký', []],
		['Mục 1² Hồ sơ đăng ký', []],
		['Mục 3', ['muc 3']],
		['Mục 3\u00a0Hồ sơ', ['muc 3']],
		['Mục 3𝐀 Hồ sơ', []],
		['Mục 3😀 Hồ sơ', ['muc 3']],
	];
	for (const [block, expected] of markers) {
		it(`reads "${block}" as ${expected.length > 0 ? expected.join(', ') : 'no item'}`, () => {
			assert.deepEqual(itemsOf(block), expected);
		});
	}

	const openings: [string, number[] | undefined][] = [
		[Q_CAN_CU, [0, 1]],
		['CĂN CỨ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh;\nTHEO ĐỀ NGHỊ của Chánh Văn phòng Sở.', [0, 1]],
		['Căn cứ\nQuyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh;\nXét tờ trình của Chánh Văn phòng Sở.', [1, 2]],
		['Căn cứứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh;\nTheo đề nghị của Chánh Văn phòng Sở.', undefined],
		['Căn cứa Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh;\nTheo đề nghị của Chánh Văn phòng Sở.', undefined],
		['Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh;\nTheo đề nghịđ của Chánh Văn phòng Sở.', [1]],
		['Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh;\nTheo đề nghị2 của Chánh Văn phòng Sở.', [0, 1]],
	];
	for (const [block, expected] of openings) {
		it(`reads the căn cứ block "${block.split('\n')[0]?.slice(0, 24)}…" as ${JSON.stringify(expected)}`, () => {
			const text = replaceBlock(BASE_Q.clean, Q_CAN_CU, block);
			const letter = parseLetter(text);
			const first = text.split('\n').findIndex((line) => line === block.split('\n')[0]);
			const ends = canCuEntries(letter);
			assert.deepEqual(
				ends?.map((line) => line - first),
				expected,
			);
			// The rule that reads the block runs on it without an internal error.
			assert.ok(!lintText(text).some((p) => p.ruleId === 'internal-error'));
		});
	}
});
