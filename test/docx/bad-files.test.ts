// Bad files (issue 13, item 5), each built here: readDocx gives a clear message in Vietnamese and English and
// never throws; a file it can read despite something odd in it (macros, external links, 50 MB of images) is
// read, with a note, and what it must not touch is never touched.
import * as assert from 'node:assert/strict';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { readDocx, type DocxErrorCode, type DocxReadResult } from '../../server/src/docx/index';
import { DEFAULT_ZIP_LIMITS } from '../../server/src/docx/zip';
import { A4_SECTION, buildDocx, oleFile, p, patchDeclaredSize } from '../harness/docx-builder';

const LETTER = p('Kính gửi: Sở Nội vụ') + A4_SECTION;

function failsWith(result: DocxReadResult, code: DocxErrorCode, vietnamese: RegExp): void {
	assert.equal(result.ok, false, 'not read');
	if (result.ok) {
		return;
	}
	assert.equal(result.error.code, code, result.error.detail);
	assert.match(result.error.message, vietnamese);
	assert.ok(result.error.messageEn.length > 10, 'an English message too');
}

describe('readDocx: bad files', () => {
	it('caps the inflated size at 64 MB and the parts at 5,000 by default', () => {
		assert.deepEqual(DEFAULT_ZIP_LIMITS, { maxParts: 5000, maxTotalBytes: 64 * 1024 * 1024 });
	});

	it('says a corrupt zip is damaged: cut short, or a central directory of garbage', () => {
		const good = buildDocx({ body: LETTER });
		failsWith(readDocx(good.subarray(0, Math.floor(good.length / 2))), 'corrupt', /bị hỏng/u);
		const garbage = good.slice();
		const eocd = garbage.length - 22;
		new DataView(garbage.buffer).setUint32(eocd + 16, 3, true);
		failsWith(readDocx(garbage), 'corrupt', /bị hỏng/u);
	});

	it('refuses a part that declares more than the budget before inflating it', () => {
		const bomb = patchDeclaredSize(buildDocx({ body: LETTER }), 'word/document.xml', 1024 * 1024 * 1024);
		failsWith(readDocx(bomb), 'too-large', /quá lớn/u);
	});

	it('stops inflating a part that grows past what it declared (a zip bomb that lies)', () => {
		const zeros = new Uint8Array(8 * 1024 * 1024);
		const bomb = patchDeclaredSize(buildDocx({ body: LETTER, files: { 'word/styles.xml': zeros } }), 'word/styles.xml', 1000);
		// The styles part is read through the document's relationship or its usual name.
		failsWith(readDocx(bomb), 'too-large', /quá lớn/u);
	});

	it('counts every part against the budget of the whole file', () => {
		const big = new Uint8Array(600 * 1024).fill(0x20);
		const styles = strToU8(`<?xml version="1.0"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`);
		const padded = new Uint8Array(styles.length + big.length);
		padded.set(styles);
		padded.set(big, styles.length);
		const file = buildDocx({ body: LETTER, files: { 'word/styles.xml': padded } });
		failsWith(readDocx(file, { limits: { maxParts: 100, maxTotalBytes: 512 * 1024 } }), 'too-large', /quá lớn/u);
		assert.equal(readDocx(file).ok, true, 'within the default budget');
	});

	it('refuses a zip with too many parts', () => {
		const files: Record<string, Uint8Array> = {};
		for (let i = 0; i < 5001; i++) {
			files[`customXml/item${i}.xml`] = strToU8('<a/>');
		}
		failsWith(readDocx(buildDocx({ body: LETTER, files })), 'too-large', /quá nhiều thành phần/u);
	});

	it('says an encrypted, password-protected document must have its password removed', () => {
		failsWith(readDocx(oleFile('EncryptedPackage')), 'encrypted', /mật khẩu/u);
	});

	it('says a .doc renamed .docx is a Word 97–2003 document', () => {
		failsWith(readDocx(oleFile('WordDocument')), 'legacy-doc', /(\.doc)/u);
	});

	it('says an .odt renamed .docx is an OpenDocument text', () => {
		const odt = zipSync({
			mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
			'content.xml': strToU8('<office:document-content/>'),
		});
		failsWith(readDocx(odt), 'odf', /OpenDocument/u);
	});

	it('says what an RTF, a text file, an empty file and a zip that is no Word document are', () => {
		failsWith(readDocx(strToU8('{\\rtf1\\ansi Kính gửi}')), 'rtf', /RTF/u);
		failsWith(readDocx(strToU8('Kính gửi: Sở Nội vụ')), 'not-docx', /không phải văn bản Word/u);
		failsWith(readDocx(new Uint8Array(0)), 'not-docx', /không phải văn bản Word/u);
		failsWith(readDocx(zipSync({ 'a.txt': strToU8('x') })), 'not-docx', /không phải văn bản Word/u);
	});

	it('says a document whose XML is malformed cannot be read', () => {
		const broken = buildDocx({ body: '<w:p><w:r><w:t>Kính gửi</w:r></w:p>' });
		failsWith(readDocx(broken), 'bad-xml', /XML/u);
	});

	it('reads a 50 MB file with images without inflating them', () => {
		const image = new Uint8Array(50 * 1024 * 1024);
		// A second image that declares 4 GB: inflating it would fail, so reading the letter proves it is left alone.
		const lying = patchDeclaredSize(
			buildDocx({
				body: LETTER,
				files: { 'word/media/image1.png': [image, { level: 0 }], 'word/media/image2.png': deflateSync(new Uint8Array(1000)) },
			}),
			'word/media/image2.png',
			0xfffffff0,
		);
		assert.ok(lying.length > 50 * 1024 * 1024);
		const result = readDocx(lying);
		assert.ok(result.ok, result.ok ? '' : result.error.code);
		assert.equal(result.text, 'Kính gửi: Sở Nội vụ\n');
	});

	it('never follows an external relationship: an external header is not read, and the note says so', () => {
		const result = readDocx(
			buildDocx({
				body:
					'<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>Kính gửi</w:t></w:r></w:hyperlink></w:p>' +
					'<w:sectPr><w:headerReference w:type="default" r:id="rIdRemote"/><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
				extraRelationships:
					'<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.invalid/" TargetMode="External"/>' +
					'<Relationship Id="rIdRemote" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="file:///etc/passwd" TargetMode="External"/>',
			}),
		);
		assert.ok(result.ok);
		assert.equal(result.text, 'Kính gửi\n');
		assert.equal(result.format.sections[0]?.pageNumber, undefined);
		assert.deepEqual(
			result.notes.map((n) => n.code),
			['external-relationships'],
		);
		assert.match(result.notes[0]?.message ?? '', /không mở/u);
	});

	it('reads the text of a macro-enabled file (.docm) and says its macros are not run', () => {
		const result = readDocx(
			buildDocx({
				body: LETTER,
				mainType: 'application/vnd.ms-word.document.macroEnabled.main+xml',
				files: { 'word/vbaProject.bin': oleFile('VBA') },
			}),
		);
		assert.ok(result.ok);
		assert.equal(result.text, 'Kính gửi: Sở Nội vụ\n');
		assert.ok(result.notes.some((n) => n.code === 'macro-enabled' && /không chạy macro/u.test(n.message)));
	});
});
