// The contributed snippet: a new letter written from it, with today's date filled in, is clean apart from
// the draft blanks that the văn thư fills in when the letter is issued and the template's own instructions
// (unfilled-placeholder: the status bar says "Bản mẫu chưa điền" until they are replaced).
import * as assert from 'node:assert/strict';
import { DiagnosticsWatch, newLetterFromSnippet, revertAndClose, ruleOf, snippetDateText } from './helpers';

suite('Snippets', () => {
	test('a letter from the "congvan" snippet has only draft-blank and unfilled-placeholder findings', async () => {
		const watch = new DiagnosticsWatch();
		try {
			const document = await newLetterFromSnippet();
			assert.ok(document.getText().includes(snippetDateText()), `no date line for today in:\n${document.getText()}`);
			// The number is left blank on purpose, so draft-blank arrives once the snippet's text is checked.
			const diagnostics = await watch.until(
				document.uri,
				'draft-blank and unfilled-placeholder',
				(ds) => ds.some((d) => ruleOf(d) === 'draft-blank') && ds.some((d) => ruleOf(d) === 'unfilled-placeholder'),
			);
			const others = diagnostics.filter((d) => ruleOf(d) !== 'unfilled-placeholder');
			assert.deepEqual(
				others.map((d) => ruleOf(d)),
				others.map(() => 'draft-blank'),
				`findings other than draft-blank: ${diagnostics.map((d) => `${d.range.start.line + 1}: ${ruleOf(d)} ${d.message}`).join('; ')}`,
			);
		} finally {
			watch.dispose();
			await revertAndClose();
		}
	});
});
