// The "congvan" task and the `$congvan` problem matcher (issue #11, item 2), in the real editor: with every
// editor closed, "Tasks: Run Task → congvan → congvan: lint" runs the bundled CLI over the folder, and the
// matcher fills Problems with the finding of the closed letter, on its file and line. Screenshot ui-task.png.
//
// Usage (run by run-in-code-server.sh, which sets CODE_SERVER_PORT):
//   node ui-task.cjs SCREENSHOT
// The script writes its own workspace in a temporary folder and opens it with ?folder=.
// Exit status: 0 when everything was seen, 1 otherwise (a screenshot is taken in both cases).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { runUi } = require('./browser.cjs');

const [screenshot] = process.argv.slice(2);

// Invented body and people; the number lacks its leading zero (malformed-so-ky-hieu, line 5).
const LETTER = [
	'ỦY BAN NHÂN DÂN',
	'TỈNH LÂM VIÊN',
	'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
	'Độc lập - Tự do - Hạnh phúc',
	'Số: 5/UBND-VP',
	'V/v báo cáo kết quả công tác năm 2024',
	'Lâm Viên, ngày 14 tháng 5 năm 2024',
	'Kính gửi: Các sở, ban, ngành tỉnh',
	'Ủy ban nhân dân tỉnh đề nghị các cơ quan báo cáo kết quả công tác năm 2024 trước ngày 30 tháng 6 năm 2024./.',
	'Nơi nhận:',
	'- Như trên;',
	'- Lưu: VT, VP.',
	'TM. ỦY BAN NHÂN DÂN',
	'CHỦ TỊCH',
	'Trần Minh Khoa',
	'',
].join('\n');

runUi('ui-task', screenshot, async (page, ui) => {
	if (!screenshot) {
		throw new Error('usage: CODE_SERVER_PORT=… node ui-task.cjs SCREENSHOT');
	}
	const folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-task-')));
	ui.cleanup(() => fs.rmSync(folder, { recursive: true, force: true }));
	fs.mkdirSync(path.join(folder, 'du-thao'));
	fs.writeFileSync(path.join(folder, 'du-thao', 'bao-cao.congvan'), LETTER);
	// The row whose whole text is `text` (the palette ranks "Tasks: Rerun All Running Tasks" first).
	const row = (text) => page.locator('.quick-input-list .monaco-list-row', { hasText: text }).first();
	await ui.open(folder);
	// congvan activates on startup finished and then registers its task provider; a user reaches for the
	// palette a few seconds after the window opens.
	await page.waitForTimeout(4000);
	await page.keyboard.press('F1');
	await page.waitForSelector('.quick-input-widget');
	await page.keyboard.type('Tasks: Run Task');
	await row(/^Tasks: Run Task$/u).click();
	// The task types, once every provider has answered; congvan's is one of them.
	await row('congvan').click();
	await row(/congvan: lint/u).click();
	ui.step('ran "congvan: lint" from Tasks: Run Task');
	// The task's terminal has the focus (it takes the keys): open Problems from its tab.
	await page
		.locator('.part.panel .action-item', { hasText: /^Problems/u })
		.first()
		.click();
	const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'malformed-so-ky-hieu' }).first();
	await problem.waitFor();
	const text = (await problem.innerText()).replace(/\s+/g, ' ');
	if (!text.includes('Ln 5')) {
		throw new Error(`the Problems row "${text}" is not on line 5`);
	}
	await page.locator('.markers-panel .monaco-list-row', { hasText: 'bao-cao.congvan' }).first().waitFor();
	ui.step(`the $congvan matcher filled Problems for a closed letter: ${text}`);
	await page.screenshot({ path: screenshot });
});
