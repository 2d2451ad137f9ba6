// The V8 flags of a batch run (server/src/node/v8-tuning.ts): which V8 versions get them, that a flag given
// on the command line wins, and that they change only the cost of a run, never its findings.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { batchFlags } from '../../server/src/node/v8-tuning';
import { CLI, FIXTURES, ROOT, TODAY } from './helpers';

describe('CLI: V8 flags of a batch run', () => {
	it('turns TurboFan inlining off on the V8 of Node 20 to 24', () => {
		for (const version of ['11.3.244.8-node.38', '12.4.254.21-node.33', '13.6.233.10-node.18']) {
			assert.deepEqual(batchFlags(version, []), ['--no-turbo-inlining'], version);
		}
	});

	it('leaves an unmeasured V8 as it is: an unknown flag would print an error line', () => {
		assert.deepEqual(batchFlags('10.2.154.26-node.26', []), []);
		assert.deepEqual(batchFlags('14.0.1', []), []);
		assert.deepEqual(batchFlags('', []), []);
	});

	it('leaves the flag to the command line when it is set there', () => {
		assert.deepEqual(batchFlags('11.3.244.8-node.38', ['--turbo-inlining']), []);
		assert.deepEqual(batchFlags('11.3.244.8-node.38', ['--no-turbo_inlining']), []);
		assert.deepEqual(batchFlags('11.3.244.8-node.38', ['--max-old-space-size=100']), ['--no-turbo-inlining']);
	});

	it('gives the same report with and without the flags', function () {
		this.timeout(60_000);
		const args = ['lint', '--format', 'json', '--today', TODAY, '--ext', '.txt', path.join(ROOT, 'examples'), FIXTURES];
		const run = (nodeArgs: string[]) => spawnSync(process.execPath, [...nodeArgs, CLI, ...args], { encoding: 'utf8', cwd: ROOT });
		const tuned = run([]);
		const defaults = run(['--turbo-inlining']);
		assert.equal(tuned.stderr, '');
		assert.equal(tuned.status, 1, 'the examples hold error-level findings');
		assert.ok(JSON.parse(tuned.stdout).length > 5, 'every example and shared letter is reported');
		assert.equal(tuned.stdout, defaults.stdout);
		assert.equal(tuned.status, defaults.status);
	});
});
