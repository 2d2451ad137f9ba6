// The requests of the Word commands over a real stdio connection (server/src/docx-requests.ts): the client
// sends a .docx's bytes, the server answers with the text view and keeps the Word formatting for the view it
// names, so that the view, once opened, gets the findings of the .docx (text and layout) and is checked again
// when the file is read anew; `congvan/docxComments` answers with a copy holding one Word comment per finding,
// each on the paragraph of its finding; a file that is not a Word document gets a message and nothing else.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import type { DocumentFormat } from '../../server/src/core/letter/format';
import { parseLetter } from '../../server/src/core/letter';
import { documentParagraphs } from '../../server/src/docx/comments';
import { lintDocx, readDocx, wordLocationAt, type DocxReadSuccess } from '../../server/src/docx/index';
import { buildDocument, docxBytes } from '../../server/src/export/docx';
import { LspClient, repoRoot } from '../harness/lsp';

const CAPABILITIES = {
	textDocument: { diagnostic: { dynamicRegistration: false } },
	workspace: { configuration: true, diagnostics: { refreshSupport: true } },
};

const DOCX_URI = 'file:///tmp/du-thao/cong-van-co-loi.docx';
const VIEW_URI = `congvan-docx:/tmp/du-thao/cong-van-co-loi.docx.congvan?${encodeURIComponent(DOCX_URI)}`;

type ReadResult = { ok: true; text: string; notes: string[] } | { ok: false; code: string; message: string };
type CommentsResult = { ok: true; data: string; comments: number; findings: number } | { ok: false; code: string; message: string };

