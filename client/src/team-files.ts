// The commands that write the team's shared files: "Công văn: Tạo hồ sơ nhóm" (`congvan.createProfile`)
// writes .congvan/profile.json from a few questions, and "Công văn: Lưu thành mẫu của nhóm"
// (`congvan.saveAsTeamTemplate`) turns the open letter into .congvan/templates/<name>.congvan with a
// sidecar <name>.json (title, description). Files are written through the workspace file system, never
// over an existing file without asking.
import { FileType, Uri, window, workspace, type WorkspaceFolder } from 'vscode';
import { currentFolder, nearestProfileUri } from './new-from-template';
import { t } from './l10n';
import { letterToTeamTemplate, parseProfile, parseUnits, profileText, templateFileName, type TeamProfile } from './templates';

const encoder = new TextEncoder();

async function exists(uri: Uri): Promise<boolean> {
	try {
		await workspace.fs.stat(uri);
		return true;
	} catch {
		return false;
	}
}

async function pickFolder(): Promise<WorkspaceFolder | undefined> {
	const folders = workspace.workspaceFolders ?? [];
	if (folders.length === 0) {
		void window.showErrorMessage(t('Công văn: open a folder first; the team files are kept in it.'));
		return undefined;
	}
	return folders.length === 1 ? folders[0] : ((await window.showWorkspaceFolderPick()) ?? undefined);
}

/** Asks one question; undefined when the writer pressed Escape. */
function ask(prompt: string, placeHolder: string, value = ''): Thenable<string | undefined> {
	return window.showInputBox({ title: t('Công văn: Create the Team Profile'), prompt, placeHolder, value, ignoreFocusOut: true });
}

/** `congvan.createProfile`. */
export async function createProfile(): Promise<void> {
	const folder = await pickFolder();
	if (!folder) {
		return;
	}
	const target = Uri.joinPath(folder.uri, '.congvan', 'profile.json');
	if (await exists(target)) {
		const open = t('Open it');
		const choice = await window.showInformationMessage(
			t('Công văn: the team profile {path} already exists.', { path: workspace.asRelativePath(target) }),
			open,
		);
		if (choice === open) {
			await window.showTextDocument(target);
		}
		return;
	}
	const coQuanChuQuan = await ask(
		t("Managing body (leave empty when the issuing body has none, e.g. a provincial People's Committee)"),
		'UBND TỈNH LÂM VIÊN',
	);
	if (coQuanChuQuan === undefined) {
		return;
	}
	const coQuanBanHanh = await ask(t('Issuing body, as in the header'), 'SỞ TÀI CHÍNH');
	if (coQuanBanHanh === undefined) {
		return;
	}
	const kyHieuCoQuan = await ask(t('Abbreviation of the issuing body in the symbol (Số: 15/STC-VP)'), 'STC');
	if (kyHieuCoQuan === undefined) {
		return;
	}
	const diaDanh = await ask(t('Place name of the date line, in full'), 'Lâm Viên');
	if (diaDanh === undefined) {
		return;
	}
	const unitsText = await ask(t('Units and their abbreviations, separated by ";"'), 'Văn phòng (VP); Phòng Quản lý ngân sách (QLNS)');
	if (unitsText === undefined) {
		return;
	}
	const text = profileText({ coQuanChuQuan, coQuanBanHanh, kyHieuCoQuan, diaDanh, units: parseUnits(unitsText) });
	await workspace.fs.createDirectory(Uri.joinPath(folder.uri, '.congvan'));
	await workspace.fs.writeFile(target, encoder.encode(text));
	await window.showTextDocument(target);
	void window.showInformationMessage(
		t('Công văn: wrote {path}. Add the usual signers under "nguoiKy"; the templates and the unknown-unit rule use the profile.', {
			path: workspace.asRelativePath(target),
		}),
	);
}

/** `congvan.saveAsTeamTemplate`. */
export async function saveAsTeamTemplate(): Promise<void> {
	const document = window.activeTextEditor?.document;
	if (!document) {
		void window.showErrorMessage(t('Công văn: open the letter to save as a template first.'));
		return;
	}
	const folder =
		(document.uri.scheme === 'file' ? workspace.getWorkspaceFolder(document.uri) : undefined) ?? currentFolder() ?? (await pickFolder());
	if (!folder) {
		return;
	}
	const title = await window.showInputBox({
		title: t('Công văn: Save as a Team Template'),
		prompt: t('Title of the template, as the template list shows it'),
		placeHolder: t('e.g. Công văn mời họp giao ban'),
		ignoreFocusOut: true,
		validateInput: (value) => (value.trim() === '' ? t('The template needs a title.') : undefined),
	});
	if (title === undefined) {
		return;
	}
	const description = await window.showInputBox({
		title: t('Công văn: Save as a Team Template'),
		prompt: t('One line that says when to use it (optional)'),
		ignoreFocusOut: true,
	});
	if (description === undefined) {
		return;
	}
	let profile: TeamProfile | undefined;
	const profileUri = await nearestProfileUri();
	if (profileUri) {
		try {
			const parsed = parseProfile(new TextDecoder('utf-8').decode(await workspace.fs.readFile(profileUri)));
			profile = 'profile' in parsed ? parsed.profile : undefined;
		} catch {
			profile = undefined;
		}
	}
	const directory = Uri.joinPath(folder.uri, '.congvan', 'templates');
	const name = templateFileName(title);
	const target = Uri.joinPath(directory, `${name}.congvan`);
	if (await exists(target)) {
		const replace = t('Replace');
		const choice = await window.showWarningMessage(
			t('Công văn: the team template {path} already exists.', { path: workspace.asRelativePath(target) }),
			{ modal: true },
			replace,
		);
		if (choice !== replace) {
			return;
		}
	}
	await workspace.fs.createDirectory(directory);
	await workspace.fs.writeFile(target, encoder.encode(letterToTeamTemplate(document.getText(), profile)));
	const info = { tieuDe: title.trim(), ...(description.trim() !== '' ? { moTa: description.trim() } : {}) };
	await workspace.fs.writeFile(Uri.joinPath(directory, `${name}.json`), encoder.encode(`${JSON.stringify(info, null, 2)}\n`));
	void window.showInformationMessage(
		t('Công văn: saved the team template "{title}" as {path}; it comes first in "New Letter from Template".', {
			title: title.trim(),
			path: workspace.asRelativePath(target),
		}),
	);
	const stat = await workspace.fs.stat(target);
	if ((stat.type & FileType.File) === 0) {
		throw new Error(`congvan.saveAsTeamTemplate: ${target.toString()} was not written`);
	}
}
