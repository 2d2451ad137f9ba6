// Types shared by the checking core, its rules and its hosts (server, CLI, tests).
// The core is pure: nothing here refers to an editor, to LSP or to Node.
import type { LayoutChoices } from './layout/nd30';
import type { Letter, Regime } from './letter';

/**
 * The language of the messages: Vietnamese (the rules' own templates, the default) or English (the table in
 * `core/l10n/en.ts`). The legal sources stay Vietnamese in both: they name clauses of Vietnamese law.
 */
export type Locale = 'vi' | 'en';

/** How serious a finding is. The four LSP levels, by name. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** The fixed list of rule categories (see docs/rules/README.md). */
export type Category =
	| 'the-thuc' // Layout and format of a component (Số, ngày, V/v, chữ ký, Nơi nhận).
	| 'noi-dung' // Structure of the body: numbering, closing formula.
	| 'trich-dan' // Citations of other documents.
	| 'chinh-ta' // Spelling and characters: NFD, lookalikes, legacy encodings.
	| 'viet-hoa' // Capitalisation (Phụ lục II).
	| 'viet-tat' // Abbreviations.
	| 'noi-bo'; // Internal problems of the checker itself.

/** A span of the original text as a pair of UTF-16 offsets (JavaScript string indices), end exclusive. */
export interface Range {
	/** Offset of the first code unit. */
	start: number;
	/** Offset just past the last code unit. */
	end: number;
}

/** A replacement of a range of the original text. An insertion has `start === end`. */
export interface TextEdit {
	/** The range replaced, in the original text. */
	range: Range;
	/** The new text. */
	text: string;
}

/** A fix offered to the user but never applied automatically. */
export interface Suggestion {
	/** What the suggestion does, in the configured locale. */
	message: string;
	/** The edits, in the original text. */
	edits: TextEdit[];
}

/** Another place in the letter that explains a finding, e.g. the first of two duplicated numbers. */
export interface RelatedLocation {
	/** The range in the original text. */
	range: Range;
	/** What that place is, in the configured locale. */
	message: string;
}

/** One finding of one rule. */
export interface Problem {
	/** The stable rule id, e.g. `duplicate-item-number`. */
	ruleId: string;
	/** The key of the message template in the rule's `messages`. */
	messageId: string;
	/** The message with its placeholders filled in, in the configured locale (Vietnamese by default). */
	message: string;
	/** The severity after configuration. */
	severity: Severity;
	/** The legal basis of the rule, e.g. "Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3". */
	source: string;
	/** Where the finding is, in the original text. */
	range: Range;
	/** Edits that are safe to apply automatically (fix-all applies them). */
	fix?: TextEdit[];
	/** Edits offered as quick fixes only. */
	suggestions?: Suggestion[];
	/** Other places that explain the finding. */
	related?: RelatedLocation[];
}

/** What a rule passes to `ctx.report`. Named fields only. */
export interface ReportDescriptor {
	/** A key of the rule's `messages`. */
	messageId: string;
	/** Values for the `{name}` placeholders of the message. */
	data?: Record<string, string | number>;
	/** Where the finding is, in the original text. */
	range: Range;
	/** Safe edits, only for rules marked `fixable`. */
	fix?: TextEdit[];
	/** Edits offered but not applied by fix-all. */
	suggestions?: Suggestion[];
	/** Other places that explain the finding. */
	related?: RelatedLocation[];
	/**
	 * A milder severity for this finding than the rule's (the edge of a range, a page setup that cannot be
	 * read): the finding gets the milder of this and the rule's configured severity, so that a user who lowers
	 * the rule lowers every finding and nothing is raised above the configuration.
	 */
	severity?: Severity;
}

/** A calendar date as written (not validated). */
export interface DateValue {
	year: number;
	month: number;
	day: number;
}

/** What a rule sees. */
export interface RuleContext {
	/** The parsed letter, shared by all rules. */
	readonly letter: Letter;
	/** The rule's options: its defaults merged with the user's. */
	readonly options: Readonly<Record<string, unknown>>;
	/** Today's date, for rules about dates in the future; absent when the host does not know it. */
	readonly today?: DateValue;
	/** The team's profile (`.congvan/profile.json`), for the rules that compare with it; absent without one. */
	readonly profile?: TeamProfile;
	/** Records a finding. */
	report(descriptor: ReportDescriptor): void;
	/**
	 * Whether a congvan comment switches this rule off on any line that `range` touches. A rule whose one
	 * finding fixes the whole letter (`nfd-text`, `lookalike-d`) leaves such places out of its edits and its
	 * count. Absent when the letter has no comments (and in hosts that run a rule alone): then nothing is off.
	 */
	disabledAt?(range: Range): boolean;
}

