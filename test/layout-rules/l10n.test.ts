// The layout rules in English, on a letter with Word formatting (the text corpus of test/l10n.test.ts has
// none): every message, placeholder value and related note is translated, and the findings are the same in
// both languages.
import * as assert from 'node:assert/strict';
import { lintLetter, type Problem } from '../../server/src/core/index';
import { LAYOUT_RULES } from '../../server/src/core/groups/layout';
import { EN, textPattern, translateText } from '../../server/src/core/l10n/index';
import { buildFormat } from '../harness/format-builder';

/** A letter where every layout rule finds something, with notes on other paragraphs. */
function defective(): ReturnType<typeof buildFormat> {
	const doc = buildFormat(
		[
			'ỦY BAN NHÂN DÂN',
			'TỈNH CAO BẰNG',
			'',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập - Tự do - Hạnh phúc',
			'',
			'Số: 15/UBND-VP',
			'V/v triển khai kế hoạch',
			'',
			'Cao Bằng, ngày 05 tháng 02 năm 2021',
			'',
			'Kính gửi: Các sở, ban, ngành tỉnh',
			'',
			'Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện tốt các nội dung sau.',
			'',
			'Các cơ quan, đơn vị báo cáo kết quả trước ngày 15/3/2021.',
			'',
			'Ủy ban nhân dân tỉnh yêu cầu các cơ quan nghiêm túc thực hiện./.',
			'',
			'Nơi nhận:',
			'- Như trên;',
			'- Lưu: VT, VP.',
			'',
			'CHỦ TỊCH',
			'',
			'Nguyễn Văn An',
		].join('\n'),
	);
	doc.section.pageWidthMm = 215.9;
	doc.section.pageHeightMm = 279.4;
	doc.format.sections.push({
		...doc.section,
		pageWidthMm: 210,
		pageHeightMm: 297,
		margins: { topMm: 15, bottomMm: 20, leftMm: 30, rightMm: 15 },
	});
	const last = doc.format.paragraphs[doc.format.paragraphs.length - 1];
	if (last) {
		last.section = 1;
	}
	if (doc.section.margins) {
		doc.section.margins.leftMm = 25;
	}
	doc.section.pageNumber = { where: 'footer', align: 'right' };
	doc.runsOf('noi-dung').forEach((r) => (r.font = 'Calibri'));
	doc.runsOf('ho-ten').forEach((r) => (r.font = '.VnTime'));
	doc.runsOf('chuc-vu').forEach((r) => (r.font = '.VnTime'));
	doc.runsOf('tieu-ngu').forEach((r) => (r.sizePt = 12));
	doc.runsOf('noi-nhan-label').forEach((r) => (r.italic = false));
	doc.runsOf('vv').forEach((r) => (r.italic = true));
	doc.paragraphsOf('noi-dung').forEach((p) => {
		p.align = 'left';
		p.lineSpacing = 2;
	});
	doc.format.ruleLines = doc.format.ruleLines.filter((l) => l.table?.column !== 2);
	const line = doc.format.ruleLines[0];
	if (line?.lengthPt) {
		line.lengthPt *= 3;
	}
	return doc;
}

const IDS = new Set([...LAYOUT_RULES.map((r) => r.id), 'legacy-encoding']);

function run(locale: 'vi' | 'en', profile?: Parameters<typeof lintLetter>[1]): Problem[] {
	return lintLetter(defective().letter, { locale, ...profile }).filter((p) => IDS.has(p.ruleId));
}

describe('layout rules in English', () => {
	it('finds the same problems in both languages, with every message translated', () => {
		const vi = run('vi');
		const en = run('en');
		assert.deepEqual(
			en.map((p) => [p.ruleId, p.messageId, p.severity, p.range]),
			vi.map((p) => [p.ruleId, p.messageId, p.severity, p.range]),
		);
		const rules = new Set(vi.map((p) => p.ruleId));
		assert.deepEqual(
			[...IDS].filter((id) => !rules.has(id)),
			[],
			'rules that found nothing',
		);
		en.forEach((p, i) => {
			assert.notEqual(p.message, vi[i]?.message, `${p.ruleId}/${p.messageId} is not translated`);
			assert.doesNotMatch(p.message, /\{[A-Za-z]\w*\}/u, p.message);
			// The values the rules build (component names, margins, ranges, places) are translated too.
			assert.doesNotMatch(p.message, /(?:đến|quy định|lề |đầu trang|chân trang|căn trái|khổ khác|dòng chữ)/u, p.message);
		});
	});

	it('translates every related note, and uses every note pattern of the layout rules', () => {
		const vi = run('vi');
		const en = run('en');
		const met = new Set<string>();
		vi.forEach((p, i) => {
			(p.related ?? []).forEach((r, j) => {
				const expected = translateText(p.ruleId, r.message, 'en');
				assert.ok(expected !== undefined, `${p.ruleId}: ${r.message}`);
				assert.equal(en[i]?.related?.[j]?.message, expected);
				met.add(`${p.ruleId}: ${textPattern(p.ruleId, r.message, 'en') ?? ''}`);
			});
		});
		const notes = [...IDS].flatMap((id) =>
			Object.keys(EN[id]?.texts ?? {})
				.filter((pattern) => pattern.startsWith('Cũng '))
				.map((pattern) => `${id}: ${pattern}`),
		);
		assert.deepEqual(
			notes.filter((n) => !met.has(n)),
			[],
		);
	});

	it('translates the hints about the team choices', () => {
		const profile = { profile: { layout: { bodySize: 13, lineSpacing: 1.5, margins: { right: 20 } } } };
		const en = lintLetter(buildFormat('Kính gửi: Sở Tài chính\n\nNội dung văn bản./.').letter, { locale: 'en', ...profile }).filter((p) =>
			IDS.has(p.ruleId),
		);
		assert.deepEqual(en.map((p) => `${p.ruleId}/${p.messageId}/${p.severity}`).sort(), [
			'body-spacing/notChosen/hint',
			'font-size/notChosen/hint',
			'font-size/notChosen/hint',
			'page-margins/notChosen/hint',
		]);
		for (const p of en) {
			assert.doesNotMatch(p.message, /nhóm chọn|quy định/u, p.message);
		}
	});
});
