// The traps of real Word files (issue 13, item 1), each in a hand-written document whose XML is in the test:
// style inheritance with toggles, theme fonts, a BOM, AlternateContent, a rule line anchored in another
// paragraph of the header table, tracked changes, content controls, fields, text boxes, merged cells, a spacer
// column, several sections, no section properties, headers with page numbers, a style cycle.
import * as assert from 'node:assert/strict';
import { letterFromDocx, readDocx, type DocxReadSuccess } from '../../server/src/docx/index';
import type { RunFormat } from '../../server/src/core/letter/format';
import { A4_SECTION, buildDocx, p, run, tbl, tc, type DocxSpec } from '../harness/docx-builder';

function read(spec: DocxSpec): DocxReadSuccess {
	const result = readDocx(buildDocx(spec));
	if (!result.ok) {
		assert.fail(`not read: ${result.error.code} ${result.error.detail ?? ''}`);
	}
	return result;
}

/** The run holding a piece of the text view. */
function runAt(doc: DocxReadSuccess, piece: string): RunFormat {
	const at = doc.text.indexOf(piece);
	assert.ok(at >= 0, `"${piece}" in the text view`);
	const found = doc.format.runs.find((r) => r.range.start <= at && at < r.range.end);
	assert.ok(found, `a run at "${piece}"`);
	return found;
}

const FONT_SCHEME =
	'<a:fontScheme name="Office"><a:majorFont><a:latin typeface="Cambria"/></a:majorFont><a:minorFont><a:latin typeface="Times New Roman"/></a:minorFont></a:fontScheme>';

