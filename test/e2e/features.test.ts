// The editor features as the editor itself asks for them (vscode.executeDocumentSymbolProvider,
// executeFoldingRangeProvider, executeHoverProvider, executeCompletionItemProvider): the outline, the folds
// and the hover of a letter of the workspace must be what the pure core computes for its text (imported
// from out/server/src/core, converted to positions here by the editor's own document), and completion
// after "Số: 05/" offers the type abbreviations. Then "Công văn: New Letter from Template"
// (congvan.newFromTemplate) on a fixture team profile and team template written into the workspace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { documentSymbols, foldingBlocks, hoverAt, type LetterSymbol, type LetterSymbolKind } from '../../server/src/core/features/index';
import { parseLetter } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { loadExpected, revertAndClose, snippetDateText } from './helpers';

/** The letter of the workspace with every part of an outline: Số, V/v, date, Kính gửi, items a tree, Nơi nhận, chữ ký. */
const LETTER = 'examples/cong-van-mau.congvan';

/** The e2e user settings leave "congvan.locale" at "auto"; in code-server (English by default) that is Vietnamese. */
const LOCALE = 'vi';

function letterUri(): vscode.Uri {
	const letter = loadExpected().files.find((f) => f.name === LETTER);
	assert.ok(letter, `${LETTER} is not in the prepared workspace`);
	return letter.uri;
}

