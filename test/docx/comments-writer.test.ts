// The findings written as Word comments into a copy of a .docx (server/src/docx/comments.ts), read back as
// Word reads them: the copy unzipped, its comments part parsed, and each comment's range found in the paragraph
// it names, counted with the export tests' own reader of the body (test/export/helpers.ts), not the writer's.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parseLetter } from '../../server/src/core/letter';
import { documentParagraphs, writeComments } from '../../server/src/docx/comments';
import { readDocx } from '../../server/src/docx/index';
import { buildDocument, docxBytes } from '../../server/src/export/docx';
import { allLetters, bodyParagraphs, ROOT, runText, unescapeXml } from '../export/helpers';

async function exported(name = 'cong-van-mau.congvan'): Promise<Uint8Array> {
	const text = fs.readFileSync(path.join(ROOT, 'examples', name), 'utf8');
	return docxBytes(buildDocument(parseLetter(text)));
}

/** The comments of a comments part: id and text (the w:t of its paragraphs, one line each). */
function commentsOf(xml: string): { id: number; author: string; text: string }[] {
	return [...xml.matchAll(/<w:comment\s([^>]*)>([\s\S]*?)<\/w:comment>/gu)].map((m) => ({
		id: Number(/w:id="(\d+)"/u.exec(m[1] ?? '')?.[1]),
		author: unescapeXml(/w:author="([^"]*)"/u.exec(m[1] ?? '')?.[1] ?? ''),
		text: [...(m[2] ?? '').matchAll(/<w:p>[\s\S]*?<\/w:p>/gu)].map((p) => runText(p[0])).join('\n'),
	}));
}

/** The ids whose range starts, ends and reference all sit in a paragraph's XML. */
function anchoredIds(paragraphXml: string): number[] {
	const ids = (tag: string): number[] => [...paragraphXml.matchAll(new RegExp(`<w:${tag} w:id="(\\d+)"/>`, 'gu'))].map((m) => Number(m[1]));
	const starts = ids('commentRangeStart');
	const ends = new Set(ids('commentRangeEnd'));
	const refs = new Set(ids('commentReference'));
	return starts.filter((id) => ends.has(id) && refs.has(id)).sort((a, b) => a - b);
}

/** Changes one part of a package (the others as they are). */
function withPart(bytes: Uint8Array, name: string, change: (xml: string) => string): Uint8Array {
	const files = unzipSync(bytes);
	files[name] = strToU8(change(strFromU8(files[name] as Uint8Array)));
	return zipSync(files);
}

