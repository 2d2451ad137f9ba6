// How the `congvan` command asks V8 to compile: a batch run checks each letter once, so what the optimising
// compiler spends before the code is fast counts as much as what the code then saves. Measured on the 2,000
// bench letters (ARCHITECTURE.md, "What a check costs"): with TurboFan's inlining off, a run costs about 13%
// less CPU and 5% less wall time, and the code, once optimised, runs as fast as with inlining (the rules are
// many small functions called once per letter from one loop, which inlining copies into the loop and compiles
// again). The language server, a long-lived process, keeps V8's defaults.
import * as v8 from 'node:v8';

/** The V8 flags a batch run sets, for the V8 of `v8Version`, unless the command line already sets them. */
export function batchFlags(v8Version: string, execArgv: readonly string[]): string[] {
	const major = Number(/^(\d+)\./u.exec(v8Version)?.[1] ?? 0);
	// V8 11 to 13 (Node 20 to 24) are measured to know the flag; an unknown flag is an error line on stderr.
	if (major < 11 || major > 13) {
		return [];
	}
	if (execArgv.some((a) => /^--(?:no-)?turbo[-_]inlining$/u.test(a))) {
		return [];
	}
	return ['--no-turbo-inlining'];
}

/** Sets the batch flags in this process; called before the first letter is checked. */
export function tuneForBatch(): void {
	for (const flag of batchFlags(process.versions.v8, process.execArgv)) {
		v8.setFlagsFromString(flag);
	}
}
