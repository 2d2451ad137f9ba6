// Hovers (core/features/hover.ts): citations, the Số line's ký hiệu and the date line, with exact ranges,
// and the same hovers on NFD and CRLF copies.
import * as assert from 'node:assert/strict';
import { escapeMarkdown, hoverAt, type HoverInfo } from '../../server/src/core/features/index';
import { parseLetter } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { readSharedLetter } from '../harness/lsp';
import { at, featureLetter, textOf } from './helpers';

/** The hover at the first character of the `nth` occurrence of `needle`. */
function hoverOn(text: string, needle: string, nth = 0): HoverInfo | undefined {
	let offset = -1;
	for (let i = 0; i <= nth; i++) {
		offset = text.indexOf(needle, offset + 1);
	}
	assert.ok(offset >= 0, `"${needle}" (${nth}) is not in the text`);
	return hoverAt(parseLetter(text), offset + 1);
}

function markdown(info: HoverInfo | undefined): string {
	assert.ok(info, 'no hover');
	return info.markdown;
}

describe('hover', () => {
	describe('on a citation', () => {
		const letter = readSharedLetter('004_d5b89adf6b17fad0.txt');

		it('shows a complete first citation with the issuer written before the type (004, line 14)', () => {
			const info = hoverOn(letter, '938/UBND-KGVX', 0);
			assert.ok(info);
			assert.equal(info.what, 'citation');
			assert.equal(
				textOf(letter, info.range),
				'Công văn số 938/UBND-KGVX ngày 04/8/2020 về việc thực hiện kết luận của Thủ tướng Chính phủ về phòng chống dịch COVID-19',
			);
			assert.equal(
				info.markdown,
				[
					'**Công văn số 938/UBND-KGVX** · viện dẫn lần đầu',
					'',
					'- Tên loại: Công văn',
					'- Số, ký hiệu: `938/UBND-KGVX` (văn bản hành chính: số/ký hiệu)',
					'- Ngày ban hành: 04/08/2020',
					'- Cơ quan ban hành: UBND tỉnh *(ghi trước tên loại)*',
					'- Trích yếu: về việc thực hiện kết luận của Thủ tướng Chính phủ về phòng chống dịch COVID-19',
					'',
					'Lần viện dẫn đầu tiên đã ghi đủ tên loại, số, ký hiệu, ngày ban hành, cơ quan ban hành và trích yếu nội dung.',
					'',
					'Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b.',
				].join('\n'),
			);
		});

		it('shows a later citation as such, pointing at the first (004, line 16)', () => {
			const info = hoverOn(letter, '938/UBND-KGVX', 1);
			assert.ok(info);
			assert.equal(textOf(letter, info.range), 'Công văn số 938/UBND-KGVX');
			const text = markdown(info);
			assert.match(text, /^\*\*Công văn số 938\/UBND-KGVX\*\* · viện dẫn lại$/mu);
			assert.match(text, /lần đầu: "Công văn số 938\/UBND-KGVX ngày 04\/8\/2020"/u);
			assert.match(text, /Khi viện dẫn lại chỉ cần ghi tên loại và số, ký hiệu\./u);
			assert.doesNotMatch(text, /không ghi/u, 'a later citation lacks nothing');
		});

		it('lists what a first citation lacks (003: "… Thủ tướng Chính phủ tại các Chỉ thị số: 05/CT-TTg …")', () => {
			const text = markdown(hoverOn(readSharedLetter('003_5418981208059e29.txt'), '05/CT-TTg'));
			assert.match(text, /- Ngày ban hành: \*không ghi\*/u);
			assert.match(text, /- Cơ quan ban hành: Thủ tướng Chính phủ \*\(ghi trước tên loại\)\*/u);
			assert.match(text, /Lần viện dẫn đầu tiên còn thiếu: \*\*ngày ban hành\*\*, \*\*trích yếu nội dung\*\*\./u);
		});

		it('finds the date and the issuer written before the type, as citation-incomplete does (004, line 12)', () => {
			// "ngày 04/8/2020 UBND tỉnh đã ban hành Quyết định số 1473/QĐ-UBND về việc …" (reference §12).
			const text = markdown(hoverOn(letter, '1473/QĐ-UBND'));
			assert.match(text, /- Ngày ban hành: 04\/08\/2020 \*\(ghi trước tên loại\)\*/u);
			assert.match(text, /- Cơ quan ban hành: UBND tỉnh \*\(ghi trước tên loại\)\*/u);
			assert.match(text, /Lần viện dẫn đầu tiên đã ghi đủ/u);
		});

		it('names the type that the ký hiệu shows when the text says "Văn bản" (002)', () => {
			const text = markdown(hoverOn(readSharedLetter('002_d020e18a9f77c476.txt'), '2628/TB-VP'));
			assert.match(
				text,
				/Nhóm `TB` của ký hiệu thường là chữ viết tắt của tên loại \*\*Thông báo\*\*; nên ghi rõ tên loại thay cho "Văn bản"\./u,
			);
		});

		it('describes Party and legal-normative numbers, and a law', () => {
			assert.match(
				markdown(hoverOn(readSharedLetter('003_5418981208059e29.txt'), '1332-CV/TU')),
				/`1332-CV\/TU` \(văn bản của Đảng: số-tên loại\/cơ quan\)/u,
			);
			const law = buildLetter({
				body: 'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư; Luật số 80/2015/QH13;',
			});
			assert.match(markdown(hoverOn(law, '30/2020')), /văn bản quy phạm pháp luật: số\/năm\/ký hiệu/u);
			assert.match(markdown(hoverOn(law, '80/2015')), /Luật, pháp lệnh chỉ cần ghi tên loại và tên\./u);
		});

		it('says when a cited date does not exist', () => {
			const text = buildLetter({ body: 'Thực hiện Công văn số 12/BNV-VP ngày 30/02/2021 của Bộ Nội vụ về việc họp.' });
			assert.match(markdown(hoverOn(text, '12/BNV-VP')), /- Ngày ban hành: 30\/02\/2021 \(ngày không có thật\)/u);
		});
	});

	describe('on the Số line', () => {
		it('explains each group of a công văn ký hiệu, and a blank number (002)', () => {
			const letter = readSharedLetter('002_d020e18a9f77c476.txt');
			const info = hoverOn(letter, 'SVHTTDL-QLVHGĐ');
			assert.ok(info);
			assert.equal(info.what, 'so');
			assert.equal(textOf(letter, info.range), 'Số: /SVHTTDL-QLVHGĐ');
			assert.equal(
				info.markdown,
				[
					'**Số, ký hiệu** `/SVHTTDL-QLVHGĐ`',
					'',
					'- Số: *(dự thảo: còn để trống số; văn thư ghi số khi ban hành)*',
					'- `SVHTTDL`: tên viết tắt của cơ quan, tổ chức ban hành',
					'- `QLVHGĐ`: tên viết tắt của đơn vị soạn thảo hoặc lĩnh vực',
					'',
					'Công văn không có chữ viết tắt tên loại: ký hiệu gồm tên viết tắt của cơ quan ban hành và của đơn vị soạn thảo hoặc lĩnh vực.',
					'',
					'Bảng chữ viết tắt tên loại: Nghị định 30/2020/NĐ-CP (văn bản ban hành từ ngày 05/03/2020).',
					'',
					'Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3.',
				].join('\n'),
			);
		});

		it('names the type abbreviation from the table, and a number that is filled in', () => {
			const text = markdown(hoverOn(buildLetter({ so: 'Số: 05/QĐ-UBND', vv: null }), 'QĐ-UBND'));
			assert.match(text, /^- Số: \*\*05\*\*$/mu);
			assert.match(text, /^- `QĐ`: chữ viết tắt tên loại \*\*Quyết định\*\*$/mu);
			assert.match(text, /^- `UBND`: tên viết tắt của cơ quan, tổ chức ban hành$/mu);
			// With a "V/v" the letter is a công văn: the model (and ky-hieu-loai-van-ban) read QĐ as the issuer's place.
			const congVan = markdown(hoverOn(buildLetter({ so: 'Số: 05/QĐ-UBND' }), 'QĐ-UBND'));
			assert.match(congVan, /^- `QĐ`: tên viết tắt của cơ quan, tổ chức ban hành$/mu);
			assert.match(congVan, /`QĐ` là chữ viết tắt tên loại Quyết định, nhưng văn bản có "V\/v" \(công văn\)/u);
		});

		it('reads the table of Thông tư 01 for a letter dated before 05/03/2020, and says what changed', () => {
			const old = markdown(
				hoverOn(buildLetter({ so: 'Số: 05/GN-UBND', vv: null, date: 'Cao Bằng, ngày 05 tháng 02 năm 2019' }), 'GN-UBND'),
			);
			assert.match(old, /^- `GN`: chữ viết tắt tên loại \*\*Bản ghi nhớ\*\*$/mu);
			assert.match(old, /Thông tư 01\/2011\/TT-BNV \(văn bản ban hành trước ngày 05\/03\/2020\)/u);
			const now = markdown(hoverOn(buildLetter({ so: 'Số: 05/GN-UBND' }), 'GN-UBND'));
			assert.match(
				now,
				/`GN` là chữ viết tắt của Bản ghi nhớ theo Thông tư 01\/2011\/TT-BNV; văn bản này theo Nghị định 30 nên viết `BGN`\./u,
			);
		});

		it('says that CV is no type abbreviation, and that a named type starts its ký hiệu with its abbreviation', () => {
			assert.match(markdown(hoverOn(buildLetter({ so: 'Số: 05/CV-UBND' }), 'CV-UBND')), /`CV` không phải chữ viết tắt tên loại/u);
			const named = ['Số: 05/UBND', 'Cao Bằng, ngày 05 tháng 3 năm 2021', '', 'QUYẾT ĐỊNH', 'Về việc họp', '', 'Điều 1. Họp.'].join('\n');
			assert.match(markdown(hoverOn(named, '05/UBND')), /Văn bản có tên loại \*\*Quyết định\*\*: ký hiệu bắt đầu bằng `QĐ`\./u);
			const mismatch = ['Số: 05/KH-UBND', 'Cao Bằng, ngày 05 tháng 3 năm 2021', '', 'QUYẾT ĐỊNH', 'Về việc họp', '', 'Điều 1. Họp.'].join(
				'\n',
			);
			assert.match(
				markdown(hoverOn(mismatch, '05/KH')),
				/Tên loại ở đầu văn bản là \*\*Quyết định\*\*, nhưng ký hiệu ghi `KH` \(Kế hoạch\)\./u,
			);
		});

		it('says when the number and the ký hiệu are still missing', () => {
			assert.match(markdown(hoverOn('Số:\nCao Bằng, ngày 05 tháng 3 năm 2021', 'Số')), /Dòng "Số:" chưa có số và ký hiệu\./u);
			assert.match(markdown(hoverOn('Số: 283', 'Số')), /^- Ký hiệu: \*chưa có\*$/mu);
		});

		it('describes a Party number and a legal-normative number', () => {
			assert.match(markdown(hoverOn('ĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-CV/TU', '12-CV')), /Hướng dẫn 36-HD\/VPTW/u);
			const legal = markdown(hoverOn('Số: 30/2020/NĐ-CP', '30/2020'));
			assert.match(legal, /^- Năm ban hành: 2020$/mu);
			assert.match(legal, /^- `NĐ`: chữ viết tắt tên loại \*\*Nghị định\*\*$/mu);
			assert.match(legal, /Văn bản quy phạm pháp luật/u);
		});
	});

	describe('on the date line', () => {
		it('gives the weekday and the regime: 29/01/2021 was a Friday (000)', () => {
			const letter = readSharedLetter('000_421e170032c2d4c4.txt');
			const info = hoverOn(letter, 'Cao Bằng, ngày');
			assert.ok(info);
			assert.equal(info.what, 'date');
			assert.equal(textOf(letter, info.range), 'Cao Bằng, ngày 29 tháng 01 năm 2021');
			assert.equal(
				info.markdown,
				[
					'**Thứ Sáu**, ngày 29/01/2021',
					'',
					'- Địa danh: Cao Bằng',
					'- Thể thức: Nghị định 30/2020/NĐ-CP (văn bản ban hành từ ngày 05/03/2020)',
				].join('\n'),
			);
		});

		it('marks the blanks of a draft (004)', () => {
			const text = markdown(hoverOn(readSharedLetter('004_d5b89adf6b17fad0.txt'), 'Lạng Sơn, ngày'));
			assert.match(text, /^\*\*Ngày …\/08\/2020\*\* \(dự thảo: còn để trống ngày; văn thư ghi khi ban hành\)$/mu);
		});

		it('puts a letter dated before 05/03/2020 under Thông tư 01, and a day that does not exist', () => {
			assert.match(
				markdown(hoverOn(buildLetter({ date: 'Cao Bằng, ngày 04 tháng 3 năm 2020' }), 'Cao Bằng, ngày')),
				/Thông tư 01\/2011\/TT-BNV/u,
			);
			assert.match(
				markdown(hoverOn(buildLetter({ date: 'Cao Bằng, ngày 30 tháng 02 năm 2021' }), 'Cao Bằng, ngày')),
				/^\*\*Ngày 30\/02\/2021\*\* không có trong lịch\.$/mu,
			);
			assert.match(
				markdown(hoverOn(buildLetter({ date: 'Cao Bằng, ngày tháng 3 năm 2020' }), 'Cao Bằng, ngày')),
				/nếu ký trước ngày 05\/03\/2020 thì theo Thông tư 01/u,
			);
			assert.match(
				markdown(hoverOn(buildLetter({ date: 'Cao Bằng, ngày tháng năm' }), 'Cao Bằng, ngày')),
				/còn để trống ngày, tháng và năm;/u,
			);
		});

		it('does not judge a Party letter by Nghị định 30', () => {
			const text = 'ĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-CV/TU\nCao Bằng, ngày 05 tháng 3 năm 2021';
			assert.match(markdown(hoverOn(text, 'Cao Bằng, ngày')), /văn bản của Đảng/u);
		});
	});

	it('has no hover elsewhere, on an empty text or a legacy encoding', () => {
		const text = featureLetter();
		assert.equal(hoverAt(parseLetter(text), at(text, 'Nơi nhận')), undefined);
		assert.equal(hoverAt(parseLetter(''), 0), undefined);
		const tcvn3 = 'Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nSè: 12/UBND-VP';
		assert.equal(hoverAt(parseLetter(tcvn3), tcvn3.length - 3), undefined);
	});

	it('gives the same hovers on NFD and CRLF copies, with ranges over the same text', () => {
		const text = readSharedLetter('004_d5b89adf6b17fad0.txt');
		for (const copy of [text.normalize('NFD'), text.replace(/\n/gu, '\r\n')]) {
			for (const [needle, nth] of [
				['938/UBND-KGVX', 0],
				['938/UBND-KGVX', 1],
				['SCT-VP', 0],
				['Lạng Sơn', 0],
			] as const) {
				const expected = hoverOn(text, needle, nth);
				// The needle is searched in NFC; find the same place in the copy by its NFD form too.
				const inCopy = copy.includes(needle) ? needle : needle.normalize('NFD');
				const actual = hoverOn(copy, inCopy, nth);
				assert.ok(expected && actual);
				assert.equal(actual.markdown, expected.markdown);
				assert.equal(textOf(copy, actual.range).normalize('NFC').replace(/\r\n/gu, '\n'), textOf(text, expected.range));
			}
		}
	});

	it('escapes Markdown in text taken from the letter', () => {
		assert.equal(escapeMarkdown('a*b_c[d]`e'), 'a\\*b\\_c\\[d\\]\\`e');
	});
});
