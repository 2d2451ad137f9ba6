// Where the congvan comments of a letter switch a rule off, answered in logarithmic time per question.
// Built once per check from the letter's directives: the whole file (`disable-file`), blocks (`disable` …
// `enable`) and single lines (`disable-line` and `disable-next-line`, which both name the next line with content).
// Checking used to walk every directive for every problem and every blank line for every directive: 2,000
// comments in 100 KB took seconds. Here the cost is O(lines + directives) to build and O(log directives) a question.
import { sourceLineOf, type Directive, type Letter } from './letter';
import type { Range } from './types';

/** The rules a directive names: every rule, or a set of ids. */
interface RuleSet {
	all: boolean;
	ids: Set<string>;
}

/** A `disable` or `enable` comment, as a step of the block state of the rules it names. */
interface Step {
	line: number;
	off: boolean;
}

/** The last step before `line` (strictly), found by a binary search, or undefined. */
function lastStepBefore(steps: readonly Step[], line: number): Step | undefined {
	let low = 0;
	let high = steps.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if ((steps[mid] as Step).line < line) {
			low = mid + 1;
		} else {
			high = mid;
		}
	}
	return low > 0 ? steps[low - 1] : undefined;
}

/** The index of the first element of a sorted array that is at least `value`. */
export function lowerBound(sorted: readonly number[], value: number): number {
	let low = 0;
	let high = sorted.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if ((sorted[mid] as number) < value) {
			low = mid + 1;
		} else {
			high = mid;
		}
	}
	return low;
}

/** The suppressions of one letter. */
export class Suppressions {
	private readonly letter: Letter;
	private readonly file: RuleSet = { all: false, ids: new Set() };
	/** Steps of the comments that name no rule, in line order. */
	private readonly allSteps: Step[] = [];
	/** Steps of the comments that name a rule, by rule id, in line order. */
	private readonly ruleSteps = new Map<string, Step[]>();
	/** The lines switched off by `disable-line` and `disable-next-line`, and for which rules. */
	private readonly lineOff = new Map<number, RuleSet>();
	/** The lines of `lineOff`, sorted. */
	private readonly offLines: number[];
	/** The lines of the comments, sorted. */
	private readonly directiveLines: number[];

	constructor(letter: Letter) {
		this.letter = letter;
		// After a layout recovery (issue 9) the letter's lines are not the original's: table cells and run-together
		// components sit on lines of their own. Problems are placed by the original's lines, so the comments and
		// the lines they name are taken in the original's lines too.
		const recovered = letter.layout.lines.length > 0;
		const lineOfDirective = (d: Directive): number =>
			recovered ? this.lineOf(letter.norm.startAt(letter.lines[d.line]?.contentStart ?? 0)) : d.line;
		const at = new Map(letter.directives.map((d) => [d, lineOfDirective(d)]));
		this.directiveLines = letter.directives.map((d) => at.get(d) ?? d.line).sort((a, b) => a - b);
		const isDirective = new Set(this.directiveLines);
		const nextContent = letter.directives.some((d) => d.kind === 'disable-line' || d.kind === 'disable-next-line')
			? recovered
				? nextOriginalContentLines(letter.source, isDirective)
				: nextContentLines(letter, isDirective)
			: undefined;
		for (const d of letter.directives) {
			const line = at.get(d) ?? d.line;
			switch (d.kind) {
				case 'disable-file':
					addRules(this.file, d);
					break;
				case 'disable':
				case 'enable':
					this.addStep(d, line, d.kind === 'disable');
					break;
				case 'disable-line':
				case 'disable-next-line': {
					const target = nextContent?.[line + 1] ?? -1;
					if (target >= 0) {
						let set = this.lineOff.get(target);
						if (!set) {
							set = { all: false, ids: new Set() };
							this.lineOff.set(target, set);
						}
						addRules(set, d);
					}
					break;
				}
			}
		}
		this.offLines = [...this.lineOff.keys()].sort((a, b) => a - b);
		if (recovered) {
			// Comments read in another order than the original's: the binary searches need the steps in line order.
			this.allSteps.sort((a, b) => a.line - b.line);
			for (const steps of this.ruleSteps.values()) {
				steps.sort((a, b) => a.line - b.line);
			}
		}
	}

