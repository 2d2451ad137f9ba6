// The parser finds the Kính gửi and Nơi nhận labels, the letter's closing and an attachment's title by a search
// of the text that lands on the few places where they can be (server/src/core/letter.ts, letter/body.ts): these
// cases pin what a line-by-line reading found, at the edges of that search.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { blankLines, parseLetter } from '../../server/src/core/letter';
import { findAttachmentStart } from '../../server/src/core/letter/body';
import { isBlankLine } from '../../server/src/core/letter/header';
import { allLetters } from '../harness/letters';

const HEADER = ['ỦY BAN NHÂN DÂN', 'TỈNH CAO BẰNG', '', 'Số: 12/UBND-VP', '', 'Cao Bằng, ngày 05 tháng 3 năm 2021', ''];

describe('labels and closing found by a search of the text', () => {
	it('takes a Kính gửi label only at the start of a line, indented or not', () => {
		const letter = parseLetter(
			[...HEADER, 'Về việc Kính gửi: nơi khác, trong câu.', '   Kính gửi: Sở Tài chính', '', 'Nội dung công văn.'].join('\n'),
		);
		assert.equal(letter.kinhGui?.line, 8);
		assert.equal(letter.kinhGui?.recipients[0]?.text, 'Sở Tài chính');
	});

	it('takes the last Nơi nhận label of the tail, not one inside a sentence', () => {
		const text = [
			...HEADER,
			'Kính gửi: Sở Tài chính',
			'',
			'Đề nghị ghi rõ Nơi nhận: trong văn bản.',
			'',
			'Nơi nhận:',
			'- Như trên;',
			'- Lưu: VT.',
			'',
			'GIÁM ĐỐC',
			'',
			'Nguyễn Văn An',
		].join('\n');
		const letter = parseLetter(text);
		assert.equal(letter.noiNhan?.line, 11);
		assert.deepEqual(
			letter.noiNhan?.entries.map((e) => e.text),
			['- Như trên;', '- Lưu: VT.'],
		);
		assert.equal(letter.signature?.name?.text, 'Nguyễn Văn An');
	});

	it('ends the letter at a line ending in "./." even where the marks overlap ("././."), then finds the attachment', () => {
		const lines = [
			'Nội dung.',
			'Trân trọng././.',
			'Ghi chú KẾ HOẠCH',
			'QUY CHẾ',
			'Làm việc của Sở',
			'(Ban hành kèm theo Quyết định số 12/QĐ-UBND)',
		];
		const letter = parseLetter(lines.join('\n'));
		assert.equal(findAttachmentStart(letter.norm.text, letter.lines, 0), 3);
		// Without a closing after `from`, a title is no attachment; after the last line there is none.
		assert.equal(findAttachmentStart(letter.norm.text, letter.lines, 2), undefined);
		assert.equal(findAttachmentStart(letter.norm.text, letter.lines, lines.length), undefined);
	});

	it('keeps with the model the blank lines that the parser decided, as a reading from the lines would find them', () => {
		for (const { file } of allLetters()) {
			const letter = parseLetter(fs.readFileSync(file, 'utf8'));
			// A plain copy of the model has no memo of the parser's: its blank lines are read from its lines.
			const copy = { ...letter, memo: new Map() };
			assert.deepEqual(blankLines(copy), blankLines(letter));
			assert.equal(isBlankLine(letter, -1), true);
			assert.equal(isBlankLine(letter, letter.lines.length), true);
		}
	});
});
