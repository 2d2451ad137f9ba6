// The first-citation rule as data (core/letter/citation-completeness.ts), shared by the hover and by the rule
// citation-incomplete (reference R5.2).
import * as assert from 'node:assert/strict';
import { citationCompleteness } from '../../server/src/core/letter/citation-completeness';
import { parseLetter } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { readSharedLetter } from '../harness/lsp';

/** One line per citation: number, first or later, issuer and subject sources, what is missing. */
function summary(text: string): string[] {
	return citationCompleteness(parseLetter(text)).map((c) => {
		const issuer = c.issuer ? `${c.issuer.span?.text ?? '…'} (${c.issuer.source})` : '-';
		const subject = c.subject ? c.subject.source : '-';
		return `${c.citation.number.text} ${c.first ? 'later' : 'first'} issuer=${issuer} subject=${subject} missing=${c.missing.join(',')}`;
	});
}

const body = (...paragraphs: string[]): string => buildLetter({ body: paragraphs.join('\n\n') });

describe('citation completeness', () => {
	it('knows a first citation from a later one, and a later one needs nothing more (004)', () => {
		assert.deepEqual(summary(readSharedLetter('004_d5b89adf6b17fad0.txt')), [
			// "ngày 04/8/2020 UBND tỉnh đã ban hành Quyết định số 1473/QĐ-UBND": the date and the issuer stand before the type.
			'1473/QĐ-UBND first issuer=UBND tỉnh (before) subject=own missing=',
			// "chỉ đạo của UBND tỉnh tại Công văn số 938/UBND-KGVX": the issuer stands before the type.
			'938/UBND-KGVX first issuer=UBND tỉnh (before) subject=own missing=',
			'3148/VP-KGVX first issuer=Văn phòng UBND tỉnh (own) subject=own missing=',
			'938/UBND-KGVX later issuer=- subject=- missing=',
			'3148/VP-KGVX later issuer=- subject=- missing=',
			'63/KH-UBND first issuer=UBND tỉnh (own) subject=own missing=',
			'881/SCT-VP first issuer=Sở Công Thương (own) subject=own missing=',
		]);
	});

	it('shares the date, issuer and trích yếu written after the last number of a list (003)', () => {
		const lines = summary(readSharedLetter('003_5418981208059e29.txt'));
		assert.ok(lines.includes('61/CV-BCĐ first issuer=BCĐ quốc gia (list) subject=- missing=date,subject'), lines.join('\n'));
		assert.ok(lines.includes('1126/CV-BCĐ first issuer=BCĐ quốc gia (own) subject=- missing=date,subject'), lines.join('\n'));
		// "… Thủ tướng Chính phủ tại các Chỉ thị số: 05/CT-TTg …": the issuer stands before "tại".
		assert.ok(lines.includes('05/CT-TTg first issuer=Thủ tướng Chính phủ (before) subject=- missing=date,subject'), lines.join('\n'));
		assert.deepEqual(summary(body('Thực hiện các Công văn số 12/BNV-VP, 13/BNV-VP ngày 05/01/2021 của Bộ Nội vụ về việc họp.')), [
			'12/BNV-VP first issuer=Bộ Nội vụ (list) subject=list missing=',
			'13/BNV-VP first issuer=Bộ Nội vụ (own) subject=own missing=',
		]);
	});

	it('shares an issuer and trích yếu across citations joined by "và" (001)', () => {
		const lines = summary(readSharedLetter('001_7be023b102d61987.txt'));
		assert.equal(lines[0], '05/CT-TTg first issuer=Thủ tướng Chính phủ (list) subject=list missing=');
		// "do Bộ Y tế ban hành tại Quyết định số 3888/QĐ-BYT": the verb is left out of the issuer, and the
		// Sổ tay it issues, named before, stands for its trích yếu.
		assert.equal(lines[2], '3888/QĐ-BYT first issuer=Bộ Y tế (before) subject=implied missing=');
	});

	it('finds the issuer before "theo" and "tại các", and ignores one in an earlier clause', () => {
		assert.deepEqual(summary(body('Thực hiện chỉ đạo của Bộ Nội vụ theo Công văn số 12/BNV-VP ngày 05/01/2021 về việc họp.')), [
			'12/BNV-VP first issuer=Bộ Nội vụ (before) subject=own missing=',
		]);
		assert.deepEqual(summary(body('Thực hiện ý kiến của Bộ Nội vụ tại các Công văn số 12/BNV-VP, 13/BNV-VP về việc họp.')), [
			'12/BNV-VP first issuer=Bộ Nội vụ (before) subject=list missing=date',
			'13/BNV-VP first issuer=Bộ Nội vụ (before) subject=own missing=date',
		]);
		assert.deepEqual(summary(body('Theo ý kiến của Bộ Nội vụ; căn cứ Công văn số 12/BNV-VP ngày 05/01/2021 về việc họp.')), [
			'12/BNV-VP first issuer=- subject=own missing=issuer',
		]);
	});

	it('treats numbers that differ only by spaces or case as the same document', () => {
		assert.deepEqual(
			summary(body('Thực hiện Công văn số 12/BNV-VP ngày 05/01/2021 của Bộ Nội vụ về việc họp; Công văn số 12/bnv-vp đã nêu.')),
			['12/BNV-VP first issuer=Bộ Nội vụ (own) subject=own missing=', '12/bnv-vp later issuer=- subject=- missing='],
		);
	});

	it('asks nothing more of a law than its type and name', () => {
		assert.deepEqual(summary(body('Căn cứ Luật số 80/2015/QH13;')), ['80/2015/QH13 first issuer=- subject=- missing=']);
	});

	it('has nothing to say about a letter without citations', () => {
		assert.deepEqual(citationCompleteness(parseLetter('')), []);
	});
});
