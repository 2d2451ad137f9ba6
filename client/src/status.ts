// The verdict of the status bar item for the active letter. Pure: no VS Code, so that it is unit-tested
// (test/status.test.ts); status-bar.ts reads the diagnostics and shows the result.

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

/** "$(check) Đạt thể thức" without errors, "$(error) Cần sửa: N lỗi" with; the tooltip gives every count. */
export function verdict(counts: FindingCounts): Verdict {
	const passed = counts.errors === 0;
	const text = passed ? '$(check) Đạt thể thức' : `$(error) Cần sửa: ${counts.errors} lỗi`;
	const summary = `${counts.errors} lỗi, ${counts.warnings} cảnh báo, ${counts.information} thông tin, ${counts.hints} gợi ý`;
	const head = passed ? 'Công văn: không có lỗi thể thức theo Nghị định 30/2020/NĐ-CP' : 'Công văn: văn bản còn lỗi thể thức theo Nghị định 30/2020/NĐ-CP';
	return { text, tooltip: `${head} (${summary}). Bấm để mở cửa sổ Problems.`, passed };
}
