// The outline of a letter (core/features/symbols.ts): the tree, exact ranges, selection ranges inside
// ranges, and the same outline for NFD and CRLF copies of a letter.
import * as assert from 'node:assert/strict';
import { documentSymbols, type LetterSymbol } from '../../server/src/core/features/index';
import { parseLetter, type Range } from '../../server/src/core/index';
import { readSharedLetter } from '../harness/lsp';
import { FEATURE_LETTER_LINES as LINES, SHARED_LETTERS, featureLetter, lineLength, rangeOf, textOf } from './helpers';

interface Shape {
	name: string;
	kind: string;
	detail?: string;
	range: Range;
	selectionRange: Range;
	children: Shape[];
}

function shape(symbols: readonly LetterSymbol[]): Shape[] {
	return symbols.map((s) => ({
		name: s.name,
		kind: s.kind,
		...(s.detail !== undefined ? { detail: s.detail } : {}),
		range: s.range,
		selectionRange: s.selectionRange,
		children: shape(s.children),
	}));
}

function walk(symbols: readonly LetterSymbol[], visit: (s: LetterSymbol, parent?: LetterSymbol) => void, parent?: LetterSymbol): void {
	for (const s of symbols) {
		visit(s, parent);
		walk(s.children, visit, s);
	}
}

/** Checks the LSP constraints: selection inside range, children inside parents, non-empty names. */
function assertWellFormed(symbols: readonly LetterSymbol[]): void {
	walk(symbols, (s, parent) => {
		assert.ok(s.name.trim() !== '', 'a symbol has an empty name');
		assert.ok(s.range.start <= s.selectionRange.start && s.selectionRange.end <= s.range.end, `selection outside range in "${s.name}"`);
		if (parent) {
			assert.ok(parent.range.start <= s.range.start && s.range.end <= parent.range.end, `"${s.name}" lies outside "${parent.name}"`);
		}
	});
}

const r = (sl: number, sc: number, el: number, ec: number): Range => rangeOf(LINES, sl, sc, el, ec);
const end = (line: number): number => lineLength(LINES, line);

