// The command "Công văn: Tạo văn bản mới từ mẫu" (`congvan.newFromTemplate`): a list of the built-in
// templates (the snippets shipped with the extension, read at run time) and the team's own
// (.congvan/templates/*.congvan in each workspace folder). The choice is filled with the team profile
// (.congvan/profile.json) and today's date by templates.ts and opened as a new, unsaved letter.
import { FileType, SnippetString, Uri, window, workspace, type QuickPickItem, type WorkspaceFolder } from 'vscode';
import { currentLocale, t } from './l10n';
import {
	applyProfileToSnippet,
	builtInTemplates,
	fillTeamTemplate,
	parseProfile,
	parseTemplateInfo,
	signerLines,
	type ProfileSigner,
	type TeamProfile,
} from './templates';

const SNIPPETS_PATH = ['snippets', 'congvan.code-snippets'];
const TEMPLATES_DIR = ['.congvan', 'templates'];
const PROFILE_FILE = ['.congvan', 'profile.json'];

interface TemplateItem extends QuickPickItem {
	/** A team template's file name without ".congvan", which the command also accepts as its name. */
	fileName?: string;
	open(profile: TeamProfile | undefined): Promise<void>;
}

/**
 * The signer of a new letter: the profile's only signer, the one the writer picks when there are several,
 * undefined without signers (the template's own choice stays), null when the writer dismissed the pick.
 */
async function pickSigner(profile: TeamProfile | undefined): Promise<ProfileSigner | undefined | null> {
	const signers = profile?.nguoiKy ?? [];
	if (signers.length <= 1) {
		return signers[0];
	}
	const picked = await window.showQuickPick(
		signers.map((signer) => ({ label: signer.hoTen, description: signerLines(signer).replace('\n', ' · '), signer })),
		{ title: t('Công văn: New Letter from Template'), placeHolder: t('Who signs the letter?') },
	);
	return picked === undefined ? null : picked.signer;
}

/**
 * Runs the command; `extensionUri` is where the snippets file is. With a template's name as `template` (a
 * built-in snippet's name such as "Công văn", or a team template's file name without ".congvan"), that
 * template opens without the list, for keybindings, other extensions and tests; anything else that is
 * passed (a menu passes a URI) shows the list.
 */
export async function newFromTemplate(extensionUri: Uri, template?: unknown): Promise<void> {
	const profile = await readProfile();
	// The team's own templates first: they are what the team writes most.
	const items = [...(await teamItems()), ...(await builtInItems(extensionUri))];
	if (typeof template === 'string') {
		const named = items.find((item) => item.label === template || item.fileName === template);
		if (named === undefined) {
			throw new Error(`congvan.newFromTemplate: no template named "${template}"`);
		}
		await named.open(profile);
		return;
	}
	if (items.length === 0) {
		void window.showErrorMessage(t('Công văn: no letter templates found.'));
		return;
	}
	const picked = await window.showQuickPick(items, {
		title: t('Công văn: New Letter from Template'),
		placeHolder: profile ? t('Choose a template (filled in from the team profile .congvan/profile.json)') : t('Choose a template'),
		matchOnDescription: true,
		matchOnDetail: true,
	});
	await picked?.open(profile);
}

/** The workspace folder of the active editor, else the first one. */
export function currentFolder(): WorkspaceFolder | undefined {
	const active = window.activeTextEditor?.document.uri;
	return (active && workspace.getWorkspaceFolder(active)) ?? workspace.workspaceFolders?.[0];
}

/**
 * The team profile that applies to the active editor: the nearest .congvan/profile.json from the folder of
 * the active document up to its workspace folder, as the server finds it (server/src/project-config.ts);
 * without an active document in a folder, the first workspace folder's.
 */
