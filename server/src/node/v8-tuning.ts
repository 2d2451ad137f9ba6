// How the `congvan` command asks V8 to compile: a batch run checks each letter once, so what the compilers
// spend before the code is fast counts as much as what the code then saves. Measured on the 2,000 bench
// letters (ARCHITECTURE.md, "What a check costs"), three flags, each set unless the command line sets it and
// only on the V8 versions measured to know it:
// - TurboFan's inlining off: the rules are many small functions called once per letter from one loop, which
//   inlining copies into the loop and compiles again; once optimised the code runs as fast without it.
// - A larger interrupt budget (V8 11), for a run of at most BUDGET_MAX_LETTERS letters: a function is optimised
//   after more of its bytecode has run, so fewer functions are compiled by TurboFan (a third of a cold run's CPU
//   went to it, on background threads) while the hot ones still are; the functions that no longer are run in
//   baseline code, which over a short run costs less than compiling them. Over a long run it costs more: the
//   count of letters, known before the first is checked, decides (tuneForRun).
// - Regular expressions compiled to machine code at once: by default each one is first compiled to bytecode
//   and interpreted, then compiled again when it runs a second time, and nearly every pattern of a check does.
// Only flags that V8 reads when it compiles are set here, after start-up; a flag of the garbage collector set
// this late would meet threads already started (V8 stops with a fatal error for --single-threaded-gc).
// The language server, a long-lived process, keeps V8's defaults.
import * as v8 from 'node:v8';

/**
 * The interrupt budget of a batch run on V8 11 (Node 20): about four times V8's default of 66 KiB of bytecode.
 * V8 12 and 13 (Node 22 and 24) decide by counting calls instead and have no such flag.
 */
export const BATCH_INTERRUPT_BUDGET = 250_000;

/**
 * The longest run that gets the larger budget. Measured in instructions of the whole CLI (cachegrind) with and
 * without it: 2,000 bench letters −6%, 4,000 −2%, 6,000 +3%.
 */
export const BUDGET_MAX_LETTERS = 4000;

interface BatchFlag {
	/** The name the command line may set it by, as --name, --no-name or --name=value ("_" for "-" too). */
	name: string;
	flag: string;
	/** The V8 major versions measured to know the flag. */
	majors: readonly number[];
}

/** The flags of every batch run. */
const BATCH_FLAGS: readonly BatchFlag[] = [
	{ name: 'turbo-inlining', flag: '--no-turbo-inlining', majors: [11, 12, 13] },
	{ name: 'regexp-tier-up', flag: '--no-regexp-tier-up', majors: [11, 12, 13] },
];
/** The flag of a short run. */
const BUDGET_FLAG: BatchFlag = { name: 'interrupt-budget', flag: `--interrupt-budget=${BATCH_INTERRUPT_BUDGET}`, majors: [11] };

/** The name of a V8 flag given on the command line ("--no-turbo_inlining" → "turbo-inlining"), or undefined. */
function flagName(arg: string): string | undefined {
	const m = /^--(?:no-)?([a-z][a-z0-9_-]*)(?:=.*)?$/u.exec(arg);
	return m?.[1]?.replace(/_/gu, '-');
}

/** Those of `flags` that the V8 of `v8Version` knows and the command line does not set. */
function applicable(flags: readonly BatchFlag[], v8Version: string, execArgv: readonly string[]): string[] {
	const major = Number(/^(\d+)\./u.exec(v8Version)?.[1] ?? 0);
	// Each flag only on the V8 versions measured to know it (Node 20 to 24): an unknown flag is an error line
	// on stderr.
	const given = new Set(execArgv.map(flagName));
	return flags.filter((f) => f.majors.includes(major) && !given.has(f.name)).map((f) => f.flag);
}

/** The V8 flags every batch run sets, for the V8 of `v8Version`, but for those the command line already sets. */
export function batchFlags(v8Version: string, execArgv: readonly string[]): string[] {
	return applicable(BATCH_FLAGS, v8Version, execArgv);
}

/** The V8 flags a run of `letters` letters adds: the larger budget for a short run. */
export function runFlags(letters: number, v8Version: string, execArgv: readonly string[]): string[] {
	return letters <= BUDGET_MAX_LETTERS ? applicable([BUDGET_FLAG], v8Version, execArgv) : [];
}

/** Whether this process is a batch run (tuneForBatch was called): a test that runs the CLI in its own process is not. */
let batchProcess = false;

/** Sets the flags of every batch run in this process; called at start-up of the command. */
export function tuneForBatch(): void {
	batchProcess = true;
	for (const flag of batchFlags(process.versions.v8, process.execArgv)) {
		v8.setFlagsFromString(flag);
	}
}

/** Sets the flags of a run of `letters` letters; called once the letters are known, before the first is checked. */
export function tuneForRun(letters: number): void {
	if (!batchProcess) {
		return;
	}
	for (const flag of runFlags(letters, process.versions.v8, process.execArgv)) {
		v8.setFlagsFromString(flag);
	}
}
