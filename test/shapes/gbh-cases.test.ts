// The remaining cases of groups G, B and H of reference/real-world-shapes.md (G2, G9, B7, H8, H10), each built
// from its base letter as the reference describes, with the expected outcome: exactly these findings (rule and
// line), and what their messages and fixes say.
import * as assert from 'node:assert/strict';
import { applyFixes, lintText, LineIndex, type Problem } from '../../server/src/core/index';
import { BASE_L, BASE_N, BASE_Q, replaceBlock } from '../letter/base-letters';

const config = { today: { year: 2026, month: 11, day: 22 } };
const L = BASE_L.clean;
const N = BASE_N.clean;
const Q = BASE_Q.clean;

interface Case {
	id: string;
	text: string;
	/** Exactly these findings, as "rule:line" (1-based lines of the whole letter). */
	findings: string[];
	/** Checks on the findings of one rule: a part of its message, its severity, the text under its range. */
	check?: { rule: string; message?: string; severity?: string; under?: string };
	/** The text after fix-all, when the case has a fix. */
	fixed?: string;
}

function found(text: string, problems: readonly Problem[]): string[] {
	const index = new LineIndex(text);
	return problems.map((p) => `${p.ruleId}:${index.positionAt(p.range.start).line + 1}`).sort();
}

const H2 = [
	'QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH',
	'V/v thành lập Ban tổ chức hội thi văn nghệ năm 2024',
	'ỦY BAN NHÂN DÂN TỈNH LÂM VIÊN',
	'Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của Ủy ban nhân dân tỉnh về ban hành quy chế hội thi;',
	'Theo đề nghị của Giám đốc Sở Văn hóa và Thể thao.',
	'QUYẾT ĐỊNH',
	'Điều 1: Thành lập Ban tổ chức hội thi văn nghệ năm 2024.',
	'Điều 2: Quyết định này có hiệu lực kể từ ngày ký.',
	'Chủ tịch',
	'Trần Minh Khoa',
	'',
].join('\n');
const KINH_GUI_L = 'Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính.';
const NOI_NHAN_L = 'Nơi nhận:\n- Như trên;\n- Chủ tịch UBND tỉnh;\n- Lưu: VT, KT.';
const BODY_END_L = 'báo cáo trước ngày 30 tháng 6 năm 2024./.';

