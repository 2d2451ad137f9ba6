// End to end: a letter exported to Word by the exporter (server/src/export/docx.ts), read back by the .docx
// reader (server/src/docx/), checked by the layout rules. The exported letter gives no layout finding (round
// trip); each mutation of its XML (the defects found in real drafts: US Letter paper, wrong margins, Calibri
// runs, .VnTime text, no page number, a Nơi nhận without italic, a missing rule line, a Tiêu ngữ in 12 pt)
// gives exactly its finding. The files are made here, not committed: exporter, string edits, fflate.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { lintLetter, parseLetter, type Problem } from '../../server/src/core/index';
import { LAYOUT_RULES } from '../../server/src/core/groups/layout';
import { letterFromDocx, readDocx } from '../../server/src/docx/index';
import { buildDocument, docxBytes } from '../../server/src/export/docx';
import { buildLetter } from '../harness/letter-builder';
import { REPO_ROOT } from '../harness/letters';

/** The rules a Word file's layout can trigger: the layout rules and legacy-encoding (legacy fonts). */
const LAYOUT_IDS = new Set([...LAYOUT_RULES.map((r) => r.id), 'legacy-encoding']);

type Parts = Record<string, Uint8Array>;

async function exported(text: string): Promise<Parts> {
	return unzipSync(await docxBytes(buildDocument(parseLetter(text))));
}

/** Replaces `from` by `to` in one part of the file, and fails when `from` is not there (the exporter changed). */
function edit(parts: Parts, name: string, from: string | RegExp, to: string): void {
	const part = parts[name];
	assert.ok(part, `${name} is in the exported file`);
	const xml = strFromU8(part);
	const changed = xml.replace(from, to);
	assert.notEqual(changed, xml, `${String(from)} is in ${name}`);
	parts[name] = strToU8(changed);
}

/** The XML of one paragraph style of the exported file ("CV-noi-nhan-label"), to edit it alone. */
function editStyle(parts: Parts, styleId: string, from: string | RegExp, to: string): void {
	const name = 'word/styles.xml';
	const xml = strFromU8(parts[name] as Uint8Array);
	const start = xml.indexOf(`w:styleId="${styleId}"`);
	assert.ok(start >= 0, `style ${styleId}`);
	const end = xml.indexOf('</w:style>', start);
	const style = xml.slice(start, end);
	const changed = style.replace(from, to);
	assert.notEqual(changed, style, `${String(from)} is in style ${styleId}`);
	parts[name] = strToU8(xml.slice(0, start) + changed + xml.slice(end));
}

/** Removes the run that draws the rule line under a component ("Tiêu ngữ"). */
function removeRuleLine(parts: Parts, componentName: string): void {
	const name = 'word/document.xml';
	const xml = strFromU8(parts[name] as Uint8Array);
	const at = xml.indexOf(`name="CV đường kẻ dưới ${componentName}"`);
	assert.ok(at >= 0, `the line under ${componentName}`);
	const start = xml.lastIndexOf('<w:r>', at);
	const end = xml.indexOf('</w:r>', at) + '</w:r>'.length;
	parts[name] = strToU8(xml.slice(0, start) + xml.slice(end));
}

/** The layout findings of a Word file, as "ruleId/messageId/severity «text under the range»". */
function layoutFindings(parts: Parts): string[] {
	const read = readDocx(zipSync(parts));
	assert.ok(read.ok, JSON.stringify(!read.ok && read.error));
	const problems: Problem[] = lintLetter(letterFromDocx(read)).filter((p) => LAYOUT_IDS.has(p.ruleId));
	return problems.map((p) => `${p.ruleId}/${p.messageId}/${p.severity} «${read.text.slice(p.range.start, p.range.end)}»`);
}

