// The one reader of a document number (server/src/core/letter/so-ky-hieu.ts): pieces with exact ranges into the
// original text, the form, the one definition of "blank", and the defects it sees.
import * as assert from 'node:assert/strict';
import { lintText, parseLetter } from '../../server/src/core/index';
import type { Citation } from '../../server/src/core/letter/citations';
import * as fs from 'node:fs';
import { assignRoles, isBlankSlot, readGeneral, readSoKyHieu, type SoKyHieu } from '../../server/src/core/letter/so-ky-hieu';
import { spanIn } from '../../server/src/core/span';
import { normalizeForMatching } from '../../server/src/core/text';
import { buildLetter } from '../harness/letter-builder';
import { allLetters } from '../harness/letters';

/** Reads `text` as typed, with its original text for the dash check. */
function read(text: string): SoKyHieu {
	const map = normalizeForMatching(text);
	return readSoKyHieu(spanIn(map, 0, map.text.length), { source: text });
}

/** The original characters under each defect, by kind. */
function defects(text: string): string[] {
	return read(text).defects.map((d) => `${d.kind}:${text.slice(d.range.start, d.range.end)}`);
}

describe('so-ky-hieu reader', () => {
	it('reads an administrative number: number, groups, ký hiệu, no defect', () => {
		const r = read('215/UBND-KT');
		assert.equal(r.form, 'administrative');
		assert.equal(r.number?.text, '215');
		assert.equal(r.value, 215);
		assert.equal(r.blank, false);
		assert.deepEqual(
			r.groups.map((g) => g.span.text),
			['UBND', 'KT'],
		);
		assert.equal(r.kyHieu?.text, 'UBND-KT');
		assert.deepEqual(r.kyHieu?.range, { start: 4, end: 11 });
		assert.deepEqual(r.defects, []);
	});

	it('reads the year of a legal-normative number with spaces around its slashes, the spaces as defects', () => {
		const r = read('12 / 2019 / TT - BVHTTDL');
		assert.equal(r.form, 'legal-normative');
		assert.equal(r.year?.text, '2019');
		assert.deepEqual(
			r.groups.map((g) => g.span.text),
			['TT', 'BVHTTDL'],
		);
		assert.ok(r.defects.every((d) => d.kind === 'space'));
	});

	it('ends the reading before a date run on after a space (A1)', () => {
		const r = read('215/UBND-KT Lâm Viên, ngày 14 tháng 5 năm 2024');
		assert.equal(r.span.text, '215/UBND-KT');
		assert.equal(r.kyHieu?.text, 'UBND-KT');
		assert.deepEqual(r.defects, []);
	});

	it('reads a legal-normative number with its year', () => {
		const r = read('30/2020/NĐ-CP');
		assert.equal(r.form, 'legal-normative');
		assert.equal(r.year?.text, '2020');
		assert.deepEqual(
			r.groups.map((g) => g.span.text),
			['NĐ', 'CP'],
		);
		assignRoles(r, false);
		assert.deepEqual(
			r.groups.map((g) => g.role),
			['type', 'issuer'],
		);
	});

	it('reads a Party number "12-KL/TW" with type and issuer', () => {
		const r = read('12-KL/TW');
		assert.equal(r.form, 'party');
		assert.equal(r.number?.text, '12');
		assignRoles(r, false);
		assert.deepEqual(
			r.groups.map((g) => `${g.span.text}:${g.role}`),
			['KL:type', 'TW:issuer'],
		);
		assert.deepEqual(r.defects, []);
	});

	it('gives the roles of a công văn and of a named type', () => {
		const cv = read('12/BC-STC');
		assignRoles(cv, false);
		assert.deepEqual(
			cv.groups.map((g) => g.role),
			['issuer', 'unit'],
		);
		const qd = read('30/QĐ-BNN-PC');
		assignRoles(qd, true);
		assert.deepEqual(
			qd.groups.map((g) => g.role),
			['type', 'issuer', 'unit'],
		);
	});

	it('has one definition of blank: empty, dots, ellipsis, underscores; letters are not blank', () => {
		assert.equal(read('/SCT-VP').blank, true);
		assert.equal(read('....../QĐ-UBND').blank, true);
		assert.equal(read('…/QĐ-…').template, true);
		assert.equal(read('ab/STC-VP').blank, false);
		assert.deepEqual(defects('ab/STC-VP'), ['notDigits:ab']);
		assert.equal(isBlankSlot('   '), true);
		assert.equal(isBlankSlot('0'), false);
	});

	it('names the missing "/" of the pre-2004 form "215UB/KT"', () => {
		const r = read('215UB/KT');
		assert.equal(r.number?.text, '215');
		assert.deepEqual(
			r.groups.map((g) => g.span.text),
			['UB', 'KT'],
		);
		assert.equal(r.kyHieu?.text, 'UB/KT');
		assert.deepEqual(defects('215UB/KT'), ['missingSlash:']);
		assert.deepEqual(r.defects[0]?.range, { start: 3, end: 3 });
		assert.deepEqual(defects('09a/BB-SNNMT'), ['notDigits:09a'], 'one letter after the digits is a letter in the number');
	});

	it('sees the space and the en dash of "UBND –KT" in the original text', () => {
		const r = read('215/UBND –KT');
		assert.equal(r.kyHieu?.text, 'UBND -KT');
		assert.deepEqual(defects('215/UBND –KT'), ['space: ', 'enDash:–']);
	});

	it('sees spaces around "/", a doubled "/", an empty group and a missing ký hiệu', () => {
		assert.deepEqual(defects('283 /STNMT-VP'), ['space: ']);
		assert.deepEqual(defects('15//UBND-VP'), ['doubledSlash://']);
		assert.deepEqual(defects('15/UBND--VP'), ['emptyGroup:--']);
		assert.deepEqual(defects('15/'), ['missingKyHieu:/']);
		assert.deepEqual(defects('15 UBND'), ['missingSlash:']);
		assert.deepEqual(defects('15-UBND'), ['wrongSeparator:-']);
	});

	it('sees lower case, "&" and other characters in groups, and accepts the mixed-case abbreviations with TTg', () => {
		assert.deepEqual(defects('15/UBND-Vp'), ['lowerCase:Vp']);
		assert.deepEqual(defects('215/SVHTT-VH&GĐ'), ['ampersand:VH&GĐ']);
		assert.deepEqual(defects('15/UBND-V.P'), ['badCharacter:V.P']);
		assert.deepEqual(defects('120/TTg-NN'), []);
		assert.deepEqual(defects('30/QĐ-TTg'), []);
		assert.deepEqual(defects('05/CTr-UBND'), []);
		assert.deepEqual(defects('5/UBND-VP'), ['needsZero:5']);
	});

	it('keeps ranges exact in NFD text', () => {
		const text = '15/QĐ-UBND'.normalize('NFD');
		const r = read(text);
		const range = r.groups[0]?.span.range;
		assert.ok(range);
		assert.equal(text.slice(range.start, range.end).normalize('NFC'), 'QĐ');
	});
});

