// Semantic tokens (core/features/semantic-tokens.ts): what each part of a letter becomes, order and no
// overlap, range requests, and the same tokens on an NFD copy.
import * as assert from 'node:assert/strict';
import { semanticTokens, semanticTokensIn, type LetterToken } from '../../server/src/core/features/index';
import { parseLetter } from '../../server/src/core/index';
import { readSharedLetter } from '../harness/lsp';
import { SHARED_LETTERS, at, featureLetter, textOf } from './helpers';

/** Each token as "text type[.modifier…]". */
function described(text: string, tokens: readonly LetterToken[]): string[] {
	return tokens.map((t) => [textOf(text, t.range), [t.type, ...t.modifiers].join('.')].join(' '));
}

describe('semantic tokens', () => {
	it('marks the Số line, the date, labels, citations, markers, Nơi nhận and the signature', () => {
		const text = featureLetter();
		assert.deepEqual(described(text, semanticTokens(parseLetter(text))), [
			'Số keyword',
			'05 number.declaration',
			'UBND namespace.declaration',
			'VP namespace.declaration',
			'ngày keyword',
			'29 number.declaration',
			'tháng keyword',
			'01 number.declaration',
			'năm keyword',
			'2021 number.declaration',
			'V/v keyword',
			'Kính gửi keyword',
			'Các thôn; variable',
			'Các ban ngành. variable',
			'Công văn type',
			'12 number.readonly',
			'UBND-VP namespace.readonly',
			'05 number.readonly',
			'01 number.readonly',
			'2021 number.readonly',
			'1. enumMember',
			'a) enumMember',
			'b) enumMember',
			'2. enumMember',
			'Công văn type',
			'12 number.readonly',
			'UBND-VP namespace.readonly',
			'Nơi nhận keyword',
			'Như trên; variable',
			'Lưu: VT, VP. variable',
			'KT. keyword',
			'CHỦ TỊCH property',
			'PHÓ CHỦ TỊCH property',
			'Nguyễn Văn A string',
		]);
	});

	it('marks a type abbreviation in the ký hiệu, a type name line and Party and legal numbers', () => {
		const named = [
			'Số: 15/QĐ-UBND',
			'Cao Bằng, ngày 05 tháng 3 năm 2021',
			'',
			'QUYẾT ĐỊNH',
			'Về việc họp',
			'',
			'Căn cứ Nghị định số 30/2020/NĐ-CP; công văn số 1332-CV/TU./.',
		].join('\n');
		const tokens = described(named, semanticTokens(parseLetter(named)));
		assert.deepEqual(tokens.slice(0, 4), ['Số keyword', '15 number.declaration', 'QĐ type.declaration', 'UBND namespace.declaration']);
		assert.ok(tokens.includes('QUYẾT ĐỊNH type.declaration'));
		assert.deepEqual(tokens.slice(-6), [
			'30 number.readonly',
			'2020 number.readonly',
			'NĐ-CP namespace.readonly',
			'công văn type',
			'1332 number.readonly',
			'CV/TU namespace.readonly',
		]);
	});

	it('keeps tokens sorted and apart in the five real letters', () => {
		for (const name of SHARED_LETTERS) {
			const text = readSharedLetter(name);
			const tokens = semanticTokens(parseLetter(text));
			assert.ok(tokens.length > 10, name);
			for (let i = 1; i < tokens.length; i++) {
				const previous = tokens[i - 1];
				const token = tokens[i];
				assert.ok(previous && token && previous.range.end <= token.range.start, `${name}: token ${i} overlaps the one before`);
				assert.ok(token && token.range.start < token.range.end, `${name}: empty token ${i}`);
			}
		}
	});

	it('marks a signing prefix and the title after it in a Markdown export (004)', () => {
		const text = readSharedLetter('004_d5b89adf6b17fad0.txt');
		const tokens = described(text, semanticTokens(parseLetter(text)));
		assert.deepEqual(tokens.slice(-4), ['KT. keyword', 'GIÁM ĐỐC property', 'PHÓ GIÁM ĐỐC property', 'Liều Anh Minh string']);
	});

	it('gives the tokens that meet a range', () => {
		const text = featureLetter();
		const letter = parseLetter(text);
		const start = at(text, 'Nơi nhận');
		const tokens = semanticTokensIn(letter, { start, end: text.length });
		assert.deepEqual(described(text, tokens).slice(0, 2), ['Nơi nhận keyword', 'Như trên; variable']);
		assert.equal(tokens.length, 7);
	});

	it('gives the same tokens on an NFD copy', () => {
		const text = featureLetter();
		const nfd = text.normalize('NFD');
		const expected = described(text, semanticTokens(parseLetter(text)));
		const actual = described(nfd, semanticTokens(parseLetter(nfd))).map((t) => t.normalize('NFC'));
		assert.deepEqual(actual, expected);
	});

	it('has no tokens for an empty text', () => {
		assert.deepEqual(semanticTokens(parseLetter('')), []);
	});
});
