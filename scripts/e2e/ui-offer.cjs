// Plain-text letters on purpose (issue #11, item 4), in the real editor: a meeting note pasted into an
// Untitled editor is never offered checking; a letter pasted into one is offered once, and "Kiểm tra tệp
// này" turns its language mode into "Công văn" with findings; "Luôn kiểm tra tệp plaintext" changes
// congvan.languages, which restarts the server silently (no error notification) and checks the letter.
//
// Usage (run by run-in-code-server.sh, which sets CODE_SERVER_PORT):
//   node ui-offer.cjs WORKSPACE LETTER_FILE SCREENSHOT
// Exit status: 0 when everything was seen, 1 otherwise (a screenshot is taken in both cases).
const fs = require('node:fs');
const { runCommand, runUi } = require('./browser.cjs');

const [folder, letterFile, screenshot] = process.argv.slice(2);
// How long a notification that should not come is given to come: the offer waits 500 ms after the last edit.
const ABSENT_MS = 4_000;
const NOTE = 'Ghi chép họp nhóm ngày 12/3\n\nKính gửi: cả nhóm\n\n1. Chốt lịch trực\n2. Phân công viết báo cáo\n';
const OFFER = 'trông giống một văn bản hành chính';

runUi('ui-offer', screenshot, async (page, ui) => {
	if (!folder || !letterFile || !screenshot) {
		throw new Error('usage: CODE_SERVER_PORT=… node ui-offer.cjs WORKSPACE LETTER_FILE SCREENSHOT');
	}
	const letter = fs.readFileSync(letterFile, 'utf8');
	// A notification shows as a toast, and stays in the notification center once the toast hides.
	const toast = (text) =>
		page.locator('.notifications-toasts .notification-toast, .notifications-center .notification-list-item', { hasText: text });
	const showCenter = async () => {
		if ((await page.locator('.notifications-center.visible').count()) === 0) {
			await runCommand(page, 'Notifications: Show Notifications', 'Show Notifications');
		}
	};
	const newUntitled = async (text) => {
		// Not "File: Compare New Untitled Text Files", which the palette lists first.
		await runCommand(page, 'File: New Untitled Text File', /New Untitled Text File(?!s)/u);
		await page.locator('.monaco-editor .view-lines').first().click();
		await page.keyboard.insertText(text);
	};
	await ui.open(folder);

	await newUntitled(NOTE);
	await page.waitForTimeout(ABSENT_MS);
	await showCenter();
	if ((await toast(OFFER).count()) > 0) {
		throw new Error('a meeting note was offered checking as a letter');
	}
	ui.step('a meeting note in an Untitled editor: no offer');

	await newUntitled(letter);
	await page.locator('.statusbar-item', { hasText: 'Kiểm tra như công văn?' }).first().waitFor();
	await showCenter();
	await toast(OFFER).first().waitFor();
	ui.step('a letter pasted into an Untitled editor: offered (notification and status item)');
	await toast(OFFER).locator('.monaco-button', { hasText: 'Kiểm tra tệp này' }).first().click();
	await page.locator('#status\\.editor\\.mode', { hasText: 'Công văn' }).first().waitFor();
	await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info').first().waitFor();
	ui.step('"Kiểm tra tệp này": language mode Công văn, findings shown');

	await newUntitled(letter);
	await page.locator('.statusbar-item', { hasText: 'Kiểm tra như công văn?' }).first().waitFor();
	await showCenter();
	await toast(OFFER).first().waitFor();
	await toast(OFFER).locator('.monaco-button', { hasText: 'Luôn kiểm tra tệp plaintext' }).first().click();
	// The plain-text letter is checked after the restart: its findings appear, its mode stays plaintext.
	await page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info').first().waitFor();
	await page.waitForTimeout(ABSENT_MS);
	await showCenter();
	const errors = await page
		.locator('.notifications-toasts .notification-toast, .notifications-center .notification-list-item')
		.allInnerTexts();
	const bad = errors.filter((t) => /failed|Error|lỗi khi/iu.test(t));
	if (bad.length > 0) {
		throw new Error(`an error notification after changing congvan.languages: ${bad.join(' | ')}`);
	}
	ui.step('"Luôn kiểm tra tệp plaintext": the letter is checked, no error notification');
	await page.screenshot({ path: screenshot });
});
