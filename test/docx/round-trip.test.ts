// The round trip of issue 13: every letter of the repository (corpus, examples, fixtures and the five real
// letters) exported with the exporter (server/src/export/docx.ts), read back with readDocx, gives the same
// text findings as its source text: the same rules on the same words. A finding is compared by its rule id
// and the text under its range, white space left out (the exporter joins a line a PDF split). The one
// allowed difference: a finding of the source whose text the exporter rewrote (it writes the canonical
// Tiêu ngữ, so the dash finding of "Độc lập – Tự do – Hạnh phúc" has nothing to point at in Word).
// The formatting read back is the exporter's: A4 portrait, the decree's margins, Times New Roman, page
// numbers from page 2, the rule lines in the header table.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { lintText, type LintConfig } from '../../server/src/core/index';
import { nd30Layout } from '../../server/src/core/layout/nd30';
import { parseLetter } from '../../server/src/core/letter';
import { lintDocx, readDocx, type DocxReadSuccess } from '../../server/src/docx/index';
import { buildDocument, docxBytes } from '../../server/src/export/docx';
import { allLetters } from '../harness/letters';

const config: LintConfig = { today: { year: 2026, month: 12, day: 7 } };
const squeeze = (s: string): string => s.replace(/\s+/gu, '');

async function exported(text: string): Promise<DocxReadSuccess> {
	const result = readDocx(await docxBytes(buildDocument(parseLetter(text))));
	assert.ok(result.ok, result.ok ? '' : result.error.message);
	return result;
}

describe('readDocx: the round trip through the exporter', () => {
	for (const letter of allLetters()) {
		it(`gives ${letter.group}/${letter.name} the text findings of its source`, async () => {
			const source = fs.readFileSync(letter.file, 'utf8');
			const doc = await exported(source);
			const key = (text: string) => (p: { ruleId: string; range: { start: number; end: number } }) =>
				`${p.ruleId} «${squeeze(text.slice(p.range.start, p.range.end))}»`;
			const fromText = lintText(source, config).map(key(source)).sort();
			const fromDocx = lintDocx(doc, config).map(key(doc.text)).sort();
			const view = squeeze(doc.text);
			const lost = fromText.filter((k) => !fromDocx.includes(k));
			const added = fromDocx.filter((k) => !fromText.includes(k));
			assert.deepEqual(added, [], 'findings the .docx adds');
			for (const k of lost) {
				const under = k.slice(k.indexOf('«') + 1, -1);
				assert.ok(under !== '' && !view.includes(under), `${k}: lost, though its text is in the exported document`);
			}
		});
	}

	it('reads back the formatting the exporter wrote', async () => {
		const table = nd30Layout();
		const doc = await exported(fs.readFileSync(allLetters().find((l) => l.name === 'cong-van-mau')?.file ?? '', 'utf8'));
		const [section] = doc.format.sections;
		assert.equal(doc.format.sections.length, 1);
		assert.equal(section?.pageWidthMm, table.page.widthMm);
		assert.equal(section?.pageHeightMm, table.page.heightMm);
		assert.equal(section?.orientation, 'portrait');
		assert.deepEqual(section?.margins, {
			topMm: table.margins.top.value,
			bottomMm: table.margins.bottom.value,
			leftMm: table.margins.left.value,
			rightMm: table.margins.right.value,
		});
		assert.equal(section?.titlePage, true);
		assert.deepEqual(section?.pageNumber?.where, 'header');
		assert.equal(section?.pageNumberOnFirstPage, false);
		assert.ok(doc.format.runs.length > 0);
		for (const r of doc.format.runs) {
			assert.equal(r.font, table.font.family, doc.text.slice(r.range.start, r.range.end));
		}
		const at = (piece: string) => doc.format.runs.find((r) => doc.text.slice(r.range.start, r.range.end).includes(piece));
		assert.equal(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')?.bold, true);
		assert.equal(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')?.sizePt, table.components['quoc-hieu'].size.value);
		assert.equal(at('Hà Giang, ngày')?.italic, true);
		const lines = doc.format.ruleLines;
		assert.ok(lines.length >= 2, 'the lines under the Tiêu ngữ and the issuing body');
		for (const line of lines.filter((l) => l.table !== undefined)) {
			assert.equal(line.kind, 'shape');
			assert.equal(line.table?.index, 1, 'in the header table');
			assert.ok((line.lengthPt ?? 0) > 20, `a line of ${line.lengthPt} pt`);
		}
		const tieuNgu = lines.find((l) => doc.text.slice(l.anchor.start, l.anchor.end).startsWith('Độc lập'));
		assert.equal(tieuNgu?.table?.column, 2);
	});
});
