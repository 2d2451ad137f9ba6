// The editor features over a real stdio connection to dist/server.js: documentSymbol, foldingRange,
// selectionRange, hover, completion and semanticTokens, as VS Code asks for them. Every wait is on a reply.
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type {
	ClientCapabilities,
	CompletionItem,
	CompletionList,
	DocumentSymbol,
	FoldingRange,
	Hover,
	InitializeResult,
	MarkupContent,
	Position,
	Range,
	SelectionRange,
	SemanticTokens,
	SymbolKind,
} from 'vscode-languageserver';
import { FEATURE_LETTER_LINES as LINES, SHARED_LETTERS, featureLetter } from '../features/helpers';
import { buildLetter } from '../harness/letter-builder';
import { LspClient, readSharedLetter } from '../harness/lsp';

/** What VS Code declares for these features, in the parts that matter. */
const CAPABILITIES: ClientCapabilities = {
	textDocument: {
		synchronization: { dynamicRegistration: false },
		diagnostic: { dynamicRegistration: false },
		documentSymbol: { hierarchicalDocumentSymbolSupport: true },
		foldingRange: { lineFoldingOnly: true },
		selectionRange: {},
		hover: { contentFormat: ['markdown', 'plaintext'] },
		completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown'] } },
		semanticTokens: {
			requests: { full: true, range: true },
			tokenTypes: [],
			tokenModifiers: [],
			formats: ['relative'],
			multilineTokenSupport: false,
		},
	},
	workspace: { configuration: true },
};

function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
	return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** The length of a line of the feature letter, for ranges that end with it. */
const end = (line: number): number => (LINES[line] ?? '').length;

/** The position of the `nth` occurrence of `needle` in a text, plus `shift` characters. */
function positionOf(text: string, needle: string, nth = 0, shift = 0): Position {
	let offset = -1;
	for (let i = 0; i <= nth; i++) {
		offset = text.indexOf(needle, offset + 1);
	}
	assert.ok(offset >= 0, `"${needle}" (${nth}) is not in the text`);
	return TextDocument.create('file:///x', 'congvan', 1, text).positionAt(offset + shift);
}

/** A decoded semantic token: where it is, its text and its type and modifiers. */
interface Decoded {
	line: number;
	character: number;
	text: string;
	type: string;
	modifiers: string[];
}

/** Decodes LSP's relative encoding with the legend the server declared. */
function decode(text: string, data: readonly number[], legend: { tokenTypes: string[]; tokenModifiers: string[] }): Decoded[] {
	const lines = text.split(/\r\n|\r|\n/u);
	const tokens: Decoded[] = [];
	let line = 0;
	let character = 0;
	for (let i = 0; i < data.length; i += 5) {
		const [deltaLine = 0, deltaStart = 0, length = 0, type = 0, bits = 0] = data.slice(i, i + 5);
		line += deltaLine;
		character = deltaLine === 0 ? character + deltaStart : deltaStart;
		tokens.push({
			line,
			character,
			text: (lines[line] ?? '').slice(character, character + length),
			type: legend.tokenTypes[type] ?? `?${type}`,
			modifiers: legend.tokenModifiers.filter((_, bit) => (bits & (1 << bit)) !== 0),
		});
	}
	return tokens;
}

/** The names of a symbol tree, for comparing outlines. */
function names(symbols: readonly DocumentSymbol[]): unknown[] {
	return symbols.map((s) => (s.children && s.children.length > 0 ? [s.name, names(s.children)] : s.name));
}

/** The selection chain as ranges, innermost first. */
function chain(selection: SelectionRange | undefined): Range[] {
	const out: Range[] = [];
	for (let s = selection; s; s = s.parent) {
		out.push(s.range);
	}
	return out;
}

function markdownOf(hover: Hover | null): string {
	assert.ok(hover, 'no hover');
	assert.equal((hover.contents as MarkupContent).kind, 'markdown');
	return (hover.contents as MarkupContent).value;
}

