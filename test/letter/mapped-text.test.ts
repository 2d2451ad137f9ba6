// The normalised copy of a letter and its offset map (server/src/core/text.ts): every code unit of the copy maps
// back to the original characters it comes from, slices and builders keep the map, the map is kept as runs (a
// few per letter, not two numbers per code unit), and the facts the normalisation gathers for the rules
// (clusters of a character and its combining marks, lookalikes of Đ) agree with the text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
	MappedTextBuilder,
	capitalWords,
	combiningClusters,
	composedClusters,
	hasCapitalVowel,
	hasLookalikeD,
	isLetterCode,
	isLetterOrNumberCode,
	isUpperCode,
	isWordCode,
	normalizeForMatching,
	type MappedText,
} from '../../server/src/core/text';

// Normalisation as one regex and its replacements (the definition in text.ts), which the normaliser follows by
// the char codes from the places a native scan finds.
const SPECIAL = /\r\n?|[\u00d0\u0189\u00f0\u00a0\u2013\u2014\u200b\ufeff]|(?<!\*)\*{1,3}(?!\*)|\P{M}\p{M}+/gu;
const REPLACEMENTS: Readonly<Record<string, string>> = {
	'\u00d0': 'Đ',
	'\u0189': 'Đ',
	'\u00f0': 'đ',
	'\u00a0': ' ',
	'\u2013': '-',
	'\u2014': '-',
};

function normalisedByRegex(text: string): string {
	return text.replace(SPECIAL, (match) =>
		match.startsWith('\r') ? '\n' : match.startsWith('*') ? '' : (REPLACEMENTS[match] ?? (match.length > 1 ? match.normalize('NFC') : '')),
	);
}

/** The original text under each code unit of the normalised copy. */
function sources(original: string, mapped: MappedText): string[] {
	return Array.from(mapped.text, (_, i) => original.slice(mapped.startAt(i), mapped.endAt(i + 1)));
}

/** The number of runs the map keeps (three numbers each), 0 when the copy is the original itself. */
function runCount(mapped: MappedText): number {
	return mapped.runs === undefined ? 0 : mapped.runs.length / 3;
}

