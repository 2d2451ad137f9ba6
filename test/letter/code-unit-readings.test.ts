// The parser and the header reader decide some `\p{L}` patterns by code units when the case table of text.ts
// can (isLetterCode, isUpperCode: held to the regexes on every code unit in mapped-text.test.ts): the readings
// they make with those tests must be the patterns' own.
import * as assert from 'node:assert/strict';
import { parseLetter } from '../../server/src/core/letter';

describe('readings decided by code units', () => {
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
