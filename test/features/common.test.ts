// The helpers shared by the editor features (core/features/common.ts): regime by date, weekdays, the
// abbreviation tables and the parts of the Số line.
import * as assert from 'node:assert/strict';
import {
	abbreviationTable,
	draftingUnit,
	findAbbreviation,
	firstWords,
	isCalendarDate,
	kyHieuGroups,
	regimeOfDate,
	sentenceCase,
	soDisplay,
	soParts,
	weekday,
} from '../../server/src/core/features/common';
import { parseLetter } from '../../server/src/core/index';

/** The Số line's parts of a one-line letter, as text. */
function parts(line: string): { number?: string; blank: boolean; year?: string; groups: string[] } {
	const so = parseLetter(line).so;
	assert.ok(so, `no Số line in "${line}"`);
	const p = soParts(so);
	assert.ok(p);
	return {
		...(p.number ? { number: p.number.text } : {}),
		blank: p.blank,
		...(p.year ? { year: p.year.text } : {}),
		groups: p.groups.map((g) => g.text),
	};
}

describe('feature helpers', () => {
	it('puts a date under Nghị định 30 from 05/03/2020 and under Thông tư 01 before', () => {
		assert.equal(regimeOfDate({ day: 4, month: 3, year: 2020 }), 'tt01');
		assert.equal(regimeOfDate({ day: 5, month: 3, year: 2020 }), 'nd30');
		assert.equal(regimeOfDate({ day: 28, month: 2, year: 2020 }), 'tt01');
		assert.equal(regimeOfDate({ day: 1, month: 1, year: 2019 }), 'tt01');
		assert.equal(regimeOfDate({ month: 8, year: 2020 }), 'nd30');
		assert.equal(regimeOfDate({ month: 3, year: 2020 }), 'nd30', 'a March 2020 draft without a day follows the rules in force');
		assert.equal(regimeOfDate({ month: 2, year: 2020 }), 'tt01');
		assert.equal(regimeOfDate({ year: 2020 }), 'nd30');
		assert.equal(regimeOfDate(undefined), 'nd30', 'an undated draft follows Nghị định 30');
	});

	it('names weekdays in Vietnamese and refuses days that do not exist', () => {
		assert.equal(weekday({ day: 29, month: 1, year: 2021 }), 'Thứ Sáu');
		assert.equal(weekday({ day: 5, month: 3, year: 2020 }), 'Thứ Năm');
		assert.equal(weekday({ day: 7, month: 3, year: 2021 }), 'Chủ nhật');
		assert.equal(weekday({ day: 1, month: 3, year: 2021 }), 'Thứ Hai');
		assert.equal(weekday({ day: 29, month: 2, year: 2020 }), 'Thứ Bảy');
		assert.equal(weekday({ day: 29, month: 2, year: 2021 }), undefined);
		assert.equal(isCalendarDate({ day: 31, month: 4, year: 2021 }), false);
		assert.equal(isCalendarDate({ day: 1, month: 13, year: 2021 }), false);
		assert.equal(isCalendarDate({ day: 0, month: 1, year: 2021 }), false);
	});

	it('keeps two abbreviation tables: Nghị định 30 and Thông tư 01/2011', () => {
		const nd30 = abbreviationTable('nd30');
		const tt01 = abbreviationTable('tt01');
		assert.equal(nd30.length, 27, 'the 27 abbreviations of Phụ lục III (công văn and thư công have none)');
		assert.deepEqual(
			nd30.find((r) => r.typeName === 'Bản ghi nhớ'),
			{ abbreviation: 'BGN', typeName: 'Bản ghi nhớ', otherAbbreviation: 'GN' },
		);
		assert.deepEqual(
			tt01.find((r) => r.typeName === 'Bản ghi nhớ'),
			{ abbreviation: 'GN', typeName: 'Bản ghi nhớ', otherAbbreviation: 'BGN' },
		);
		assert.ok(!nd30.some((r) => r.abbreviation === 'CK'), 'Bản cam kết is gone from Nghị định 30');
		assert.ok(tt01.some((r) => r.abbreviation === 'CK'));
		assert.equal(findAbbreviation('QĐ', 'nd30')?.typeName, 'Quyết định');
		assert.equal(findAbbreviation('QYĐ', 'nd30')?.typeName, 'Quy định', 'case is forgiven after an exact miss');
		assert.equal(findAbbreviation('UBND', 'nd30'), undefined);
		assert.equal(sentenceCase('GIẤY ỦY QUYỀN'), 'Giấy ủy quyền');
	});

	it('splits the Số line: number, year, ký hiệu groups; a blank number is a draft', () => {
		assert.deepEqual(parts('Số: 283 /STNMT-VP'), { number: '283', blank: false, groups: ['STNMT', 'VP'] });
		assert.deepEqual(parts('Số: /SVHTTDL-QLVHGĐ'), { blank: true, groups: ['SVHTTDL', 'QLVHGĐ'] });
		assert.deepEqual(parts('Số: ..../QĐ-UBND'), { blank: true, groups: ['QĐ', 'UBND'] });
		assert.deepEqual(parts('Số: 30/2020/NĐ-CP'), { number: '30', blank: false, year: '2020', groups: ['NĐ', 'CP'] });
		assert.deepEqual(parts('Số 12-CV/TU'), { number: '12', blank: false, groups: ['CV', 'TU'] });
		assert.deepEqual(parts('Số: 283'), { number: '283', blank: false, groups: [] });
		const display = (line: string): string => {
			const so = parseLetter(line).so;
			assert.ok(so);
			return soDisplay(so);
		};
		assert.equal(display('Số: 283 / STNMT-VP'), '283/STNMT-VP');
		assert.equal(display('Số: 215/UBND-KT Lâm Viên, ngày 14 tháng 5 năm 2024'), '215/UBND-KT', 'a date run on is not the number');
		assert.deepEqual(parts('Số: ab/STC-VP'), { number: 'ab', blank: false, groups: ['STC', 'VP'] }, 'letters are not a blank');
	});

	it('reads the role of each ký hiệu group, and the unit for "Lưu:"', () => {
		const roles = (text: string): string[] => {
			const letter = parseLetter(text);
			return kyHieuGroups(letter).map((g) => `${g.span.text}:${g.role}${g.typeName ? `:${g.typeName}` : ''}`);
		};
		assert.deepEqual(roles('Số: 05/QĐ-UBND-VP'), ['QĐ:type:Quyết định', 'UBND:issuer', 'VP:unit']);
		assert.deepEqual(roles('Số: 283/STNMT-VP'), ['STNMT:issuer', 'VP:unit']);
		assert.deepEqual(roles('Số: 30/2020/NĐ-CP'), ['NĐ:type:Nghị định', 'CP:issuer']);
		assert.deepEqual(roles('ĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-CV/TU'), ['CV:type', 'TU:issuer']);
		// "GN" was Bản ghi nhớ under Thông tư 01; a 2021 letter reads it as a body's abbreviation.
		assert.deepEqual(roles('Số: 05/GN-UBND\nCao Bằng, ngày 05 tháng 01 năm 2021'), ['GN:issuer', 'UBND:unit']);
		assert.deepEqual(roles('Số: 05/GN-UBND\nCao Bằng, ngày 05 tháng 01 năm 2019'), ['GN:type:Bản ghi nhớ', 'UBND:issuer']);
		assert.equal(draftingUnit(parseLetter('Số: 283/STNMT-VP')), 'VP');
		assert.equal(draftingUnit(parseLetter('Số: 05/QĐ-UBND')), undefined);
		assert.equal(draftingUnit(parseLetter('Kính gửi: Các thôn')), undefined);
	});

	it('names by first words, cutting long ones', () => {
		assert.equal(firstWords('một hai ba'), 'một hai ba');
		assert.equal(firstWords('một hai ba bốn năm sáu bảy tám chín mười'), 'một hai ba bốn năm sáu bảy tám…');
		assert.equal(firstWords('một, hai', 1), 'một…');
		assert.equal(firstWords('x'.repeat(80)), `${'x'.repeat(60)}…`);
		assert.equal(firstWords('   '), '');
	});
});
