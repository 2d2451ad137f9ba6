// The reviewer's first hour (issue #11, items 2, 8 and 10), in the real editor:
// 1. "Công văn: Kiểm tra cả thư mục" with every editor closed fills Problems for the closed letters of the
//    folder: the defective ones are listed with their findings; the clean one, a letter in a dotted
//    folder and one in node_modules are not; a notification sums up. Screenshot ui-folder.png.
// 2. congvan.fixOnSave with files.autoSave "afterDelay": while the cursor stands on the date line, the
//    save leaves "ngày 5" as typed; once the cursor is on another line, the next Auto Save writes "ngày 05"
//    to disk.
// 3. The walkthrough "Bắt đầu với Công văn" opens with its five steps. Screenshot ui-walkthrough.png.
//
// Usage (run by run-in-code-server.sh, which sets CODE_SERVER_PORT):
//   node ui-reviewer.cjs ARTIFACTS_DIR
// The script writes its own workspace in a temporary folder and opens it with ?folder=.
// Exit status: 0 when everything was seen, 1 otherwise (a screenshot of the failure is taken).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { APPEAR_MS, runCommand, runUi } = require('./browser.cjs');

const [artifacts] = process.argv.slice(2);

const PARTS = {
	agency: 'ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG',
	quocHieu: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc',
	so: 'Số: 15/UBND-VP',
	vv: 'V/v triển khai kế hoạch công tác\nnăm 2021',
	date: 'Cao Bằng, ngày 05 tháng 02 năm 2021',
	kinhGui: 'Kính gửi: Các sở, ban, ngành tỉnh',
	body: 'Ủy ban nhân dân tỉnh yêu cầu các cơ quan, đơn vị báo cáo kết quả thực hiện kế hoạch công tác năm 2021 trước ngày 15/3/2021./.',
	noiNhan: 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.',
	signature: 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n\n\nNguyễn Văn An',
};
const letter = (changes = {}) => `${Object.values({ ...PARTS, ...changes }).join('\n\n')}\n`;

/** The workspace: two defective letters, a clean one, and two that the folder check must not read. */
function writeWorkspace(folder) {
	const files = {
		'du-thao/so-sai.congvan': letter({ so: 'Số: 5/UBND-VP' }),
		'du-thao/ngay-sai.congvan': letter({ date: 'Cao Bằng, ngày 5 tháng 2 năm 2021' }),
		'du-thao/dung.congvan': letter(),
		'.luu-tru/an.congvan': letter({ so: 'Số: 5/UBND-VP' }),
		'node_modules/goi/trong-goi.congvan': letter({ so: 'Số: 5/UBND-VP' }),
		// Typed in part 2: the year is completed with the cursor on the date line.
		'soan/dang-go.congvan': letter({ date: 'Cao Bằng, ngày 5 tháng 02 năm 202' }),
		'.vscode/settings.json': JSON.stringify(
			{ 'congvan.fixOnSave': true, 'files.autoSave': 'afterDelay', 'files.autoSaveDelay': 700 },
			null,
			2,
		),
	};
	for (const [name, text] of Object.entries(files)) {
		fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
		fs.writeFileSync(path.join(folder, name), text);
	}
}

