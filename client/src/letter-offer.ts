// Plain-text, Markdown and Untitled letters, checked on purpose (issue #11, item 4). When such a document
// looks like a letter and is not checked yet, congvan offers once, in a notification that can be ignored,
// to check it as a letter: this file (its language mode becomes "Công văn"), or always for its file type
// (its language is added to `congvan.languages`; the server still checks only documents that look like
// letters). A status bar item shows the offer for as long as it stands, and the command "Công văn: Bật/tắt
// kiểm tra cho tệp này" switches checking on or off for the current file.
import {
	StatusBarAlignment,
	commands,
	languages,
	window,
	workspace,
	ConfigurationTarget,
	type Disposable,
	type ExtensionContext,
	type StatusBarItem,
	type TextDocument,
} from 'vscode';
import { t } from './l10n';
import { OFFER_LANGUAGES, looksLikeLetterText } from './letter-evidence';
import { configuredLanguages } from './selector';

/** The language of letters. */
const LETTER = 'congvan';
/** workspaceState key: the documents whose offer the user declined. */
const DECLINED = 'congvan.offer.declined';

/** Offers to check plain-text, Markdown and Untitled letters, and toggles checking for a file. */
export class LetterOffer implements Disposable {
	private readonly item: StatusBarItem;
	private readonly subscriptions: Disposable[] = [];
	/** Documents already offered in this session (by URI), so that the notification comes once. */
	private readonly offered = new Set<string>();
	/** The language a document had before congvan switched it to "congvan", to switch it back. */
	private readonly original = new Map<string, string>();
	private readonly pending = new Map<string, ReturnType<typeof setTimeout>>();

	constructor(private readonly context: ExtensionContext) {
		this.item = window.createStatusBarItem('congvan.offer', StatusBarAlignment.Left, 99);
		this.item.command = 'congvan.toggleDocument';
		this.subscriptions.push(
			commands.registerCommand('congvan.toggleDocument', () => this.toggle()),
			window.onDidChangeActiveTextEditor(() => this.refresh()),
			workspace.onDidOpenTextDocument((document) => this.consider(document)),
			// An Untitled editor gets its text by typing or pasting: look again once the edits settle.
			workspace.onDidChangeTextDocument((event) => this.later(event.document)),
			workspace.onDidCloseTextDocument((document) => {
				this.offered.delete(document.uri.toString());
				this.original.delete(document.uri.toString());
			}),
		);
		for (const document of workspace.textDocuments) {
			this.consider(document);
		}
		this.refresh();
	}

	/** True when the document could be a letter that congvan does not check now. */
	private candidate(document: TextDocument): boolean {
		if (!OFFER_LANGUAGES.includes(document.languageId) || configuredLanguages().includes(document.languageId)) {
			return false;
		}
		if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') {
			return false;
		}
		return looksLikeLetterText(document.getText());
	}

	private later(document: TextDocument): void {
		if (!OFFER_LANGUAGES.includes(document.languageId)) {
			return;
		}
		const key = document.uri.toString();
		clearTimeout(this.pending.get(key));
		this.pending.set(
			key,
			setTimeout(() => {
				this.pending.delete(key);
				this.consider(document);
			}, 500),
		);
	}

	private consider(document: TextDocument): void {
		if (document.isClosed) {
			return;
		}
		if (window.activeTextEditor?.document === document) {
			this.refresh();
		}
		const key = document.uri.toString();
		const declined = this.context.workspaceState.get<string[]>(DECLINED, []);
		if (this.offered.has(key) || declined.includes(key) || !this.candidate(document)) {
			return;
		}
		this.offered.add(key);
		void this.offer(document);
	}

	private async offer(document: TextDocument): Promise<void> {
		const thisFile = t('Check this file');
		const always = t('Always check {language} files', { language: document.languageId });
		const no = t('No');
		const choice = await window.showInformationMessage(
			t('Công văn: this document looks like an administrative letter. Check it against Decree 30/2020/NĐ-CP?'),
			thisFile,
			always,
			no,
		);
		if (choice === thisFile) {
			await this.checkAsLetter(document);
		} else if (choice === always) {
			const config = workspace.getConfiguration('congvan');
			await config.update('languages', [...configuredLanguages(), document.languageId], ConfigurationTarget.Global);
		} else if (choice === no) {
			const declined = this.context.workspaceState.get<string[]>(DECLINED, []);
			await this.context.workspaceState.update(DECLINED, [...declined, document.uri.toString()]);
		}
		this.refresh();
	}

	private async checkAsLetter(document: TextDocument): Promise<void> {
		const before = document.languageId;
		const changed = await languages.setTextDocumentLanguage(document, LETTER);
		this.original.set(changed.uri.toString(), before);
	}

	/** The command: check the current file as a letter, or stop checking it. */
	private async toggle(): Promise<void> {
		const document = window.activeTextEditor?.document;
		if (!document) {
			return;
		}
		if (document.languageId === LETTER || configuredLanguages().includes(document.languageId)) {
			const back = this.original.get(document.uri.toString()) ?? 'plaintext';
			if (document.languageId !== LETTER) {
				void window.showInformationMessage(
					t('Công văn: {language} files are checked because of the congvan.languages setting; remove it there to stop.', {
						language: document.languageId,
					}),
				);
				return;
			}
			this.original.delete(document.uri.toString());
			await languages.setTextDocumentLanguage(document, back);
		} else {
			await this.checkAsLetter(document);
		}
		this.refresh();
	}

	/** Shows the offer in the status bar for the active document while it stands. */
	refresh(): void {
		const document = window.activeTextEditor?.document;
		if (document && this.candidate(document)) {
			this.item.text = t('$(checklist) Check as a letter?');
			this.item.tooltip = t('Công văn: this document looks like an administrative letter. Click to check it against Decree 30/2020/NĐ-CP.');
			this.item.show();
		} else {
			this.item.hide();
		}
	}

	dispose(): void {
		for (const timer of this.pending.values()) {
			clearTimeout(timer);
		}
		for (const subscription of this.subscriptions.splice(0)) {
			subscription.dispose();
		}
		this.item.dispose();
	}
}
