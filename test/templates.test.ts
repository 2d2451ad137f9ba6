// Filling templates (client/src/templates.ts): team templates with profile and date variables, built-in
// snippets with the profile as placeholder defaults, and reading the shipped snippets and a profile.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintText } from '../server/src/core/index';
import {
	applyProfileToSnippet,
	builtInTemplates,
	dateWords,
	fillTeamTemplate,
	letterToTeamTemplate,
	parseJsonc,
	parseProfile,
	parseTemplateInfo,
	parseUnits,
	profileText,
	templateFileName,
	type TeamProfile,
} from '../client/src/templates';

const ROOT = path.resolve(__dirname, '..', '..');

const PROFILE: TeamProfile = {
	coQuanChuQuan: 'UBND TỈNH CAO BẰNG',
	coQuanBanHanh: 'SỞ TÀI CHÍNH',
	kyHieuCoQuan: 'STC',
	diaDanh: 'Cao Bằng',
	donVi: [
		{ ten: 'Văn phòng', kyHieu: 'VP' },
		{ ten: 'Phòng Quản lý ngân sách', kyHieu: 'QLNS' },
	],
	nguoiKy: [{ hoTen: 'Nguyễn Văn An', chucVu: 'PHÓ GIÁM ĐỐC', quyenHan: 'KT. GIÁM ĐỐC' }],
};

/** A team's công văn template, as a secretary would write it. */
const TEAM_TEMPLATE = [
	'${profile.coQuanChuQuan}',
	'${profile.coQuanBanHanh}',
	'',
	'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
	'Độc lập - Tự do - Hạnh phúc',
	'',
	'Số: /${profile.kyHieuCoQuan}-${profile.donVi[0].kyHieu}',
	'${profile.diaDanh}, ngày ${ngay} tháng ${thang} năm ${nam}',
	'V/v báo cáo quyết toán ngân sách',
	'',
	'Kính gửi: Ủy ban nhân dân tỉnh Cao Bằng',
	'',
	'Sở Tài chính báo cáo kết quả quyết toán ngân sách như sau:',
	'',
	'1. Tổng thu ngân sách đạt kế hoạch.',
	'',
	'2. Tổng chi ngân sách trong dự toán./.',
	'',
	'Nơi nhận:',
	'- Như trên;',
	'- Lưu: VT, ${profile.donVi[0].kyHieu}.',
	'',
	'${profile.nguoiKy[0].quyenHan}',
	'${profile.nguoiKy[0].chucVu}',
	'',
	'',
	'${profile.nguoiKy[0].hoTen}',
	'',
].join('\n');

describe('templates: date words', () => {
	const cases: [{ year: number; month: number; day: number }, string][] = [
		[{ year: 2025, month: 1, day: 5 }, '05 01 2025'],
		[{ year: 2024, month: 2, day: 29 }, '29 02 2024'],
		[{ year: 2025, month: 3, day: 9 }, '09 3 2025'],
		[{ year: 2025, month: 9, day: 30 }, '30 9 2025'],
		[{ year: 2025, month: 10, day: 1 }, '01 10 2025'],
		[{ year: 2025, month: 12, day: 31 }, '31 12 2025'],
	];
	for (const [date, expected] of cases) {
		it(`${date.day}/${date.month}/${date.year} → ${expected} (zero before a day below 10 and the months 1, 2 only)`, () => {
			const { ngay, thang, nam } = dateWords(date);
			assert.equal(`${ngay} ${thang} ${nam}`, expected);
		});
	}
});

