// The header reader decides some `\p{L}` patterns by code units when it can (letter/sure-letters.ts): a code
// unit it calls a letter must be one, and the readings it makes with that test must be the patterns' own.
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/core/letter';
import { isSureLetter } from '../../server/src/core/letter/sure-letters';

const LETTER = /^\p{L}$/u;

describe('letters known from their code unit', () => {
	it('calls a letter only a code unit of \\p{L}, and every ASCII letter and Vietnamese letter one', () => {
		for (let c = 0; c <= 0xffff; c++) {
			if (isSureLetter(c)) {
				assert.ok(LETTER.test(String.fromCharCode(c)), `U+${c.toString(16)} is no letter`);
			} else if (c < 0x80) {
				assert.ok(!LETTER.test(String.fromCharCode(c)), `ASCII U+${c.toString(16)} is a letter`);
			}
		}
		for (const ch of 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYàáảãạằắẳẵặầấẩẫậềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ') {
			assert.ok(isSureLetter(ch.charCodeAt(0)), ch);
		}
	});

	it('keeps as agency names the lines of two words or more in any letters, and leaves out one word and stamps', () => {
		const names = (agency: string): string[] =>
			parseLetter(
				`${agency}\nSỐ: 12/UBND-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nV/v báo cáo\nKính gửi: Sở Tài chính\n`,
			).header.agencyNames.map((s) => s.text);
		assert.deepEqual(names('BỘ TƯ PHÁP'), ['BỘ TƯ PHÁP']);
		assert.deepEqual(names('ỦY BAN NHÂN DÂN'), ['ỦY BAN NHÂN DÂN']);
		// Greek and Cyrillic capitals are letters outside the sure ranges: the pattern decides.
		assert.deepEqual(names('ΑΒΓ ΔΕΖ'), ['ΑΒΓ ΔΕΖ']);
		assert.deepEqual(names('ΑΒΓ-19'), []);
		assert.deepEqual(names('COVID-19'), []);
		assert.deepEqual(names('UBND'), []);
		assert.deepEqual(names('DỰ THẢO LẦN 2'), []);
		assert.deepEqual(names('DỰ THẢO LẦN HAI'), []);
		// A draft number that is not letters and digits is no stamp: the line stays a name.
		assert.deepEqual(names('DỰ THẢO LẦN 2.1'), ['DỰ THẢO LẦN 2.1']);
	});
});
