// The V8 flags of a batch run (server/src/node/v8-tuning.ts): which V8 versions get them, that a flag given
// on the command line wins, and that they change only the cost of a run, never its findings.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { BATCH_INTERRUPT_BUDGET, BUDGET_MAX_LETTERS, batchFlags, runFlags } from '../../server/src/node/v8-tuning';
import { CLI, FIXTURES, ROOT, TODAY } from './helpers';

describe('CLI: V8 flags of a batch run', () => {
	const budget = `--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`;

	it('turns TurboFan inlining and the regex interpreter off on the V8 of Node 20 to 24', () => {
		for (const version of ['11.3.244.8-node.38', '12.4.254.21-node.33', '13.6.233.10-node.18']) {
			assert.deepEqual(batchFlags(version, []), ['--no-turbo-inlining', '--no-regexp-tier-up'], version);
		}
	});

	it('raises the interrupt budget on Node 20 for a run of at most BUDGET_MAX_LETTERS letters', () => {
		assert.deepEqual(runFlags(1, '11.3.244.8-node.38', []), [budget]);
		assert.deepEqual(runFlags(BUDGET_MAX_LETTERS, '11.3.244.8-node.38', []), [budget]);
		// A longer run keeps V8's default: it would spend more in baseline code than the compiles it saves.
		assert.deepEqual(runFlags(BUDGET_MAX_LETTERS + 1, '11.3.244.8-node.38', []), []);
		// V8 12 and 13 have no --interrupt-budget: they count calls.
		assert.deepEqual(runFlags(10, '12.4.254.21-node.33', []), []);
		assert.deepEqual(runFlags(10, '13.6.233.10-node.18', []), []);
	});

	it('leaves an unmeasured V8 as it is: an unknown flag would print an error line', () => {
		for (const version of ['10.2.154.26-node.26', '14.0.1', '']) {
			assert.deepEqual(batchFlags(version, []), [], version);
			assert.deepEqual(runFlags(10, version, []), [], version);
		}
	});

	it('leaves each flag to the command line when it is set there, in either form', () => {
		const v11 = '11.3.244.8-node.38';
		assert.deepEqual(batchFlags(v11, ['--turbo-inlining']), ['--no-regexp-tier-up']);
		assert.deepEqual(batchFlags(v11, ['--no-turbo_inlining']), ['--no-regexp-tier-up']);
		assert.deepEqual(batchFlags(v11, ['--regexp_tier_up', '--turbo-inlining']), []);
		assert.deepEqual(batchFlags(v11, ['--max-old-space-size=100']), ['--no-turbo-inlining', '--no-regexp-tier-up']);
		assert.deepEqual(runFlags(10, v11, ['--interrupt-budget=1000']), []);
		assert.deepEqual(runFlags(10, v11, ['--interrupt_budget=1000']), []);
	});

	it('sets only flags this V8 knows: a flag set at run time that V8 does not know is an error line', () => {
		// The flags as the CLI sets them, in a process of this Node: V8 prints nothing for a flag it knows.
		const flags = [...batchFlags(process.versions.v8, []), ...runFlags(1, process.versions.v8, [])];
		const r = spawnSync(
			process.execPath,
			['-e', `const v8 = require('v8'); for (const f of ${JSON.stringify(flags)}) v8.setFlagsFromString(f); console.log(/x/u.test('x'))`],
			{
				encoding: 'utf8',
			},
		);
		assert.equal(r.stderr, '');
		assert.equal(r.stdout.trim(), 'true');
	});

	it('gives the same report with and without the flags', function () {
		this.timeout(60_000);
		const args = ['lint', '--format', 'json', '--today', TODAY, '--ext', '.txt', path.join(ROOT, 'examples'), FIXTURES];
		const run = (nodeArgs: string[]) => spawnSync(process.execPath, [...nodeArgs, CLI, ...args], { encoding: 'utf8', cwd: ROOT });
		const tuned = run([]);
		const defaults = run(['--turbo-inlining', '--regexp-tier-up', '--interrupt-budget=67584']);
		assert.equal(tuned.stderr, '');
		assert.equal(tuned.status, 1, 'the examples hold error-level findings');
		assert.ok(JSON.parse(tuned.stdout).length > 5, 'every example and shared letter is reported');
		assert.equal(tuned.stdout, defaults.stdout);
		assert.equal(tuned.status, defaults.status);
	});
});