describe('layout rules on Word files made by the exporter', () => {
	const text = buildLetter();

	it('the exported letter has no layout finding (round trip)', async () => {
		assert.deepEqual(layoutFindings(await exported(text)), []);
	});

	it('the exported letters of the samples, the examples and the fixtures have no layout finding', async () => {
		const dirs = [
			path.join(REPO_ROOT, '..', 'shared', 'letters'),
			path.join(REPO_ROOT, 'examples'),
			path.join(REPO_ROOT, 'test', 'fixtures', 'letters'),
		];
		let count = 0;
		for (const dir of dirs) {
			for (const file of readdirSync(dir)) {
				const source = readFileSync(path.join(dir, file), 'utf8');
				assert.deepEqual(layoutFindings(await exported(source)), [], file);
				count++;
			}
		}
		assert.ok(count >= 10, `${count} letters`);
	});

	const mutations: { name: string; change: (parts: Parts) => void; expected: string[] }[] = [
		{
			name: 'US Letter paper',
			change: (p) => edit(p, 'word/document.xml', 'w:w="11906" w:h="16838"', 'w:w="12240" w:h="15840"'),
			expected: ['page-size/notA4/error «ỦY BAN NHÂN DÂN»'],
		},
		{
			name: "Word's 1 inch left margin",
			change: (p) => edit(p, 'word/document.xml', 'w:left="1701"', 'w:left="1440"'),
			expected: ['page-margins/outOfRange/error «ỦY BAN NHÂN DÂN»'],
		},
		{
			name: 'Calibri runs in the body style',
			change: (p) => editStyle(p, 'CV-noi-dung', /Times New Roman/gu, 'Calibri'),
			expected: [
				'font-family/font/error «Thực hiện Công văn số 216/BNV-VP ngày 28/01/2021 của Bộ Nội vụ về việc triển khai kế hoạch công tác năm 2021, Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị thực hiện tốt các nội dung sau:»',
			],
		},
		{
			name: '.VnTime text in TCVN3: legacy-encoding once, not font-family',
			change: (p) =>
				edit(
					p,
					'word/document.xml',
					'<w:r><w:t xml:space="preserve">2. Báo cáo kết quả thực hiện định kỳ hằng quý.</w:t></w:r>',
					'<w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t xml:space="preserve">2. Rµ so¸t kÕ ho¹ch c«ng t¸c.</w:t></w:r>',
				),
			expected: ['legacy-encoding/fragment/error «Rµ so¸t kÕ ho¹ch c«ng t¸c»'],
		},
		{
			name: 'a .VnTime font on Unicode text: legacy-encoding once, not font-family',
			change: (p) => editStyle(p, 'CV-ho-ten', /Times New Roman/gu, '.VnTime'),
			expected: ['legacy-encoding/font/error «Nguyễn Văn An»'],
		},
		{
			name: 'no page number',
			change: (p) =>
				edit(p, 'word/header1.xml', /<w:r><w:fldChar w:fldCharType="begin"\/><\/w:r>.*<w:r><w:fldChar w:fldCharType="end"\/><\/w:r>/u, ''),
			expected: ['page-number/none/warning «ỦY BAN NHÂN DÂN»'],
		},
		{
			name: 'a Nơi nhận label without italic',
			change: (p) => editStyle(p, 'CV-noi-nhan-label', '<w:i/><w:iCs/>', ''),
			expected: ['text-style/notItalic/error «Nơi nhận:»'],
		},
		{
			name: 'no rule line under the Tiêu ngữ',
			change: (p) => removeRuleLine(p, 'Tiêu ngữ'),
			expected: ['rule-line/missing/warning «Độc lập - Tự do - Hạnh phúc»'],
		},
		{
			name: 'a Tiêu ngữ in 12 pt',
			change: (p) => editStyle(p, 'CV-tieu-ngu', '<w:sz w:val="28"/><w:szCs w:val="28"/>', '<w:sz w:val="24"/><w:szCs w:val="24"/>'),
			expected: ['font-size/outOfRange/error «Độc lập - Tự do - Hạnh phúc»'],
		},
		{
			name: 'no section properties: page setup unknown, once, as information',
			change: (p) => edit(p, 'word/document.xml', /<w:sectPr>.*<\/w:sectPr>/u, ''),
			expected: ['page-size/unknown/information «ỦY BAN NHÂN DÂN»'],
		},
	];
	for (const m of mutations) {
		it(`${m.name} gives exactly its finding`, async () => {
			const parts = await exported(text);
			m.change(parts);
			assert.deepEqual(layoutFindings(parts), m.expected);
		});
	}
});
