// Roman numerals, for the headings of the item tree (item-numbering.ts) and Word's automatic numbering
// (docx/numbering.ts). A module without imports: the CLI loads the Word reader lazily, and a reader that
// imported the letter model for this would make esbuild wrap the model's modules in lazy initialisers too.

const ROMAN_TABLE: readonly (readonly [number, string])[] = [
	[1000, 'M'],
	[900, 'CM'],
	[500, 'D'],
	[400, 'CD'],
	[100, 'C'],
	[90, 'XC'],
	[50, 'L'],
	[40, 'XL'],
	[10, 'X'],
	[9, 'IX'],
	[5, 'V'],
	[4, 'IV'],
	[1, 'I'],
];

/** A number in Roman numerals, in capitals ("IV"). */
export function toRoman(value: number): string {
	let rest = value;
	let out = '';
	for (const [n, s] of ROMAN_TABLE) {
		while (rest >= n) {
			out += s;
			rest -= n;
		}
	}
	return out;
}
