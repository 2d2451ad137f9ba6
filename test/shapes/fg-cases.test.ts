// The cases of groups F (abbreviations) and G (messages and fixes) of reference/real-world-shapes.md that this
// helper's rules own, and the decisions I3 and I5 of group I, each built from its base letter as the reference
// describes, with the expected outcome: exactly these findings (rule and line), and what their messages and fixes
// say. G7 and G8 (citations, item numbering) are in the tests of those rules' owners.
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

const KINH_GUI_L = 'Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính.';
const BAD_LIST = 'Kính gửi:\n- Sở Xây dựng,\n- Sở Tài chính,\n- Sở Công Thương,\n- Sở Nội vụ,\n- Sở Y tế,\n- Sở Giáo dục và Đào tạo';
const GOOD_LIST = 'Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính;\n- Sở Công Thương;\n- Sở Nội vụ;\n- Sở Y tế;\n- Sở Giáo dục và Đào tạo.';

const CASES: readonly Case[] = [
	{ id: 'F1 ttg-mixed-case: "Số: 120/TTg-NN" in a công văn', text: replaceBlock(L, 'Số: 215/UBND-KT', 'Số: 120/TTg-NN'), findings: [] },
	{ id: 'F1 ttg-mixed-case: "Số: 30/QĐ-TTg" in a quyết định', text: replaceBlock(Q, 'Số: 30/QĐ-SVHTT', 'Số: 30/QĐ-TTg'), findings: [] },
	{
		id: 'F1 ttg-mixed-case: cited "Quyết định số 30/QĐ-TTg" in the body',
		text: replaceBlock(L, 'Kế hoạch số 42/KH-UBND', 'Quyết định số 30/QĐ-TTg'),
		findings: [],
	},
	{
		id: 'F2 ampersand-in-ky-hieu: one warning worded as a requirement',
		text: replaceBlock(N, 'Số: 215/SVHTT-VP', 'Số: 215/SVHTT-VH&GĐ'),
		findings: ['ky-hieu-ky-tu:5'],
		check: { rule: 'ky-hieu-ky-tu', message: 'Ký hiệu chỉ nên gồm chữ cái và chữ số', severity: 'warning', under: 'VH&GĐ' },
	},
	{
		// "&" is part of a cited number (D3): the citation reader reads "42/KH-SVHTT-VH&GĐ" whole.
		id: 'F2 ampersand-in-ky-hieu: no finding for "&" inside a cited number',
		text: replaceBlock(L, 'Kế hoạch số 42/KH-UBND', 'Kế hoạch số 42/KH-SVHTT-VH&GĐ'),
		findings: [],
	},
	{
		id: 'G1 fix-corrupts-signer-line: a title glued to the name gets no finding, hence no fix',
		text: replaceBlock(L, 'PHÓ CHỦ TỊCH\n\nTrần Minh Khoa', 'PHÓ CHỦ TỊCHTrần Minh Khoa'),
		findings: [],
	},
	{
		id: 'G1: authority, title and name on one line get no finding',
		text: replaceBlock(N, 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Thị Mai', 'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Thị Mai'),
		findings: [],
	},
	{
		id: 'G2 signing-prefix: only the space after "KT." is missing, and the fix inserts only it',
		text: replaceBlock(L, 'KT. CHỦ TỊCH', 'KT.CHỦ TỊCH'),
		findings: ['signing-prefix:22'],
		check: { rule: 'signing-prefix', message: 'Thiếu khoảng trắng sau "KT."', severity: 'warning' },
		fixed: L,
	},
	{
		id: 'G2 signing-prefix: only the period after "KT" is missing',
		text: replaceBlock(L, 'KT. CHỦ TỊCH', 'KT CHỦ TỊCH'),
		findings: ['signing-prefix:22'],
		check: { rule: 'signing-prefix', message: 'Thiếu dấu chấm sau "KT"' },
		fixed: L,
	},
	{
		id: 'G3 ky-hieu-message-quotes-rest-of-line: the ký hiệu with the date run on gets no finding',
		text: replaceBlock(
			L,
			'Số: 215/UBND-KT\nV/v rà soát hệ thống đèn chiếu sáng công cộng\n\nLâm Viên, ngày 14 tháng 5 năm 2024',
			'Số: 215/UBND-KT Lâm Viên, ngày 14 tháng 5 năm 2024\nV/v rà soát hệ thống đèn chiếu sáng công cộng',
		),
		findings: [],
	},
	{
		id: 'G3: "215UB/KT" names the missing "/" and quotes only the number and ký hiệu',
		text: replaceBlock(L, 'Số: 215/UBND-KT', 'Số: 215UB/KT'),
		findings: ['malformed-so-ky-hieu:6'],
		check: { rule: 'malformed-so-ky-hieu', message: 'Thiếu dấu gạch chéo "/" giữa số "215" và ký hiệu "UB/KT"', under: '215UB/KT' },
	},
	{
		id: 'G3: "UBND –KT" is quoted as typed, naming the space and the en dash',
		text: replaceBlock(L, 'Số: 215/UBND-KT', 'Số: 215/UBND –KT'),
		findings: ['malformed-so-ky-hieu:6'],
		check: { rule: 'malformed-so-ky-hieu', message: 'Ký hiệu "UBND –KT" có khoảng trắng và dấu gạch ngang dài "–"', under: 'UBND –KT' },
	},
	{
		id: 'G4 kinh-gui-format-says-noi-nhan: one finding for the list, worded about Kính gửi, with one fix',
		text: replaceBlock(L, KINH_GUI_L, BAD_LIST),
		findings: ['kinh-gui-format:12'],
		check: { rule: 'kinh-gui-format', message: 'Danh sách Kính gửi chấm câu sai ở 6 dòng', severity: 'error' },
		fixed: replaceBlock(L, KINH_GUI_L, GOOD_LIST),
	},
	{
		id: 'G5 noi-nhan-luu-one-defect-at-a-time: "- Lưu VP, KT, NT(8)." names the colon and VT in one finding',
		text: replaceBlock(L, '- Lưu: VT, KT.', '- Lưu VP, KT, NT(8).'),
		findings: ['noi-nhan-luu:20'],
		check: { rule: 'noi-nhan-luu', message: 'thiếu dấu hai chấm sau "Lưu"; thiếu "VT" (Văn thư)' },
	},
	{
		id: 'G5: "- Lưu (VP ; KT)." names the brackets and the semicolons too',
		text: replaceBlock(L, '- Lưu: VT, KT.', '- Lưu (VP ; KT).'),
		findings: ['noi-nhan-luu:20'],
		check: { rule: 'noi-nhan-luu', message: 'các đơn vị đặt trong ngoặc; các đơn vị ngăn cách bằng dấu chấm phẩy' },
	},
	{
		id: 'G6 missing-trich-yeu-for-wrong-form: "Về: …" is vv-format\'s "dùng V/v thay cho Về:"',
		text: replaceBlock(L, 'V/v rà soát', 'Về: rà soát'),
		findings: ['vv-format:7'],
		check: { rule: 'vv-format', message: 'dùng "V/v" thay cho "Về:"', under: 'Về:' },
	},
	{
		id: 'G6: a V/v after the Kính gửi is "đặt sai chỗ", not "not found"',
		text: replaceBlock(
			replaceBlock(L, 'V/v rà soát hệ thống đèn chiếu sáng công cộng\n', ''),
			'- Sở Tài chính.\n',
			'- Sở Tài chính.\n\nV/v rà soát hệ thống đèn chiếu sáng công cộng\n',
		),
		findings: ['missing-trich-yeu:14'],
		check: { rule: 'missing-trich-yeu', message: 'đặt sai chỗ', under: 'V/v rà soát hệ thống đèn chiếu sáng công cộng' },
	},
	{
		id: 'G9 small-wording-and-placement: "V/v:" says not to put a colon after V/v',
		text: replaceBlock(L, 'V/v rà soát', 'V/v: rà soát'),
		findings: ['vv-format:7'],
		check: { rule: 'vv-format', message: 'Không đặt dấu hai chấm sau "V/v"' },
		fixed: L,
	},
	{
		id: 'I3 missing-noi-nhan-severity: the signature without its Nơi nhận keeps the error',
		text: replaceBlock(L, 'Nơi nhận:\n- Như trên;\n- Chủ tịch UBND tỉnh;\n- Lưu: VT, KT.\n\n', ''),
		findings: ['missing-noi-nhan:17'],
		check: { rule: 'missing-noi-nhan', severity: 'error' },
	},
	{
		id: 'I3: neither Nơi nhận nor signature: one warning that the end may have been cut',
		text: L.slice(0, L.indexOf('\nNơi nhận:')),
		findings: ['missing-closing:15'],
		check: { rule: 'missing-closing', message: 'có thể đã bị cắt', severity: 'warning' },
	},
	{
		id: 'I5 letters-before-nd30: one information finding on the date line',
		text: L.replaceAll('2024', '2019'),
		findings: ['truoc-nd30:9'],
		check: { rule: 'truoc-nd30', message: 'chỉ để tham khảo', severity: 'information' },
	},
];

describe('real-world shapes (reference groups F, G and decisions I3, I5)', () => {
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