describe('docx comments: the findings as Word comments in a copy', () => {
	it('anchors each comment on the paragraph it names, and copies every other part as it was', async () => {
		const original = await exported();
		const before = original.slice();
		const paragraphs = bodyParagraphs(strFromU8(unzipSync(original)['word/document.xml'] as Uint8Array));
		const last = paragraphs.length;
		const result = writeComments(original, [
			{ paragraph: 1, text: '[quoc-hieu] Quốc hiệu viết sai.\nNghị định 30/2020/NĐ-CP, Phụ lục I' },
			{ paragraph: 3, text: 'Cảnh báo <thử> & "trích dẫn"' },
			{ paragraph: 3, text: 'Một nhận xét nữa trên cùng đoạn' },
			{ paragraph: last, text: 'Đoạn cuối' },
			{ paragraph: last + 5, text: 'Không có đoạn này' },
		]);
		assert.ok(result.ok);
		assert.deepEqual(original, before, 'the original bytes are never changed');
		assert.equal(result.written, 4);
		assert.deepEqual(result.ids, [0, 1, 2, 3]);

		const files = unzipSync(result.bytes);
		const document = strFromU8(files['word/document.xml'] as Uint8Array);
		const read = bodyParagraphs(document);
		assert.equal(read.length, paragraphs.length, 'no paragraph is added or lost');
		assert.deepEqual(anchoredIds(read[0]?.xml ?? ''), [0]);
		assert.deepEqual(anchoredIds(read[2]?.xml ?? ''), [1, 2]);
		assert.deepEqual(anchoredIds(read[last - 1]?.xml ?? ''), [3]);
		read.forEach((p, i) => {
			assert.equal(p.text, paragraphs[i]?.text, `paragraph ${i + 1} keeps its text`);
			if (![0, 2, last - 1].includes(i)) {
				assert.deepEqual(anchoredIds(p.xml), [], `paragraph ${i + 1} has no comment`);
			}
		});

		const comments = commentsOf(strFromU8(files['word/comments.xml'] as Uint8Array));
		assert.deepEqual(
			comments.map((c) => [c.id, c.author, c.text]),
			[
				[0, 'congvan', '[quoc-hieu] Quốc hiệu viết sai.\nNghị định 30/2020/NĐ-CP, Phụ lục I'],
				[1, 'congvan', 'Cảnh báo <thử> & "trích dẫn"'],
				[2, 'congvan', 'Một nhận xét nữa trên cùng đoạn'],
				[3, 'congvan', 'Đoạn cuối'],
			],
		);
		const rels = strFromU8(files['word/_rels/document.xml.rels'] as Uint8Array);
		assert.match(
			rels,
			/Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/comments" Target="comments\.xml"/u,
		);
		const types = strFromU8(files['[Content_Types].xml'] as Uint8Array);
		assert.match(
			types,
			/<Override PartName="\/word\/comments\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.comments\+xml"\/>/u,
		);
		assert.equal(Object.keys(files)[0], '[Content_Types].xml');

		const source = unzipSync(original);
		const changed = new Set(['word/document.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml', 'word/comments.xml']);
		for (const [name, data] of Object.entries(source)) {
			if (!changed.has(name)) {
				assert.deepEqual(files[name], data, `${name} is copied byte for byte`);
			}
		}
		assert.deepEqual(Object.keys(files).sort(), [...Object.keys(source), 'word/comments.xml'].sort());
	});

	it('keeps the comments a document already has and numbers the new ones after the highest', async () => {
		const first = writeComments(await exported(), [
			{ paragraph: 2, text: 'Nhận xét của người duyệt' },
			{ paragraph: 4, text: 'Nhận xét thứ hai' },
		]);
		assert.ok(first.ok);
		// A reviewer's comment with a high id, as Word numbers them after edits.
		const reviewed = withPart(first.bytes, 'word/comments.xml', (xml) =>
			xml.replace('<w:comment w:id="1"', '<w:comment w:id="7"').replace('</w:comments>', '</w:comments>'),
		);
		const renumbered = withPart(reviewed, 'word/document.xml', (xml) => xml.replace(/w:id="1"/gu, 'w:id="7"'));
		const second = writeComments(renumbered, [{ paragraph: 2, text: 'Lần chạy thứ hai' }]);
		assert.ok(second.ok);
		assert.deepEqual(second.ids, [8]);
		const files = unzipSync(second.bytes);
		const comments = commentsOf(strFromU8(files['word/comments.xml'] as Uint8Array));
		assert.deepEqual(
			comments.map((c) => [c.id, c.text]),
			[
				[0, 'Nhận xét của người duyệt'],
				[7, 'Nhận xét thứ hai'],
				[8, 'Lần chạy thứ hai'],
			],
		);
		const read = bodyParagraphs(strFromU8(files['word/document.xml'] as Uint8Array));
		assert.deepEqual(anchoredIds(read[1]?.xml ?? ''), [0, 8]);
		assert.deepEqual(anchoredIds(read[3]?.xml ?? ''), [7]);
		const rels = strFromU8(files['word/_rels/document.xml.rels'] as Uint8Array);
		assert.equal(rels.match(/relationships\/comments"/gu)?.length, 1, 'one relationship to the comments part');
		const types = strFromU8(files['[Content_Types].xml'] as Uint8Array);
		assert.equal(types.match(/PartName="\/word\/comments\.xml"/gu)?.length, 1, 'one content type for it');
	});

	it("finds a paragraph by Word's paragraph id before its number, and writes into an empty paragraph", async () => {
		const bytes = withPart(await exported(), 'word/document.xml', (xml) => {
			let n = 0;
			// The fifth paragraph gets a w14:paraId.
			return xml.replace(/<w:p>|<w:p (?=[^>]*>)/gu, (open) =>
				++n === 5 ? `<w:p w14:paraId="1A2B3C4D"${open === '<w:p>' ? '>' : ' '}` : open,
			);
		});
		const paragraphs = documentParagraphs(strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array));
		assert.equal(paragraphs[4]?.paraId, '1A2B3C4D');
		const result = writeComments(bytes, [{ paragraph: 1, paraId: '1a2b3c4d', text: 'Theo mã đoạn' }]);
		assert.ok(result.ok);
		const read = bodyParagraphs(strFromU8(unzipSync(result.bytes)['word/document.xml'] as Uint8Array));
		assert.deepEqual(anchoredIds(read[4]?.xml ?? ''), [0]);
		assert.deepEqual(anchoredIds(read[0]?.xml ?? ''), []);

		const empty = zipSync({
			'[Content_Types].xml': strToU8(
				'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
			),
			'_rels/.rels': strToU8(
				'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
			),
			'word/document.xml': strToU8(
				'\uFEFF<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Một</w:t></w:r></w:p><w:p/><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>Ba</w:t></w:r></w:p><w:sectPr/></w:body></w:document>',
			),
		});
		const written = writeComments(empty, [
			{ paragraph: 2, text: 'Đoạn trống' },
			{ paragraph: 3, text: 'Sau thuộc tính đoạn' },
		]);
		assert.ok(written.ok);
		const files = unzipSync(written.bytes);
		const document = strFromU8(files['word/document.xml'] as Uint8Array);
		assert.deepEqual(
			[...(files['word/document.xml'] as Uint8Array).slice(0, 5)],
			[0xef, 0xbb, 0xbf, 0x3c, 0x3f],
			'the byte order mark stays',
		);
		assert.match(
			document,
			/<w:p><w:commentRangeStart w:id="0"\/><w:commentRangeEnd w:id="0"\/><w:r><w:commentReference w:id="0"\/><\/w:r><\/w:p>/u,
		);
		assert.match(document, /<w:pPr><w:jc w:val="center"\/><\/w:pPr><w:commentRangeStart w:id="1"\/><w:r><w:t>Ba<\/w:t>/u);
		// A package without relationships for its main part gets them.
		assert.match(strFromU8(files['word/_rels/document.xml.rels'] as Uint8Array), /Target="comments\.xml"/u);
	});

	it('does not count the paragraphs of a text box or of an mc:Fallback', () => {
		const xml =
			'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>' +
			'<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>hộp</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>' +
			'<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>hộp</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>' +
			'<w:tbl><w:tr><w:tc><w:p><w:r><w:t a="x>y">ô</w:t></w:r></w:p></w:tc></w:tr></w:tbl><!-- <w:p> --><w:p/></w:body></w:document>';
		const paragraphs = documentParagraphs(xml);
		assert.equal(paragraphs.length, 3);
		assert.ok(xml.slice(paragraphs[1]?.open.start, paragraphs[1]?.close?.end).includes('ô'));
	});

	it('numbers the paragraphs as the reader does, on every exported letter', async () => {
		for (const { name, text } of allLetters()) {
			const bytes = await docxBytes(buildDocument(parseLetter(text)));
			const reading = readDocx(bytes);
			assert.ok(reading.ok, name);
			const document = strFromU8(unzipSync(bytes)['word/document.xml'] as Uint8Array);
			const paragraphs = documentParagraphs(document);
			for (const paragraph of reading.format.paragraphs) {
				const tags = paragraphs[paragraph.location.paragraph - 1];
				const words = tags ? runText(document.slice(tags.open.start, tags.close?.end ?? tags.open.end)) : '';
				const snippet = paragraph.location.snippet.replace(/…$/u, '').replace(/\s+/gu, '');
				assert.ok(words.replace(/\s+/gu, '').includes(snippet), `${name}: paragraph ${paragraph.location.paragraph} holds «${snippet}»`);
			}
		}
	});

	it('writes into every package the reader accepts (3,000 parts), and refuses one past its part limit', async () => {
		const files = unzipSync(await exported());
		const many = (count: number): Uint8Array => {
			const extra: Record<string, Uint8Array> = {};
			for (let i = 0; i < count; i++) {
				extra[`customXml/item${i}.xml`] = strToU8('<a/>');
			}
			return zipSync({ ...files, ...extra });
		};
		const accepted = many(3000);
		assert.equal(readDocx(accepted).ok, true, 'the reader reads it');
		const written = writeComments(accepted, [{ paragraph: 1, text: 'x' }]);
		assert.ok(written.ok && written.written === 1);
		const refused = writeComments(many(5000), [{ paragraph: 1, text: 'x' }]);
		assert.deepEqual(refused.ok ? undefined : refused.error, 'tooLarge');
	});

	it('refuses what is not a Word package, and writes nothing', () => {
		assert.deepEqual(writeComments(strToU8('not a zip'), [{ paragraph: 1, text: 'x' }]).ok, false);
		const noMain = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), '_rels/.rels': strToU8('<Relationships/>') });
		const result = writeComments(noMain, [{ paragraph: 1, text: 'x' }]);
		assert.deepEqual(result.ok ? undefined : result.error, 'notDocx');
	});
});