describe('document symbols', () => {
	it('outlines every component of a letter, with the items as a tree and exact ranges', () => {
		const text = featureLetter();
		const symbols = documentSymbols(parseLetter(text));
		const item = (line: number, lastLine: number, name: string, kind: string, detail: string, children: Shape[] = []): Shape => ({
			name,
			kind,
			detail,
			range: r(line, 0, lastLine, end(lastLine)),
			selectionRange: r(line, 0, line, 2),
			children,
		});
		assert.deepEqual(shape(symbols), [
			{
				name: 'Số: 05/UBND-VP',
				kind: 'key',
				detail: 'Số, ký hiệu',
				range: r(2, 0, 2, end(2)),
				selectionRange: r(2, 0, 2, 2),
				children: [],
			},
			{
				name: 'Đồng Tâm, ngày 29 tháng 01 năm 2021',
				kind: 'event',
				detail: 'Thứ Sáu',
				range: r(3, 0, 3, end(3)),
				selectionRange: r(3, 0, 3, end(3)),
				children: [],
			},
			{
				name: 'V/v họp giao ban tháng 02 năm 2021',
				kind: 'string',
				detail: 'Trích yếu',
				range: r(5, 0, 6, end(6)),
				selectionRange: r(5, 0, 5, 3),
				children: [],
			},
			{
				name: 'Kính gửi',
				kind: 'interface',
				detail: 'Các thôn; Các ban ngành.',
				range: r(8, 0, 10, end(10)),
				selectionRange: r(8, 0, 8, 8),
				children: [],
			},
			{
				name: 'Nội dung',
				kind: 'namespace',
				detail: '6 đoạn',
				range: r(12, 0, 20, end(20)),
				selectionRange: r(12, 0, 12, end(12)),
				children: [
					item(14, 16, '1. Các thôn cử người dự họp:', 'field', 'Khoản', [
						item(15, 15, 'a) Trưởng thôn;', 'enumMember', 'Điểm'),
						item(16, 16, 'b) Công an viên.', 'enumMember', 'Điểm'),
					]),
					// The model extends the last item over the closing paragraph (letter.ts: open items run to the
					// end of every following paragraph), so the outline does too.
					item(18, 20, '2. Gửi báo cáo theo Công văn số 12/UBND-VP.', 'field', 'Khoản'),
				],
			},
			{
				name: 'Nơi nhận',
				kind: 'array',
				detail: '2 nơi nhận',
				range: r(22, 0, 24, end(24)),
				selectionRange: r(22, 0, 22, 8),
				children: [],
			},
			{
				name: 'Chữ ký: KT. CHỦ TỊCH',
				kind: 'object',
				detail: 'PHÓ CHỦ TỊCH, Nguyễn Văn A',
				range: r(26, 0, 29, end(29)),
				selectionRange: r(26, 0, 26, end(26)),
				children: [],
			},
		]);
		assertWellFormed(symbols);
	});

	it('names an item by its marker and first eight words, and a named document by its type name with the trích yếu as detail', () => {
		const text = [
			'ỦY BAN NHÂN DÂN',
			'TỈNH CAO BẰNG',
			'Số: 15/QĐ-UBND',
			'Cao Bằng, ngày 05 tháng 3 năm 2021',
			'',
			'QUYẾT ĐỊNH',
			'Về việc thành lập Tổ công tác',
			'',
			'Điều 1. Thành lập Tổ công tác của Ủy ban nhân dân tỉnh gồm các thành viên có tên dưới đây.',
			'',
			'Điều 2. Quyết định này có hiệu lực từ ngày ký./.',
		].join('\n');
		const symbols = documentSymbols(parseLetter(text));
		const typeSymbol = symbols.find((s) => s.kind === 'class');
		assert.deepEqual(typeSymbol && { name: typeSymbol.name, detail: typeSymbol.detail, range: textOf(text, typeSymbol.range) }, {
			name: 'QUYẾT ĐỊNH',
			detail: 'Về việc thành lập Tổ công tác',
			range: 'QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác',
		});
		const body = symbols.find((s) => s.name === 'Nội dung');
		assert.deepEqual(
			body?.children.map((c) => [c.name, c.kind, c.detail, textOf(text, c.selectionRange)]),
			[
				['Điều 1. Thành lập Tổ công tác của Ủy ban…', 'class', 'Điều', 'Điều 1.'],
				['Điều 2. Quyết định này có hiệu lực từ ngày…', 'class', 'Điều', 'Điều 2.'],
			],
		);
	});

	it('marks a draft: a blank number and a blank day', () => {
		const text = [
			'Số: /UBND-VP',
			'Đồng Tâm, ngày tháng 3 năm 2024',
			'',
			'V/v họp',
			'',
			'Kính gửi: Các thôn',
			'',
			'Đề nghị các thôn thực hiện./.',
		].join('\n');
		const symbols = documentSymbols(parseLetter(text));
		assert.deepEqual(
			symbols.slice(0, 2).map((s) => [s.name, s.detail]),
			[
				['Số: /UBND-VP', 'Số, ký hiệu (dự thảo: chưa có số)'],
				['Đồng Tâm, ngày tháng 3 năm 2024', 'dự thảo: còn để trống ngày'],
			],
		);
	});

	it('gives the same outline for an NFD copy, with ranges over the same text', () => {
		const text = featureLetter();
		const nfd = text.normalize('NFD');
		assert.notEqual(nfd.length, text.length);
		const expected = documentSymbols(parseLetter(text));
		const actual = documentSymbols(parseLetter(nfd));
		const names = (symbols: readonly LetterSymbol[]): unknown[] => symbols.map((s) => [s.name, s.detail, names(s.children)]);
		assert.deepEqual(names(actual), names(expected));
		const texts = (source: string, symbols: readonly LetterSymbol[]): string[] => {
			const out: string[] = [];
			walk(symbols, (s) => out.push(textOf(source, s.range).normalize('NFC'), textOf(source, s.selectionRange).normalize('NFC')));
			return out;
		};
		assert.deepEqual(texts(nfd, actual), texts(text, expected));
		assertWellFormed(actual);
	});

	it('gives the same outline for a CRLF copy, each range shifted by the line breaks before it', () => {
		const lf = documentSymbols(parseLetter(featureLetter()));
		const crlf = documentSymbols(parseLetter(featureLetter('\r\n')));
		const toCrlf = (range: Range): Range => {
			// Every LF before an offset became two characters.
			const text = featureLetter();
			const shift = (offset: number): number => offset + (text.slice(0, offset).match(/\n/gu)?.length ?? 0);
			return { start: shift(range.start), end: shift(range.end) };
		};
		const mapped = (symbols: readonly LetterSymbol[]): Shape[] =>
			symbols.map((s) => ({
				name: s.name,
				kind: s.kind,
				...(s.detail !== undefined ? { detail: s.detail } : {}),
				range: toCrlf(s.range),
				selectionRange: toCrlf(s.selectionRange),
				children: mapped(s.children),
			}));
		assert.deepEqual(shape(crlf), mapped(lf));
	});

	it('outlines the five real letters with the expected top-level names', () => {
		const expected: Record<string, string[]> = {
			'000_421e170032c2d4c4.txt': [
				'Số: 283/STNMT-VP',
				'Cao Bằng, ngày 29 tháng 01 năm 2021',
				'V/v',
				'Kính gửi',
				'Nội dung',
				'Nơi nhận',
				'Chữ ký: GIÁM ĐỐC',
			],
			'001_7be023b102d61987.txt': [
				'Số: 550/BTNMT-VP',
				'V/v',
				'Hà Nội, ngày 02 tháng 02 năm 2021',
				'Kính gửi',
				'Nội dung',
				'Nơi nhận',
				'Chữ ký',
			],
			'002_d020e18a9f77c476.txt': [
				'Số: /SVHTTDL-QLVHGĐ',
				'Cao Bằng, ngày 29 tháng 11 năm 2021',
				'V/v',
				'Kính gửi',
				'Nội dung',
				'Nơi nhận',
				'Chữ ký: GIÁM ĐỐC',
			],
			'003_5418981208059e29.txt': ['Kính gửi', 'Nội dung', 'Nơi nhận', 'Chữ ký: KT. GIÁM ĐỐC'],
			'004_d5b89adf6b17fad0.txt': [
				'Số: /SCT-VP',
				'V/v',
				'Lạng Sơn, ngày tháng 8 năm 2020',
				'Kính gửi',
				'Nội dung',
				'Nơi nhận',
				'Chữ ký: KT. GIÁM ĐỐC',
			],
		};
		for (const name of SHARED_LETTERS) {
			const symbols = documentSymbols(parseLetter(readSharedLetter(name)));
			// The trích yếu is named by its text; compare its label only.
			const names = symbols.map((s) => (s.kind === 'string' ? s.name.slice(0, 3) : s.name));
			assert.deepEqual(names, expected[name], name);
			assertWellFormed(symbols);
		}
	});

	it('has no symbols for an empty text or a legacy encoding', () => {
		assert.deepEqual(documentSymbols(parseLetter('')), []);
		assert.deepEqual(documentSymbols(parseLetter('  \n\n')), []);
		const tcvn3 = 'Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nSè: 12/UBND-VP\nKÝnh göi: C¸c phßng ban chuyªn m«n';
		assert.equal(parseLetter(tcvn3).legacyEncoding, 'tcvn3');
		assert.deepEqual(documentSymbols(parseLetter(tcvn3)), []);
	});
});
