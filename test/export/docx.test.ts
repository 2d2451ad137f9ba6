// The .docx that `congvan export` writes, unzipped and read as Word reads it: A4 and the margins in twips,
// Times New Roman and the half-point sizes of each component's style, bold and italic per component, the
// borderless header and closing tables, the rule lines as line shapes of the right length (EMU), the PAGE
// field in a header shown from page 2 (titlePg), and the text: nothing the user wrote is dropped, added or
// moved out of its place.
//
// How the text is compared. Word reads the document paragraph by paragraph, a table row by row and a row
// cell by cell from left to right. The header table holds the cơ quan | Quốc hiệu and Tiêu ngữ in its first
// row and Số, V/v | địa danh và ngày in its second; the closing table holds Nơi nhận | chữ ký. Each Word
// paragraph is one block of the layout plan: one line of the letter, a body paragraph (its hard-wrapped lines
// joined), or one Nơi nhận entry. So the test (1) finds every non-empty Word paragraph, white space aside, as
// a piece of the letter's text (its non-blank lines, emphasis markers dropped, white space removed), each
// piece at its own place, the pieces covering the whole text exactly once; (2) checks that inside the body
// and inside each table cell the pieces keep the letter's order; and (3) that outside the header table the
// whole document keeps the letter's order, the header table coming first (inside the header, the V/v goes
// under the Số in the left cell wherever the letter writes it, so the cells may read in another order).
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/core/letter';
import { nd30Layout } from '../../server/src/core/layout/nd30';
import { boldTextWidthPt } from '../../server/src/core/layout/metrics';
import { planLetter } from '../../server/src/core/layout/plan';
import { buildDocument, docxBytes, mmToTwips } from '../../server/src/export/docx';
import { allLetters, bodyParagraphs, squeeze, styleXml, templateLetters, unzipDocx, type DocxParagraph, type DocxParts } from './helpers';

async function exportText(text: string): Promise<DocxParts> {
	return unzipDocx(await docxBytes(buildDocument(parseLetter(text))));
}

// A line that only draws a rule ("-----"): the export draws it as a shape, so it is not text to find.
const RULE_ONLY = /^(?:[-_=]\s*){3,}$/u;

/** The letter's text as the export must carry it: non-blank lines, no emphasis markers, no white space. */
function letterText(text: string): string {
	const letter = parseLetter(text);
	const directiveLines = new Set(letter.directives.map((d) => d.line));
	return letter.lines
		.filter((l) => l.content !== '' && !directiveLines.has(l.index) && !RULE_ONLY.test(l.content))
		.map((l) => squeeze(l.content))
		.join('');
}

/** Where each paragraph's text is found in `source`, each at a place of its own; fails when one is not. */
function locate(paragraphs: DocxParagraph[], source: string, name: string): number[] {
	const used: [number, number][] = [];
	const overlaps = (start: number, end: number): boolean => used.some(([s, e]) => start < e && s < end);
	return paragraphs.map((p) => {
		const piece = squeeze(p.text);
		for (let at = source.indexOf(piece); at >= 0; at = source.indexOf(piece, at + 1)) {
			if (!overlaps(at, at + piece.length)) {
				used.push([at, at + piece.length]);
				return at;
			}
		}
		return assert.fail(`${name}: the paragraph ${JSON.stringify(p.text)} is not in the letter (or is there twice)`);
	});
}

function increasing(values: number[]): boolean {
	return values.every((v, i) => i === 0 || (values[i - 1] ?? -1) < v);
}

const CONG_VAN = `ỦY BAN NHÂN DÂN
TỈNH HÀ GIANG
SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số:      /SNV-VP
V/v tổ chức Hội nghị

Hà Giang, ngày    tháng 01 năm 2026

Kính gửi: Các phòng, đơn vị thuộc Sở.

Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.

Nơi nhận:
- Như trên;
- Lưu: VT, VP.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Trần Thị Minh Hằng
`;

