// The căn cứ block of a decision as the model reads it (for can-cu-punctuation): lines that start with "Căn cứ"
// (then "Theo đề nghị" / "Xét đề nghị" / "Xét tờ trình"), directly followed by the line that opens the decision
// ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:", "Điều 1."). A "Căn cứ …, Sở đề nghị …" sentence of a công văn is not a block. A
// line wrapped in the middle continues the căn cứ it belongs to. Read once per letter, when first asked for.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.a (reference R5.1, H7).
import { memoKey, memoOn, type Letter } from '../letter';
import { isLetterCode } from '../text';

// The words that open a căn cứ line, in either case. That no letter follows them (what `(?!\p{L})` would say) is
// tested after the match (wordAt): a \p{L} class under the `i` flag costs more to compile than the rest of the
// patterns together. The same: a match of these patterns ends at one place (the alternatives differ in a letter,
// and \s+ cannot end earlier before a letter).
const CAN_CU = /^Căn\s+cứ/iu;
const ENTRY = /^(?:Căn\s+cứ|(?:Theo|Xét)\s+(?:đề\s+nghị|đề\s+xuất|tờ\s+trình|báo\s+cáo))/iu;
// A letter, for the code units that isLetterCode does not decide (compiled only when one follows the words).
const LETTER = /\p{L}/uy;
const OPENS_DECISION = /^(?:(?:QUYẾT\s+ĐỊNH|QUYẾT\s+NGHỊ|CHỈ\s+THỊ|BAN\s+HÀNH)\s*:?$|Điều\s+1(?!\d))/u;
// How many lines a căn cứ block may span: a long decision cites a dozen documents, each wrapped a few times.
const MAX_BLOCK_LINES = 80;

/** Whether `pattern` matches at the start of `line` and no letter follows the match. */
function opensWith(pattern: RegExp, line: string): boolean {
	const match = pattern.exec(line);
	if (!match) {
		return false;
	}
	const at = match[0].length;
	if (at >= line.length) {
		return true;
	}
	const letter = isLetterCode(line.charCodeAt(at));
	if (letter !== undefined) {
		return !letter;
	}
	LETTER.lastIndex = at;
	return !LETTER.test(line);
}

/** Reads the căn cứ block: the line where each entry ends, or undefined when the body has no such block. */
function readCanCu(letter: Letter): number[] | undefined {
	const body = letter.body;
	if (!body) {
		return undefined;
	}
	for (let i = body.firstLine; i <= body.lastLine; i++) {
		const line = letter.lines[i]?.content ?? '';
		// The first letter first: only "C" and "c" match CAN_CU's "C" (case-insensitive), and most lines start otherwise.
		// charCodeAt past the end of an empty line would deoptimise the loop ("out of bounds"): test the length first.
		const head = line.length > 0 ? line.charCodeAt(0) : 0;
		if ((head !== 0x43 && head !== 0x63) || !opensWith(CAN_CU, line)) {
			continue;
		}
		const ends: number[] = [];
		let last = i;
		for (let j = i + 1; j <= body.lastLine && j - i <= MAX_BLOCK_LINES; j++) {
			const content = letter.lines[j]?.content ?? '';
			if (content === '') {
				continue;
			}
			if (OPENS_DECISION.test(content)) {
				ends.push(last);
				return ends;
			}
			if (opensWith(ENTRY, content)) {
				ends.push(last);
			} else if (/^\p{Lu}[\p{Lu}\s,]*$/u.test(content)) {
				// An upper-case line (an authority line, a heading) is not part of a căn cứ block.
				return undefined;
			}
			last = j;
		}
		return undefined;
	}
	return undefined;
}

const CAN_CU_ENTRIES = memoKey<number[] | undefined>('canCuEntries');

/** The căn cứ entries of the letter: for each, the zero-based line where it ends; undefined without a căn cứ block. */
export function canCuEntries(letter: Letter): number[] | undefined {
	return memoOn(letter, CAN_CU_ENTRIES, () => readCanCu(letter));
}