	/** The zero-based line of an offset of the original text. */
	lineOf(offset: number): number {
		return sourceLineOf(this.letter, offset);
	}

	/** Whether `ruleId` is switched off on `line`. */
	isOffOnLine(ruleId: string, line: number): boolean {
		if (this.file.all || this.file.ids.has(ruleId)) {
			return true;
		}
		const set = this.lineOff.get(line);
		if (set && (set.all || set.ids.has(ruleId))) {
			return true;
		}
		return this.blockOff(ruleId, line);
	}

	/**
	 * Whether `ruleId` is switched off anywhere on the lines that `range` touches, or a congvan comment lies
	 * inside it: an edit never crosses a comment, and never lands on a line where its rule is off.
	 */
	isOffInRange(ruleId: string, range: Range): boolean {
		const first = this.lineOf(range.start);
		const last = range.end > range.start ? this.lineOf(range.end - 1) : first;
		if (this.isOffOnLine(ruleId, first) || (last !== first && this.isOffOnLine(ruleId, last))) {
			return true;
		}
		if (last - first < 2) {
			return false;
		}
		// A block can only change at a comment's line, so a comment strictly inside decides for the blocks.
		const comment = lowerBound(this.directiveLines, first + 1);
		if (comment < this.directiveLines.length && (this.directiveLines[comment] as number) < last) {
			return true;
		}
		for (let i = lowerBound(this.offLines, first + 1); i < this.offLines.length; i++) {
			const line = this.offLines[i] as number;
			if (line >= last) {
				break;
			}
			const set = this.lineOff.get(line);
			if (set && (set.all || set.ids.has(ruleId))) {
				return true;
			}
		}
		return false;
	}

	private blockOff(ruleId: string, line: number): boolean {
		const own = this.ruleSteps.get(ruleId);
		const ownStep = own ? lastStepBefore(own, line) : undefined;
		const allStep = lastStepBefore(this.allSteps, line);
		// The later comment decides; two comments never share a line.
		const step = ownStep && allStep ? (ownStep.line > allStep.line ? ownStep : allStep) : (ownStep ?? allStep);
		return step?.off ?? false;
	}

	private addStep(d: Directive, line: number, off: boolean): void {
		const step = { line, off };
		if (d.rules.length === 0) {
			this.allSteps.push(step);
			return;
		}
		for (const id of new Set(d.rules)) {
			let steps = this.ruleSteps.get(id);
			if (!steps) {
				steps = [];
				this.ruleSteps.set(id, steps);
			}
			steps.push(step);
		}
	}
}

function addRules(set: RuleSet, d: Directive): void {
	if (d.rules.length === 0) {
		set.all = true;
	}
	for (const id of d.rules) {
		set.ids.add(id);
	}
}

/**
 * For each line, the first line at or after it that has content and is not a comment (-1 when none), in
 * one backward pass: a run of comments above one line all name that line.
 */
function nextContentLines(letter: Letter, isDirective: ReadonlySet<number>): Int32Array {
	const next = new Int32Array(letter.lines.length + 1).fill(-1);
	for (let i = letter.lines.length - 1; i >= 0; i--) {
		const content = letter.lines[i]?.content ?? '';
		next[i] = content !== '' && !isDirective.has(i) ? i : (next[i + 1] as number);
	}
	return next;
}

/**
 * nextContentLines in the original text's lines, for a letter whose lines the layout recovery changed: a line
 * has content when it holds anything but white space.
 */
function nextOriginalContentLines(source: string, isDirective: ReadonlySet<number>): Int32Array {
	const content: boolean[] = [];
	let start = 0;
	for (let i = 0; i <= source.length; i++) {
		const c = i < source.length ? source.charCodeAt(i) : 10;
		if (c === 10 || c === 13) {
			content.push(source.slice(start, i).trim() !== '');
			if (c === 13 && source.charCodeAt(i + 1) === 10) {
				i++;
			}
			start = i + 1;
		}
	}
	const next = new Int32Array(content.length + 1).fill(-1);
	for (let i = content.length - 1; i >= 0; i--) {
		next[i] = content[i] === true && !isDirective.has(i) ? i : (next[i + 1] as number);
	}
	return next;
}