describe('readDocx: the traps of real Word files', () => {
	it('resolves docDefaults, the paragraph style chain, the character style and direct formatting, with toggles (§17.7.3)', () => {
		const doc = read({
			styles: `
				<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial"/><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>
				<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
				<w:style w:type="paragraph" w:styleId="Bold"><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
				<w:style w:type="paragraph" w:styleId="BoldChild"><w:basedOn w:val="Bold"/><w:rPr><w:i/></w:rPr></w:style>
				<w:style w:type="character" w:styleId="Strong"><w:rPr><w:b/></w:rPr></w:style>
				<w:style w:type="character" w:styleId="StrongChild"><w:basedOn w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>`,
			body: [
				p('plain'),
				p('inherits bold', { pPr: '<w:pStyle w:val="BoldChild"/>' }),
				`<w:p><w:pPr><w:pStyle w:val="Bold"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>toggled off</w:t></w:r></w:p>`,
				`<w:p><w:pPr><w:pStyle w:val="Bold"/></w:pPr><w:r><w:rPr><w:rStyle w:val="StrongChild"/></w:rPr><w:t>chain not toggled twice</w:t></w:r></w:p>`,
				`<w:p><w:pPr><w:pStyle w:val="Bold"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/><w:b/></w:rPr><w:t>direct wins</w:t></w:r></w:p>`,
				p('direct off', { pPr: '<w:pStyle w:val="Bold"/>', rPr: '<w:b w:val="0"/><w:sz w:val="26"/><w:rFonts w:ascii=".VnTime"/>' }),
				A4_SECTION,
			].join(''),
		});
		assert.deepEqual(
			{ ...runAt(doc, 'plain'), range: undefined },
			{ range: undefined, font: 'Arial', sizePt: 14, bold: false, italic: false, caps: false, underline: false },
		);
		const inherits = runAt(doc, 'inherits bold');
		assert.equal(inherits.bold, true, 'bold from the base style');
		assert.equal(inherits.italic, true);
		assert.equal(runAt(doc, 'toggled off').bold, false, 'bold paragraph style and bold character style toggle');
		assert.equal(runAt(doc, 'chain not toggled twice').bold, false, 'one character style level toggles once');
		assert.equal(runAt(doc, 'direct wins').bold, true);
		const direct = runAt(doc, 'direct off');
		assert.equal(direct.bold, false);
		assert.equal(direct.sizePt, 13);
		assert.equal(direct.font, '.VnTime');
	});

	it('takes the theme font when w:asciiTheme is set, even beside w:ascii', () => {
		const doc = read({
			fontScheme: FONT_SCHEME,
			styles:
				'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:ascii="Calibri"/></w:rPr></w:rPrDefault></w:docDefaults>',
			body: [
				p('minor'),
				p('major', { rPr: '<w:rFonts w:asciiTheme="majorHAnsi" w:ascii="Arial"/>' }),
				p('explicit', { rPr: '<w:rFonts w:ascii="Arial"/>' }),
			].join(''),
		});
		assert.equal(runAt(doc, 'minor').font, 'Times New Roman');
		assert.equal(runAt(doc, 'major').font, 'Cambria');
		assert.equal(runAt(doc, 'explicit').font, 'Arial');
	});

	it('survives a style cycle (basedOn loops back)', () => {
		const doc = read({
			styles: `
				<w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/><w:rPr><w:b/></w:rPr></w:style>
				<w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/><w:rPr><w:i/></w:rPr></w:style>`,
			body: p('cycle', { pPr: '<w:pStyle w:val="A"/>' }),
		});
		const r = runAt(doc, 'cycle');
		assert.equal(r.bold, true);
		assert.equal(r.italic, true);
	});

	it('reads a document.xml that starts with a UTF-8 BOM', () => {
		const doc = read({ body: p('Kính gửi: Sở Nội vụ'), documentPrefix: new Uint8Array([0xef, 0xbb, 0xbf]) });
		assert.equal(doc.text, 'Kính gửi: Sở Nội vụ\n');
	});

	it('reads one branch of mc:AlternateContent: the Choice when understood, else the Fallback, never both', () => {
		const alternate = (requires: string): string =>
			`<w:p><mc:AlternateContent><mc:Choice Requires="${requires}">${run('CHOICE')}</mc:Choice><mc:Fallback>${run('FALLBACK')}</mc:Fallback></mc:AlternateContent></w:p>`;
		const doc = read({
			body:
				alternate('wps') +
				alternate('w16unknown').replace('Requires="w16unknown"', 'xmlns:w16unknown="urn:x-unknown" Requires="w16unknown"'),
		});
		assert.equal(doc.text, 'CHOICE\n\nFALLBACK\n');
	});

	it('reads the accepted view of tracked changes: insertions kept, deletions and moved-from text dropped', () => {
		const doc = read({
			body: `<w:p>${run('Số: ')}<w:ins w:id="1" w:author="A">${run('12')}</w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>11</w:delText></w:r></w:del><w:moveFrom w:id="3" w:author="A">${run('XX')}</w:moveFrom>${run('/UBND-VP')}</w:p>`,
		});
		assert.equal(doc.text, 'Số: 12/UBND-VP\n');
		assert.ok(doc.notes.some((n) => n.code === 'tracked-changes'));
	});

	it('reads content controls (block and inline) and field results, never field instructions', () => {
		const doc = read({
			body: [
				`<w:sdt><w:sdtPr/><w:sdtContent>${p('Kính gửi: Sở Tài chính')}</w:sdtContent></w:sdt>`,
				`<w:p>${run('Ngày ')}<w:sdt><w:sdtContent>${run('05')}</w:sdtContent></w:sdt>` +
					`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE \\@ "dd/MM/yyyy" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('/3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>` +
					`<w:fldSimple w:instr=" REF x ">${run('/2026')}</w:fldSimple></w:p>`,
			].join(''),
		});
		assert.equal(doc.text, 'Kính gửi: Sở Tài chính\n\nNgày 05/3/2026\n');
	});

	it("reads a text box's paragraphs after the paragraph that holds it, from DrawingML or from VML", () => {
		const box = (text: string): string =>
			`<w:drawing><wp:anchor><wp:extent cx="1000000" cy="300000"/><a:graphic><a:graphicData><wps:wsp><wps:spPr><a:prstGeom prst="rect"/></wps:spPr><wps:txbx><w:txbxContent>${p(text)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`;
		const doc = read({
			body:
				`<w:p>${run('Trước')}<w:r>${box('Trong hộp')}</w:r></w:p>` +
				`<w:p>${run('VML')}<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${p('Hộp cũ')}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`,
		});
		assert.equal(doc.text, 'Trước\n\nTrong hộp\n\nVML\n\nHộp cũ\n');
		assert.equal(doc.format.ruleLines.length, 0, 'a rectangle is no rule line');
	});

	it('lays out the header table as Word writes it as text, with a spacer column, merged cells and a line anchored in another paragraph', () => {
		const line = (cx: number): string =>
			`<w:r><w:drawing><wp:anchor><wp:extent cx="${cx}" cy="0"/><a:graphic><a:graphicData><wps:wsp><wps:cNvCnPr/><wps:spPr><a:prstGeom prst="line"/></wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>`;
		const header = tbl(
			[
				[
					tc(
						p('ỦY BAN NHÂN DÂN') +
							p('TỈNH LÂM VIÊN') +
							`<w:p w14:paraId="1A2B3C4D">${run('SỞ NỘI VỤ')}</w:p>` +
							`<w:p>${line(889000)}</w:p>`,
					),
					tc(p(''), '<w:vMerge w:val="restart"/>'),
					tc(`<w:p>${run('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')}${line(2_540_000)}</w:p>` + p('Độc lập - Tự do - Hạnh phúc')),
				],
				[tc(p('Số: 12/SNV-VP') + p('V/v tổ chức hội nghị')), tc(p(''), '<w:vMerge/>'), tc(p('Lâm Viên, ngày 05 tháng 3 năm 2026'))],
			],
			3,
		);
		const doc = read({ body: header + p('Kính gửi: Các phòng thuộc Sở') + A4_SECTION });
		assert.equal(
			doc.text,
			[
				'ỦY BAN NHÂN DÂN',
				'TỈNH LÂM VIÊN',
				'SỞ NỘI VỤ',
				'\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
				'Độc lập - Tự do - Hạnh phúc',
				'Số: 12/SNV-VP',
				'V/v tổ chức hội nghị\tLâm Viên, ngày 05 tháng 3 năm 2026',
				'',
				'Kính gửi: Các phòng thuộc Sở',
				'',
			].join('\n'),
		);
		const lines = doc.format.ruleLines;
		assert.deepEqual(
			lines.map((l) => ({ kind: l.kind, lengthPt: l.lengthPt, anchor: doc.text.slice(l.anchor.start, l.anchor.end), table: l.table })),
			[
				{ kind: 'shape', lengthPt: 70, anchor: '', table: { index: 1, row: 1, column: 1 } },
				{ kind: 'shape', lengthPt: 200, anchor: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', table: { index: 1, row: 1, column: 3 } },
			],
		);
		const so = doc.format.paragraphs.find((x) => doc.text.slice(x.range.start, x.range.end) === 'SỞ NỘI VỤ');
		assert.deepEqual(so?.location, {
			paragraph: 3,
			snippet: 'SỞ NỘI VỤ',
			paraId: '1A2B3C4D',
			table: { index: 1, row: 1, column: 1, role: 'header', side: 'left' },
		});
		const date = doc.format.paragraphs.find((x) => doc.text.slice(x.range.start, x.range.end).startsWith('Lâm Viên'));
		assert.deepEqual(date?.location.table, { index: 1, row: 2, column: 3, role: 'header', side: 'right' });
		// The letter model reads every part of the header from this text view.
		const letter = letterFromDocx(doc);
		assert.equal(letter.agencyLines.length, 3);
		assert.ok(letter.quocHieu && letter.tieuNgu && letter.so && letter.date && letter.trichYeu);
		assert.equal(letter.format, doc.format);
	});

	it('records paragraph borders and typed dashes as rule lines', () => {
		const doc = read({
			body:
				p('SỞ NỘI VỤ', { pPr: '<w:pBdr><w:bottom w:val="single" w:sz="4"/></w:pBdr>' }) +
				p('-----------') +
				p('none', { pPr: '<w:pBdr><w:bottom w:val="nil"/></w:pBdr>' }),
		});
		assert.deepEqual(
			doc.format.ruleLines.map((l) => [l.kind, doc.text.slice(l.anchor.start, l.anchor.end)]),
			[
				['border', 'SỞ NỘI VỤ'],
				['typed', '-----------'],
			],
		);
	});

	it('reads every section with its page, headers inherited, PAGE fields and the first page', () => {
		const pageField = `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('2')}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;
		const doc = read({
			parts: {
				rIdH1: { kind: 'header', xml: pageField },
				rIdH2: { kind: 'header', xml: p('') },
				rIdF1: { kind: 'footer', xml: '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:fldSimple w:instr="PAGE"/></w:p>' },
			},
			body: [
				p('Trang đầu'),
				`<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:headerReference w:type="first" r:id="rIdH2"/><w:titlePg/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="-1134" w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr></w:pPr>${run('Cuối phần 1')}</w:p>`,
				p('Phụ lục ngang'),
				'<w:sectPr><w:footerReference w:type="default" r:id="rIdF1"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr>',
			].join(''),
		});
		const [first, second] = doc.format.sections;
		assert.equal(doc.format.sections.length, 2);
		assert.deepEqual(first, {
			pageWidthMm: 210,
			pageHeightMm: 297,
			orientation: 'portrait',
			margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
			titlePage: true,
			pageNumber: { where: 'header', align: 'center' },
			pageNumberOnFirstPage: false,
		});
		// The second section names only its footer: the header is the first section's; no titlePg, so page 1 shows it.
		assert.equal(second?.orientation, 'landscape');
		assert.equal(second?.margins, undefined);
		assert.deepEqual(second?.pageNumber, { where: 'header', align: 'center' });
		assert.equal(second?.pageNumberOnFirstPage, true);
		assert.deepEqual(
			doc.format.paragraphs.map((x) => x.section),
			[0, 0, 1],
		);
		assert.equal(doc.text, 'Trang đầu\n\nCuối phần 1\n\nPhụ lục ngang\n', 'the PAGE result of a header is not in the text');
	});

	it('reads a document without section properties: no section, page setup unknown', () => {
		const doc = read({ body: p('Không có sectPr') });
		assert.deepEqual(doc.format.sections, []);
		assert.ok(doc.notes.some((n) => n.code === 'no-page-setup'));
		assert.equal(doc.format.paragraphs[0]?.section, 0);
	});

	it('drops hidden text and reads tabs, breaks and non-breaking hyphens', () => {
		const doc = read({
			body: `<w:p>${run('CỘNG HÒA')}<w:r><w:br/><w:t>Độc lập</w:t><w:tab/><w:noBreakHyphen/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r></w:p>`,
		});
		assert.equal(doc.text, 'CỘNG HÒA\nĐộc lập\t-\n');
	});

	it('reads paragraph formats: alignment, line spacing, spacing and first-line indent, from styles and direct', () => {
		const doc = read({
			styles:
				'<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:pPr><w:jc w:val="both"/><w:spacing w:before="120" w:after="60" w:line="276" w:lineRule="auto"/><w:ind w:firstLine="567"/></w:pPr></w:style>',
			body: p('Nội dung') + p('Chính xác', { pPr: '<w:spacing w:line="360" w:lineRule="exact"/><w:jc w:val="center"/>' }),
		});
		const [body, exact] = doc.format.paragraphs;
		assert.equal(body?.align, 'justify');
		assert.equal(body?.lineSpacing, 1.15);
		assert.equal(body?.spaceBeforePt, 6);
		assert.equal(body?.spaceAfterPt, 3);
		assert.equal(body?.firstLineIndentMm, 10);
		assert.equal(exact?.align, 'center');
		assert.equal(exact?.lineSpacing, undefined);
		assert.equal(exact?.lineSpacingPt, 18);
	});
});