describe('templates: a team template', () => {
	const date = { year: 2025, month: 2, day: 7 };

	it('fills the profile and date variables into a letter that the core finds nothing wrong with', () => {
		const { text, missing } = fillTeamTemplate(TEAM_TEMPLATE, { profile: PROFILE, date });
		assert.deepEqual(missing, []);
		assert.ok(text.startsWith('UBND TỈNH CAO BẰNG\nSỞ TÀI CHÍNH\n'));
		assert.ok(text.includes('\nSố: /STC-VP\nCao Bằng, ngày 07 tháng 02 năm 2025\n'));
		assert.ok(text.includes('\n- Lưu: VT, VP.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nNguyễn Văn An\n'));
		const findings = lintText(text, { today: date, profile: PROFILE }).map((p) => p.ruleId);
		assert.deepEqual(findings, ['draft-blank']);
	});

	it('writes "…" for a variable the profile lacks, and lists it once', () => {
		const { text, missing } = fillTeamTemplate(
			'${profile.coQuanChuQuan}\n${profile.donVi[5].kyHieu} ${profile.donVi[5].kyHieu} ${profile.khongCo}',
			{
				profile: { coQuanBanHanh: 'SỞ TÀI CHÍNH' },
				date,
			},
		);
		assert.equal(text, '…\n… … …');
		assert.deepEqual(missing, ['profile.coQuanChuQuan', 'profile.donVi[5].kyHieu', 'profile.khongCo']);
	});

	it('fills the date without a profile and leaves the profile variables blank', () => {
		const { text, missing } = fillTeamTemplate('Cao Bằng, ngày ${ngay} tháng ${thang} năm ${nam}; ${profile.diaDanh}', {
			date: { year: 2025, month: 11, day: 20 },
		});
		assert.equal(text, 'Cao Bằng, ngày 20 tháng 11 năm 2025; …');
		assert.deepEqual(missing, ['profile.diaDanh']);
	});

	it('keeps \\${…} as written, and text that only looks like a variable', () => {
		const { text, missing } = fillTeamTemplate('\\${ngay} $ngay ${ngay ${} {nam}', { date });
		assert.equal(text, '${ngay} $ngay ${ngay ${} {nam}');
		assert.deepEqual(missing, []);
	});

	it('does not read inherited properties or non-string values', () => {
		const { missing } = fillTeamTemplate('${profile.constructor} ${profile.donVi} ${profile.donVi.length}', { profile: PROFILE, date });
		assert.deepEqual(missing, ['profile.constructor', 'profile.donVi', 'profile.donVi.length']);
	});

	it('reports an unknown non-profile variable too', () => {
		assert.deepEqual(fillTeamTemplate('${hom_nay}', { date }).missing, ['hom_nay']);
	});
});

describe('templates: the built-in snippets', () => {
	const file = readFileSync(path.join(ROOT, 'snippets', 'congvan.code-snippets'), 'utf8');

	it('lists the ten templates of the snippets file in order, with their bodies', () => {
		const templates = builtInTemplates(file);
		assert.deepEqual(
			templates.map((t) => t.name),
			['Công văn', 'Quyết định', 'Thông báo', 'Kế hoạch', 'Tờ trình', 'Báo cáo', 'Giấy mời', 'Giấy giới thiệu', 'Biên bản', 'Công điện'],
		);
		for (const t of templates) {
			assert.ok(t.body.includes('Nơi nhận:') && t.prefixes.length === 2 && t.description !== '', t.name);
		}
	});

	it('skips malformed entries', () => {
		assert.deepEqual(
			builtInTemplates('{ "a": { "prefix": "a", "body": 5 }, "b": { "body": "x" }, // note\n }').map((t) => [
				t.name,
				t.body,
				t.prefixes.length,
			]),
			[['b', 'x', 0]],
		);
	});

	it('puts the profile into the placeholders of the header, keeping them placeholders', () => {
		const congVan = builtInTemplates(file)[0]?.body ?? '';
		const filled = applyProfileToSnippet(congVan, PROFILE);
		assert.ok(filled.startsWith('${1:UBND TỈNH CAO BẰNG}\n${2:SỞ TÀI CHÍNH}\n'), filled);
		assert.ok(filled.includes('\nSố: ${3}/${4:STC}-${5|VP,QLNS|}\n${6:Cao Bằng}, ngày $CURRENT_DATE'));
		assert.ok(filled.includes('\n- Lưu: VT, ${5}.\n'), 'the Lưu line mirrors the unit');
	});

	it('uses a single unit as a default and escapes snippet syntax in profile values', () => {
		const filled = applyProfileToSnippet('${1:TÊN CƠ QUAN, TỔ CHỨC} ${2:ĐV} ${3:Hà Nội} ${4:khác}', {
			coQuanBanHanh: 'SỞ $A {B}',
			donVi: [{ ten: 'Văn phòng', kyHieu: 'V,P|' }],
		});
		assert.equal(filled, '${1:SỞ \\$A {B\\}} ${2:V,P|} ${3:Hà Nội} ${4:khác}');
		const choice = applyProfileToSnippet('${2:ĐV}', {
			donVi: [
				{ ten: 'a', kyHieu: 'A,B' },
				{ ten: 'c', kyHieu: 'C|D' },
			],
		});
		assert.equal(choice, '${2|A\\,B,C\\|D|}');
	});

	it('returns the body unchanged without a profile', () => {
		const body = builtInTemplates(file)[1]?.body ?? '';
		assert.equal(applyProfileToSnippet(body, undefined), body);
		assert.equal(applyProfileToSnippet(body, {}), body);
	});
});