describe('normalised text and its offset map', () => {
	it('maps each rewritten character to what it stands for, and the rest one for one', () => {
		const original = 'Ð\u00a0a\r\nb**c\u2013d\u200be\u0301';
		const mapped = normalizeForMatching(original);
		assert.equal(mapped.text, 'Đ a\nbc-dé');
		assert.deepEqual(sources(original, mapped), ['Ð', '\u00a0', 'a', '\r\n', 'b', 'c', '\u2013', 'd', 'e\u0301']);
		// The asterisks are gone: the text before them ends where they start, the text after starts past them.
		assert.equal(mapped.endAt(5), 6);
		assert.equal(mapped.startAt(5), 8);
	});

	it('keeps text without anything to rewrite as the original itself, with no map', () => {
		const original = 'Kính gửi: Ủy ban nhân dân tỉnh Hà Giang.\nNội dung.';
		const mapped = normalizeForMatching(original);
		assert.equal(mapped.text, original);
		assert.equal(runCount(mapped), 0);
		assert.deepEqual(mapped.range(3, 9), { start: 3, end: 9 });
	});

	it('keeps a map of a few runs: one a line for CRLF line ends, one for the text around an NBSP or a dash', () => {
		const lines = Array.from({ length: 40 }, (_, i) => `Dòng thứ ${i + 1} của văn bản – có khoảng\u00a0trắng.`);
		const crlf = normalizeForMatching(lines.join('\r\n'));
		// Each line break is a run and the line after it another: 2 a break, plus the first line.
		assert.equal(runCount(crlf), 2 * 39 + 1);
		// An NBSP and a dash are rewritten one code unit for one: the map stays a single run.
		assert.equal(runCount(normalizeForMatching(lines.join('\n'))), 1);
	});

	it('maps the slices of a slice and the pieces a builder joins to the same original offsets', () => {
		const original = 'a\r\nb\u0301c Ðd\r\ne';
		const mapped = normalizeForMatching(original);
		const whole = sources(original, mapped);
		const slice = mapped.slice(2, 6);
		assert.deepEqual(sources(original, slice), whole.slice(2, 6));
		assert.deepEqual(sources(original, slice.slice(1, 3)), whole.slice(3, 5));
		const builder = new MappedTextBuilder();
		builder.appendSlice(mapped, 0, 2);
		builder.appendSynthetic(' ', mapped.endAt(2), mapped.startAt(4));
		builder.appendSlice(slice, 2, 4);
		const built = builder.build();
		assert.equal(built.text, `${mapped.text.slice(0, 2)} ${slice.text.slice(2, 4)}`);
		assert.deepEqual(sources(original, built), [
			...whole.slice(0, 2),
			original.slice(mapped.endAt(2), mapped.startAt(4)),
			...whole.slice(4, 6),
		]);
	});

	it('finds the clusters of a character and its combining marks, as /\\P{M}\\p{M}+/gu does, with or without the normalisation', () => {
		const texts = [
			'Cô\u0323ng ho\u0300a',
			'\u0301a\u0301\u0323 b',
			'Ð\u0301 *\u0301 ****\u0301',
			'x\ud835\udc00\u0301',
			'no marks at all',
			'x\u0301 \u0915\u093f',
		];
		for (const text of texts) {
			const expected = Array.from(text.matchAll(/\P{M}\p{M}+/gu), (m) => [m.index, m.index + m[0].length]);
			// The NFC form of each cluster where it differs, as nfd-text reads them.
			const composed = expected.map(([start, end]) => {
				const cluster = text.slice(start, end);
				return cluster.normalize('NFC') === cluster ? undefined : cluster.normalize('NFC');
			});
			normalizeForMatching('another text');
			assert.deepEqual(combiningClusters(text), expected, text);
			assert.deepEqual(composedClusters(text), composed, text);
			normalizeForMatching(text);
			assert.deepEqual(combiningClusters(text), expected, text);
			assert.deepEqual(composedClusters(text), composed, text);
		}
	});

	it('rewrites what the one regex of its definition rewrites, and maps every code unit inside the original, on any text', () => {
		// Characters the normalisation looks at, marks in and outside the BMP, surrogates alone and Vietnamese letters.
		const piece = fc.constantFrom(
			...['\r', '\n', '*', '\u00d0', '\u0189', '\u00f0', '\u00a0', '\u2013', '\u2014', '\u200b', '\ufeff', '\u0301', '\u0323', '\u20d7'],
			...['\ud834\udd65', '\ud835\udc00', '\ud800', '\udc00', 'a', 'ô', 'Đ', ' ', 'ễ', '\u2002', 'x'],
			// Marks at the edges of the candidates' ranges above U+0370.
			...['\u0483', '\u1dc0', '\ufe20'],
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
				const text = pieces.join('');
				const mapped = normalizeForMatching(text);
				assert.equal(mapped.text, normalisedByRegex(text));
				for (let i = 0; i < mapped.text.length; i++) {
					assert.ok(mapped.startAt(i) <= mapped.endAt(i + 1) && mapped.endAt(i + 1) <= text.length);
				}
			}),
			{ numRuns: 2000 },
		);
	});

	it('says whether a text has a lookalike of Đ/đ, with or without the normalisation', () => {
		for (const [text, expected] of [
			['QÐ-UBND', true],
			['Guðmundur', true],
			['\u0189', true],
			['QĐ-UBND', false],
		] as const) {
			normalizeForMatching('another text');
			assert.equal(hasLookalikeD(text), expected, text);
			normalizeForMatching(text);
			assert.equal(hasLookalikeD(text), expected, text);
		}
	});

	it('tells letters from other characters as \\p{L} does, and leaves the rest to a regex', () => {
		for (const c of ['a', 'Z', 'đ', 'Ư', 'ế', 'ª', 'ǅ', '1', ' ', '-', '\u0301', '\u00d7', '“']) {
			assert.equal(isLetterCode(c.charCodeAt(0)), /\p{L}/u.test(c), c);
		}
		assert.equal(isLetterCode(0x4e00), undefined);
		assert.equal(isLetterCode(0xd835), undefined);
		// Capitals, letters and numbers, and marks, for the rules that look at the code unit next to a word: every
		// code unit the table decides, as the regex does.
		for (let c = 0; c < 0x2100; c++) {
			const unit = String.fromCharCode(c);
			for (const [decided, regex] of [
				[isWordCode(c), /[\p{L}\p{N}\p{M}]/u],
				[isLetterOrNumberCode(c), /[\p{L}\p{N}]/u],
				[isUpperCode(c), /\p{Lu}/u],
			] as const) {
				if (decided !== undefined) {
					assert.equal(decided, regex.test(unit), `${regex.source} ${c.toString(16)}`);
				}
			}
		}
		assert.equal(isWordCode(0x1ec7), true);
		assert.equal(isWordCode(0x0301), true);
		assert.equal(isWordCode(0xd835), undefined);
	});
	it('finds the words in capitals as the regex of their definition does, and their vowels, on any text', () => {
		// capitalWords reads the case table and leaves a text with a code unit it does not decide to this regex.
		const capitalWord = /(?<![\p{L}\p{N}&])[\p{Lu}&]{2,}(?![\p{L}\p{N}&])/gu;
		const capitalVowel = /[AĂÂEÊIOÔƠUƯYÁÀẢÃẠẮẰẲẴẶẤẦẨẪẬÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]/u;
		const piece = fc.constantFrom(
			...['A', 'a', 'Đ', 'đ', 'Ủ', 'ủ', 'É', 'Q', 'x', '&', '1', '²', ' ', '-', '/', '.', '\u0301', '\u02b0', 'ǅ', 'ª'],
			...['\ud835\udc00', '\ud800', 'Ⅻ', '\u4e00'],
		);
		const words = (text: string): [string, number][] => capitalWords(text).map((word) => [word[0], word.index]);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
				const text = pieces.join('');
				assert.deepEqual(
					words(text),
					[...text.matchAll(capitalWord)].map((match): [string, number] => [match[0], match.index]),
					text,
				);
				assert.equal(hasCapitalVowel(text), capitalVowel.test(text), text);
			}),
			{ numRuns: 3000 },
		);
		assert.deepEqual(words('UBND TỈNH HÀ NAM, SỞ TN&MT, ABc, 2AB, VH'), [
			['UBND', 0],
			['TỈNH', 5],
			['HÀ', 10],
			['NAM', 13],
			['SỞ', 18],
			['TN&MT', 21],
			['VH', 38],
		]);
	});
});