function rangeText(r: vscode.Range): string {
	return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

/** What the editor shows of an outline entry, as plain values. */
interface Outline {
	name: string;
	detail: string;
	kind: string;
	range: string;
	selectionRange: string;
	children: Outline[];
}

const SYMBOL_KINDS: Readonly<Record<LetterSymbolKind, vscode.SymbolKind>> = {
	key: vscode.SymbolKind.Key,
	event: vscode.SymbolKind.Event,
	string: vscode.SymbolKind.String,
	class: vscode.SymbolKind.Class,
	interface: vscode.SymbolKind.Interface,
	array: vscode.SymbolKind.Array,
	object: vscode.SymbolKind.Object,
	namespace: vscode.SymbolKind.Namespace,
	module: vscode.SymbolKind.Module,
	package: vscode.SymbolKind.Package,
	struct: vscode.SymbolKind.Struct,
	field: vscode.SymbolKind.Field,
	enumMember: vscode.SymbolKind.EnumMember,
};

function fromEditorSymbol(s: vscode.DocumentSymbol): Outline {
	return {
		name: s.name,
		detail: s.detail,
		kind: vscode.SymbolKind[s.kind],
		range: rangeText(s.range),
		selectionRange: rangeText(s.selectionRange),
		children: (s.children ?? []).map(fromEditorSymbol),
	};
}

function fromCoreSymbol(document: vscode.TextDocument, s: LetterSymbol): Outline {
	const range = (r: { start: number; end: number }): string =>
		rangeText(new vscode.Range(document.positionAt(r.start), document.positionAt(r.end)));
	return {
		name: s.name,
		detail: s.detail ?? '',
		kind: vscode.SymbolKind[SYMBOL_KINDS[s.kind]],
		range: range(s.range),
		selectionRange: range(s.selectionRange),
		children: s.children.map((c) => fromCoreSymbol(document, c)),
	};
}

/** The text of a hover's contents, Markdown or plain. */
function hoverText(hover: vscode.Hover): string {
	return hover.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

suite('Editor features', () => {
	test(`the outline of ${LETTER} is the core's, a tree of the letter's parts`, async () => {
		const document = await vscode.workspace.openTextDocument(letterUri());
		const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
		assert.ok(Array.isArray(symbols) && symbols.length > 0, 'no document symbols');
		const outline = symbols.map(fromEditorSymbol);
		const core = documentSymbols(parseLetter(document.getText()), LOCALE).map((s) => fromCoreSymbol(document, s));
		assert.deepEqual(outline, core);

		// What the outline must hold, whatever the core says: the parts in order, and the items as a tree.
		assert.deepEqual(
			outline.map((s) => [s.kind, s.name, s.detail]),
			[
				['Key', 'Số: 08/SNV-VP', 'Số, ký hiệu'],
				['String', 'V/v tổ chức Hội nghị tổng kết công tác văn thư, lưu…', 'Trích yếu'],
				['Event', 'Hà Giang, ngày 06 tháng 01 năm 2026', 'Thứ Ba'],
				['Interface', 'Kính gửi', 'Các phòng, đơn vị thuộc Sở; Ủy ban nhân dân các huyện…'],
				['Namespace', 'Nội dung', '7 đoạn'],
				['Array', 'Nơi nhận', '4 nơi nhận'],
				['Object', 'Chữ ký: KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC, Trần Thị Minh Hằng'],
			],
		);
		const body = outline.find((s) => s.kind === 'Namespace');
		assert.deepEqual(
			body?.children.map((item) => [item.kind, item.name.split(' ')[0], item.children.map((c) => [c.kind, c.name.split(' ')[0]])]),
			[
				[
					'Field',
					'1.',
					[
						['EnumMember', 'a)'],
						['EnumMember', 'b)'],
					],
				],
				['Field', '2.', []],
				['Field', '3.', []],
			],
		);
	});

	test(`the folds of ${LETTER} are the core's multi-line blocks`, async () => {
		const document = await vscode.workspace.openTextDocument(letterUri());
		const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
		assert.ok(Array.isArray(folds) && folds.length > 0, 'no folding ranges');
		// One fold per first line (the longest), none on one line: what the server sends for the core's blocks.
		const byStart = new Map<number, number>();
		for (const block of foldingBlocks(parseLetter(document.getText()))) {
			const start = document.positionAt(block.range.start).line;
			const end = document.positionAt(block.range.end).line;
			if (end > start && (byStart.get(start) ?? -1) < end) {
				byStart.set(start, end);
			}
		}
		const expected = [...byStart].sort((a, b) => a[0] - b[0]).map(([start, end]) => `${start}-${end}`);
		assert.deepEqual(
			folds.map((f) => `${f.start}-${f.end}`).sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10)),
			expected,
		);
		const itemOne = document
			.getText()
			.split('\n')
			.findIndex((line) => line.startsWith('1. Xây dựng báo cáo'));
		assert.ok(
			folds.some((f) => f.start === itemOne && f.end > itemOne + 2),
			`item 1 (line ${itemOne}) does not fold over its points a) and b): ${JSON.stringify(folds)}`,
		);
	});

	test('the hover on a citation shows its parsed number and date', async () => {
		const document = await vscode.workspace.openTextDocument(letterUri());
		const at = document.getText().indexOf('Kế hoạch số 215/KH-UBND');
		assert.ok(at >= 0, 'no citation "Kế hoạch số 215/KH-UBND" in the letter');
		const offset = at + 'Kế hoạch số 2'.length;
		const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
			'vscode.executeHoverProvider',
			document.uri,
			document.positionAt(offset),
		);
		assert.equal(hovers.length, 1, `hovers: ${JSON.stringify(hovers.map(hoverText))}`);
		const hover = hovers[0];
		assert.ok(hover);
		const text = hoverText(hover);
		assert.ok(text.startsWith('**Kế hoạch số 215/KH-UBND**'), `hover title:\n${text}`);
		assert.ok(text.includes('- Số, ký hiệu: `215/KH-UBND`'), `no parsed number in the hover:\n${text}`);
		assert.ok(text.includes('- Ngày ban hành: 12/12/2025'), `no parsed date in the hover:\n${text}`);

		const core = hoverAt(parseLetter(document.getText()), offset, LOCALE);
		assert.ok(core, 'the core has no hover there');
		assert.equal(core.what, 'citation');
		assert.equal(text, core.markdown);
		assert.ok(hover.range, 'the hover has no range');
		assert.equal(
			rangeText(hover.range),
			rangeText(new vscode.Range(document.positionAt(core.range.start), document.positionAt(core.range.end))),
		);
		assert.equal(document.getText(hover.range).startsWith('Kế hoạch số 215/KH-UBND ngày 12/12/2025'), true, document.getText(hover.range));

		// Just before the citation ("Thực hiện |Kế hoạch") there is nothing to explain: the hover is where it belongs.
		const outside = await vscode.commands.executeCommand<vscode.Hover[]>(
			'vscode.executeHoverProvider',
			document.uri,
			document.positionAt(at - 2),
		);
		assert.deepEqual(outside.map(hoverText), []);
	});

	test('completion after "Số: 05/" offers QĐ, "Quyết định"', async () => {
		const text = buildLetter({ so: 'Số: 05/' });
		const document = await vscode.workspace.openTextDocument({ language: 'congvan', content: text });
		try {
			const line = text.split('\n').indexOf('Số: 05/');
			assert.ok(line >= 0);
			const position = new vscode.Position(line, 'Số: 05/'.length);
			const list = await vscode.commands.executeCommand<vscode.CompletionList>(
				'vscode.executeCompletionItemProvider',
				document.uri,
				position,
				'/',
			);
			const label = (item: vscode.CompletionItem): string => (typeof item.label === 'string' ? item.label : item.label.label);
			const qd = list.items.filter((item) => label(item) === 'QĐ');
			assert.equal(qd.length, 1, `completion items: ${list.items.map((item) => `${label(item)} (${item.detail ?? ''})`).join(', ')}`);
			assert.equal(qd[0]?.detail, 'Quyết định');
		} finally {
			await vscode.window.showTextDocument(document);
			await revertAndClose();
		}
	});
});

