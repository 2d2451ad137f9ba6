// The header reader decides some `\p{L}` patterns by code units when it can (letter/sure-letters.ts): a code
// unit it calls a letter must be one, and the readings it makes with that test must be the patterns' own.
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/core/letter';
import { isAsciiDigit, isSureCapital, isSureLetter } from '../../server/src/core/letter/sure-letters';

const LETTER = /^\p{L}$/u;
const CAPITAL = /^\p{Lu}$/u;
const NUMBER = /^\p{N}$/u;

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

	it('calls a capital only a code unit of \\p{Lu}, and every Vietnamese capital one; a digit only an ASCII digit', () => {
		for (let c = 0; c <= 0xffff; c++) {
			if (isSureCapital(c)) {
				assert.ok(CAPITAL.test(String.fromCharCode(c)), `U+${c.toString(16)} is no capital`);
			}
			if (isAsciiDigit(c)) {
				assert.ok(NUMBER.test(String.fromCharCode(c)) && c < 0x80, `U+${c.toString(16)}`);
			}
		}
		for (const ch of 'AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ') {
			assert.ok(isSureCapital(ch.charCodeAt(0)), ch);
		}
	});

	it("reads the place of a date line as the pattern of the definition did: a capital, then letters, digits and .'-", () => {
		const place = (line: string): string | undefined => parseLetter(`SỞ TÀI CHÍNH\nSố: 12/STC-VP\n${line}\n`).date?.place.text;
		assert.equal(place('Đà Nẵng, ngày 05 tháng 3 năm 2021'), 'Đà Nẵng');
		assert.equal(place('TP. Hồ Chí Minh , 05/3/2021'), 'TP. Hồ Chí Minh');
		assert.equal(place('Buôn Ma Thuột-Đắk Lắk, ngày 5 tháng 3 năm 2021'), 'Buôn Ma Thuột-Đắk Lắk');
		// Letters outside the Vietnamese ranges are left to the pattern.
		assert.equal(place('Ωmega, ngày 5 tháng 3 năm 2021'), 'Ωmega');
		assert.equal(place('Kraków, 05/3/2021'), 'Kraków');
		assert.equal(place('hà Nội, ngày 5 tháng 3 năm 2021'), undefined);
		assert.equal(place('Hà  Nội, ngày 5 tháng 3 năm 2021'), undefined);
		assert.equal(place('Hà Nội (cũ), ngày 5 tháng 3 năm 2021'), undefined);
		assert.equal(place('Hà Nội×, 05/3/2021'), undefined);
		const date = parseLetter('SỞ TÀI CHÍNH\nSố: 12/STC-VP\nHà Nội ,  ngày 5  tháng   năm 2021\n').date;
		assert.deepEqual(
			[date?.dayKeyword?.text, date?.day?.value, date?.monthKeyword?.text, date?.month, date?.yearKeyword?.text, date?.year?.text],
			['ngày', 5, 'tháng', undefined, 'năm', '2021'],
		);
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
