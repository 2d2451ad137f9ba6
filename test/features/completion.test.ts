// Completion (core/features/completion.ts): abbreviations after "Số: <n>/", units, signing prefixes,
// Nơi nhận entries and cited type names, with the ranges they replace.
import * as assert from 'node:assert/strict';
import { completionsAt, type CompletionData, type CompletionOptions } from '../../server/src/core/features/index';
import { parseLetter } from '../../server/src/core/index';
import { buildLetter } from '../harness/letter-builder';
import { after, textOf } from './helpers';

/** The items at the cursor, which is just after `needle` in `text`. */
function complete(text: string, needle: string, options?: CompletionOptions): { items: CompletionData[]; text: string } {
	return { items: completionsAt(parseLetter(text), after(text, needle), options), text };
}

function labels(items: readonly CompletionData[]): string[] {
	return items.map((i) => i.label);
}

describe('completion', () => {
	describe('after "Số: <n>/"', () => {
		it('offers the abbreviations of Nghị định 30 with their type names', () => {
			const { items, text } = complete(buildLetter({ so: 'Số: 05/' }), 'Số: 05/');
			assert.equal(items.length, 27);
			const qd = items.find((i) => i.label === 'QĐ');
			assert.ok(qd);
			assert.equal(qd.detail, 'Quyết định');
			assert.equal(qd.kind, 'enumMember');
			assert.equal(qd.insertText, 'QĐ');
			assert.equal(textOf(text, qd.range), '');
			assert.match(qd.documentation ?? '', /Chữ viết tắt tên loại \*\*Quyết định\*\*, theo Nghị định 30\/2020\/NĐ-CP/u);
			assert.equal(items.find((i) => i.label === 'BGN')?.documentation?.includes('Trước đây (Thông tư 01/2011): GN.'), true);
			assert.ok(!labels(items).includes('GN'));
		});

		it('replaces what was typed after the slash, also with a blank number or in an NFD line', () => {
			const typed = complete(buildLetter({ so: 'Số: /Q' }), 'Số: /Q');
			assert.equal(textOf(typed.text, typed.items[0]?.range ?? { start: 0, end: 0 }), 'Q');
			const nfd = buildLetter({ so: 'Số: 05/Q' }).normalize('NFD');
			const decomposed = complete(nfd, 'Số: 05/Q'.normalize('NFD'));
			assert.equal(decomposed.items.length, 27);
			assert.equal(textOf(nfd, decomposed.items[0]?.range ?? { start: 0, end: 0 }), 'Q');
		});

		it('offers the abbreviations of Thông tư 01 in a letter dated before 05/03/2020', () => {
			const { items } = complete(buildLetter({ so: 'Số: 05/', date: 'Cao Bằng, ngày 05 tháng 02 năm 2019' }), 'Số: 05/');
			assert.ok(labels(items).includes('GN'));
			assert.ok(labels(items).includes('CK'));
			assert.ok(!labels(items).includes('BGN'));
		});

		it('preselects the abbreviation of the type named in the header', () => {
			const text = ['Số: 05/', 'Cao Bằng, ngày 05 tháng 3 năm 2021', '', 'QUYẾT ĐỊNH', 'Về việc họp', '', 'Điều 1. Họp.'].join('\n');
			const { items } = complete(text, 'Số: 05/');
			const preselected = items.filter((i) => i.preselect);
			assert.deepEqual(labels(preselected), ['QĐ']);
		});

		it('offers the team units after a hyphen, and nothing when there are none', () => {
			const text = buildLetter({ so: 'Số: 05/QĐ-UBND-' });
			const units = [{ abbreviation: 'VP', name: 'Văn phòng' }, { abbreviation: 'TCKH' }];
			const { items } = complete(text, 'QĐ-UBND-', { units });
			assert.deepEqual(
				items.map((i) => [i.label, i.detail, i.kind]),
				[
					['VP', 'Văn phòng', 'module'],
					['TCKH', undefined, 'module'],
				],
			);
			assert.deepEqual(complete(text, 'QĐ-UBND-').items, []);
		});

		it('offers nothing after a slash elsewhere', () => {
			assert.deepEqual(complete(buildLetter({ body: 'Trực 24/' }), 'Trực 24/').items, []);
			assert.deepEqual(complete(buildLetter({ so: 'Số: abc/' }), 'Số: abc/').items, []);
		});
	});

	describe('in the signature block', () => {
		it('offers the five prefixes after the body closing, with Nơi nhận when it is missing', () => {
			const text = buildLetter({ noiNhan: null, signature: 'K' });
			const { items } = complete(text, 'nghiêm túc thực hiện./.\n\nK');
			assert.deepEqual(labels(items), ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.', 'Nơi nhận:']);
			const kt = items[1];
			assert.ok(kt);
			assert.equal(kt.detail, 'Ký thay');
			assert.equal(kt.insertText, 'KT. ');
			assert.equal(textOf(text, kt.range), 'K');
			assert.match(kt.documentation ?? '', /Ví dụ: `KT\. GIÁM ĐỐC`/u);
			assert.equal(items[5]?.snippet, true);
			assert.equal(items[5]?.insertText, 'Nơi nhận:\n- Như trên;\n- Lưu: VT, ${1:đơn vị}.');
		});

		it('offers the prefixes after Nơi nhận and on the lines of the signature', () => {
			const afterNoiNhan = buildLetter({ signature: '' });
			assert.deepEqual(labels(complete(afterNoiNhan, '- Lưu: VT, VP.\n\n').items), ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']);
			const inside = buildLetter({ signature: 'TM. ỦY BAN NHÂN DÂN\n\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An' });
			assert.deepEqual(labels(complete(inside, 'TM. ỦY BAN NHÂN DÂN\n').items), ['TM.', 'KT.', 'TL.', 'TUQ.', 'Q.']);
		});

		it('offers no prefix in the middle of the body or after lower-case text', () => {
			const text = buildLetter();
			assert.deepEqual(complete(text, 'hằng quý.\n\n').items, []);
			assert.deepEqual(complete(buildLetter({ noiNhan: null, signature: 'Kt' }), '/.\n\nKt').items, []);
		});
	});

	describe('inside Nơi nhận', () => {
		it('offers "- Như trên;" and "- Lưu: VT, <unit>." with the unit of the ký hiệu', () => {
			const text = buildLetter({ noiNhan: 'Nơi nhận:\n-' });
			const { items } = complete(text, 'Nơi nhận:\n-');
			assert.deepEqual(labels(items), ['- Như trên;', '- Lưu: VT, VP.']);
			assert.equal(textOf(text, items[0]?.range ?? { start: 0, end: 0 }), '-');
			assert.equal(items[0]?.sortText, '0', '"Như trên" comes first when there is a Kính gửi');
			assert.equal(items[1]?.insertText, '- Lưu: VT, VP.');
		});

		it('leaves a placeholder for the unit when the ký hiệu has none, and offers the team units', () => {
			const text = buildLetter({ so: 'Số: 15/UBND', noiNhan: 'Nơi nhận:\n- Như trên;\n' });
			const { items } = complete(text, '- Như trên;\n', { units: [{ abbreviation: 'TCKH', name: 'Phòng Tài chính - Kế hoạch' }] });
			const luu = items.find((i) => i.label === '- Lưu: VT, ….');
			assert.ok(luu);
			assert.equal(luu.snippet, true);
			assert.equal(luu.insertText, '- Lưu: VT, ${1:đơn vị}.');
			assert.ok(items.some((i) => i.label === '- Lưu: VT, TCKH.' && i.detail === 'Phòng Tài chính - Kế hoạch'));
		});

		it('offers "- Như Điều …;" in a quyết định', () => {
			const text = [
				'Số: 15/QĐ-UBND',
				'Cao Bằng, ngày 05 tháng 3 năm 2021',
				'',
				'QUYẾT ĐỊNH',
				'Về việc họp',
				'',
				'Điều 1. Họp./.',
				'',
				'Nơi nhận:',
				'',
			].join('\n');
			const { items } = complete(text, 'Nơi nhận:\n');
			assert.ok(items.some((i) => i.label === '- Như Điều …;' && i.insertText === '- Như Điều ${1:3};'));
		});

		it('stops offering entries once the list is closed by its final period', () => {
			const { items } = complete(buildLetter({ signature: '' }), '- Lưu: VT, VP.\n\n');
			assert.ok(!labels(items).includes('- Như trên;'));
		});
	});

	describe('at the start of a citation', () => {
		it('offers type names after "Thực hiện", "tại" and "theo", replacing the typed word', () => {
			const text = buildLetter({ body: 'Thực hiện Cô' });
			const { items } = complete(text, 'Thực hiện Cô');
			assert.equal(items[0]?.label, 'Công văn số');
			assert.equal(items[0]?.insertText, 'Công văn số ');
			assert.equal(items[0]?.filterText, 'Công văn');
			assert.equal(textOf(text, items[0]?.range ?? { start: 0, end: 0 }), 'Cô');
			assert.equal(items[1]?.label, 'Quyết định số');
			assert.ok(
				items.some((i) => i.label === 'Luật' && i.insertText === 'Luật '),
				'a law is cited by name',
			);
			assert.equal(complete(buildLetter({ body: 'Đề nghị thực hiện theo ' }), 'theo ').items.length, items.length);
			assert.equal(complete(buildLetter({ body: 'Chỉ đạo tại các ' }), 'tại các ').items.length, items.length);
		});

		it('inserts the type alone before an existing " số"', () => {
			const text = buildLetter({ body: 'Thực hiện  số 12/UBND-VP.' });
			const { items } = complete(text, 'Thực hiện ');
			assert.equal(items[0]?.insertText, 'Công văn');
		});

		it('offers nothing after other words', () => {
			assert.deepEqual(complete(buildLetter({ body: 'Đề nghị các cơ quan ' }), 'các cơ quan ').items, []);
		});
	});

	it('offers nothing on an empty text or a legacy encoding', () => {
		assert.deepEqual(completionsAt(parseLetter(''), 0), []);
		const tcvn3 = 'Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nSè: 12/';
		assert.deepEqual(completionsAt(parseLetter(tcvn3), tcvn3.length), []);
	});
});
