// The live A4 preview and the export to Word in the real editor (issue 12). Opens a letter with a wrong Số
// (malformed-so-ky-hieu, an error), runs "Công văn: Xem trước (A4)" from the palette, and checks in the
// webview: an A4 page (its height over its width is 297/210) that holds the Quốc hiệu and the signer inside its
// frame, the error marked with its severity on the Số line. Then it types in the editor and sees the preview
// change, clicks the finding's mark in the preview and sees the editor's cursor on the Số line, goes to the end
// of the letter and sees the preview follow. Screenshots ui-preview.png and ui-preview-readme.png (the top
// of both, copied to docs/images/preview.png). Last, "Công văn: Xuất ra Word (.docx)"
// with its warning about the findings and the save dialog accepted as offered writes thu.docx beside the
// letter, and the text of the .docx read back is the letter's, paragraph by paragraph; "Công văn: Xuất ra
// PDF" writes thu.pdf through LibreOffice, with the Quốc hiệu and the signer in its text (pdftotext).
//
// Usage (run by run-in-code-server.sh, which sets CODE_SERVER_PORT):
//   node ui-preview.cjs SCREENSHOT
// The script writes its own workspace in a temporary folder and opens it with ?folder=. Needs out/ (tsc -b)
// for the .docx reader of the export tests.
// Exit status: 0 when everything was seen, 1 otherwise (a screenshot of the failure is taken).
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { APPEAR_MS, openFromExplorer, runCommand, runUi } = require('./browser.cjs');

const root = path.resolve(__dirname, '..', '..');
const [screenshot] = process.argv.slice(2);

// The example letter with its number written without the leading zero (an error on the Số line), and more
// items, so that it takes two pages.
const MORE = Array.from(
	{ length: 14 },
	(_, i) =>
		`${i + 4}. Các cơ quan, đơn vị rà soát hồ sơ, tài liệu nội dung thứ ${i + 4} của công tác văn thư, lưu trữ năm 2025 và gửi kết quả về Sở Nội vụ (qua Văn phòng Sở) để tổng hợp.\n`,
).join('\n');
const LETTER = fs
	.readFileSync(path.join(root, 'examples', 'cong-van-mau.congvan'), 'utf8')
	.replace('Số: 08/SNV-VP', 'Số: 8/SNV-VP')
	.replace('\nSở Nội vụ đề nghị các cơ quan', `\n${MORE}\nSở Nội vụ đề nghị các cơ quan`);
const SO_LINE = LETTER.split('\n').findIndex((l) => l.startsWith('Số: 8/SNV-VP')) + 1;
const SIGNER = 'Trần Thị Minh Hằng';
const SIGNER_LINE = LETTER.split('\n').findIndex((l) => l === SIGNER) + 1;

