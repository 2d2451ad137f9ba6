// The exporter's Word file of a letter, mutated the way real drafts differ from the decree (issue 13, item 6):
// US Letter paper, other margins, Calibri runs, a .VnTime run typed in TCVN3, no page number, a Nơi nhận label
// without italic, a missing rule line, a Tiêu ngữ in 12 pt. The reader must report each difference in the
// format (what the layout rules judge), and nothing else changes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { RunFormat } from '../../server/src/core/letter/format';
import { parseLetter } from '../../server/src/core/letter';
import { lintDocx, readDocx, type DocxReadSuccess } from '../../server/src/docx/index';
import { buildDocument, docxBytes } from '../../server/src/export/docx';
import { REPO_ROOT } from '../harness/letters';

let exported: Uint8Array;

/** The exporter's file with its parts rewritten by `change` (name → XML → XML), read back. */
function mutated(change: Record<string, (xml: string) => string>): DocxReadSuccess {
	const files = unzipSync(exported);
	for (const [name, edit] of Object.entries(change)) {
		const before = strFromU8(files[name] ?? new Uint8Array());
		const after = edit(before);
		assert.notEqual(after, before, `the mutation of ${name} changes it`);
		files[name] = strToU8(after);
	}
	const result = readDocx(zipSync(files));
	assert.ok(result.ok, result.ok ? '' : result.error.message);
	return result;
}

function runsOf(doc: DocxReadSuccess, piece: string): RunFormat[] {
	const at = doc.text.indexOf(piece);
	assert.ok(at >= 0, piece);
	return doc.format.runs.filter((r) => r.range.start < at + piece.length && r.range.end > at);
}

/** Direct run properties put on every run of the paragraph that holds `text`. */
function onRunsOf(text: string, rPr: string): (xml: string) => string {
	return (xml) => xml.replace(`<w:r><w:t xml:space="preserve">${text}`, `<w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${text}`);
}

describe('readDocx: exported letters mutated as real drafts are', () => {
	let clean: DocxReadSuccess;

	before(async () => {
		const text = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'cong-van-mau.congvan'), 'utf8');
		exported = await docxBytes(buildDocument(parseLetter(text)));
		const result = readDocx(exported);
		assert.ok(result.ok);
		clean = result;
	});

	it('reads US Letter paper and other margins', () => {
		const doc = mutated({
			'word/document.xml': (xml) =>
				xml
					.replace('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>', '<w:pgSz w:w="12240" w:h="15840"/>')
					.replace('w:left="1701"', 'w:left="1440"'),
		});
		const [section] = doc.format.sections;
		assert.equal(section?.pageWidthMm, 215.9);
		assert.equal(section?.pageHeightMm, 279.4);
		assert.equal(section?.orientation, 'portrait');
		assert.equal(section?.margins?.leftMm, 25.4);
		assert.equal(doc.text, clean.text);
	});

	it('reads Calibri runs and a .VnTime run typed in TCVN3, which the text rules see as legacy encoding', () => {
		const doc = mutated({
			'word/document.xml': (xml) =>
				onRunsOf(
					'Thực hiện Kế hoạch',
					'<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>',
				)(xml).replace(
					'<w:r><w:t xml:space="preserve">Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm',
					'<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t xml:space="preserve">Së Néi vô ®Ò nghÞ c¸c c¬ quan </w:t></w:r><w:r><w:t xml:space="preserve">Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm',
				),
		});
		assert.deepEqual(
			runsOf(doc, 'Thực hiện Kế hoạch').map((r) => r.font),
			['Calibri'],
		);
		assert.deepEqual(
			runsOf(doc, 'Së Néi vô').map((r) => r.font),
			['.VnTime'],
		);
		assert.ok(lintDocx(doc).some((p) => p.ruleId === 'legacy-encoding'));
	});

	it('reads a document without a page number: no PAGE field in any header', () => {
		const doc = mutated({ 'word/document.xml': (xml) => xml.replace(/<w:headerReference w:type="default" r:id="\w+"\/>/u, '') });
		assert.equal(doc.format.sections[0]?.pageNumber, undefined);
		assert.equal(clean.format.sections[0]?.pageNumber?.where, 'header');
	});

	it('reads a Nơi nhận label without italic and a Tiêu ngữ in 12 pt', () => {
		const doc = mutated({
			'word/document.xml': (xml) =>
				onRunsOf('Độc lập - Tự do - Hạnh phúc', '<w:sz w:val="24"/>')(onRunsOf('Nơi nhận:', '<w:i w:val="0"/>')(xml)),
		});
		assert.deepEqual(
			runsOf(clean, 'Nơi nhận:').map((r) => [r.bold, r.italic]),
			[[true, true]],
		);
		assert.deepEqual(
			runsOf(doc, 'Nơi nhận:').map((r) => [r.bold, r.italic]),
			[[true, false]],
		);
		assert.deepEqual(
			runsOf(doc, 'Độc lập - Tự do - Hạnh phúc').map((r) => r.sizePt),
			[12],
		);
		assert.notEqual(runsOf(clean, 'Độc lập - Tự do - Hạnh phúc')[0]?.sizePt, 12);
	});

	it('reads a missing rule line: one line fewer, the others where they were', () => {
		const doc = mutated({ 'word/document.xml': (xml) => xml.replace(/<w:r><w:drawing>(?:(?!<\/w:drawing>).)*<\/w:drawing><\/w:r>/su, '') });
		assert.equal(doc.format.ruleLines.length, clean.format.ruleLines.length - 1);
		assert.deepEqual(
			doc.format.ruleLines.map((l) => l.lengthPt),
			clean.format.ruleLines.slice(1).map((l) => l.lengthPt),
		);
	});
});
