// Helpers for the CLI tests: run the bundled `dist/cli.js` as a real child process, and make temporary
// directories. Build first (`npm test` runs tsc and esbuild before mocha).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildLetter, type LetterParts } from '../harness/letter-builder';

/** The repository root (compiled tests live in out/test/cli/). */
export const ROOT = path.resolve(__dirname, '..', '..', '..');

/** The bundled CLI, as `npx congvan` runs it. */
export const CLI = path.join(ROOT, 'dist', 'cli.js');

/** The five real letters, next to the repository as in CI (the project ships no copies of them). */
export const FIXTURES = path.resolve(ROOT, '..', 'shared', 'letters');

/** The letter with a duplicated item "7." on line 31 (one error) and a spaced "283 /STNMT-VP" (one hint). */
export const LETTER_000 = path.join(FIXTURES, '000_421e170032c2d4c4.txt');

/** A letter without any error-level finding. */
export const LETTER_003 = path.join(FIXTURES, '003_5418981208059e29.txt');

/** A fixed date, so that no finding depends on the day the tests run. */
export const TODAY = '2026-11-22';

/** What a run of the CLI gave. */
export interface Run {
	status: number | null;
	stdout: string;
	stderr: string;
	/** Standard output as bytes, for --fix on standard input. */
	stdoutBytes: Buffer;
}

/**
 * Runs `node dist/cli.js …args` and waits for it to exit. Colours are off (not a TTY, and NO_COLOR). The
 * locale variables are left out, so that the CLI speaks its default language (Vietnamese) whatever the
 * machine's LANG; test/cli/locale.test.ts sets them itself. `env` adds variables (HOME); `timeout` kills a
 * run that hangs, so that the test fails instead of waiting forever (the status is then null).
 */
export function runCli(
	args: readonly string[],
	options: { cwd?: string; input?: string | Buffer; env?: Record<string, string>; timeout?: number } = {},
): Run {
	if (!fs.existsSync(CLI)) {
		throw new Error(`${CLI} is missing: run "node esbuild.js" (or npm test) first`);
	}
	const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...env } = process.env;
	const result = spawnSync(process.execPath, [CLI, ...args], {
		cwd: options.cwd ?? ROOT,
		input: options.input ?? '',
		env: { ...env, NO_COLOR: '1', ...options.env },
		// Only a failure detector for the tests of FIFOs and links: a run that hangs is killed and fails.
		...(options.timeout !== undefined ? { timeout: options.timeout, killSignal: 'SIGKILL' as const } : {}),
	});
	if (result.error) {
		throw result.error;
	}
	return {
		status: result.status,
		stdout: result.stdout.toString('utf8'),
		stderr: result.stderr.toString('utf8'),
		stdoutBytes: result.stdout,
	};
}

/** A fresh temporary directory; `removeTemporaryDirectories` deletes them all. */
export function temporaryDirectory(): string {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congvan-cli-'));
	created.push(dir);
	return dir;
}

const created: string[] = [];

/** Deletes every directory made by `temporaryDirectory`. */
export function removeTemporaryDirectories(this: Mocha.Context | void): void {
	// One of them holds 10,000 files (bad-files.test.ts); removing it takes longer than a test's 20 s on a
	// loaded machine, and it is cleaning up, not something measured.
	if (this) {
		this.timeout(300_000);
	}
	for (const dir of created.splice(0)) {
		fs.rmSync(dir, { recursive: true, force: true });
	}
}

/** A correct letter (the rule tests' skeleton) whose "Số:" line reads `Số: ${so}`, with lines ended by `eol`. */
export function letterWith(so = '15/UBND-VP', eol = '\n', changes: Partial<LetterParts> = {}): string {
	return buildLetter({ so: `Số: ${so}`, ...changes }).replace(/\n/gu, eol);
}