/** The fixture team profile (schemas/profile.schema.json) and the team template that uses it. */
const PROFILE = {
	coQuanChuQuan: 'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG',
	coQuanBanHanh: 'SỞ THỬ NGHIỆM E2E',
	kyHieuCoQuan: 'STN',
	diaDanh: 'Cao Bằng',
};
const TEAM_TEMPLATE = 'x';
const TEAM_TEMPLATE_TEXT = [
	'${profile.coQuanChuQuan}',
	'${profile.coQuanBanHanh}',
	'',
	'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
	'Độc lập - Tự do - Hạnh phúc',
	'',
	'Số:    /${profile.kyHieuCoQuan}-VP',
	'V/v mẫu của nhóm',
	'',
	'${profile.diaDanh}, ngày ${ngay} tháng ${thang} năm ${nam}',
	'',
	'Kính gửi: Các phòng, đơn vị thuộc Sở',
	'',
	'Nội dung.',
	'',
].join('\n');

/** The team template filled for a day: what the command must open. */
function filledTeamTemplate(now: Date): string {
	return [
		PROFILE.coQuanChuQuan,
		PROFILE.coQuanBanHanh,
		'',
		'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
		'Độc lập - Tự do - Hạnh phúc',
		'',
		`Số:    /${PROFILE.kyHieuCoQuan}-VP`,
		'V/v mẫu của nhóm',
		'',
		`${PROFILE.diaDanh}, ${snippetDateText(now)}`,
		'',
		'Kính gửi: Các phòng, đơn vị thuộc Sở',
		'',
		'Nội dung.',
		'',
	].join('\n');
}

/** A date line with the day on two digits and a leading zero for January and February only (NĐ 30). */
const PADDED_DATE = /ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}/u;

suite('New letter from template', () => {
	let congvanDir: vscode.Uri;

	suiteSetup(async () => {
		const folder = vscode.workspace.workspaceFolders?.[0];
		assert.ok(folder, 'no workspace folder');
		congvanDir = vscode.Uri.joinPath(folder.uri, '.congvan');
		const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
		await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(congvanDir, 'templates'));
		await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(congvanDir, 'profile.json'), encode(`${JSON.stringify(PROFILE, null, 2)}\n`));
		await vscode.workspace.fs.writeFile(
			vscode.Uri.joinPath(congvanDir, 'templates', `${TEAM_TEMPLATE}.congvan`),
			encode(TEAM_TEMPLATE_TEXT),
		);
	});

	suiteTeardown(async () => {
		// The later suites and runs check the workspace without a team profile, as the CLI did.
		await vscode.workspace.fs.delete(congvanDir, { recursive: true, useTrash: false });
	});

	test(`the team template "${TEAM_TEMPLATE}" opens filled from .congvan/profile.json and today`, async () => {
		const before = new Date();
		await vscode.commands.executeCommand('congvan.newFromTemplate', TEAM_TEMPLATE);
		const after = new Date();
		const document = vscode.window.activeTextEditor?.document;
		try {
			assert.ok(document, 'no editor opened');
			assert.equal(document.isUntitled, true, `not a new letter: ${document.uri.toString()}`);
			assert.equal(document.languageId, 'congvan');
			const text = document.getText();
			assert.match(text, PADDED_DATE);
			// Midnight between the two dates would leave either day.
			assert.ok([filledTeamTemplate(before), filledTeamTemplate(after)].includes(text), `the filled template:\n${text}`);
			for (const value of Object.values(PROFILE)) {
				assert.ok(text.includes(value), `no "${value}" in:\n${text}`);
			}
		} finally {
			if (document) {
				await revertAndClose();
			}
		}
	});

	test('the built-in template "Công văn" takes the profile\'s values as its defaults', async () => {
		const before = new Date();
		await vscode.commands.executeCommand('congvan.newFromTemplate', 'Công văn');
		const after = new Date();
		const document = vscode.window.activeTextEditor?.document;
		try {
			assert.ok(document, 'no editor opened');
			assert.equal(document.isUntitled, true, `not a new letter: ${document.uri.toString()}`);
			assert.equal(document.languageId, 'congvan');
			const text = document.getText();
			assert.ok(text.startsWith(`${PROFILE.coQuanChuQuan}\n${PROFILE.coQuanBanHanh}\n`), `the header:\n${text}`);
			assert.ok(text.includes(`Số: /${PROFILE.kyHieuCoQuan}-ĐV`), `the Số line:\n${text}`);
			assert.match(text, PADDED_DATE);
			const dateLines = [before, after].map((now) => `${PROFILE.diaDanh}, ${snippetDateText(now)}`);
			assert.ok(
				dateLines.some((line) => text.split('\n').includes(line)),
				`no date line "${dateLines[0]}" in:\n${text}`,
			);
		} finally {
			if (document) {
				await revertAndClose();
			}
		}
	});

	test('an unknown template name is refused', async () => {
		await assert.rejects(
			Promise.resolve(vscode.commands.executeCommand('congvan.newFromTemplate', 'no such template')),
			/no template named "no such template"/u,
		);
	});
});