/** The metadata of a rule: data that the registry, the docs and the settings schema are made from. */
export interface RuleMeta {
	/** Stable ASCII kebab-case id; never changed, never reused. */
	id: string;
	/** One of the fixed categories. */
	category: Category;
	/** The legal basis, quoted in every finding. */
	source: string;
	/** One sentence in Vietnamese saying what the rule requires. */
	description: string;
	/** The severity when the configuration says nothing. */
	defaultSeverity: Severity;
	/** Whether the rule can produce `fix` edits. */
	fixable: boolean;
	/** Message templates by messageId, in Vietnamese, with `{name}` placeholders. */
	messages: Record<string, string>;
	/** Default options, if the rule takes any. */
	defaultOptions?: Record<string, unknown>;
	/**
	 * The regimes whose letters the rule checks (reference §9, R1.8). Without it, only administrative
	 * letters: Party and legal-normative documents follow other format rules.
	 */
	regimes?: readonly Regime[];
	/** True for the few rules that still run on text in a legacy encoding (reference §10.4). */
	runsOnLegacyText?: boolean;
}

/**
 * A part of the letter model that a rule may judge: a field of `Letter` that is undefined when the letter does
 * not have that part.
 */
export type LetterPart =
	'so' | 'date' | 'trichYeu' | 'tieuNgu' | 'kinhGui' | 'body' | 'attachmentBody' | 'noiNhan' | 'signature' | 'format';

/** A rule: metadata plus a check over the parsed letter. */
export interface Rule extends RuleMeta {
	/**
	 * The parts of the model the rule judges, when it judges nothing else: the engine runs the rule only on a
	 * letter that has at least one of them, so a letter without them costs one bit test, not a call. The rule
	 * still returns at once when they are absent (judges.test.ts runs it alone to check the declaration).
	 * Without it, the rule runs on
	 * every letter. Not metadata: the docs and schemas do not show it.
	 */
	judges?: readonly LetterPart[];
	/** Looks at `ctx.letter` and reports findings. Must not throw; if it does, the engine reports it. */
	check(ctx: RuleContext): void;
}

/** The setting for one rule: off, a severity, or a severity with options. */
export type RuleSetting = 'off' | Severity | { severity?: Severity | 'off'; options?: Record<string, unknown> };

/** The configuration of one lint run. Plain data, never code. */
export interface LintConfig {
	/** Per-rule settings by id. Rules not named run at their default severity. */
	rules?: Record<string, RuleSetting>;
	/** Today's date, for the rules about future dates. */
	today?: DateValue;
	/** The team's profile; rules that compare with it (e.g. `unknown-unit`) stay silent without one. */
	profile?: TeamProfile;
	/** The language of the messages; Vietnamese when absent. Rules never see it: the engine translates. */
	locale?: Locale;
}

/** A unit (đơn vị) of the issuing body, as listed in the team's profile. */
export interface ProfileUnit {
	/** The unit's name, e.g. "Văn phòng". */
	ten: string;
	/** Its abbreviation as written in a ký hiệu and on the Lưu line, e.g. "VP". */
	kyHieu: string;
}

/** A person who usually signs the team's letters. */
export interface ProfileSigner {
	/** Full name, e.g. "Nguyễn Văn An". */
	hoTen: string;
	/** The signer's own title, in capitals as printed, e.g. "PHÓ GIÁM ĐỐC". */
	chucVu: string;
	/** The authority line when the signer signs for someone else, e.g. "KT. GIÁM ĐỐC". */
	quyenHan?: string;
}

/**
 * The team profile, read from `.congvan/profile.json` (schema: schemas/profile.schema.json). Every field
 * is optional; the hosts drop fields of the wrong type before the core sees them.
 */
export interface TeamProfile {
	/** The managing body (cơ quan chủ quản), as printed in the header, e.g. "UBND TỈNH CAO BẰNG". */
	coQuanChuQuan?: string;
	/** The issuing body (cơ quan ban hành), e.g. "SỞ TÀI CHÍNH". */
	coQuanBanHanh?: string;
	/** The issuing body's abbreviation in ký hiệu, e.g. "STC". */
	kyHieuCoQuan?: string;
	/** The place name of the date line, e.g. "Cao Bằng". */
	diaDanh?: string;
	/** The units of the issuing body and their abbreviations. */
	donVi?: ProfileUnit[];
	/** The usual signers. */
	nguoiKy?: ProfileSigner[];
	/**
	 * The team's layout choices inside the ranges of Phụ lục I (body size, margins, line spacing), read by the
	 * layout rules, the preview and the export through `layoutForProfile` (core/layout/profile.ts).
	 */
	layout?: LayoutChoices;
}
