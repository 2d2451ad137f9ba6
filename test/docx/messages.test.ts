// Messages of findings in a Word file name places as Word shows them: duplicate-item-number names the
// paragraph of the other item ("ở đoạn 14"), not a line of the text view, which a Word user never sees.
import * as assert from 'node:assert/strict';
import { lintText } from '../../server/src/core/index';
import { parseLetter } from '../../server/src/core/letter';
import { wordLocationAt } from '../../server/src/core/letter/format';
import { lintDocx, readDocx } from '../../server/src/docx/index';
import { buildDocument, docxBytes } from '../../server/src/export/docx';
import { buildLetter } from '../harness/letter-builder';

const config = { today: { year: 2026, month: 12, day: 7 } };

describe('docx: places in messages', () => {
	it('duplicate-item-number names the Word paragraph of the other item, in Vietnamese and in English', async () => {
		const text = buildLetter({ body: ['1. Rà soát danh sách.', '2. Gửi đăng ký.', '2. Báo cáo kết quả.'].join('\n\n') });
		const plain = lintText(text, config).find((p) => p.ruleId === 'duplicate-item-number');
		assert.match(plain?.message ?? '', /ở dòng \d+\.$/u, 'a text letter keeps its line');
		const read = readDocx(await docxBytes(buildDocument(parseLetter(text))));
		assert.ok(read.ok);
		const found = lintDocx(read, config).find((p) => p.ruleId === 'duplicate-item-number');
		assert.ok(found?.related?.[0], 'the finding and its related item');
		const other = wordLocationAt(read.format, found.related[0].range.start);
		assert.ok(other && other.snippet.startsWith('2. Gửi đăng ký'), `the related item is the first "2.": ${other?.snippet}`);
		assert.equal(found.message, `khoản "2." bị trùng số với khoản ở đoạn ${other.paragraph}.`);
		const english = lintDocx(read, { ...config, locale: 'en' }).find((p) => p.ruleId === 'duplicate-item-number');
		assert.equal(english?.message, `The clause "2." repeats the number of the clause in paragraph ${other.paragraph}.`);
	});
});