/** Polls `test` until it returns a truthy value; the deadline only guards against what never comes. */
async function until(test, what) {
	const deadline = Date.now() + APPEAR_MS;
	for (;;) {
		const value = await test();
		if (value) {
			return value;
		}
		if (Date.now() > deadline) {
			throw new Error(`timed out: ${what}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

runUi('ui-preview', screenshot, async (page, ui) => {
	if (!screenshot) {
		throw new Error('usage: CODE_SERVER_PORT=… node ui-preview.cjs SCREENSHOT');
	}
	const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-preview-')));
	ui.cleanup(() => fs.rmSync(folder, { recursive: true, force: true }));
	fs.writeFileSync(path.join(folder, 'thu.congvan'), LETTER);

	await ui.open(folder);
	await openFromExplorer(page, 'thu.congvan');
	await page.locator('#status\\.editor\\.mode', { hasText: 'Công văn' }).first().waitFor();
	await page.locator('.monaco-editor .squiggly-error').first().waitFor();
	ui.step('letter open, its error squiggled');

	// Room for the letter and its preview side by side, as a user would make it.
	await runCommand(page, 'View: Close Primary Side Bar', 'Close Primary Side Bar');
	await runCommand(page, 'Xem trước (A4)');
	// The webview's document is an iframe inside an iframe: the frame that holds the preview's pages.
	const frame = await until(async () => {
		for (const f of page.frames()) {
			if (
				(await f
					.locator('#pages .page')
					.count()
					.catch(() => 0)) > 0
			) {
				return f;
			}
		}
		return undefined;
	}, 'the preview webview with an A4 page');
	ui.step('"Công văn: Xem trước (A4)" opened the preview');

	const first = frame.locator('.page').first();
	const box = await first.boundingBox();
	if (!box || Math.abs(box.height / box.width - 297 / 210) > 0.01) {
		throw new Error(`the page is not A4: ${JSON.stringify(box)}`);
	}
	// A block inside the frame of its page (the page the block is drawn on).
	const inside = async (text) => {
		const block = frame.locator('.page .block', { hasText: text }).first();
		const b = await block.boundingBox();
		const p = await frame
			.locator('.page', { has: frame.locator('.block', { hasText: text }) })
			.first()
			.boundingBox();
		return b && p && b.x >= p.x && b.x + b.width <= p.x + p.width + 1 && b.y >= p.y && b.y + b.height <= p.y + p.height;
	};
	await until(() => inside('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), 'the Quốc hiệu inside the page frame');
	await until(() => inside(SIGNER), 'the signer inside the page frame');
	const pages = await frame.locator('.page').count();
	const number = await frame.locator('.page[data-page="2"] .page-number').innerText();
	if (pages !== 2 || number !== '2' || (await frame.locator('.page[data-page="1"] .page-number').count()) !== 0) {
		throw new Error(`expected two pages, "2" at the top of the second only: ${pages} pages, "${number}"`);
	}
	ui.step(`A4 page ${Math.round(box.width)}×${Math.round(box.height)} px holds the Quốc hiệu; two pages, "2" at the top of the second`);
	const mark = frame.locator('.block.c-so .mark.sev-1').first();
	await mark.waitFor();
	ui.step(`the Số line is marked: ${await mark.innerText()} (${(await mark.getAttribute('title')).split('\n')[0]})`);

	// Typing: the signer's name changes in the editor, then in the preview.
	await page.locator('.monaco-editor .view-lines').first().click();
	await page.keyboard.press('Control+G');
	await page.keyboard.type(String(SIGNER_LINE));
	await page.keyboard.press('Enter');
	await page.keyboard.press('End');
	await page.keyboard.type(' Anh', { delay: 30 });
	await frame
		.locator('.block.c-ho-ten', { hasText: `${SIGNER} Anh` })
		.first()
		.waitFor();
	const ms = await frame.locator('body').getAttribute('data-render-ms');
	ui.step(`typed " Anh" after the signer: the preview shows "${SIGNER} Anh" (last render ${ms} ms in the webview)`);

	// Following the editor: the end of the letter is in view, so the preview has scrolled down.
	await until(() => frame.evaluate(() => window.scrollY > 0), 'the preview following the editor to the end of the letter');
	ui.step('the preview followed the editor to the end of the letter');

	// A click on the finding's mark reveals its line in the editor.
	await mark.click();
	const selection = page.locator('#status\\.editor\\.selection').first();
	await until(async () => (await selection.innerText()).startsWith(`Ln ${SO_LINE},`), `the cursor on line ${SO_LINE}`);
	ui.step(`clicking the mark put the editor's cursor on the Số line: ${await selection.innerText()}`);
	await page.screenshot({ path: screenshot });
	// The top of the letter beside its preview, for the README (docs/images/preview.png is a copy).
	await page.screenshot({ path: screenshot.replace(/\.png$/u, '-readme.png'), clip: { x: 50, y: 35, width: 1350, height: 560 } });

	// The export to Word, from the palette: warned about the findings, saved beside the letter as offered.
	ui.screenshot = screenshot.replace(/\.png$/u, '-export.png');
	await runCommand(page, 'Xuất ra Word (.docx)');
	const dialog = page.locator('.monaco-dialog-box');
	await dialog.waitFor();
	await dialog.locator('.monaco-button', { hasText: 'Vẫn xuất' }).first().click();
	// The save dialog (VS Code's own in the browser) offers thu.docx beside the letter: accept it.
	const input = page.locator('.quick-input-widget .quick-input-box input');
	await until(async () => (await input.inputValue().catch(() => '')).endsWith('thu.docx'), 'the save dialog offering thu.docx');
	await page.keyboard.press('Enter');
	const docx = path.join(folder, 'thu.docx');
	await until(() => fs.existsSync(docx) && fs.statSync(docx).size > 0, 'thu.docx written beside the letter');
	const { bodyParagraphs, squeeze, unzipDocx } = require(path.join(root, 'out', 'test', 'export', 'helpers.js'));
	const paragraphs = bodyParagraphs(unzipDocx(new Uint8Array(fs.readFileSync(docx))).document)
		.map((p) => p.text)
		.filter((t) => t.trim() !== '');
	// The letter as the editor holds it (with the typed name, not saved), its non-blank lines, white space aside.
	const lines = LETTER.replace(SIGNER, `${SIGNER} Anh`)
		.split('\n')
		.filter((l) => l.trim() !== '');
	const text = squeeze(paragraphs.join(''));
	const missing = lines.filter((l) => !text.includes(squeeze(l)));
	if (missing.length > 0 || text.length !== squeeze(lines.join('')).length) {
		throw new Error(`the .docx does not hold the letter's text: missing ${JSON.stringify(missing)}`);
	}
	ui.step(`"Công văn: Xuất ra Word (.docx)" wrote thu.docx beside the letter: ${paragraphs.length} paragraphs, the letter's text`);

	// The export to PDF, through LibreOffice (installed by install-tools.sh), the same way.
	await runCommand(page, 'Xuất ra PDF');
	await dialog.waitFor();
	await dialog.locator('.monaco-button', { hasText: 'Vẫn xuất' }).first().click();
	await until(async () => (await input.inputValue().catch(() => '')).endsWith('thu.pdf'), 'the save dialog offering thu.pdf');
	await page.keyboard.press('Enter');
	const pdf = path.join(folder, 'thu.pdf');
	await until(
		() => fs.existsSync(pdf) && fs.readFileSync(pdf).subarray(0, 5).toString('latin1') === '%PDF-',
		'thu.pdf written beside the letter',
	);
	const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
	for (const expected of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', `${SIGNER} Anh`]) {
		if (!pdfText.includes(expected)) {
			throw new Error(`the PDF does not show "${expected}"`);
		}
	}
	ui.step('"Công văn: Xuất ra PDF" wrote thu.pdf beside the letter, with the Quốc hiệu and the signer');
});
