// The citation finder (server/src/core/letter/citations.ts) finds what the case-insensitive citation pattern of
// its comment finds, scanning a paragraph from left to right, although it compiles no such pattern: it reads
// the numbers with a pattern of the letters of Vietnamese text and falls back on the exact one when another
// letter or digit is met. The reference patterns are written here as the comment gives them.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CITED_TYPE_NAMES } from '../../server/src/core/data/document-types';
import type { Paragraph } from '../../server/src/core/letter';
import { parseCitations, type Citation } from '../../server/src/core/letter/citations';
import { normalizeForMatching } from '../../server/src/core/text';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const TYPES = [...CITED_TYPE_NAMES]
	.sort((a, b) => b.length - a.length)
	.map(escape)
	.join('|');
const GROUP = String.raw`[\p{L}\p{N}&]*[\p{L}\p{N}]`;
const SPACED_GROUP = String.raw`[\p{Lu}\p{N}][\p{Lu}\p{N}&]*`;
const NEXT = String.raw`(?:-${GROUP}|(?:[ \t]+-[ \t]*|-[ \t]+)${SPACED_GROUP})`;
const NUMBER = String.raw`\d+(?:[ \t]*\/[ \t]*\d{4})?[ \t]*\/[ \t]*${GROUP}${NEXT}*|\d+-\p{L}+\/${GROUP}${NEXT}*`;
const CITATION = new RegExp(String.raw`(?<![\p{L}\p{N}])(${TYPES})\s+(?:số\s*(?::\s*)?)?(${NUMBER})(?![\p{L}\p{N}/])`, 'giu');
const LISTED = new RegExp(String.raw`\s*(?:,|và)\s*(?:số\s*)?(${NUMBER})(?![\p{L}\p{N}/])`, 'iuy');

/** The citations of one paragraph of text. */
function citationsOf(text: string): { citations: Citation[]; text: string } {
	const mapped = normalizeForMatching(text);
	return { citations: parseCitations([{ text: mapped } as Paragraph]), text: mapped.text };
}

/**
 * Checks the finder against the reference patterns: each match of CITATION is a first citation (its type name
 * where the match has it, its number starting where the match's does and never longer), each further number is
 * where LISTED matches right after the number and date before it, and a list ends where LISTED does not match.
 */
function assertSameAsPattern(input: string): void {
	const { citations, text } = citationsOf(input);
	const heads = citations.filter((c) => c.listIndex === 0);
	const matches = [...text.matchAll(CITATION)];
	assert.deepEqual(
		heads.map((c) => [c.type.offset, c.number.offset]),
		matches.map((m) => [m.index, m.index + (m[0].length - (m[2] ?? '').length)]),
		JSON.stringify(text),
	);
	for (const [k, m] of matches.entries()) {
		const head = heads[k] as Citation;
		assert.equal(head.type.text, m[1]);
		assert.ok((m[2] ?? '').startsWith(head.number.text), JSON.stringify(text));
	}
	for (const [k, c] of citations.entries()) {
		const next = citations[k + 1];
		LISTED.lastIndex = c.date ? c.date.span.offset + c.date.span.text.length : c.number.offset + c.number.text.length;
		const listed = LISTED.exec(text);
		if (next && next.listIndex > 0) {
			assert.ok(listed, JSON.stringify(text));
			assert.equal(next.number.offset, LISTED.lastIndex - (listed[1] ?? '').length, JSON.stringify(text));
			assert.ok((listed[1] ?? '').startsWith(next.number.text), JSON.stringify(text));
		} else {
			assert.equal(listed, null, JSON.stringify(text));
		}
	}
}

describe('citation finder', () => {
	it('finds the citations of Vietnamese text, with and without "số", in any case, and the numbers of a list', () => {
		const { citations } = citationsOf(
			'Căn cứ Công văn số 216/UBND-VX ngày 12/3/2024 của UBND tỉnh về việc A; Thông tư 12/2019/TT-BVHTT; CHỈ THỊ SỐ 05/CT-TTg, 06/CT-TTg và số 07/CT-TTg; Quyết định số: 1332-QĐ/TU.',
		);
		assert.deepEqual(
			citations.map((c) => [c.typeName, c.number.text, c.listIndex]),
			[
				['Công văn', '216/UBND-VX', 0],
				['Thông tư', '12/2019/TT-BVHTT', 0],
				['Chỉ thị', '05/CT-TTg', 0],
				['Chỉ thị', '06/CT-TTg', 1],
				['Chỉ thị', '07/CT-TTg', 2],
				['Quyết định', '1332-QĐ/TU', 0],
			],
		);
	});

	it('reads a number as the case-insensitive pattern does where a letter or digit outside Vietnamese text is met', () => {
		for (const text of [
			// A letter of another script in a group, after a spaced dash, or right after the number.
			'Công văn số 12/ABC-DE中/ x',
			'Công văn số 12/UBND-中文 ngày 01/02/2024',
			'Công văn số 12/UBND - 中文, 13/UBND',
			'Công văn số 12/UBND中',
			'Công văn số 12/Ωμέγα-ΑΒ',
			// Letters that the "i" flag folds into others: the Kelvin sign and the long s, the dotless i, kra.
			'Công văn số 12/UBND-\u212a, 13/\u017fA và \u017fố 14/X',
			'Công văn số 12/UBND - \u0131x và 13/\u0138',
			// A combining mark that case folding makes a letter, full-width and Arabic-Indic digits.
			'Công văn số 12/UB\u0345ND; Công văn số 12/\uff11\uff12; Công văn số 12/\u0663',
			// Look-behind: a letter of any script glued before the type name, an astral letter, punctuation.
			'中Công văn số 1/A; ΩThông tư 2/B; 𝐀Công văn số 3/C; “Công văn số 4/D”; –Công văn số 5/E',
			// Quotation marks, dashes and no-break spaces after the number.
			'Công văn số 12/UBND\u00a0ngày 1/2/2024 và “Quyết định số 13/QĐ-UBND”, 14/QĐ-UBND – Sở',
		]) {
			assertSameAsPattern(text);
		}
	});

	it('finds what the pattern finds in random text made of citation pieces', () => {
		const piece = fc.constantFrom(
			'Công văn',
			'công văn',
			'CÔNG VĂN',
			'Thông báo kết luận',
			'kết luận',
			'Bộ luật',
			'Luật',
			' số ',
			' Số: ',
			'SỐ',
			'\u017fố',
			' ',
			'  ',
			'\t',
			'\u00a0',
			'12',
			'2019',
			'/',
			' / ',
			'-',
			' - ',
			'- ',
			'&',
			'UBND',
			'QĐ',
			'Sở',
			'TTg',
			'中',
			'\u212a',
			'\u0131',
			'\u0345',
			'\uff11',
			'𝐀',
			', ',
			' và ',
			'Và',
			' ngày 12/3/2024',
			' ngày 4 tháng 5 năm 2023',
			' của Bộ Y tế',
			' về việc A',
			'ngày',
			'“',
			'”',
			'.',
			';',
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
				assertSameAsPattern(pieces.join(''));
			}),
			{ seed: 20261207, numRuns: 3000, endOnFailure: true },
		);
	});
});
