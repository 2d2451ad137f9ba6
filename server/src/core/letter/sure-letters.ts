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

/** Whether a code unit is a capital (`\p{Lu}`) for certain: A-Z and the capitals of the Vietnamese letters. */
export function isSureCapital(c: number): boolean {
	return (
		(c >= 0x41 && c <= 0x5a) ||
		(c >= 0xc0 && c <= 0xde && c !== 0xd7) ||
		c === 0x102 || // Ă
		c === 0x110 || // Đ
		c === 0x128 || // Ĩ
		c === 0x168 || // Ũ
		c === 0x1a0 || // Ơ
		c === 0x1af || // Ư
		// Latin Extended Additional from Ạ to Ỹ: the capital of each pair comes first.
		(c >= 0x1ea0 && c <= 0x1ef8 && (c & 1) === 0)
	);
}

/** Whether a code unit is an ASCII digit (`\d`, and so `\p{N}`). */
export function isAsciiDigit(c: number): boolean {
	return c >= 0x30 && c <= 0x39;
}
