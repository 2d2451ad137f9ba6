// Letters known from their code unit alone. A pattern with a `\p{L}` class costs about two milliseconds to
// compile in every process (once for V8's regexp interpreter, once more for its native code), and most text
// the parser reads is Vietnamese letters and ASCII: these tests decide such text without a pattern, and leave
// any other code unit to the pattern they stand in front of, which then decides exactly.

/**
 * Whether a code unit is a letter (`\p{L}`) for certain: an ASCII letter, or one of Latin-1 to Latin Extended-B
 * (but × and ÷) or of Latin Extended Additional, the ranges of the Vietnamese letters, where every code unit
 * is a letter. No other ASCII code unit is a letter.
 */
export function isSureLetter(c: number): boolean {
	const lower = c | 0x20;
	return (lower >= 0x61 && lower <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);
}
