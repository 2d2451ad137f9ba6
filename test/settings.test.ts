// The validation of settings and configuration files (server/src/settings.ts): bounded values and
// summarised errors (issue 15), and a push client that still gets diagnostics with a huge debounce.
import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, MAX_DEBOUNCE_MS, closestRuleId, normalizeConfigFile, normalizeSettings } from '../server/src/settings';
import { buildLetter } from './harness/letter-builder';
import { LspClient } from './harness/lsp';

describe('settings: congvan.debounceMs is capped (issue 15)', () => {
	it('reads 1e9 as the cap, with one message', () => {
		const { settings, errors } = normalizeSettings({ debounceMs: 1e9, locale: 'en' });
		assert.equal(settings.debounceMs, MAX_DEBOUNCE_MS);
		assert.deepEqual(errors, [`congvan.debounceMs is at most ${MAX_DEBOUNCE_MS} ms; ${MAX_DEBOUNCE_MS} ms is used.`]);
	});

	it('keeps a value within 0..10000 without a message, and a bad one falls back to the default', () => {
		assert.deepEqual(normalizeSettings({ debounceMs: 10_000 }), { settings: { ...DEFAULT_SETTINGS, debounceMs: 10_000 }, errors: [] });
		assert.equal(normalizeSettings({ debounceMs: -1 }).settings.debounceMs, DEFAULT_SETTINGS.debounceMs);
	});

	it('a push client with debounceMs 1e9 still gets its diagnostics', async function () {
		// Without the cap the timer would wait 11 days; mocha's timeout detects that, the assertion is below.
		this.timeout(60_000);
		const client = LspClient.start();
		try {
			await client.initialize({ workspace: { configuration: true } });
			client.configuration = () => ({ debounceMs: 1e9, locale: 'en' });
			const uri = 'untitled:debounce';
			await client.open(uri, 'congvan', buildLetter({ so: 'Số: 5/UBND-VP' }));
			const first = await client.next('publish', (p) => p.uri === uri);
			assert.ok(first.diagnostics.length > 0);
			// A change goes through the debounce, which is now at most 10 s.
			const changed = client.next('publish', (p) => p.uri === uri && p.version === 2);
			await client.change(uri, 2, [{ text: buildLetter({ so: 'Số: 15/UBND-VP' }) }]);
			assert.equal((await changed).version, 2);
		} finally {
			client.dispose();
		}
	});
});

describe('settings: configuration files (issue 15)', () => {
	it('suggests the rule id closest to a typo, and none for a long or distant key', () => {
		assert.equal(closestRuleId('date-paddin'), 'date-padding');
		assert.equal(closestRuleId('DATE_PADDING'), 'date-padding');
		assert.equal(closestRuleId('khong-co-quy-tac'), undefined);
		assert.equal(closestRuleId('x'.repeat(100_000)), undefined);
	});

	it('warns about unknown top-level keys, keeps "$schema", and summarises them', () => {
		const result = normalizeConfigFile({ $schema: 'x', rules: {}, a: 1, b: 2, c: 3, d: 4, e: 5 }, 'c.json', 'en');
		assert.deepEqual(result.errors, []);
		assert.deepEqual(result.warnings, [
			'c.json: unknown top-level keys ignored: "a", "b", "c" (+2); a configuration file has only "rules".',
		]);
	});

	it('lists the rules once however many ids are unknown', () => {
		const rules = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`khong-co-${i}`, 'off']));
		const { errors } = normalizeConfigFile({ rules }, 'c.json', 'en');
		assert.equal(errors.length, 5, errors.join('\n'));
		assert.equal(errors.filter((e) => e.includes('the rules are:')).length, 1);
		assert.equal(errors[3], 'c.json: and 197 more rule ids that do not exist.');
	});
});