describe('cited numbers are read by the same reader (issue 10, item 3)', () => {
	const cited = (body: string): Citation[] =>
		parseLetter(buildLetter({ body: `${body}\n\nĐề nghị các cơ quan, đơn vị thực hiện./.` })).citations;

	it('reads spaces around "-" and "/", "&", a year group and a Party number as the Số line is read', () => {
		const citations = cited(
			'Thực hiện Kế hoạch số 45/KH - UBND ngày 02/3/2024 của UBND tỉnh về du lịch, Hướng dẫn số 12/HD-VH&TT ngày ' +
				'05/3/2024 của Sở Văn hóa và Thể thao về lễ hội, Thông tư số 12 / 2019 / TT - BVHTTDL ngày 05/3/2019 của ' +
				'Bộ Văn hóa, Thể thao và Du lịch về di tích và Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương về xây dựng Đảng.',
		);
		const read = citations.map((c) => ({
			number: c.number.text,
			form: c.reading.form,
			year: c.reading.year?.text,
			groups: c.reading.groups.map((g) => `${g.span.text}:${g.role ?? '-'}`),
		}));
		assert.deepEqual(read, [
			{ number: '45/KH - UBND', form: 'administrative', year: undefined, groups: ['KH:type', 'UBND:issuer'] },
			{ number: '12/HD-VH&TT', form: 'administrative', year: undefined, groups: ['HD:type', 'VH&TT:issuer'] },
			{ number: '12 / 2019 / TT - BVHTTDL', form: 'legal-normative', year: '2019', groups: ['TT:type', 'BVHTTDL:issuer'] },
			{ number: '21-KL/TW', form: 'party', year: undefined, groups: ['KL:type', 'TW:issuer'] },
		]);
		// The same reading as the reader gives the same text on a Số line: groups with their exact ranges.
		for (const c of citations) {
			const again = readSoKyHieu(c.number);
			assert.deepEqual(
				again.groups.map((g) => g.span.range),
				c.reading.groups.map((g) => g.span.range),
			);
		}
	});

	it('reads the issuer of a cited number from its roles, so the letter’s own issuer needs no name (issue 10, item 4)', () => {
		const body =
			'Thực hiện Công văn số 10/STC - NS ngày 02/3/2020 về dự toán, Sở Tài chính đề nghị các đơn vị báo cáo.\n\nĐề nghị các cơ quan, đơn vị thực hiện./.';
		const incomplete = (so: string): string[] =>
			lintText(buildLetter({ so, body }))
				.filter((p) => p.ruleId === 'citation-incomplete')
				.map((p) => p.messageId);
		assert.deepEqual(incomplete('Số: 15/STC-VP'), []);
		// Another issuer's letter must name the issuer of the same citation.
		assert.deepEqual(incomplete('Số: 15/UBND-VP'), ['incomplete']);
	});

	it('keeps the type and the issuer of a Số whose type group is in lower case, so one defect gives one finding', () => {
		// "12/bc-STC" under BÁO CÁO: malformed-so-ky-hieu reports the case; the issuer stays STC, and the letter's
		// own citations still need no issuer named (the eval's so-lowercase injection brought citation-incomplete).
		const text = buildLetter({
			so: 'Số: 12/bc-STC',
			vv: null,
			date: 'Cao Bằng, ngày 05 tháng 02 năm 2024\n\nBÁO CÁO\nKết quả thực hiện dự toán năm 2024',
			body: 'Thực hiện Công văn số 10/STC-NS ngày 02/3/2024 về dự toán, Sở Tài chính báo cáo như sau.\n\nĐề nghị các cơ quan, đơn vị thực hiện./.',
		});
		const letter = parseLetter(text);
		assert.deepEqual(
			letter.so?.number?.groups.map((g) => `${g.span.text}:${g.role}`),
			['bc:type', 'STC:issuer'],
		);
		const ids = lintText(text).map((p) => p.ruleId);
		assert.ok(ids.includes('malformed-so-ky-hieu'), ids.join(', '));
		assert.ok(!ids.includes('citation-incomplete'), ids.join(', '));
	});

	it('reads every number as the general reader does: the fast path for the common forms gives the same reading', () => {
		/** A reading as text, with its keys in order and without the mapped text of each span. */
		const dump = (r: SoKyHieu): string => JSON.stringify(r, (k, v: unknown) => (k === 'map' ? undefined : v));
		const same = (text: string, withSource: boolean): void => {
			const map = normalizeForMatching(text);
			const value = spanIn(map, 0, map.text.length);
			const options = withSource ? { source: text } : {};
			const fast = readSoKyHieu(value, options);
			const general = readGeneral(value, options);
			assert.equal(dump(fast), dump(general), text);
			assert.deepEqual(Object.keys(fast), Object.keys(general), text);
		};
		const written = [
			...['215/UBND-KT', '30/2020/NĐ-CP', '05/CT-TTg', '12/TTr-UB', '12/ub-kt', '13/BCĐ-Tỉnh', '12/2020', '0012/UB'],
			...['1332-CV/TU', '1332 - CV/TU', '1332–CV/TU', '1332-CV', '1-KL/TW', '12-KL/2020/TW', '...-KL/TW', '12-KL / TW'],
			...['/SYT-NVY', '....../QĐ-UBND', '…/QĐ-…', ' /SCT-VP', '/2020/NĐ-CP', '/-UB', '.5/UB', '12./UB', '12 - /UB'],
			...['1520 /BNV-VP', '7/UBND-VP', '7 /UBND-VP', '12 / 2019 / TT - BVHTTDL', '12 /2019/ TT–BVHTTDL x'],
			...['12//UB', '12/UB-', '12/UB - ', '12/UB /', '12/UB / KT', '12/UB- KT', '12/UB–KT', '12/UB-KT x', '12/UB-KT  ', '12/UB\\KT'],
			...['12/UB|KT', '12/UB.KT', '12/VH&GĐ', '215UB/KT', '09a/BB', 'ab/STC-VP', '15 UBND', '12-UBND', '12/UB\u00a0-KT', '12/UB\t'],
		];
		for (const text of written) {
			same(text, true);
			same(text, false);
		}
		// Every run of digits with what follows it up to a space, in every letter of the repository.
		for (const letter of allLetters()) {
			for (const match of fs.readFileSync(letter.file, 'utf8').matchAll(/\d\S*(?: ?[/-] ?\S+)*/gu)) {
				same(`${match[0]} x`, true);
			}
		}
	});
});
