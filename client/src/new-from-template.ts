// The command "Công văn: Tạo văn bản mới từ mẫu" (`congvan.newFromTemplate`): a list of the built-in
// templates (the snippets shipped with the extension, read at run time) and the team's own
// (.congvan/templates/*.congvan in each workspace folder). The choice is filled with the team profile
// (.congvan/profile.json) and today's date by templates.ts and opened as a new, unsaved letter.
import { FileType, SnippetString, Uri, window, workspace, type QuickPickItem, type WorkspaceFolder } from 'vscode';
import { currentLocale, t } from './l10n';
import { applyProfileToSnippet, builtInTemplates, fillTeamTemplate, parseProfile, type TeamProfile } from './templates';

const SNIPPETS_PATH = ['snippets', 'congvan.code-snippets'];
const TEMPLATES_DIR = ['.congvan', 'templates'];
const PROFILE_FILE = ['.congvan', 'profile.json'];

interface TemplateItem extends QuickPickItem {
	open(profile: TeamProfile | undefined): Promise<void>;
}

/**
 * Runs the command; `extensionUri` is where the snippets file is. With a template's name as `template` (a
 * built-in snippet's name such as "Công văn", or a team template's file name without ".congvan"), that
 * template opens without the list, for keybindings, other extensions and tests; anything else that is
 * passed (a menu passes a URI) shows the list.
 */
export async function newFromTemplate(extensionUri: Uri, template?: unknown): Promise<void> {
	const folder = currentFolder();
	const profile = folder ? await readProfile(folder) : undefined;
	const items = [...(await builtInItems(extensionUri)), ...(await teamItems())];
	if (typeof template === 'string') {
		const named = items.find((item) => item.label === template);
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
function currentFolder(): WorkspaceFolder | undefined {
	const active = window.activeTextEditor?.document.uri;
	return (active && workspace.getWorkspaceFolder(active)) ?? workspace.workspaceFolders?.[0];
}

async function readText(uri: Uri): Promise<string | undefined> {
	try {
		return new TextDecoder('utf-8').decode(await workspace.fs.readFile(uri));
	} catch {
		return undefined;
	}
}

async function readProfile(folder: WorkspaceFolder): Promise<TeamProfile | undefined> {
	const text = await readText(Uri.joinPath(folder.uri, ...PROFILE_FILE));
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
			const document = await workspace.openTextDocument({ language: 'congvan', content: '' });
			const editor = await window.showTextDocument(document);
			await editor.insertSnippet(new SnippetString(applyProfileToSnippet(template.body, profile)));
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
			items.push({
				label: name.slice(0, -'.congvan'.length),
				description: t('Team template'),
				detail: workspace.asRelativePath(uri),
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
