// Text widths in Times New Roman Bold, for the length of the rule lines, which the decree sets from the width
// of the text above them (reference §11). The advance widths are those of Liberation Serif Bold, which is
// metric-compatible with Times New Roman Bold, in thousandths of an em; scripts/layout/font-widths.mjs prints
// them from the font file. A Vietnamese letter is as wide as its base letter: the tone marks sit above or below
// it, and only the horned letters (ơ, ư) and đ have widths of their own.

// prettier-ignore
const BOLD_WIDTHS: Readonly<Record<string, number>> = { " ": 250, "!": 333, "\"": 555, "#": 500, "$": 500, "%": 1000, "&": 833, "'": 278, "(": 333, ")": 333, "*": 500, "+": 570, ",": 250, "-": 333, ".": 250, "/": 278, "0": 500, "1": 500, "2": 500, "3": 500, "4": 500, "5": 500, "6": 500, "7": 500, "8": 500, "9": 500, ":": 333, ";": 333, "<": 570, "=": 570, ">": 570, "?": 500, "@": 930, "A": 722, "B": 667, "C": 722, "D": 722, "E": 667, "F": 611, "G": 778, "H": 778, "I": 389, "J": 500, "K": 778, "L": 667, "M": 944, "N": 722, "O": 778, "P": 611, "Q": 778, "R": 722, "S": 556, "T": 667, "U": 722, "V": 722, "W": 1000, "X": 722, "Y": 722, "Z": 667, "[": 333, "\\": 278, "]": 333, "^": 581, "_": 500, "`": 333, "a": 500, "b": 556, "c": 444, "d": 556, "e": 444, "f": 333, "g": 500, "h": 556, "i": 278, "j": 333, "k": 556, "l": 278, "m": 833, "n": 556, "o": 500, "p": 556, "q": 556, "r": 444, "s": 389, "t": 333, "u": 556, "v": 500, "w": 722, "x": 500, "y": 500, "z": 444, "{": 394, "|": 220, "}": 394, "~": 520, "Đ": 722, "đ": 556, "Ơ": 778, "ơ": 554, "Ư": 796, "ư": 600, "Ă": 722, "ă": 500, "Â": 722, "â": 500, "Ê": 667, "ê": 444, "Ô": 778, "ô": 500, "–": 500, "—": 1000, "“": 500, "”": 500 };

// A character the table does not list counts as wide as a lower-case letter "n".
const DEFAULT_WIDTH = 556;

/** The width in points of `text` set in Times New Roman Bold at `sizePt` points. */
export function boldTextWidthPt(text: string, sizePt: number): number {
	let total = 0;
	for (const ch of text.normalize('NFC')) {
		const own = BOLD_WIDTHS[ch];
		// The base letter of a precomposed Vietnamese letter, without its marks (but keeping the horn and đ).
		const base =
			own ??
			BOLD_WIDTHS[
				ch
					.normalize('NFD')
					.replace(/[\u0300-\u0303\u0309\u0323]/gu, '')
					.normalize('NFC')
			];
		total += base ?? DEFAULT_WIDTH;
	}
	return (total * sizePt) / 1000;
}
