// The verdict of the status bar item for the active letter. Pure: no VS Code, so that it is unit-tested
// (test/status.test.ts); status-bar.ts reads the diagnostics and shows the result. Its texts are a table
// by language, like the core's, because it runs outside VS Code in the tests.
import type { Locale } from './locale';

/** How many congvan findings of each severity a document has. */
export interface FindingCounts {
	errors: number;
	warnings: number;
	information: number;
	hints: number;
	/** Findings of `unfilled-placeholder`: places of a template still to fill in (counted among the warnings too). */
	placeholders: number;
}

/** The rule whose findings mean that the letter is still an unfilled template. */
export const PLACEHOLDER_RULE = 'unfilled-placeholder';

/** What the status bar item shows. */
export interface Verdict {
	/** The item's text, with a codicon. */
	text: string;
	/** The item's tooltip: every count, and what a click does. */
	tooltip: string;
	/** True when the letter has no error or warning and no unfilled template placeholder. */
	passed: boolean;
}

/**
 * Counts the congvan findings among a document's diagnostics. Severities are VS Code's
 * (`vscode.DiagnosticSeverity`: 0 error, 1 warning, 2 information, 3 hint), not LSP's; diagnostics of
 * other sources (spell checkers, markdownlint) are not counted.
 */
export function countFindings(
	diagnostics: readonly { source?: string; severity: number; code?: string | number | { value: string | number } }[],
): FindingCounts {
	const counts: FindingCounts = { errors: 0, warnings: 0, information: 0, hints: 0, placeholders: 0 };
	for (const d of diagnostics) {
		if (d.source !== 'congvan') {
			continue;
		}
		// The language client turns a code with a documentation link into { value, target }.
		const code = typeof d.code === 'object' ? d.code.value : d.code;
		if (code === PLACEHOLDER_RULE) {
			counts.placeholders++;
		}
		switch (d.severity) {
			case 0:
				counts.errors++;
				break;
			case 1:
				counts.warnings++;
				break;
			case 2:
				counts.information++;
				break;
			default:
				counts.hints++;
		}
	}
	return counts;
}

/** The texts of the verdict, by language. */
interface VerdictTexts {
	passed: string;
	failed: (errors: number, warnings: number) => string;
	warned: (warnings: number) => string;
	template: string;
	summary: (counts: FindingCounts) => string;
	headPassed: string;
	headFailed: string;
	headWarned: string;
	headTemplate: string;
	tooltip: (head: string, summary: string) => string;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

const TEXTS: Readonly<Record<Locale, VerdictTexts>> = {
	vi: {
		passed: '$(check) Đạt thể thức',
		failed: (errors, warnings) => `$(error) Cần sửa: ${errors} lỗi${warnings > 0 ? `, ${warnings} cảnh báo` : ''}`,
		warned: (warnings) => `$(warning) Cần xem: ${warnings} cảnh báo`,
		template: '$(edit) Bản mẫu chưa điền',
		summary: (c) => `${c.errors} lỗi, ${c.warnings} cảnh báo, ${c.information} thông tin`,
		headPassed: 'Công văn: không có lỗi hay cảnh báo thể thức theo Nghị định 30/2020/NĐ-CP',
		headFailed: 'Công văn: văn bản còn lỗi thể thức theo Nghị định 30/2020/NĐ-CP',
		headWarned: 'Công văn: văn bản còn cảnh báo thể thức theo Nghị định 30/2020/NĐ-CP (có thể thiếu thành phần)',
		headTemplate: 'Công văn: văn bản còn chỗ chưa điền của bản mẫu',
		tooltip: (head, summary) => `${head} (${summary}). Bấm để mở cửa sổ Problems.`,
	},
	en: {
		passed: '$(check) Format OK',
		failed: (errors, warnings) =>
			`$(error) To fix: ${plural(errors, 'error', 'errors')}${warnings > 0 ? `, ${plural(warnings, 'warning', 'warnings')}` : ''}`,
		warned: (warnings) => `$(warning) To review: ${plural(warnings, 'warning', 'warnings')}`,
		template: '$(edit) Template not filled in',
		summary: (c) => `${plural(c.errors, 'error', 'errors')}, ${plural(c.warnings, 'warning', 'warnings')}, ${c.information} information`,
		headPassed: 'Công văn: no format errors or warnings under Decree 30/2020/NĐ-CP',
		headFailed: 'Công văn: the letter still has format errors under Decree 30/2020/NĐ-CP',
		headWarned: 'Công văn: the letter still has format warnings under Decree 30/2020/NĐ-CP (a part may be missing)',
		headTemplate: 'Công văn: the letter still has places of the template to fill in',
		tooltip: (head, summary) => `${head} (${summary}). Click to open the Problems view.`,
	},
};

/**
 * The verdict, most pressing first: "$(edit) Bản mẫu chưa điền" while template placeholders remain, "$(error)
 * Cần sửa: N lỗi[, M cảnh báo]" with errors, "$(warning) Cần xem: M cảnh báo" with warnings (a warning is often a
 * missing part: no Quốc hiệu, no cơ quan), and "$(check) Đạt thể thức" only with none of these. The tooltip
 * counts errors, warnings and information, the levels the Problems view lists; hints are shown in the editor
 * only, so it does not count them.
 */
export function verdict(counts: FindingCounts, locale: Locale = 'vi'): Verdict {
	const text = TEXTS[locale];
	const summary = text.summary(counts);
	if (counts.placeholders > 0) {
		return { text: text.template, tooltip: text.tooltip(text.headTemplate, summary), passed: false };
	}
	if (counts.errors > 0) {
		return { text: text.failed(counts.errors, counts.warnings), tooltip: text.tooltip(text.headFailed, summary), passed: false };
	}
	if (counts.warnings > 0) {
		return { text: text.warned(counts.warnings), tooltip: text.tooltip(text.headWarned, summary), passed: false };
	}
	return { text: text.passed, tooltip: text.tooltip(text.headPassed, summary), passed: true };
}