/** Waits until a file on disk satisfies a test; the deadline only guards against a save that never comes. */
async function waitForFile(file, test, what) {
	const deadline = Date.now() + APPEAR_MS;
	for (;;) {
		const text = fs.readFileSync(file, 'utf8');
		if (test(text)) {
			return text;
		}
		if (Date.now() > deadline) {
			throw new Error(`${what}; the file holds:\n${text}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

runUi('ui-reviewer', artifacts && path.join(artifacts, 'ui-folder.png'), async (page, ui) => {
	if (!artifacts) {
		throw new Error('usage: CODE_SERVER_PORT=… node ui-reviewer.cjs ARTIFACTS_DIR');
	}
	const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-reviewer-'));
	ui.cleanup(() => fs.rmSync(folder, { recursive: true, force: true }));
	writeWorkspace(folder);
	const notification = (text) =>
		page.locator('.notifications-toasts .notification-toast, .notifications-center .notification-list-item', { hasText: text });
	await ui.open(folder);
	if ((await page.locator('.editor-group-container .tab').count()) > 0) {
		await runCommand(page, 'View: Close All Editors', 'Close All Editors');
	}

	// 1. The folder check, every editor closed.
	await runCommand(page, 'Kiểm tra cả thư mục', 'Kiểm tra cả thư mục');
	const panel = page.locator('.markers-panel');
	await panel.locator('.monaco-list-row', { hasText: 'ngay-sai.congvan' }).first().waitFor();
	await panel.locator('.monaco-list-row', { hasText: 'so-sai.congvan' }).first().waitFor();
	await panel.locator('.monaco-list-row', { hasText: '"ngày 05" thay cho "ngày 5"' }).first().waitFor();
	const rows = (await panel.locator('.monaco-list-row').allInnerTexts()).join('\n');
	for (const absent of ['dung.congvan', 'an.congvan', 'trong-goi.congvan']) {
		if (rows.includes(absent)) {
			throw new Error(`Problems lists ${absent}:\n${rows}`);
		}
	}
	if ((await page.locator('.editor-group-container .tab').count()) > 0) {
		throw new Error('the folder check opened an editor');
	}
	ui.step(`Problems lists the defective closed letters and nothing else:\n${rows}`);
	await page.screenshot({ path: ui.screenshot });
	// The summary: four letters (the two defective ones, the clean one, and the one typed in part 2, whose
	// year is blank). A toast hides after a while; the notification center keeps it.
	if ((await page.locator('.notifications-center.visible').count()) === 0) {
		await runCommand(page, 'Notifications: Show Notifications', 'Show Notifications');
	}
	await notification('đã kiểm tra 4 văn bản: 4 lỗi, 0 cảnh báo').first().waitFor();
	ui.step('notification: đã kiểm tra 4 văn bản: 4 lỗi, 0 cảnh báo');
	await runCommand(page, 'Notifications: Clear All Notifications', 'Clear All Notifications');

	// 2. Fix on save with Auto Save after a delay.
	ui.screenshot = path.join(artifacts, 'ui-fix-on-save.png');
	const typed = path.join(folder, 'soan', 'dang-go.congvan');
	await page.keyboard.press('Control+P');
	await page.waitForSelector('.quick-input-widget');
	await page.keyboard.type('dang-go.congvan');
	await page.locator('.quick-input-list .monaco-list-row', { hasText: 'dang-go.congvan' }).first().click();
	await page.locator('.monaco-editor .view-lines', { hasText: 'năm 202' }).first().waitFor();
	const lines = letter({ date: 'Cao Bằng, ngày 5 tháng 02 năm 202' }).split('\n');
	const dateLine = lines.findIndex((line) => line.startsWith('Cao Bằng, ngày')) + 1;
	await page.keyboard.press('Control+G');
	await page.keyboard.type(String(dateLine));
	await page.keyboard.press('Enter');
	await page.keyboard.press('End');
	await page.keyboard.type('1');
	const whileTyping = await waitForFile(typed, (text) => text.includes('tháng 02 năm 2021'), 'Auto Save did not write the typed year');
	if (!whileTyping.includes('Cao Bằng, ngày 5 tháng 02 năm 2021')) {
		throw new Error(`fix on save changed the line holding the cursor:\n${whileTyping}`);
	}
	ui.step('Auto Save with the cursor on the date line: "ngày 5" left as typed');
	// The cursor goes to the body; a key there makes the next Auto Save.
	const bodyLine = lines.findIndex((line) => line.startsWith('Ủy ban nhân dân tỉnh yêu cầu')) + 1;
	await page.keyboard.press('Control+G');
	await page.keyboard.type(String(bodyLine));
	await page.keyboard.press('Enter');
	await page.keyboard.press('Home');
	await page.keyboard.type('Đề nghị: ');
	const fixed = await waitForFile(typed, (text) => text.includes('Đề nghị: '), 'Auto Save did not write the body edit');
	const expected = letter({
		date: 'Cao Bằng, ngày 05 tháng 02 năm 2021',
		body: `Đề nghị: ${PARTS.body}`,
	});
	if (fixed !== expected) {
		throw new Error(`after the cursor left the date line, the file is not the fixed letter:\n${fixed}`);
	}
	ui.step('Auto Save with the cursor elsewhere: "ngày 05" on disk, the rest exactly as typed');
	await page.screenshot({ path: ui.screenshot });

	// 3. The walkthrough.
	ui.screenshot = path.join(artifacts, 'ui-walkthrough.png');
	// Room for the step's media beside the list of steps.
	await runCommand(page, 'View: Hide Panel', 'Hide Panel');
	await runCommand(page, 'View: Close Primary Side Bar', 'Close Primary Side Bar');
	await runCommand(page, 'Welcome: Open Walkthrough', 'Open Walkthrough');
	await page.keyboard.type('Công văn');
	await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Bắt đầu với Công văn' }).first().click();
	const walkthrough = page.locator('.gettingStartedContainer');
	for (const title of ['Tạo hồ sơ nhóm', 'Tạo văn bản mới từ mẫu', 'Đọc một lỗi', 'Sửa lỗi', 'Kiểm tra cả thư mục']) {
		await walkthrough.locator('.getting-started-step', { hasText: title }).first().waitFor();
	}
	ui.step('the walkthrough "Bắt đầu với Công văn" shows its five steps');
	// The media of the first step (docs/walkthrough/profile.md) loads in its frame.
	await walkthrough.locator('.getting-started-media').first().waitFor();
	// The markdown is rendered in a webview (nested frames): its heading is read from there.
	const mediaDeadline = Date.now() + APPEAR_MS;
	let rendered = false;
	while (!rendered && Date.now() < mediaDeadline) {
		for (const frame of page.frames()) {
			const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
			if (text.includes('Mỗi thư mục con có thể có hồ sơ riêng')) {
				rendered = true;
			}
		}
		if (!rendered) {
			await page.waitForTimeout(500);
		}
	}
	if (!rendered) {
		throw new Error('the media of the first step (docs/walkthrough/profile.md) did not render');
	}
	ui.step('the first step shows its page (docs/walkthrough/profile.md)');
	await page.screenshot({ path: ui.screenshot });
});