async function exported(name: string): Promise<Uint8Array> {
	return docxBytes(buildDocument(parseLetter(fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8'))));
}

function read(bytes: Uint8Array): DocxReadSuccess {
	const result = readDocx(bytes);
	assert.ok(result.ok, 'the reader reads the exported letter');
	return result;
}

/** What a finding is, for comparing the server's diagnostics with the core's problems. */
function key(code: unknown, start: { line: number; character: number }): string {
	return `${String(code)}@${start.line}:${start.character}`;
}

/** The line and column of an offset of a text. */
function position(text: string, offset: number): { line: number; character: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}

describe('language server: the Word requests (congvan/readDocx, congvan/docxComments)', () => {
	let client: LspClient;

	beforeEach(async () => {
		client = LspClient.start();
		client.configuration = () => null;
		await client.initialize(CAPABILITIES);
	});

	afterEach(() => {
		client.dispose();
	});

	const readDocxRequest = (bytes: Uint8Array, view?: string): Promise<ReadResult> =>
		client.connection.sendRequest('congvan/readDocx', { uri: DOCX_URI, data: Buffer.from(bytes).toString('base64'), view });

	it('answers the text view and checks the opened view with the findings of the Word file', async () => {
		const bytes = await exported('cong-van-co-loi.congvan');
		const reading = read(bytes);
		const result = await readDocxRequest(bytes, VIEW_URI);
		assert.ok(result.ok);
		assert.equal(result.text, reading.text);
		assert.deepEqual(result.notes, []);

		await client.open(VIEW_URI, 'congvan', result.text);
		const report = (await client.pull(VIEW_URI)) as { items: Diagnostic[] };
		const expected = lintDocx(reading).map((p) => key(p.ruleId, position(reading.text, p.range.start)));
		assert.ok(expected.length > 0, 'the letter with errors has findings');
		assert.deepEqual(report.items.map((d) => key(d.code, d.range.start)).sort(), expected.sort());
		// The outline and the hovers of a letter serve the view too.
		const symbols: unknown[] | null = await client.connection.sendRequest('textDocument/documentSymbol', {
			textDocument: { uri: VIEW_URI },
		});
		assert.ok(symbols !== null && symbols.length > 0, 'the view has an outline');
		const first = report.items[0] as Diagnostic;
		const hover: { contents: unknown } | null = await client.connection.sendRequest('textDocument/hover', {
			textDocument: { uri: VIEW_URI },
			position: first.range.start,
		});
		assert.ok(hover !== null && JSON.stringify(hover.contents).length > 10, 'a finding of the view has a hover');
	});

	it('checks an open view again when its Word file is read anew', async () => {
		const bytes = await exported('cong-van-co-loi.congvan');
		const first = await readDocxRequest(bytes, VIEW_URI);
		assert.ok(first.ok);
		await client.open(VIEW_URI, 'congvan', first.text);
		await client.pull(VIEW_URI);
		// The same text with another page: a new reading of an open view asks the client to pull again.
		const files = unzipSync(bytes);
		files['word/document.xml'] = strToU8(
			strFromU8(files['word/document.xml'] as Uint8Array).replace(/<w:pgSz [^>]*\/>/u, '<w:pgSz w:w="12240" w:h="15840"/>'),
		);
		const letterPaper = zipSync(files);
		const refreshed = client.next('refresh');
		const second = await readDocxRequest(letterPaper, VIEW_URI);
		assert.ok(second.ok);
		assert.equal(second.text, first.text, 'only the page changed');
		await refreshed;
		const report = (await client.pull(VIEW_URI)) as { items: Diagnostic[] };
		const reading = read(letterPaper);
		assert.equal(reading.format.sections[0]?.pageWidthMm !== undefined && Math.round(reading.format.sections[0].pageWidthMm), 216);
		assert.deepEqual(
			report.items.map((d) => key(d.code, d.range.start)).sort(),
			lintDocx(reading)
				.map((p) => key(p.ruleId, position(reading.text, p.range.start)))
				.sort(),
		);
	});

	it('refuses what is not a Word file with a message in the user language', async () => {
		const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);
		for (const bytes of [strToU8('không phải tệp Word'), ole, zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.text') })]) {
			const result = await readDocxRequest(bytes, VIEW_URI);
			assert.equal(result.ok, false);
			assert.ok(!result.ok && /\p{L}/u.test(result.message) && result.message.length > 10, `a message: ${JSON.stringify(result)}`);
			const comments: CommentsResult = await client.connection.sendRequest('congvan/docxComments', {
				uri: DOCX_URI,
				data: Buffer.from(bytes).toString('base64'),
			});
			assert.equal(comments.ok, false);
		}
	});

	it('answers a copy with one Word comment per finding, on the paragraph of each', async () => {
		const bytes = await exported('cong-van-co-loi.congvan');
		const reading = read(bytes);
		const problems = lintDocx(reading);
		const result: CommentsResult = await client.connection.sendRequest('congvan/docxComments', {
			uri: DOCX_URI,
			data: Buffer.from(bytes).toString('base64'),
		});
		assert.ok(result.ok);
		assert.equal(result.findings, problems.length);
		assert.equal(result.comments, problems.length);
		const files = unzipSync(Buffer.from(result.data, 'base64'));
		const comments = strFromU8(files['word/comments.xml'] as Uint8Array);
		const document = strFromU8(files['word/document.xml'] as Uint8Array);
		const paragraphs = documentParagraphs(document);
		const texts = [...comments.matchAll(/<w:comment w:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/gu)].map((m) => ({
			id: Number(m[1]),
			text: [...(m[2] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join('\n'),
		}));
		assert.equal(texts.length, problems.length);
		problems.forEach((problem, i) => {
			const comment = texts[i];
			assert.ok(
				comment?.text.startsWith('Lỗi: ') ||
					comment?.text.startsWith('Cảnh báo: ') ||
					comment?.text.startsWith('Gợi ý: ') ||
					comment?.text.startsWith('Thông tin: '),
			);
			assert.ok(comment?.text.includes(`Quy tắc ${problem.ruleId}`), `comment ${i} names its rule: ${comment?.text}`);
			// The comment's range is in the paragraph that holds the finding.
			const where = wordLocationAt(reading.format, problem.range.start)?.paragraph ?? 0;
			const p = paragraphs[where - 1];
			const xml = p ? document.slice(p.open.start, p.close?.end ?? p.open.end) : '';
			assert.ok(xml.includes(`<w:commentRangeStart w:id="${comment?.id}"/>`), `comment ${comment?.id} in paragraph ${where}`);
			assert.ok(xml.includes(`<w:commentReference w:id="${comment?.id}"/>`));
			// And that paragraph holds the text under the finding (when it is on one line of the view).
			const under = reading.text.slice(problem.range.start, problem.range.end);
			if (under.trim() !== '' && !under.includes('\n') && !under.includes('\t')) {
				const words = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/gu)].map((t) => t[1]).join('');
				assert.ok(words.includes(under.trim()), `paragraph ${where} holds "${under}"`);
			}
		});
	});
});

describe('docx requests: the paragraph of a finding (wordLocationAt)', () => {
	const paragraph = (start: number, end: number, number: number): DocumentFormat['paragraphs'][number] => ({
		range: { start, end },
		location: { paragraph: number, snippet: '' },
		section: 0,
	});
	const format: DocumentFormat = {
		origin: 'docx',
		sections: [],
		runs: [],
		ruleLines: [],
		paragraphs: [paragraph(0, 0, 1), paragraph(0, 5, 2), paragraph(6, 6, 3), paragraph(7, 10, 4)],
	};
	const at = (offset: number): number | undefined => wordLocationAt(format, offset)?.paragraph;

	it('gives the paragraph that holds the offset, never an empty one before a paragraph that starts there', () => {
		assert.deepEqual([0, 3, 5, 6, 7, 10, 42].map(at), [2, 2, 2, 3, 4, 4, 4]);
	});
});