describe('export to Word (.docx)', () => {
	let cv: DocxParts;
	let qd: DocxParts;
	before(async () => {
		cv = await exportText(CONG_VAN);
		const decision = templateLetters().find((t) => /quyết định/iu.test(t.name));
		assert.ok(decision, 'the quyết định template');
		qd = await exportText(decision.text);
	});

	it('sets an A4 portrait page with the margins of the layout table, in twips', () => {
		const table = nd30Layout();
		assert.match(cv.document, /<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/u);
		const margin = /<w:pgMar ([^>]*)\/>/u.exec(cv.document)?.[1] ?? '';
		const attr = (name: string): number => Number(new RegExp(`w:${name}="(\\d+)"`, 'u').exec(margin)?.[1]);
		assert.equal(attr('top'), mmToTwips(table.margins.top.value));
		assert.equal(attr('top'), 1134, '20 mm');
		assert.equal(attr('bottom'), 1134, '20 mm');
		assert.equal(attr('left'), 1701, '30 mm');
		assert.equal(attr('right'), 850, '15 mm');
	});

	it('gives each component a named style in Times New Roman with its size in half-points, bold and italic', () => {
		const expect: [string, number, boolean, boolean][] = [
			['CV-quoc-hieu', 26, true, false],
			['CV-tieu-ngu', 28, true, false],
			['CV-co-quan-chu-quan', 26, false, false],
			['CV-co-quan-ban-hanh', 26, true, false],
			['CV-so', 26, false, false],
			['CV-dia-danh-ngay', 28, false, true],
			['CV-ten-loai', 28, true, false],
			['CV-trich-yeu', 28, true, false],
			['CV-vv', 24, false, false],
			['CV-can-cu', 28, false, true],
			['CV-noi-dung', 28, false, false],
			['CV-noi-nhan-label', 24, true, true],
			['CV-noi-nhan-entry', 22, false, false],
			['CV-quyen-han', 28, true, false],
			['CV-chuc-vu', 28, true, false],
			['CV-ho-ten', 28, true, false],
		];
		for (const [id, halfPoints, bold, italic] of expect) {
			const xml = styleXml(cv.styles, id);
			assert.ok(xml, `style ${id}`);
			assert.match(xml, /w:type="paragraph"|w:styleId/u);
			assert.match(xml, /<w:name w:val="CV [^"]+"\/>/u, id);
			assert.match(
				xml,
				/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/u,
				id,
			);
			assert.match(xml, new RegExp(`<w:sz w:val="${halfPoints}"/>`, 'u'), id);
			assert.equal(/<w:b\/>|<w:b w:val="true"\/>/u.test(xml), bold, `${id} bold`);
			assert.equal(/<w:i\/>|<w:i w:val="true"\/>/u.test(xml), italic, `${id} italic`);
		}
		assert.match(styleXml(cv.styles, 'CV-noi-dung'), /<w:jc w:val="both"\/>/u);
		assert.match(styleXml(cv.styles, 'CV-noi-dung'), /<w:ind w:firstLine="720"\/>/u, 'first-line indent 1.27 cm');
		assert.match(styleXml(cv.styles, 'CV-dia-danh-ngay'), /<w:jc w:val="center"\/>/u);
	});

	it('puts each component of the letter in its style and its cell', () => {
		const paragraphs = bodyParagraphs(cv.document);
		const find = (text: string): DocxParagraph => paragraphs.find((p) => p.text === text) ?? assert.fail(text);
		assert.deepEqual([find('SỞ NỘI VỤ').style, find('SỞ NỘI VỤ').cell], ['CV-co-quan-ban-hanh', { table: 0, row: 0, cell: 0 }]);
		assert.deepEqual([find('ỦY BAN NHÂN DÂN').style, find('TỈNH HÀ GIANG').style], ['CV-co-quan-chu-quan', 'CV-co-quan-chu-quan']);
		assert.deepEqual(find('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').cell, { table: 0, row: 0, cell: 1 });
		assert.deepEqual([find('Số:      /SNV-VP').style, find('Số:      /SNV-VP').cell], ['CV-so', { table: 0, row: 1, cell: 0 }]);
		assert.deepEqual(find('V/v tổ chức Hội nghị').style, 'CV-vv');
		const date = find('Hà Giang, ngày    tháng 01 năm 2026');
		assert.deepEqual([date.style, date.cell], ['CV-dia-danh-ngay', { table: 0, row: 1, cell: 1 }]);
		assert.deepEqual([find('Nơi nhận:').style, find('Nơi nhận:').cell], ['CV-noi-nhan-label', { table: 1, row: 0, cell: 0 }]);
		assert.equal(find('- Lưu: VT, VP.').style, 'CV-noi-nhan-entry');
		assert.deepEqual([find('KT. GIÁM ĐỐC').style, find('KT. GIÁM ĐỐC').cell], ['CV-quyen-han', { table: 1, row: 0, cell: 1 }]);
		assert.equal(find('PHÓ GIÁM ĐỐC').style, 'CV-chuc-vu');
		assert.equal(find('Trần Thị Minh Hằng').style, 'CV-ho-ten');
		assert.equal(find('Sở Nội vụ đề nghị các cơ quan, đơn vị quan tâm, phối hợp thực hiện./.').cell, undefined);
	});

	it('keeps the blanks of a draft as written, spaces included', () => {
		assert.match(cv.document, /<w:t xml:space="preserve">Số: {6}\/SNV-VP<\/w:t>/u);
		assert.match(cv.document, /<w:t xml:space="preserve">Hà Giang, ngày {4}tháng 01 năm 2026<\/w:t>/u);
	});

	it('draws the header and the closing as borderless tables', () => {
		const tables = [...cv.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/gu)].map((m) => m[0]);
		assert.equal(tables.length, 2);
		for (const table of tables) {
			const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/u.exec(table)?.[1] ?? assert.fail('tblBorders');
			const edges = [...borders.matchAll(/<w:(\w+) w:val="(\w+)"/gu)];
			assert.deepEqual(edges.map((e) => e[1]).sort(), ['bottom', 'insideH', 'insideV', 'left', 'right', 'top']);
			assert.ok(
				edges.every((e) => e[2] === 'none'),
				borders,
			);
			for (const cell of table.matchAll(/<w:tcBorders>([\s\S]*?)<\/w:tcBorders>/gu)) {
				assert.ok(![...(cell[1] ?? '').matchAll(/w:val="(\w+)"/gu)].some((v) => v[1] !== 'none'), cell[1]);
			}
			assert.equal((table.match(/<w:gridCol /gu) ?? []).length, 2, 'two columns');
		}
	});

	it('draws the rule lines as floating line shapes under the Tiêu ngữ (as wide as it) and the issuing body (1/3 to 1/2)', () => {
		const table = nd30Layout();
		const shapes = [...cv.document.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<wp:anchor[\s\S]*?<\/w:p>/gu)].map((m) => m[0]);
		assert.equal(shapes.length, 2, 'two line shapes');
		const lineOf = (text: string): string => shapes.find((p) => p.includes(`>${text}</w:t>`)) ?? assert.fail(text);
		const extent = (xml: string): number => Number(/<wp:extent cx="(\d+)" cy="0"\/>/u.exec(xml)?.[1]);
		for (const xml of shapes) {
			assert.match(xml, /<a:prstGeom prst="line">/u);
			assert.match(xml, /<wp:positionH relativeFrom="column"><wp:align>center<\/wp:align><\/wp:positionH>/u);
			assert.match(xml, /layoutInCell="1"/u);
			assert.match(xml, /<wp:wrapNone\/>/u);
			assert.match(xml, /<a:ln w="6350">/u, 'half a point');
			assert.doesNotMatch(xml, /<w:pBdr>/u, 'not a paragraph border');
		}
		const tieuNgu = boldTextWidthPt('Độc lập - Tự do - Hạnh phúc', table.components['tieu-ngu'].size.value) * 12700;
		assert.ok(Math.abs(extent(lineOf('Độc lập - Tự do - Hạnh phúc')) - tieuNgu) <= 1, 'as wide as the Tiêu ngữ');
		const issuing = boldTextWidthPt('SỞ NỘI VỤ', table.components['co-quan-ban-hanh'].size.value) * 12700;
		const underBody = extent(lineOf('SỞ NỘI VỤ'));
		assert.ok(underBody >= issuing / 3 && underBody <= issuing / 2, `${underBody} EMU for a text of ${issuing}`);
		assert.doesNotMatch(cv.document, /<w:t[^>]*>[-_]{3,}/u, 'no rule drawn with dashes');
	});

	it('draws a third line under the trích yếu of a quyết định', () => {
		assert.equal((qd.document.match(/<a:prstGeom prst="line">/gu) ?? []).length, 3);
	});

	it('numbers the pages in the page header from page 2: a PAGE field, and an empty first-page header (titlePg)', () => {
		assert.match(cv.document, /<w:titlePg\/>|<w:titlePg w:val="true"\/>/u);
		const refs = [...cv.document.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/gu)];
		assert.deepEqual(refs.map((r) => r[1]).sort(), ['default', 'first']);
		const rels = cv.files['word/_rels/document.xml.rels'] ?? '';
		const header = (type: string): string => {
			const id = refs.find((r) => r[1] === type)?.[2];
			const target =
				new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(rels)?.[1] ??
				new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`, 'u').exec(rels)?.[1];
			return cv.files[`word/${target}`] ?? assert.fail(`header ${type}`);
		};
		assert.match(header('default'), /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>|w:instr="\s*PAGE\s*"/u);
		assert.match(header('default'), /<w:pStyle w:val="CV-so-trang"\/>/u);
		assert.doesNotMatch(header('first'), /PAGE/u);
		assert.match(styleXml(cv.styles, 'CV-so-trang'), /<w:jc w:val="center"\/>/u);
	});

	it('sets the marker of an Điều in bold and its text upright and regular', () => {
		const dieu = bodyParagraphs(qd.document).find((p) => p.style === 'CV-dieu' && p.text.startsWith('Điều 1.'));
		assert.ok(dieu, 'an Điều paragraph');
		assert.match(
			dieu.xml,
			/<w:r><w:rPr><w:b\/><w:bCs\/><\/w:rPr><w:t xml:space="preserve">Điều 1\.<\/w:t><\/w:r><w:r><w:t xml:space="preserve"> /u,
		);
		assert.ok(
			bodyParagraphs(qd.document).some((p) => p.style === 'CV-can-cu'),
			'căn cứ lines',
		);
		assert.ok(
			bodyParagraphs(qd.document).some((p) => p.style === 'CV-quyet-dinh'),
			'the QUYẾT ĐỊNH: line',
		);
	});

	describe('keeps the text of every letter, paragraph by paragraph', () => {
		for (const { name, text } of allLetters()) {
			it(name, async () => {
				const parts = await exportText(text);
				const paragraphs = bodyParagraphs(parts.document).filter((p) => squeeze(p.text) !== '');
				const source = letterText(text);
				const at = locate(paragraphs, source, name);
				assert.equal(
					paragraphs.reduce((n, p) => n + squeeze(p.text).length, 0),
					source.length,
					`${name}: the paragraphs cover the letter's text exactly`,
				);
				// The body, and each table cell, keep the letter's order.
				const groups = new Map<string, number[]>();
				paragraphs.forEach((p, i) => {
					const key = p.cell ? `${p.cell.table}/${p.cell.row}/${p.cell.cell}` : 'body';
					groups.set(key, [...(groups.get(key) ?? []), at[i] ?? -1]);
				});
				for (const [key, positions] of groups) {
					assert.ok(increasing(positions), `${name}: ${key} is out of order`);
				}
				// Outside the header table (whose reading order puts the V/v under the Số, wherever the letter has
				// it), the whole document keeps the letter's order, and the header comes first.
				// Two signers side by side (a biên bản) stand above the Nơi nhận wherever the letter writes them.
				const inHeader = (p: DocxParagraph): boolean => p.cell?.table === 0 && paragraphs[0]?.cell?.table === 0;
				const signers = new Set(
					planLetter(parseLetter(text))
						.blocks.filter((b) => b.region.startsWith('signers'))
						.map((b) => squeeze(b.text)),
				);
				const rest = at.filter((_, i) => !inHeader(paragraphs[i] as DocxParagraph) && !signers.has(squeeze(paragraphs[i]?.text ?? '')));
				assert.ok(increasing(rest), `${name}: the document keeps the letter's order`);
				const header = at.filter((_, i) => inHeader(paragraphs[i] as DocxParagraph));
				assert.ok(
					header.every((h) => rest.every((r) => h < r)),
					`${name}: the header comes first`,
				);
				// One Word paragraph per block of the plan.
				assert.equal(paragraphs.length, planLetter(parseLetter(text)).blocks.length);
			});
		}
	});

	it("sets a biên bản's two signers side by side, above the Nơi nhận", async () => {
		const template = templateLetters().find((t) => /biên bản/iu.test(t.name)) ?? assert.fail('no biên bản template');
		const paragraphs = bodyParagraphs((await exportText(template.text)).document);
		const find = (text: string): DocxParagraph => paragraphs.find((p) => p.text === text) ?? assert.fail(text);
		const thuKy = find('THƯ KÝ').cell;
		const chuToa = find('CHỦ TỌA').cell;
		assert.ok(thuKy && chuToa, 'both signers are in a table');
		assert.deepEqual([thuKy.table, thuKy.row, thuKy.cell], [chuToa.table, chuToa.row, 0]);
		assert.equal(chuToa.cell, 1);
		const names = paragraphs.filter((p) => p.text === 'Họ và tên');
		assert.deepEqual(
			names.map((p) => [p.style, p.cell?.cell]),
			[
				['CV-ho-ten', 0],
				['CV-ho-ten', 1],
			],
		);
		// The Nơi nhận follows, on the left of the next table.
		const label = find('Nơi nhận:').cell;
		assert.deepEqual([label?.table, label?.cell], [thuKy.table + 1, 0]);
	});

	it('sets text without any component of a letter as body paragraphs, without tables', async () => {
		const parts = await exportText('Ghi chú gửi phòng Tổng hợp.\n\nNội dung thứ hai, chưa có phần đầu.\n');
		const paragraphs = bodyParagraphs(parts.document).filter((p) => p.text !== '');
		assert.deepEqual(
			paragraphs.map((p) => [p.style, p.cell]),
			[
				['CV-noi-dung', undefined],
				['CV-noi-dung', undefined],
			],
		);
		assert.doesNotMatch(parts.document, /<w:tbl>/u);
	});

	it('exports an empty letter as an empty A4 page', async () => {
		const parts = await exportText('');
		assert.deepEqual(
			bodyParagraphs(parts.document).map((p) => p.text),
			[''],
		);
		assert.match(parts.document, /<w:pgSz w:w="11906" w:h="16838"/u);
	});

	it('covers the ten template types', () => {
		const names = templateLetters().map((t) => t.name.toLowerCase());
		for (const type of [
			'công văn',
			'quyết định',
			'tờ trình',
			'kế hoạch',
			'báo cáo',
			'thông báo',
			'giấy mời',
			'giấy giới thiệu',
			'biên bản',
			'công điện',
		]) {
			assert.ok(
				names.some((n) => n.includes(type)),
				`${type} in ${names.join(', ')}`,
			);
		}
	});
});