describe('editor features over stdio', () => {
	let client: LspClient;
	let initialized: InitializeResult;
	const FEATURE_URI = 'file:///congvan/features.congvan';
	const text = featureLetter();
	let opened = 0;

	/** Opens a text under a fresh URI and returns the URI. */
	async function open(content: string, languageId = 'congvan'): Promise<string> {
		const uri = `file:///congvan/open-${opened++}.congvan`;
		await client.open(uri, languageId, content);
		return uri;
	}

	const symbols = (uri: string): Promise<DocumentSymbol[] | null> =>
		client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
	const folding = (uri: string): Promise<FoldingRange[] | null> =>
		client.connection.sendRequest('textDocument/foldingRange', { textDocument: { uri } });
	const selection = (uri: string, positions: Position[]): Promise<SelectionRange[] | null> =>
		client.connection.sendRequest('textDocument/selectionRange', { textDocument: { uri }, positions });
	const hover = (uri: string, position: Position): Promise<Hover | null> =>
		client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
	const completion = async (uri: string, position: Position, triggerCharacter?: string): Promise<CompletionItem[]> => {
		const context = triggerCharacter ? { triggerKind: 2, triggerCharacter } : { triggerKind: 1 };
		const result: CompletionItem[] | CompletionList | null = await client.connection.sendRequest('textDocument/completion', {
			textDocument: { uri },
			position,
			context,
		});
		return Array.isArray(result) ? result : (result?.items ?? []);
	};
	const tokensFull = (uri: string): Promise<SemanticTokens | null> =>
		client.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri } });
	const tokensRange = (uri: string, r: Range): Promise<SemanticTokens | null> =>
		client.connection.sendRequest('textDocument/semanticTokens/range', { textDocument: { uri }, range: r });
	const legend = (): { tokenTypes: string[]; tokenModifiers: string[] } => {
		const provider = initialized.capabilities.semanticTokensProvider;
		assert.ok(provider);
		return provider.legend;
	};

	before(async () => {
		client = LspClient.start();
		client.configuration = () => ({});
		initialized = await client.initialize(CAPABILITIES);
		await client.open(FEATURE_URI, 'congvan', text);
	});

	after(async () => {
		const errors = client.logs.filter((l) => l.type === 1);
		await client.shutdownAndExit();
		client.dispose();
		assert.deepEqual(errors, [], 'the server logged errors');
	});

	it('declares the editor features with a legend of standard token types', () => {
		const capabilities = initialized.capabilities;
		assert.deepEqual(capabilities.documentSymbolProvider, { label: 'Công văn' });
		assert.equal(capabilities.foldingRangeProvider, true);
		assert.equal(capabilities.selectionRangeProvider, true);
		assert.equal(capabilities.hoverProvider, true);
		assert.deepEqual(capabilities.completionProvider, { triggerCharacters: ['/', '-'], resolveProvider: false });
		assert.deepEqual(capabilities.semanticTokensProvider, {
			legend: {
				tokenTypes: ['keyword', 'number', 'type', 'namespace', 'enumMember', 'variable', 'property', 'string'],
				tokenModifiers: ['declaration', 'readonly'],
			},
			full: true,
			range: true,
		});
	});

	describe('textDocument/documentSymbol', () => {
		it('outlines a letter as a tree with exact ranges', async () => {
			const result = await symbols(FEATURE_URI);
			const item = (line: number, lastLine: number, name: string, kind: SymbolKind, children: DocumentSymbol[] = []): DocumentSymbol => ({
				name,
				detail: kind === 22 ? 'Điểm' : 'Khoản',
				kind,
				range: range(line, 0, lastLine, end(lastLine)),
				selectionRange: range(line, 0, line, 2),
				children,
			});
			assert.deepEqual(result, [
				{
					name: 'Số: 05/UBND-VP',
					detail: 'Số, ký hiệu',
					kind: 20,
					range: range(2, 0, 2, end(2)),
					selectionRange: range(2, 0, 2, 2),
					children: [],
				},
				{
					name: 'Đồng Tâm, ngày 29 tháng 01 năm 2021',
					detail: 'Thứ Sáu',
					kind: 24,
					range: range(3, 0, 3, end(3)),
					selectionRange: range(3, 0, 3, end(3)),
					children: [],
				},
				{
					name: 'V/v họp giao ban tháng 02 năm 2021',
					detail: 'Trích yếu',
					kind: 15,
					range: range(5, 0, 6, end(6)),
					selectionRange: range(5, 0, 5, 3),
					children: [],
				},
				{
					name: 'Kính gửi',
					detail: 'Các thôn; Các ban ngành.',
					kind: 11,
					range: range(8, 0, 10, end(10)),
					selectionRange: range(8, 0, 8, 8),
					children: [],
				},
				{
					name: 'Nội dung',
					detail: '6 đoạn',
					kind: 3,
					range: range(12, 0, 20, end(20)),
					selectionRange: range(12, 0, 12, end(12)),
					children: [
						item(14, 16, '1. Các thôn cử người dự họp:', 8, [item(15, 15, 'a) Trưởng thôn;', 22), item(16, 16, 'b) Công an viên.', 22)]),
						// The model runs the last item over the closing paragraph (see test/features/symbols.test.ts).
						item(18, 20, '2. Gửi báo cáo theo Công văn số 12/UBND-VP.', 8),
					],
				},
				{
					name: 'Nơi nhận',
					detail: '2 nơi nhận',
					kind: 18,
					range: range(22, 0, 24, end(24)),
					selectionRange: range(22, 0, 22, 8),
					children: [],
				},
				{
					name: 'Chữ ký: KT. CHỦ TỊCH',
					detail: 'PHÓ CHỦ TỊCH, Nguyễn Văn A',
					kind: 19,
					range: range(26, 0, 29, end(29)),
					selectionRange: range(26, 0, 26, end(26)),
					children: [],
				},
			]);
		});

		it('outlines the five real letters with the expected top-level names', async () => {
			const expected: Record<string, string[]> = {
				'000_421e170032c2d4c4.txt': [
					'Số: 283/STNMT-VP',
					'Cao Bằng, ngày 29 tháng 01 năm 2021',
					'V/v',
					'Kính gửi',
					'Nội dung',
					'Nơi nhận',
					'Chữ ký: GIÁM ĐỐC',
				],
				'001_7be023b102d61987.txt': [
					'Số: 550/BTNMT-VP',
					'V/v',
					'Hà Nội, ngày 02 tháng 02 năm 2021',
					'Kính gửi',
					'Nội dung',
					'Nơi nhận',
					'Chữ ký',
				],
				'002_d020e18a9f77c476.txt': [
					'Số: /SVHTTDL-QLVHGĐ',
					'Cao Bằng, ngày 29 tháng 11 năm 2021',
					'V/v',
					'Kính gửi',
					'Nội dung',
					'Nơi nhận',
					'Chữ ký: GIÁM ĐỐC',
				],
				'003_5418981208059e29.txt': ['Kính gửi', 'Nội dung', 'Nơi nhận', 'Chữ ký: KT. GIÁM ĐỐC'],
				'004_d5b89adf6b17fad0.txt': [
					'Số: /SCT-VP',
					'V/v',
					'Lạng Sơn, ngày tháng 8 năm 2020',
					'Kính gửi',
					'Nội dung',
					'Nơi nhận',
					'Chữ ký: KT. GIÁM ĐỐC',
				],
			};
			for (const name of SHARED_LETTERS) {
				const content = readSharedLetter(name);
				const result = (await symbols(await open(content))) ?? [];
				assert.deepEqual(
					result.map((s) => (s.name.startsWith('V/v') ? 'V/v' : s.name)),
					expected[name],
					name,
				);
				// Every selection range lies inside its range, as LSP requires.
				const check = (list: readonly DocumentSymbol[]): void => {
					for (const s of list) {
						const inside =
							(s.selectionRange.start.line > s.range.start.line ||
								(s.selectionRange.start.line === s.range.start.line && s.selectionRange.start.character >= s.range.start.character)) &&
							(s.selectionRange.end.line < s.range.end.line ||
								(s.selectionRange.end.line === s.range.end.line && s.selectionRange.end.character <= s.range.end.character));
						assert.ok(inside, `${name}: selection outside range in "${s.name}"`);
						check(s.children ?? []);
					}
				};
				check(result);
			}
			const khoan = ((await symbols(await open(readSharedLetter('001_7be023b102d61987.txt')))) ?? []).find((s) => s.name === 'Nội dung')
				?.children?.[0];
			assert.deepEqual(
				khoan?.children?.map((c) => c.name.slice(0, 2)),
				['a)', 'b)', 'c)', 'd)', 'đ)', 'e)'],
			);
		});

		it('gives a CRLF copy the same symbols and an NFD copy the same names over the same text', async () => {
			const lf = await symbols(FEATURE_URI);
			assert.deepEqual(await symbols(await open(featureLetter('\r\n'))), lf);
			const nfd = text.normalize('NFD');
			const nfdDocument = TextDocument.create('file:///nfd', 'congvan', 1, nfd);
			const lfDocument = TextDocument.create('file:///lf', 'congvan', 1, text);
			const decomposed = (await symbols(await open(nfd))) ?? [];
			assert.deepEqual(names(decomposed), names(lf ?? []));
			const texts = (document: TextDocument, list: readonly DocumentSymbol[]): string[] =>
				list.flatMap((s) => [
					document.getText(s.range).normalize('NFC'),
					document.getText(s.selectionRange).normalize('NFC'),
					...texts(document, s.children ?? []),
				]);
			assert.deepEqual(texts(nfdDocument, decomposed), texts(lfDocument, lf ?? []));
		});
	});

	describe('textDocument/foldingRange', () => {
		it('folds the trích yếu, Kính gửi, multi-line items, Nơi nhận and the signature', async () => {
			assert.deepEqual(await folding(FEATURE_URI), [
				{ startLine: 5, endLine: 6 },
				{ startLine: 8, endLine: 10 },
				{ startLine: 14, endLine: 16 },
				{ startLine: 18, endLine: 20 },
				{ startLine: 22, endLine: 24 },
				{ startLine: 26, endLine: 29 },
			]);
		});
	});

	describe('textDocument/selectionRange', () => {
		it('grows from a marker to its line, its parent item, the body and the document', async () => {
			const [first, second] =
				(await selection(FEATURE_URI, [
					{ line: 15, character: 1 },
					{ line: 2, character: 1 },
				])) ?? [];
			assert.deepEqual(chain(first), [
				range(15, 0, 15, 2),
				range(15, 0, 15, end(15)),
				range(14, 0, 16, end(16)),
				range(12, 0, 20, end(20)),
				range(0, 0, 29, end(29)),
			]);
			assert.deepEqual(chain(second), [range(2, 0, 2, 2), range(2, 0, 2, end(2)), range(0, 0, 29, end(29))]);
		});
	});

	describe('textDocument/hover', () => {
		it('tells a first citation from a later one (004, lines 14 and 16)', async () => {
			const letter = readSharedLetter('004_d5b89adf6b17fad0.txt');
			const uri = await open(letter);
			const first = await hover(uri, positionOf(letter, '938/UBND-KGVX', 0, 2));
			const firstCitation =
				'Công văn số 938/UBND-KGVX ngày 04/8/2020 về việc thực hiện kết luận của Thủ tướng Chính phủ về phòng chống dịch COVID-19';
			const firstStart = positionOf(letter, firstCitation);
			assert.equal(firstStart.line, 13);
			assert.deepEqual(first?.range, range(13, firstStart.character, 13, firstStart.character + firstCitation.length));
			const firstText = markdownOf(first);
			assert.match(firstText, /^\*\*Công văn số 938\/UBND-KGVX\*\* · viện dẫn lần đầu$/mu);
			assert.match(firstText, /^- Ngày ban hành: 04\/08\/2020$/mu);
			assert.match(firstText, /^- Cơ quan ban hành: UBND tỉnh \*\(ghi trước tên loại\)\*$/mu);
			assert.match(firstText, /Lần viện dẫn đầu tiên đã ghi đủ/u);
			const later = await hover(uri, positionOf(letter, '938/UBND-KGVX', 1, 2));
			const laterStart = positionOf(letter, 'Công văn số 938/UBND-KGVX', 1);
			assert.equal(laterStart.line, 15);
			assert.deepEqual(later?.range, range(15, laterStart.character, 15, laterStart.character + 'Công văn số 938/UBND-KGVX'.length));
			const laterText = markdownOf(later);
			assert.match(laterText, /^\*\*Công văn số 938\/UBND-KGVX\*\* · viện dẫn lại$/mu);
			assert.match(laterText, /Khi viện dẫn lại chỉ cần ghi tên loại và số, ký hiệu\./u);
		});

		it('explains the groups of the ký hiệu "SVHTTDL-QLVHGĐ" (002)', async () => {
			const letter = readSharedLetter('002_d020e18a9f77c476.txt');
			const result = await hover(await open(letter), positionOf(letter, 'SVHTTDL', 0, 3));
			assert.deepEqual(result?.range, range(2, 0, 2, 'Số: /SVHTTDL-QLVHGĐ'.length));
			const value = markdownOf(result);
			assert.match(value, /^- `SVHTTDL`: tên viết tắt của cơ quan, tổ chức ban hành$/mu);
			assert.match(value, /^- `QLVHGĐ`: tên viết tắt của đơn vị soạn thảo hoặc lĩnh vực$/mu);
			assert.match(value, /dự thảo: còn để trống số/u);
		});

		it('gives the weekday of the date line: 29/01/2021 was a Friday (000)', async () => {
			const letter = readSharedLetter('000_421e170032c2d4c4.txt');
			const result = await hover(await open(letter), { line: 4, character: 20 });
			assert.deepEqual(result?.range, range(4, 0, 4, 'Cao Bằng, ngày 29 tháng 01 năm 2021'.length));
			const value = markdownOf(result);
			assert.match(value, /^\*\*Thứ Sáu\*\*, ngày 29\/01\/2021$/mu);
			assert.match(value, /Nghị định 30\/2020\/NĐ-CP \(văn bản ban hành từ ngày 05\/03\/2020\)/u);
		});

		it('gives the same hovers on NFD and CRLF copies, over the same text', async () => {
			const letter = readSharedLetter('004_d5b89adf6b17fad0.txt');
			const lfUri = await open(letter);
			const crlf = letter.replace(/\n/gu, '\r\n');
			const nfd = letter.normalize('NFD');
			const crlfUri = await open(crlf);
			const nfdUri = await open(nfd);
			const nfdDocument = TextDocument.create('file:///nfd', 'congvan', 1, nfd);
			for (const [needle, nth] of [
				['938/UBND-KGVX', 0],
				['938/UBND-KGVX', 1],
				['SCT-VP', 0],
				['Lạng Sơn', 0],
			] as const) {
				const expected = await hover(lfUri, positionOf(letter, needle, nth, 1));
				assert.deepEqual(await hover(crlfUri, positionOf(crlf, needle, nth, 1)), expected);
				const inNfd = await hover(nfdUri, positionOf(nfd, needle.normalize('NFD'), nth, 1));
				assert.equal(markdownOf(inNfd), markdownOf(expected));
				assert.ok(inNfd?.range && expected?.range);
				assert.equal(
					nfdDocument.getText(inNfd.range).normalize('NFC'),
					TextDocument.create('file:///lf', 'congvan', 1, letter).getText(expected.range),
				);
			}
		});

		it('answers null where there is nothing to explain', async () => {
			assert.equal(await hover(FEATURE_URI, { line: 22, character: 2 }), null);
		});
	});

	describe('textDocument/completion', () => {
		it('offers QĐ (Quyết định) after "Số: 05/", replacing nothing', async () => {
			const content = buildLetter({ so: 'Số: 05/' });
			const uri = await open(content);
			const position = positionOf(content, 'Số: 05/', 0, 'Số: 05/'.length);
			const items = await completion(uri, position, '/');
			const qd = items.find((i) => i.label === 'QĐ');
			assert.ok(qd, `no QĐ among ${items.map((i) => i.label).join(', ')}`);
			assert.equal(qd.detail, 'Quyết định');
			assert.equal(qd.kind, 20);
			assert.deepEqual(qd.textEdit, { range: { start: position, end: position }, newText: 'QĐ' });
		});

		it('offers KT. at the start of a line in the signature block', async () => {
			const content = buildLetter({ signature: 'K' });
			const uri = await open(content);
			const position = positionOf(content, '- Lưu: VT, VP.\n\nK', 0, '- Lưu: VT, VP.\n\nK'.length);
			const items = await completion(uri, position);
			const kt = items.find((i) => i.label === 'KT.');
			assert.ok(kt, `no KT. among ${items.map((i) => i.label).join(', ')}`);
			assert.equal(kt.kind, 14);
			assert.deepEqual(kt.textEdit, { range: { start: { line: position.line, character: 0 }, end: position }, newText: 'KT. ' });
			assert.match((kt.documentation as MarkupContent).value, /Ký thay/u);
		});

		it('offers "- Như trên;" inside Nơi nhận, on the trigger "-"', async () => {
			const content = buildLetter({ noiNhan: 'Nơi nhận:\n-' });
			const uri = await open(content);
			const position = positionOf(content, 'Nơi nhận:\n-', 0, 'Nơi nhận:\n-'.length);
			const items = await completion(uri, position, '-');
			const nhuTren = items.find((i) => i.label === '- Như trên;');
			assert.ok(nhuTren, `no "- Như trên;" among ${items.map((i) => i.label).join(', ')}`);
			assert.deepEqual(nhuTren.textEdit, {
				range: { start: { line: position.line, character: 0 }, end: position },
				newText: '- Như trên;',
			});
			const luu = items.find((i) => i.label === '- Lưu: VT, VP.');
			assert.equal(luu?.insertTextFormat, 1);
		});

		it('offers type names at the start of a citation', async () => {
			const content = buildLetter({ body: 'Thực hiện Cô' });
			const uri = await open(content);
			const items = await completion(uri, positionOf(content, 'Thực hiện Cô', 0, 'Thực hiện Cô'.length));
			assert.ok(items.some((i) => i.label === 'Công văn số' && i.filterText === 'Công văn'));
		});
	});

	describe('textDocument/semanticTokens', () => {
		it('encodes the tokens of a letter relative to each other', async () => {
			const result = await tokensFull(FEATURE_URI);
			assert.ok(result);
			assert.equal(result.data.length % 5, 0);
			const tokens = decode(text, result.data, legend());
			const find = (t: string, line: number): Decoded | undefined => tokens.find((d) => d.text === t && d.line === line);
			assert.deepEqual(find('05', 2), { line: 2, character: 4, text: '05', type: 'number', modifiers: ['declaration'] });
			assert.deepEqual(find('UBND', 2), { line: 2, character: 7, text: 'UBND', type: 'namespace', modifiers: ['declaration'] });
			assert.deepEqual(find('29', 3), { line: 3, character: 15, text: '29', type: 'number', modifiers: ['declaration'] });
			assert.deepEqual(find('Công văn', 12), { line: 12, character: 10, text: 'Công văn', type: 'type', modifiers: [] });
			assert.deepEqual(find('UBND-VP', 12), { line: 12, character: 25, text: 'UBND-VP', type: 'namespace', modifiers: ['readonly'] });
			assert.deepEqual(find('a)', 15), { line: 15, character: 0, text: 'a)', type: 'enumMember', modifiers: [] });
			assert.deepEqual(find('Nơi nhận', 22), { line: 22, character: 0, text: 'Nơi nhận', type: 'keyword', modifiers: [] });
			assert.deepEqual(find('Như trên;', 23), { line: 23, character: 2, text: 'Như trên;', type: 'variable', modifiers: [] });
			assert.deepEqual(find('KT.', 26), { line: 26, character: 0, text: 'KT.', type: 'keyword', modifiers: [] });
			assert.deepEqual(find('CHỦ TỊCH', 26), { line: 26, character: 4, text: 'CHỦ TỊCH', type: 'property', modifiers: [] });
			assert.deepEqual(find('Nguyễn Văn A', 29), { line: 29, character: 0, text: 'Nguyễn Văn A', type: 'string', modifiers: [] });
		});

		it('answers a range request with the tokens in the range only', async () => {
			const result = await tokensRange(FEATURE_URI, range(22, 0, 24, end(24)));
			assert.ok(result);
			assert.deepEqual(
				decode(text, result.data, legend()).map((d) => `${d.line}:${d.character} ${d.text} ${d.type}`),
				['22:0 Nơi nhận keyword', '23:2 Như trên; variable', '24:2 Lưu: VT, VP. variable'],
			);
		});

		it('splits a token that runs over a line break into one token per line', async () => {
			// A hard wrap inside a cited type name: "Công⏎văn" is one token in the model, two on the wire.
			const content = buildLetter({
				body: 'Thực hiện Công\nvăn số 12/BNV-VP ngày 05/01/2021 của Bộ Nội vụ về việc họp, Ủy ban nhân dân tỉnh đề nghị thực hiện./.',
			});
			const result = await tokensFull(await open(content));
			assert.ok(result);
			const line = positionOf(content, 'Thực hiện Công').line;
			const tokens = decode(content, result.data, legend()).filter((d) => d.line === line || d.line === line + 1);
			assert.deepEqual(
				tokens.slice(0, 3).map((d) => `${d.line - line}:${d.character} ${d.text} ${d.type}`),
				['0:10 Công type', '1:0 văn type', '1:7 12 number'],
			);
		});

		it('gives a CRLF copy the same encoded tokens', async () => {
			const lf = await tokensFull(FEATURE_URI);
			assert.deepEqual(await tokensFull(await open(featureLetter('\r\n'))), lf);
		});
	});

	describe('documents the server does not serve', () => {
		it('answers empty for a closed document and for a language that is not checked', async () => {
			const plain = await open(text, 'plaintext');
			for (const uri of ['file:///congvan/never-opened.congvan', plain]) {
				assert.deepEqual(await symbols(uri), []);
				assert.deepEqual(await folding(uri), []);
				assert.deepEqual(await selection(uri, [{ line: 0, character: 0 }]), []);
				assert.equal(await hover(uri, { line: 3, character: 2 }), null);
				assert.deepEqual(await completion(uri, { line: 2, character: 7 }), []);
				assert.deepEqual((await tokensFull(uri))?.data, []);
				assert.deepEqual((await tokensRange(uri, range(0, 0, 5, 0)))?.data, []);
			}
		});

		it('follows the edits of an open document', async () => {
			const uri = await open(text);
			// Line 2 "Số: 05/UBND-VP" becomes "Số: 05/QĐ-UBND".
			await client.change(uri, 2, [{ range: range(2, 7, 2, 7), text: 'QĐ-' }]);
			const result = (await symbols(uri)) ?? [];
			assert.equal(result[0]?.name, 'Số: 05/QĐ-UBND-VP');
		});
	});
});