export async function nearestProfileUri(): Promise<Uri | undefined> {
	const folder = currentFolder();
	if (!folder) {
		return undefined;
	}
	const active = window.activeTextEditor?.document.uri;
	let directory = active && workspace.getWorkspaceFolder(active) === folder ? Uri.joinPath(active, '..') : folder.uri;
	for (;;) {
		const candidate = Uri.joinPath(directory, ...PROFILE_FILE);
		try {
			const stat = await workspace.fs.stat(candidate);
			if ((stat.type & FileType.File) !== 0) {
				return candidate;
			}
		} catch {
			// Not here: one folder up.
		}
		if (directory.path === folder.uri.path || directory.path.length <= folder.uri.path.length) {
			return undefined;
		}
		directory = Uri.joinPath(directory, '..');
	}
}

async function readText(uri: Uri): Promise<string | undefined> {
	try {
		return new TextDecoder('utf-8').decode(await workspace.fs.readFile(uri));
	} catch {
		return undefined;
	}
}

async function readProfile(): Promise<TeamProfile | undefined> {
	const uri = await nearestProfileUri();
	const text = uri && (await readText(uri));
	if (text === undefined) {
		return undefined;
	}
	const result = parseProfile(text, currentLocale());
	if ('error' in result) {
		void window.showWarningMessage(
			t("Công văn: the team profile .congvan/profile.json {error}; the template opens without the team's details.", {
				error: result.error,
			}),
		);
		return undefined;
	}
	return result.profile;
}

async function builtInItems(extensionUri: Uri): Promise<TemplateItem[]> {
	const text = await readText(Uri.joinPath(extensionUri, ...SNIPPETS_PATH));
	if (text === undefined) {
		return [];
	}
	let templates;
	try {
		templates = builtInTemplates(text);
	} catch {
		return [];
	}
	return templates.map((template) => ({
		label: template.name,
		description: t('Appendix III template · {prefixes}', { prefixes: template.prefixes.join(', ') }),
		detail: firstSentence(template.description),
		async open(profile) {
			const signer = await pickSigner(profile);
			if (signer === null) {
				return;
			}
			const document = await workspace.openTextDocument({ language: 'congvan', content: '' });
			const editor = await window.showTextDocument(document);
			await editor.insertSnippet(new SnippetString(applyProfileToSnippet(template.body, profile, signer)));
		},
	}));
}

async function teamItems(): Promise<TemplateItem[]> {
	const items: TemplateItem[] = [];
	for (const folder of workspace.workspaceFolders ?? []) {
		const directory = Uri.joinPath(folder.uri, ...TEMPLATES_DIR);
		let entries: [string, FileType][];
		try {
			entries = await workspace.fs.readDirectory(directory);
		} catch {
			continue;
		}
		const names = entries
			.filter(([name, type]) => (type & FileType.File) !== 0 && name.endsWith('.congvan'))
			.map(([name]) => name)
			.sort((a, b) => a.localeCompare(b, 'vi'));
		for (const name of names) {
			const uri = Uri.joinPath(directory, name);
			const base = name.slice(0, -'.congvan'.length);
			// The title and description from the sidecar <name>.json, when the team wrote one.
			const info = parseTemplateInfo(await readText(Uri.joinPath(directory, `${base}.json`)));
			items.push({
				label: info.title ?? base,
				description: t('Team template'),
				detail: info.description ?? workspace.asRelativePath(uri),
				fileName: base,
				async open(profile) {
					const template = await readText(uri);
					if (template === undefined) {
						void window.showErrorMessage(t('Công văn: cannot read the template {path}.', { path: workspace.asRelativePath(uri) }));
						return;
					}
					const now = new Date();
					const filled = fillTeamTemplate(template, {
						profile,
						date: { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() },
					});
					const document = await workspace.openTextDocument({ language: 'congvan', content: filled.text });
					await window.showTextDocument(document);
					if (filled.missing.length > 0) {
						const variables = filled.missing.map((m) => `\${${m}}`).join(', ');
						void window.showWarningMessage(
							t('Công văn: the template "{name}" uses {variables} but the team profile has no value for them; they are left as "…".', {
								name,
								variables,
							}),
						);
					}
				},
			});
		}
	}
	return items;
}

function firstSentence(text: string): string {
	const at = text.indexOf(': ');
	return at > 0 ? text.slice(0, at) : text;
}