const CASES: readonly Case[] = [
	// G2 signing-prefix-message-says-nothing.
	{
		id: 'G2: "KT.CHỦ TỊCH" says the space is missing, and the fix inserts only it',
		text: replaceBlock(L, 'KT. CHỦ TỊCH', 'KT.CHỦ TỊCH'),
		findings: ['signing-prefix:22'],
		check: { rule: 'signing-prefix', message: 'Thiếu khoảng trắng sau "KT."', severity: 'warning' },
		fixed: L,
	},
	{
		id: 'G2: "KT CHỦ TỊCH" says the period is missing, and the fix inserts only it',
		text: replaceBlock(L, 'KT. CHỦ TỊCH', 'KT CHỦ TỊCH'),
		findings: ['signing-prefix:22'],
		check: { rule: 'signing-prefix', message: 'Thiếu dấu chấm sau "KT"' },
		fixed: L,
	},
	{
		id: 'G2: the suggested authority line holds only the head\'s title ("TL. BỘ TRƯỞNG"), not the ministry\'s name',
		text: replaceBlock(L, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'TL BỘ TRƯỞNG BỘ TÀI CHÍNH\nVỤ TRƯỞNG'),
		findings: ['signing-prefix:22'],
		check: { rule: 'signing-prefix', message: '"TL. BỘ TRƯỞNG".' },
		fixed: replaceBlock(L, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'TL. BỘ TRƯỞNG BỘ TÀI CHÍNH\nVỤ TRƯỞNG'),
	},
	// G9 small-wording-and-placement.
	{
		id: 'G9 line 1: "V/v:" is worded "Không đặt dấu hai chấm sau V/v"',
		text: replaceBlock(L, 'V/v rà soát', 'V/v: rà soát'),
		findings: ['vv-format:7'],
		check: { rule: 'vv-format', message: 'Không đặt dấu hai chấm sau "V/v"' },
		fixed: L,
	},
	{
		id: 'G9 lines 2-3: no closing-mark on a "(Kèm theo …)" line after a body that ends correctly',
		text: replaceBlock(L, `${BODY_END_L}\n`, `${BODY_END_L}\n(Kèm theo danh sách đèn chiếu sáng cần thay thế)\n`),
		findings: [],
	},
	{
		id: 'G9: signature-incomplete gives one finding for the block, its example built from the title present',
		text: replaceBlock(N, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Thị Mai', 'KT. CHỦ TỊCH Trần Thị Mai'),
		findings: ['signature-incomplete:16'],
		check: { rule: 'signature-incomplete', message: '(ví dụ "KT. CHỦ TỊCH" rồi "PHÓ CHỦ TỊCH")' },
	},
	{
		id: "G9: a KT. line without the signer's title names only that part",
		text: replaceBlock(L, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n', 'KT. CHỦ TỊCH\n'),
		findings: ['signature-incomplete:22'],
		check: { rule: 'signature-incomplete', message: 'phải có dòng chức vụ của người ký (ví dụ "KT. CHỦ TỊCH" rồi "PHÓ CHỦ TỊCH")' },
	},
	{
		id: 'G9: "PHÓ GIÁM ĐỐC" above the name without "KT. GIÁM ĐỐC": one finding saying the KT. line is missing',
		text: replaceBlock(N, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'),
		findings: ['signature-incomplete:16'],
		check: { rule: 'signature-incomplete', message: 'phía trên "PHÓ GIÁM ĐỐC" phải có dòng "KT. GIÁM ĐỐC"', under: 'PHÓ GIÁM ĐỐC' },
	},
	{
		id: 'G9: the B2 line "PHÓ GIÁM ĐỐC Trần Thị Mai" without "KT. GIÁM ĐỐC": the same one finding',
		text: replaceBlock(N, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Thị Mai', 'PHÓ GIÁM ĐỐC Trần Thị Mai'),
		findings: ['signature-incomplete:16'],
		check: { rule: 'signature-incomplete', message: '"KT. GIÁM ĐỐC"', under: 'PHÓ GIÁM ĐỐC' },
	},
	{
		id: 'G9: the B2 line "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC" without the name: one finding naming the name only',
		text: replaceBlock(N, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Thị Mai', 'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC'),
		findings: ['signature-incomplete:16'],
		check: { rule: 'signature-incomplete', message: 'không có họ tên người ký dưới "PHÓ GIÁM ĐỐC"' },
	},
	{
		id: 'G9: "KT. GIÁM ĐỐC" alone: one finding naming the signer\'s title and the name, the example built from GIÁM ĐỐC',
		text: replaceBlock(N, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Thị Mai', 'KT. GIÁM ĐỐC'),
		findings: ['signature-incomplete:16'],
		check: {
			rule: 'signature-incomplete',
			message: 'dòng chức vụ của người ký và họ tên người ký (ví dụ "KT. GIÁM ĐỐC" rồi "PHÓ GIÁM ĐỐC"',
		},
	},
	// B7 nn-entry-without-dash.
	{
		id: 'B7: an entry that lost its dash: no error, the list runs to the Lưu line, one hint on that entry',
		text: replaceBlock(
			L,
			NOI_NHAN_L,
			'Nơi nhận:\n- Như trên;\n- Văn phòng UBND tỉnh: CVP, các PCVP;\nTrung tâm Công báo tỉnh;\n- Lưu: VT, KT.',
		),
		findings: ['noi-nhan-entry-dash:20'],
		check: { rule: 'noi-nhan-entry-dash', severity: 'hint', under: 'Trung tâm Công báo tỉnh;' },
	},
	// H8 kinh-gui-list-on-label-line.
	{
		id: 'H8 block 1: a list starting on the label line gets kinh-gui-format on both lines, and a fix for each',
		text: replaceBlock(L, KINH_GUI_L, 'Kính gửi: - Sở Xây dựng\n- Sở Tài chính'),
		findings: ['kinh-gui-format:11', 'kinh-gui-format:11'],
		check: { rule: 'kinh-gui-format', severity: 'error' },
		fixed: L,
	},
	{
		id: 'H8 block 2: one recipient goes on the label line without a dash',
		text: replaceBlock(L, KINH_GUI_L, 'Kính gửi: - Ủy ban nhân dân tỉnh Lâm Viên.'),
		findings: ['kinh-gui-format:11'],
		check: { rule: 'kinh-gui-format', message: 'không có gạch đầu dòng', under: '- Ủy ban nhân dân tỉnh Lâm Viên.' },
		fixed: replaceBlock(L, KINH_GUI_L, 'Kính gửi: Ủy ban nhân dân tỉnh Lâm Viên'),
	},
	// H10 other-single-defects, one line at a time.
	{
		id: 'H10 line 1: "Số :" has a space before the colon (a hint)',
		text: replaceBlock(L, 'Số: 215/UBND-KT', 'Số : 215/UBND-KT'),
		findings: ['label-punctuation:6'],
		check: { rule: 'label-punctuation', severity: 'hint', under: ' ' },
		fixed: L,
	},
	{
		id: 'H10 line 2: a "." after the header date (a hint)',
		text: replaceBlock(L, 'ngày 14 tháng 5 năm 2024', 'ngày 14 tháng 5 năm 2024.'),
		findings: ['label-punctuation:9'],
		check: { rule: 'label-punctuation', message: 'không có dấu chấm ở cuối', under: '.' },
		fixed: L,
	},
	{
		id: 'H10 line 3: "Kính gửi :" has a space before the colon',
		text: replaceBlock(N, 'Kính gửi: Các phòng', 'Kính gửi : Các phòng'),
		findings: ['label-punctuation:8'],
		fixed: N,
	},
	{
		id: 'H10 line 4: a khoản numbered "1 -" is item-marker-format, and the numbering holds',
		text: replaceBlock(N, '1. Rà soát', '1 - Rà soát'),
		findings: ['item-marker-format:10'],
		check: { rule: 'item-marker-format', under: '1 -' },
		fixed: N,
	},
	{
		id: 'H10 line 4, other form: a bare "1" on its own line before the khoản\'s text is item-marker-format, and the numbering holds',
		text: replaceBlock(N, '1. Rà soát', '1\nRà soát'),
		findings: ['item-marker-format:10'],
		check: { rule: 'item-marker-format', message: 'đứng riêng một dòng', under: '1\n' },
		fixed: N,
	},
	{
		id: 'H10 line 4, other form: a bare "2" with no khoản after it to confirm the sequence (it may be a page number) is left alone',
		text: replaceBlock(N, '2. Gửi đăng ký', '2\nGửi đăng ký'),
		findings: [],
	},
	{
		id: 'H10 also wanted (a): a paragraph between "Điều 2." and "Điều 4." is "Điều 3." without its label: one finding',
		text: replaceBlock(
			replaceBlock(Q, 'Điều 3. Chánh', 'Điều 4. Chánh'),
			'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.',
			'Điều 2. Ban tổ chức tự giải thể sau khi hoàn thành nhiệm vụ.\nQuyết định này có hiệu lực kể từ ngày ký.',
		),
		findings: ['item-sequence:15'],
		check: { rule: 'item-sequence', message: 'Đoạn này có lẽ là "Điều 3."', severity: 'warning', under: 'Quyết' },
	},
	{
		id: 'H10 also wanted (b): a thông báo carrying a Kính gửi: one warning, and no "- Như trên;" asked for',
		text: replaceBlock(
			replaceBlock(
				replaceBlock(N, 'Số: 215/SVHTT-VP\nV/v chuẩn bị hội thi văn nghệ quần chúng năm 2024', 'Số: 31/TB-SVHTT'),
				'Ninh Thuận, ngày 12 tháng 3 năm 2024',
				'Ninh Thuận, ngày 12 tháng 3 năm 2024\nTHÔNG BÁO\nVề việc chuẩn bị hội thi văn nghệ quần chúng năm 2024',
			),
			'- Như trên;',
			'- Các phòng, đơn vị thuộc Sở;',
		),
		findings: ['kinh-gui-not-cong-van:9'],
		check: { rule: 'kinh-gui-not-cong-van', message: 'THÔNG BÁO', severity: 'warning', under: 'Kính gửi' },
	},
	{
		id: 'H10 also wanted (c): "văn bản số 12/UBND-VP" stands for a công văn (a hint)',
		text: replaceBlock(L, 'Thực hiện Kế hoạch số 42/KH-UBND', 'Thực hiện văn bản số 12/UBND-VP'),
		findings: ['citation-generic-cong-van:15'],
		check: { rule: 'citation-generic-cong-van', severity: 'hint', under: 'văn bản số 12/UBND-VP', message: 'ghi "Công văn"' },
	},
	{
		id: 'H10 line 5: an impossible date in the body is date-invalid',
		text: replaceBlock(L, BODY_END_L, 'báo cáo trước ngày 31 tháng 02 năm 2024./.'),
		findings: ['date-invalid:15'],
		check: { rule: 'date-invalid', severity: 'error', under: 'ngày 31 tháng 02 năm 2024' },
	},
	{
		id: 'H10 line 6: a TCVN3 fragment inside Unicode text is legacy-encoding\'s "fragment"',
		text: replaceBlock(N, '2. Gửi đăng ký về Văn phòng Sở trước ngày 30/3/2024.', '2. Hạn gửi đăng ký: trước ngµy 30 th¸ng 3 n¨m 2024.'),
		findings: ['legacy-encoding:11'],
		check: { rule: 'legacy-encoding', message: 'TCVN3', under: 'ngµy 30 th¸ng 3 n¨m' },
	},
	{
		id: 'H10 line 7: unexplained abbreviations in a trích yếu (a hint)',
		text: replaceBlock(L, 'V/v rà soát hệ thống đèn chiếu sáng công cộng', 'V/v triển khai NĐ của CP về tiết kiệm năng lượng'),
		findings: ['trich-yeu-abbreviation:7'],
		check: { rule: 'trich-yeu-abbreviation', severity: 'hint', under: 'NĐ của CP' },
	},
	{
		id: 'H2 lines 7-8: "Điều 1:" and "Điều 2:" in the base quyết định',
		text: replaceBlock(replaceBlock(Q, 'Điều 1. Thành', 'Điều 1: Thành'), 'Điều 2. Quyết', 'Điều 2: Quyết'),
		findings: ['item-marker-format:13', 'item-marker-format:14'],
		fixed: Q,
	},
	{
		id: 'H10 line 8: "Nơi nhận :" has a space before the colon',
		text: replaceBlock(L, 'Nơi nhận:', 'Nơi nhận :'),
		findings: ['label-punctuation:17'],
		fixed: L,
	},
	{
		id: 'H10 line 9: an en dash starts a Nơi nhận entry (a hint with a fix)',
		text: replaceBlock(L, '- Như trên;', '– Như trên;'),
		findings: ['noi-nhan-entry-dash:18'],
		check: { rule: 'noi-nhan-entry-dash', severity: 'hint', under: '–' },
		fixed: L,
	},
	{
		id: 'H10 lines 10-11: a file path after the Lưu line (a hint)',
		text: replaceBlock(L, '- Lưu: VT, KT.\n', '- Lưu: VT, KT.\nD:\\2024\\CV\\CV215-den-chieu-sang.doc\n'),
		findings: ['text-artefact:21'],
		check: { rule: 'text-artefact', severity: 'hint', under: 'D:\\2024\\CV\\CV215-den-chieu-sang.doc' },
	},
	{
		id: 'H10 line 12: "KT GIÁM ĐỐC SỞ VĂN HÓA": one finding naming the period and the agency name',
		text: replaceBlock(N, 'KT. GIÁM ĐỐC', 'KT GIÁM ĐỐC SỞ VĂN HÓA'),
		findings: ['signing-prefix:16'],
		check: { rule: 'signing-prefix', message: 'không ghi tên cơ quan "SỞ VĂN HÓA": "KT. GIÁM ĐỐC"' },
		fixed: replaceBlock(N, 'KT. GIÁM ĐỐC', 'KT. GIÁM ĐỐC SỞ VĂN HÓA'),
	},
	{
		id: 'H2: old-style title line first, no header table: the "not found" warnings, vv-not-cong-van, the colon and the Điều',
		text: H2,
		// Lines 9-10 are a signature in lower case: one signing-prefix finding on line 9 (the "TM." line of the Ủy
		// ban and the title in capitals); the Nơi nhận is missing beside a signature, an error as decided in #9.
		// The body now ends on line 8, whose "." lacks the "/." of the closing mark (a hint).
		findings: [
			'missing-co-quan:1',
			'missing-date:1',
			'missing-quoc-hieu:1',
			'missing-so:1',
			'tone-mark-style:1',
			'vv-not-cong-van:2',
			'quyet-dinh-colon:6',
			'item-marker-format:7',
			'item-marker-format:8',
			'closing-mark:8',
			'missing-noi-nhan:9',
			'signing-prefix:9',
		],
		check: {
			rule: 'signing-prefix',
			message: 'dòng quyền hạn là "TM. ỦY BAN NHÂN DÂN", dưới đó là chức vụ in hoa "CHỦ TỊCH"',
			severity: 'warning',
			under: 'Chủ tịch',
		},
	},
	{
		id: 'H2 line 9 in Base Q: a lower-case "Giám đốc" above the name is one signing-prefix finding, without TM.',
		text: replaceBlock(Q, 'GIÁM ĐỐC\nLê Văn Hùng', 'Giám đốc\nLê Văn Hùng'),
		findings: ['signing-prefix:19'],
		check: { rule: 'signing-prefix', message: 'Chức vụ của người ký phải viết in hoa: "GIÁM ĐỐC"', under: 'Giám đốc' },
		fixed: Q,
	},
	{
		id: 'H2 line 6: "QUYẾT ĐỊNH" without its colon in the base quyết định',
		text: replaceBlock(Q, 'QUYẾT ĐỊNH:\nĐiều 1.', 'QUYẾT ĐỊNH\nĐiều 1.'),
		findings: ['quyet-dinh-colon:12'],
		check: { rule: 'quyet-dinh-colon', severity: 'hint', under: 'QUYẾT ĐỊNH' },
		fixed: Q,
	},
	// H9 agency-name-case, hints only.
	{
		id: 'H9 line 1: the issuing body abbreviated in the header',
		text: replaceBlock(N, 'SỞ VĂN HÓA VÀ THỂ THAO', 'SỞ VH VÀ TT'),
		findings: ['co-quan-viet-tat:2'],
		check: { rule: 'co-quan-viet-tat', severity: 'hint', under: 'VH VÀ TT' },
	},
	{
		id: 'H9 line 2: "Kính gửi: Cục thuế tỉnh Lâm Viên" → "Cục Thuế"',
		text: replaceBlock(N, 'Kính gửi: Các phòng, đơn vị thuộc Sở', 'Kính gửi: Cục thuế tỉnh Lâm Viên'),
		findings: ['viet-hoa-ten-rieng:8'],
		check: { rule: 'viet-hoa-ten-rieng', severity: 'hint', under: 'Cục thuế' },
		fixed: replaceBlock(N, 'Kính gửi: Các phòng, đơn vị thuộc Sở', 'Kính gửi: Cục Thuế tỉnh Lâm Viên'),
	},
	{
		id: 'H9 line 3: "Văn Phòng Sở" and "Thủ tướng chính phủ"',
		text: replaceBlock(N, 'Đề nghị các đơn vị thực hiện./.', 'Đề nghị Văn Phòng Sở báo cáo Thủ tướng chính phủ./.'),
		findings: ['viet-hoa-ten-rieng:12', 'viet-hoa-ten-rieng:12'],
		fixed: replaceBlock(N, 'Đề nghị các đơn vị thực hiện./.', 'Đề nghị Văn phòng Sở báo cáo Thủ tướng Chính phủ./.'),
	},
	{
		id: 'H9 line 4: "- Như điều 3;" in the Nơi nhận of the quyết định',
		text: replaceBlock(Q, '- Như Điều 3;', '- Như điều 3;'),
		findings: ['viet-hoa-ten-rieng:17'],
		fixed: Q,
	},
	{
		id: 'H9 line 4: "Khoản 2 Điều 5" inside a sentence',
		text: replaceBlock(Q, 'chịu trách nhiệm thi hành', 'theo Khoản 2 Điều 5 chịu trách nhiệm thi hành'),
		findings: ['viet-hoa-ten-rieng:15'],
		fixed: replaceBlock(Q, 'chịu trách nhiệm thi hành', 'theo khoản 2 Điều 5 chịu trách nhiệm thi hành'),
	},
	{
		id: 'H10 line 12, "CHÁNH VP UBND": the signer\'s title abbreviated, with the agency (a hint)',
		text: replaceBlock(L, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'TL. CHỦ TỊCH\nCHÁNH VP UBND'),
		findings: ['chuc-vu-viet-tat:23'],
		check: { rule: 'chuc-vu-viet-tat', severity: 'hint', under: 'VP UBND' },
	},
];

describe('real-world shapes (reference groups G, B and H: G2, G9, B7, H8, H10, H2, H9)', () => {
	for (const c of CASES) {
		it(c.id, () => {
			const problems = lintText(c.text, config);
			assert.deepEqual(found(c.text, problems), [...c.findings].sort());
			const check = c.check;
			if (check) {
				const mine = problems.filter((p) => p.ruleId === check.rule);
				assert.ok(mine.length > 0);
				for (const p of mine) {
					if (check.message !== undefined) {
						assert.ok(p.message.includes(check.message), p.message);
					}
					if (check.severity !== undefined) {
						assert.equal(p.severity, check.severity);
					}
					if (check.under !== undefined) {
						assert.equal(c.text.slice(p.range.start, p.range.end), check.under);
					}
				}
			}
			if (c.fixed !== undefined) {
				assert.equal(applyFixes(c.text, problems).output, c.fixed);
			}
		});
	}
});
