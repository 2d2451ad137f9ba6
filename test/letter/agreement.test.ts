// Agreement tests (architecture review §5.1, §9.1, issue 9): the rules and the editor features read the same fields
// of the one model, so they cannot disagree on the same letter. Each case shows what a rule reads and what a feature
// shows, and asserts that they are the same reading.
import * as assert from 'node:assert/strict';
import { draftingUnit, soParts } from '../../server/src/core/features/common';
import { documentSymbols, hoverAt, semanticTokens } from '../../server/src/core/features/index';
import { lintText, parseLetter } from '../../server/src/core/index';

/** The letter of the review's command, with its Số value, type lines and signature replaced. */
function letter(so: string, type: string, sig: string): string {
	return [
		'UBND TỈNH CAO BẰNG',
		'SỞ TÀI CHÍNH',
		`Số: ${so}`,
		'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
		'Độc lập - Tự do - Hạnh phúc',
		'Cao Bằng, ngày 05 tháng 3 năm 2024',
		type,
		'',
		'Kính gửi: Sở Nội vụ.',
		'',
		'Nội dung.',
		'',
		'Nơi nhận:',
		'- Như trên;',
		'- Lưu: VT, VP.',
		sig,
		'',
	].join('\n');
}

describe('rules and features agree (review §5.1)', () => {
	it('1: a signer written in capitals is a name to the rules and to the semantic tokens', () => {
		const text = letter('15/STC-VP', 'V/v báo cáo', 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nNGUYỄN VĂN AN');
		const parsed = parseLetter(text);
		assert.ok(parsed.signature);
		const signer = parsed.closing.signer;
		assert.equal(signer?.span.text, 'NGUYỄN VĂN AN');
		const token = semanticTokens(parsed).find((t) => text.slice(t.range.start, t.range.end) === 'NGUYỄN VĂN AN');
		assert.equal(token?.type, 'string', 'the signer is coloured as a name, not as a title');
		const titles = semanticTokens(parsed)
			.filter((t) => t.type === 'property')
			.map((t) => text.slice(t.range.start, t.range.end));
		assert.deepEqual(titles, ['GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
	});

	it('2: for "12/BC-STC" with a V/v, the rules, completion and the hover all read the unit STC', () => {
		const text = letter('12/BC-STC', 'V/v báo cáo', 'GIÁM ĐỐC\nNguyễn Văn An');
		const parsed = parseLetter(text);
		assert.equal(parsed.closing.kyHieuUnit?.text, 'STC');
		assert.equal(draftingUnit(parsed), 'STC');
		const at = text.indexOf('BC-STC');
		const shown = hoverAt(parsed, at, 'vi')?.markdown ?? '';
		assert.match(shown, /^- `STC`: tên viết tắt của đơn vị soạn thảo hoặc lĩnh vực$/mu);
	});

	it('3: for "Số: ab/…" the rule and the hover give the same reading: letters in the number, not a blank', () => {
		const text = letter('ab/STC-VP', 'V/v báo cáo', 'GIÁM ĐỐC\nNguyễn Văn An');
		const parsed = parseLetter(text);
		const rule = lintText(text).filter((p) => p.ruleId === 'malformed-so-ky-hieu' || p.ruleId === 'draft-blank');
		assert.deepEqual(
			rule.map((p) => p.messageId),
			['notDigits'],
		);
		assert.ok(parsed.so);
		assert.equal(parsed.so.blank, false);
		assert.equal(soParts(parsed.so)?.blank, false);
		const shown = hoverAt(parsed, text.indexOf('ab/'), 'vi')?.markdown ?? '';
		assert.match(shown, /^- Số: \*\*ab\*\*$/mu);
		assert.doesNotMatch(shown, /dự thảo/u);
	});

	it('4: a type name in lower case is a type to the rules and in the outline', () => {
		const text = letter('12/QĐ-STC', 'Quyết định\nVề việc ban hành quy chế', 'GIÁM ĐỐC\nNguyễn Văn An');
		const parsed = parseLetter(text);
		assert.equal(parsed.header.typeName?.span.text, 'Quyết định');
		const names = documentSymbols(parsed, 'vi').map((s) => s.name);
		assert.ok(names.includes('Quyết định'), `outline: ${names.join(' / ')}`);
		// The semantic colouring reads the same field (letter.header.typeName), not the parser's capitals only.
		const token = semanticTokens(parsed).find((t) => text.slice(t.range.start, t.range.end) === 'Quyết định');
		assert.equal(token?.type, 'type');
	});
});
