// wordLocationAt: the paragraph of a finding's offset in the text view, and the offset inside it.
import * as assert from 'node:assert/strict';
import { readDocx, wordLocationAt } from '../../server/src/docx/index';
import { buildDocx, p, tbl, tc } from '../harness/docx-builder';

describe('wordLocationAt', () => {
	const result = readDocx(
		buildDocx({ body: tbl([[tc(p('SỞ NỘI VỤ')), tc(p('CỘNG HÒA'))]]) + p('Kính gửi: Sở Tài chính') + p('Nội dung thứ hai') }),
	);
	assert.ok(result.ok);
	const { text, format } = result;

	it('gives the paragraph holding an offset and the offset in it, cells included', () => {
		assert.equal(text, 'SỞ NỘI VỤ\tCỘNG HÒA\n\nKính gửi: Sở Tài chính\n\nNội dung thứ hai\n');
		assert.deepEqual(wordLocationAt(format, text.indexOf('HÒA')), {
			paragraph: 2,
			snippet: 'CỘNG HÒA',
			table: { index: 1, row: 1, column: 2, role: 'header', side: 'right' },
			offset: 5,
		});
		assert.deepEqual(wordLocationAt(format, text.indexOf('Tài')), { paragraph: 3, snippet: 'Kính gửi: Sở Tài chính', offset: 13 });
	});

	it('gives an offset on a blank line between paragraphs to the next paragraph, and one past the end to the last', () => {
		const blank = text.indexOf('\n\nNội') + 1;
		assert.equal(wordLocationAt(format, blank)?.paragraph, 4);
		assert.deepEqual(wordLocationAt(format, text.length), { paragraph: 4, snippet: 'Nội dung thứ hai', offset: 'Nội dung thứ hai'.length });
	});
});