describe('templates: reading files', () => {
	it('parses JSON with comments and trailing commas, and keeps "//" inside strings', () => {
		assert.deepEqual(parseJsonc('{ /* c */ "a": "http://x", // d\n "b": [1, 2,], }'), { a: 'http://x', b: [1, 2] });
	});

	it('reads a profile, dropping the fields of the wrong type', () => {
		const result = parseProfile(
			JSON.stringify({
				coQuanBanHanh: ' SỞ TÀI CHÍNH ',
				diaDanh: 5,
				donVi: [{ ten: 'Văn phòng', kyHieu: 'VP' }, { ten: 'x' }, 'y'],
				nguoiKy: {},
			}),
		);
		assert.deepEqual(result, { profile: { coQuanBanHanh: 'SỞ TÀI CHÍNH', donVi: [{ ten: 'Văn phòng', kyHieu: 'VP' }] } });
	});

	it('says why a profile cannot be read', () => {
		assert.match((parseProfile('{ "donVi": [') as { error: string }).error, /không phải JSON hợp lệ/u);
		assert.match((parseProfile('[1]') as { error: string }).error, /đối tượng JSON/u);
	});
});

describe("templates: the profile's signers, no managing body, team templates of one's own (issue #11, item 6)", () => {
	const file = readFileSync(path.join(ROOT, 'snippets', 'congvan.code-snippets'), 'utf8');
	const congVan = builtInTemplates(file)[0]?.body ?? '';

	it("writes the chosen signer's authority, title and name into the signature block", () => {
		const signer = { hoTen: 'Trần Thị Mai', chucVu: 'PHÓ GIÁM ĐỐC', quyenHan: 'KT. GIÁM ĐỐC' };
		const filled = applyProfileToSnippet(congVan, PROFILE, signer);
		assert.ok(filled.includes('${14:KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC}'), filled);
		assert.ok(filled.includes('${15:Trần Thị Mai}'), filled);
		assert.ok(!filled.includes('Họ và tên'), filled);
		// A head signing alone: one title line.
		const head = applyProfileToSnippet(congVan, PROFILE, { hoTen: 'Lê Văn Hùng', chucVu: 'GIÁM ĐỐC' });
		assert.ok(head.includes('${14:GIÁM ĐỐC}'), head);
	});

	it('gives every built-in template the signer, and the result has no unfilled placeholder of the signature', () => {
		const signer = { hoTen: 'Trần Thị Mai', chucVu: 'PHÓ GIÁM ĐỐC', quyenHan: 'KT. GIÁM ĐỐC' };
		for (const template of builtInTemplates(file)) {
			const filled = applyProfileToSnippet(template.body, PROFILE, signer);
			assert.ok(filled.includes('Trần Thị Mai'), `${template.name}: no signer name`);
		}
	});

	it('leaves out the managing body\'s line when the profile says there is none (coQuanChuQuan "")', () => {
		const profile: TeamProfile = { coQuanChuQuan: '', coQuanBanHanh: 'ỦY BAN NHÂN DÂN TỈNH LÂM VIÊN', kyHieuCoQuan: 'UBND' };
		for (const template of builtInTemplates(file)) {
			const filled = applyProfileToSnippet(template.body, profile);
			assert.ok(!filled.includes('TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN'), template.name);
			assert.ok(filled.startsWith('${2:ỦY BAN NHÂN DÂN TỈNH LÂM VIÊN}\n'), `${template.name}: ${filled.slice(0, 60)}`);
		}
		assert.deepEqual(parseProfile('{ "coQuanChuQuan": "", "coQuanBanHanh": "UBND TỈNH" }'), {
			profile: { coQuanChuQuan: '', coQuanBanHanh: 'UBND TỈNH' },
		});
		assert.deepEqual(parseProfile('{ "coQuanChuQuan": null }'), { profile: { coQuanChuQuan: '' } });
		// Absent is not said: the placeholder stays.
		assert.ok(applyProfileToSnippet(congVan, { coQuanBanHanh: 'SỞ Y TẾ' }).startsWith('${1:TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN}\n'));
	});

	it("reads a team template's title and description from its sidecar, in Vietnamese or English keys", () => {
		assert.deepEqual(parseTemplateInfo('{ "tieuDe": "Mời họp giao ban", "moTa": "Họp thứ Hai hằng tuần" }'), {
			title: 'Mời họp giao ban',
			description: 'Họp thứ Hai hằng tuần',
		});
		assert.deepEqual(parseTemplateInfo('{ "title": "Báo cáo tháng", }'), { title: 'Báo cáo tháng' });
		assert.deepEqual(parseTemplateInfo(undefined), {});
		assert.deepEqual(parseTemplateInfo('not json'), {});
		assert.deepEqual(parseTemplateInfo('{ "tieuDe": 5 }'), {});
	});

	it('turns a letter into a team template that gives the same letter back on the same day, with a blank number', () => {
		const letter = fillTeamTemplate(TEAM_TEMPLATE, { profile: PROFILE, date: { year: 2025, month: 3, day: 9 } }).text.replace(
			'Số: /STC-VP',
			'Số: 27/STC-VP',
		);
		const template = letterToTeamTemplate(letter, PROFILE);
		assert.ok(template.includes('Số: /${profile.kyHieuCoQuan}-VP'), template);
		assert.ok(template.includes('${profile.diaDanh}, ngày ${ngay} tháng ${thang} năm ${nam}'), template);
		assert.ok(template.startsWith('${profile.coQuanChuQuan}\n${profile.coQuanBanHanh}\n'), template);
		const again = fillTeamTemplate(template, { profile: PROFILE, date: { year: 2025, month: 3, day: 9 } });
		assert.deepEqual(again.missing, []);
		assert.equal(again.text, letter.replace('Số: 27/STC-VP', 'Số: /STC-VP'));
		// A "$" of the letter stays as written.
		assert.equal(
			fillTeamTemplate(letterToTeamTemplate('Giá ${x} đồng\n', undefined), { date: { year: 2025, month: 1, day: 1 } }).text,
			'Giá ${x} đồng\n',
		);
	});

	it('writes a new profile from the answers, and reads the units typed on one line', () => {
		assert.deepEqual(parseUnits('Văn phòng (VP); Phòng Quản lý ngân sách (QLNS); không có ký hiệu; (X)'), [
			{ ten: 'Văn phòng', kyHieu: 'VP' },
			{ ten: 'Phòng Quản lý ngân sách', kyHieu: 'QLNS' },
		]);
		const text = profileText({
			coQuanChuQuan: '',
			coQuanBanHanh: 'ủy ban nhân dân tỉnh lâm viên',
			kyHieuCoQuan: 'UBND',
			diaDanh: 'Lâm Viên',
			units: [],
		});
		assert.deepEqual(parseProfile(text), {
			profile: { coQuanChuQuan: '', coQuanBanHanh: 'ỦY BAN NHÂN DÂN TỈNH LÂM VIÊN', kyHieuCoQuan: 'UBND', diaDanh: 'Lâm Viên' },
		});
	});

	it("names a team template's file after its title, in lower-case ASCII", () => {
		assert.equal(templateFileName('Công văn mời họp giao ban'), 'cong-van-moi-hop-giao-ban');
		assert.equal(templateFileName('Đề nghị — Đợt 2!'), 'de-nghi-dot-2');
		assert.equal(templateFileName('…'), 'mau');
	});
});
