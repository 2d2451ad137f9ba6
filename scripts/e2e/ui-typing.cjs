// A letter typed key by key in the real editor is saved exactly as typed (issue #11, item 1). Word-based
// suggestions in prose made Enter accept a suggestion instead of starting a new line ("CHÁNH VĂN phòng"
// with the next line run into it); congvan's defaults for its language turn quick suggestions off. This
// test opens an empty .congvan file from the Explorer, types a letter one key at a time (lines ending with
// a prefix of a word used earlier, so that a suggestion would be open when Enter is pressed), saves it, and
// compares the file on disk with the typed text. It also checks that long lines wrap (word wrap on), the
// verdict of the status bar (a clean letter, then an unfilled template), and that the palette finds the
// template command by its Vietnamese name with and without diacritics.
//
// Usage (run by run-in-code-server.sh, which sets CODE_SERVER_PORT):
//   node ui-typing.cjs WORKSPACE RELATIVE_FILE SCREENSHOT
// Exit status: 0 when the saved text equals the typed text, 1 otherwise (a screenshot is taken in both cases).
const fs = require('node:fs');
const path = require('node:path');
const { APPEAR_MS, openFromExplorer, runUi } = require('./browser.cjs');

const [folder, relative, screenshot] = process.argv.slice(2);

// Written for this test (invented body and people). The signer's title repeats words of the body in other
// case ("Văn phòng" … "CHÁNH VĂN PHÒNG"), which is where a word-based suggestion swallowed the Enter.
const LINES = [
	'ỦY BAN NHÂN DÂN',
	'TỈNH LÂM VIÊN',
	'Số: 215/UBND-VP',
	'V/v tổng hợp báo cáo của Văn phòng',
	'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
	'Độc lập - Tự do - Hạnh phúc',
	'Lâm Viên, ngày 14 tháng 5 năm 2024',
	'Kính gửi: Văn phòng Ủy ban nhân dân tỉnh.',
	'Văn phòng Ủy ban nhân dân tỉnh đề nghị các phòng chuyên môn gửi báo cáo tổng hợp về Văn phòng trước ngày 30 tháng 5 năm 2024 để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh theo quy định./.',
	'Nơi nhận:',
	'- Như trên;',
	'- Lưu: VT, VP.',
	'KT. CHÁNH VĂN PHÒNG',
	'PHÓ CHÁNH VĂN PHÒNG',
	'Trần Minh Khoa',
];

// A letter still in the shape of the built-in công văn template (its instructions not replaced).
const TEMPLATE = [
	'TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN',
	'TÊN CƠ QUAN, TỔ CHỨC',
	'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
	'Độc lập - Tự do - Hạnh phúc',
	'Số: /CQ-ĐV',
	'Hà Nội, ngày 14 tháng 5 năm 2024',
	'V/v trích yếu nội dung công văn',
	'Kính gửi: Tên cơ quan, tổ chức nhận văn bản',
	'Mở đầu: lý do, căn cứ ban hành công văn.',
	'Nơi nhận:',
	'- Như trên;',
	'- Lưu: VT, ĐV.',
	'GIÁM ĐỐC',
	'Họ và tên',
	'',
].join('\n');

runUi('ui-typing', screenshot, async (page, ui) => {
	if (!folder || !relative || !screenshot) {
		throw new Error('usage: CODE_SERVER_PORT=… node ui-typing.cjs WORKSPACE RELATIVE_FILE SCREENSHOT');
	}
	const file = path.join(folder, relative);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, '');
	const expected = `${LINES.join('\n')}\n`;
	const explorerRow = (name) => page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();

	await ui.open(folder);
	await openFromExplorer(page, relative);
	// The language mode in the status bar says the file is a congvan letter, so the defaults apply.
	await page.locator('#status\\.editor\\.mode', { hasText: 'Công văn' }).first().waitFor();
	ui.step('empty letter open, language "Công văn"');
	await page.locator('.monaco-editor .view-lines').first().click();
	for (const line of LINES) {
		// One key at a time, with a pause long enough for a quick suggestion to open (10 ms is the
		// editor's default delay before quick suggestions show).
		await page.keyboard.type(line, { delay: 25 });
		await page.waitForTimeout(150);
		await page.keyboard.press('Enter');
	}
	ui.step(`typed ${LINES.length} lines`);
	// Word wrap: the long body line is shown on several view lines, so no finding sits off-screen.
	const wrapped = await page.locator('.monaco-editor .view-line').count();
	if (wrapped <= LINES.length) {
		throw new Error(`the long line is not wrapped: ${wrapped} view lines for ${LINES.length + 1} lines`);
	}
	ui.step(`word wrap on (${wrapped} view lines)`);
	await page.keyboard.press('Control+S');
	const deadline = Date.now() + APPEAR_MS;
	let saved = fs.readFileSync(file, 'utf8');
	while (saved !== expected && Date.now() < deadline) {
		await page.waitForTimeout(200);
		saved = fs.readFileSync(file, 'utf8');
	}
	await page.screenshot({ path: screenshot });
	if (saved !== expected) {
		const got = saved.split('\n');
		const at = LINES.findIndex((l, i) => got[i] !== l);
		throw new Error(
			`the saved letter differs from what was typed, first at line ${at + 1}: ${JSON.stringify(got[at])} instead of ${JSON.stringify(LINES[at])}`,
		);
	}
	ui.step('saved exactly as typed');
	// The verdict of a clean letter, then of a template whose placeholders are still there.
	await page.locator('.statusbar-item', { hasText: 'Đạt thể thức' }).first().waitFor();
	ui.step('status bar: Đạt thể thức');
	const template = path.join(path.dirname(file), 'mau-chua-dien.congvan');
	fs.writeFileSync(template, TEMPLATE);
	await explorerRow(path.basename(template)).click();
	await page.waitForSelector(`.tabs-container .tab:has-text("${path.basename(template)}")`);
	await page.locator('.statusbar-item', { hasText: 'Bản mẫu chưa điền' }).first().waitFor();
	ui.step('status bar on an unfilled template: Bản mẫu chưa điền');
	await page.screenshot({ path: screenshot.replace(/\.png$/u, '-template.png') });
	// The palette finds the template command by its Vietnamese name, with and without diacritics, and by
	// its English name.
	for (const query of ['tạo văn bản mới', 'tao van ban moi', 'new letter from template']) {
		await page.keyboard.press('F1');
		await page.waitForSelector('.quick-input-widget');
		await page.keyboard.type(query);
		await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Tạo văn bản mới từ mẫu' }).first().waitFor();
		await page.keyboard.press('Escape');
		ui.step(`palette: "${query}" finds "Công văn: Tạo văn bản mới từ mẫu"`);
	}
});
