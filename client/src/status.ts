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
}

/** What the status bar item shows. */
export interface Verdict {
	/** The item's text, with a codicon. */
	text: string;
	/** The item's tooltip: every count, and what a click does. */
	tooltip: string;
	/** True when the letter has no error-level finding. */
	passed: boolean;
}

/**
 * Counts the congvan findings among a document's diagnostics. Severities are VS Code's
 * (`vscode.DiagnosticSeverity`: 0 error, 1 warning, 2 information, 3 hint), not LSP's; diagnostics of
 * other sources (spell checkers, markdownlint) are not counted.
 */
export function countFindings(diagnostics: readonly { source?: string; severity: number }[]): FindingCounts {
	const counts: FindingCounts = { errors: 0, warnings: 0, information: 0, hints: 0 };
	for (const d of diagnostics) {
		if (d.source !== 'congvan') {
			continue;
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
	failed: (errors: number) => string;
	summary: (counts: FindingCounts) => string;
	headPassed: string;
	headFailed: string;
	tooltip: (head: string, summary: string) => string;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

const TEXTS: Readonly<Record<Locale, VerdictTexts>> = {
	vi: {
		passed: '$(check) Đạt thể thức',
		failed: (errors) => `$(error) Cần sửa: ${errors} lỗi`,
		summary: (c) => `${c.errors} lỗi, ${c.warnings} cảnh báo, ${c.information} thông tin, ${c.hints} gợi ý`,
		headPassed: 'Công văn: không có lỗi thể thức theo Nghị định 30/2020/NĐ-CP',
		headFailed: 'Công văn: văn bản còn lỗi thể thức theo Nghị định 30/2020/NĐ-CP',
		tooltip: (head, summary) => `${head} (${summary}). Bấm để mở cửa sổ Problems.`,
	},
	en: {
		passed: '$(check) Format OK',
		failed: (errors) => `$(error) To fix: ${plural(errors, 'error', 'errors')}`,
		summary: (c) =>
			`${plural(c.errors, 'error', 'errors')}, ${plural(c.warnings, 'warning', 'warnings')}, ${c.information} information, ${plural(c.hints, 'hint', 'hints')}`,
		headPassed: 'Công văn: no format errors under Decree 30/2020/NĐ-CP',
		headFailed: 'Công văn: the letter still has format errors under Decree 30/2020/NĐ-CP',
		tooltip: (head, summary) => `${head} (${summary}). Click to open the Problems view.`,
	},
};

/**
 * "$(check) Đạt thể thức" without errors, "$(error) Cần sửa: N lỗi" with (in English "Format OK", "To
 * fix: N errors"); the tooltip gives every count.
 */
export function verdict(counts: FindingCounts, locale: Locale = 'vi'): Verdict {
	const text = TEXTS[locale];
	const passed = counts.errors === 0;
	return {
		text: passed ? text.passed : text.failed(counts.errors),
		tooltip: text.tooltip(passed ? text.headPassed : text.headFailed, text.summary(counts)),
		passed,
	};
}
