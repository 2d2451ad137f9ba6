// The cases of reference/real-world-shapes.md, groups A (header layout), B (closing layout) and E (text
// artefacts), each built from its base letter (L, N or Q) as the reference describes: the example replaces the
// matching lines of the base, the rest of the letter stays as printed.
import { BASE_L, BASE_N, BASE_Q, replaceBlock } from '../letter/base-letters';

/** One expected finding: a rule id on a 1-based line of the whole variant letter. */
export interface Expected {
	rule: string;
	line: number;
	severity?: string;
}

export interface ShapeCase {
	id: string;
	text: string;
	/** Exactly these findings (rule and line), nothing else. */
	findings: Expected[];
	/** Optional checks on the parsed model. */
	note?: string;
}

const L = BASE_L.clean;
const N = BASE_N.clean;
const Q = BASE_Q.clean;
const L_HEADER = 'Số: 215/UBND-KT\nV/v rà soát hệ thống đèn chiếu sáng công cộng\n\nLâm Viên, ngày 14 tháng 5 năm 2024';
const L_SIGNATURE = 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Minh Khoa';
const N_SIGNATURE = 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Thị Mai';
const L_BODY_START = 'Thực hiện Kế hoạch số 42/KH-UBND ngày 02 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh về tiết kiệm năng lượng, Ủy ban';
const N_CLOSING = 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n' + N_SIGNATURE;

/** A1 with each of the joiners the reference names: a space, a run of spaces, " | ", a TAB. */
export const A1_JOINERS: readonly string[] = [' ', '     ', ' | ', '\t'];

export function a1(joiner: string): string {
	return replaceBlock(
		L,
		L_HEADER,
		`Số: 215/UBND-KT${joiner}Lâm Viên, ngày 14 tháng 5 năm 2024\nV/v rà soát hệ thống đèn chiếu sáng công cộng`,
	);
}

export const CASES: readonly ShapeCase[] = [
	{
		id: 'A2 so-line-with-vv',
		text: replaceBlock(L, L_HEADER, 'Số: 215/UBND-KT V/v rà soát hệ thống đèn chiếu sáng công cộng\nLâm Viên, ngày 14 tháng 5 năm 2024'),
		findings: [],
	},
	{
		id: 'A3 date-line-with-kinh-gui',
		text: replaceBlock(
			N,
			'Số: 215/SVHTT-VP\nV/v chuẩn bị hội thi văn nghệ quần chúng năm 2024\nNinh Thuận, ngày 12 tháng 3 năm 2024\nKính gửi: Các phòng, đơn vị thuộc Sở',
			'Số: 215/SVHTT-VP V/v chuẩn bị hội thi văn nghệ quần chúng năm 2024\nNinh Thuận, ngày 12 tháng 3 năm 2024 Kính gửi: Các phòng, đơn vị thuộc Sở',
		),
		findings: [],
	},
	{
		id: 'A4 header-on-one-line',
		text: replaceBlock(
			Q,
			'Số: 30/QĐ-SVHTT\nNinh Thuận, ngày 12 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc thành lập Ban tổ chức hội thi văn nghệ năm 2024\nGIÁM ĐỐC SỞ VĂN HÓA VÀ THỂ THAO',
			'Số: 30/QĐ-SVHTT Ninh Thuận, ngày 12 tháng 3 năm 2024 QUYẾT ĐỊNH VỀ VIỆC THÀNH LẬP BAN TỔ CHỨC HỘI THI GIÁM ĐỐC SỞ VĂN HÓA VÀ THỂ THAO',
		),
		// None of missing-date, missing-trich-yeu, malformed-so-ky-hieu. The trích yếu, read from "VỀ VIỆC", is in
		// capitals, which is a real defect of the shape; the authority stays in it (nothing marks where it starts).
		findings: [{ rule: 'trich-yeu-uppercase', line: 5 }],
	},
	{
		id: 'A4 milder form: Số on its own line, the rest joined',
		text: replaceBlock(
			Q,
			'Ninh Thuận, ngày 12 tháng 3 năm 2024\nQUYẾT ĐỊNH\nVề việc thành lập Ban tổ chức hội thi văn nghệ năm 2024',
			'Ninh Thuận, ngày 12 tháng 3 năm 2024 QUYẾT ĐỊNH VỀ VIỆC THÀNH LẬP BAN TỔ CHỨC HỘI THI',
		),
		findings: [{ rule: 'trich-yeu-uppercase', line: 6 }],
	},
	{
		id: 'A7 type-line-with-subject',
		text: replaceBlock(
			N,
			'Số: 215/SVHTT-VP\nV/v chuẩn bị hội thi văn nghệ quần chúng năm 2024\nNinh Thuận, ngày 12 tháng 3 năm 2024\nKính gửi: Các phòng, đơn vị thuộc Sở',
			'Số: 31/SVHTT-VP\nNinh Thuận, ngày 12 tháng 3 năm 2024\nKẾ HOẠCH TỔ CHỨC HỘI THI VĂN NGHỆ\nQUẦN CHÚNG NĂM 2024',
		),
		// Recognised as a Kế hoạch: no missing-kinh-gui, no "not found" trích yếu; one finding on its form, and
		// the real defect (H3) on line 5: the ký hiệu lacks "KH".
		findings: [
			{ rule: 'ky-hieu-loai-van-ban', line: 5 },
			{ rule: 'trich-yeu-uppercase', line: 7 },
		],
	},
	{
		id: 'A5 block 1: Quốc hiệu split by a line of the other column',
		text: replaceBlock(
			N,
			'SỞ VĂN HÓA VÀ THỂ THAO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nSỞ VĂN HÓA VÀ THỂ THAO\nNAM',
		),
		findings: [],
	},
	{
		id: 'A5 block 2: number below "Số:"',
		text: replaceBlock(N, 'Số: 215/SVHTT-VP', 'Số:\n215/SVHTT-VP'),
		findings: [],
	},
	{
		id: 'A5 block 3: draft date wrapped twice',
		text: replaceBlock(N, 'Ninh Thuận, ngày 12 tháng 3 năm 2024', 'Ninh Thuận, ngày\ntháng\nnăm 2024'),
		// One information finding for the blank day and month, on the date's first line.
		findings: [{ rule: 'draft-blank', line: 7, severity: 'information' }],
	},
	{
		id: 'A5 block 3: date wrapped once',
		text: replaceBlock(N, 'Ninh Thuận, ngày 12 tháng 3 năm 2024', 'Ninh Thuận, ngày 12\ntháng 3 năm 2024'),
		findings: [],
	},
	{
		id: 'A5 block 4: date read after the left column’s "Kính gửi:"',
		text: replaceBlock(
			N,
			'Ninh Thuận, ngày 12 tháng 3 năm 2024\nKính gửi: Các phòng, đơn vị thuộc Sở',
			'Kính gửi:\nNinh Thuận, ngày 12 tháng 3 năm 2024\n- Phòng Nghiệp vụ Văn hóa;\n- Văn phòng Sở.',
		),
		findings: [],
	},
	{
		id: 'A6 kinh-gui-above-header',
		text: [
			'Kính gửi: Các doanh nghiệp trên địa bàn tỉnh.',
			'',
			'ỦY BAN NHÂN DÂN',
			'TỈNH LÂM VIÊN',
			'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
			'Độc lập – Tự do – Hạnh phúc',
			'',
			'Số: 215/UBND-KT',
			'V/v rà soát hệ thống đèn chiếu sáng công cộng',
			'',
			'TP. Lâm Viên, ngày 14 tháng 5 năm 2024',
			'',
			L.slice(L.indexOf('Thực hiện')),
		].join('\n'),
		// Also the hint that a single recipient on the label's line takes no final "." (a real defect of the example).
		findings: [
			{ rule: 'kinh-gui-single-period', line: 1, severity: 'hint' },
			{ rule: 'tieu-ngu-format', line: 6 },
			{ rule: 'place-abbreviated', line: 11 },
		],
	},
	{
		id: 'B1 block 1: title glued to the name',
		text: replaceBlock(L, L_SIGNATURE, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCHTrần Minh Khoa'),
		findings: [],
	},
	{
		id: 'B1 block 2: authority and title on one line',
		text: replaceBlock(L, L_SIGNATURE, 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH\n\nTrần Minh Khoa'),
		findings: [],
	},
	{
		id: 'B2 block 1: signature on one line',
		text: replaceBlock(N, N_SIGNATURE, 'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Trần Thị Mai'),
		findings: [],
	},
	{
		id: 'B2 block 2: signature run on into an attachment',
		text: replaceBlock(
			Q,
			'GIÁM ĐỐC\nLê Văn Hùng',
			'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Lê Văn Hùng QUY CHẾ HỘI THI VĂN NGHỆ (Ban hành kèm theo Quyết định số 30/QĐ-SVHTT)',
		),
		findings: [],
	},
	{
		id: 'B3 luu-signer-attachment-one-line',
		text: replaceBlock(
			Q,
			'- Lưu: VT, VP.\nGIÁM ĐỐC\nLê Văn Hùng',
			[
				'- Lưu: VT, VP (10b) GIÁM ĐỐC Lê Văn Hùng QUY CHẾ HỘI THI (Ban hành kèm theo Quyết định số 30/QĐ-SVHTT) Chương I QUY ĐỊNH CHUNG',
				'Điều 1. Phạm vi điều chỉnh',
				'Quy chế này quy định về hội thi theo Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh;',
				'Nghị quyết số 05/NQ-HĐND ngày 01/01/2024 của HĐND tỉnh.',
				'Điều 2. Hiệu lực',
				'1. Quy chế có hiệu lực từ ngày ký.',
				'2. Trường hợp có vướng mắc, các đơn vị báo cáo Sở./.',
			].join('\n'),
		),
		// If anything, one finding on the Lưu line (line 18): it has no final ".".
		findings: [{ rule: 'noi-nhan-punctuation', line: 18 }],
	},
	{
		id: 'B4 noi-nhan-label-beside-signer',
		text: replaceBlock(
			N,
			N_CLOSING,
			'Nơi nhận:                                   GIÁM ĐỐC\n- Như trên;\n- Lưu: VT, VP.                               Trần Thị Mai',
		),
		findings: [],
	},
	{
		id: 'B5 signer-before-noi-nhan-da-ky',
		text: replaceBlock(N, N_CLOSING, N_SIGNATURE.replace('\nTrần', '\n(đã ký)\nTrần') + '\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.'),
		findings: [],
	},
	{
		id: 'B6 sig-image-page-number',
		text: replaceBlock(N, N_CLOSING, 'Nơi nhận:\n- Như trên;\n- Lưu: VT, VP.\n7'),
		findings: [{ rule: 'signature-incomplete', line: 13, severity: 'warning' }],
	},
	{
		id: 'B7 nn-entry-without-dash',
		text: replaceBlock(
			L,
			'Nơi nhận:\n- Như trên;\n- Chủ tịch UBND tỉnh;\n- Lưu: VT, KT.',
			'Nơi nhận:\n- Như trên;\n- Văn phòng UBND tỉnh: CVP, các PCVP;\nTrung tâm Công báo tỉnh;\n- Lưu: VT, KT.',
		),
		// At most a hint on line 20 (the entry has no "-"), from its own rule; the list runs to the Lưu line, so no
		// noi-nhan-luu and no noi-nhan-punctuation.
		findings: [{ rule: 'noi-nhan-entry-dash', line: 20, severity: 'hint' }],
	},
	{
		id: 'B10 block 2: two entries on one line, Lưu without its colon',
		text: replaceBlock(
			L,
			'Nơi nhận:\n- Như trên;\n- Chủ tịch UBND tỉnh;\n- Lưu: VT, KT.',
			'Nơi nhận:\n- Như trên;\n- Phòng Kinh tế;- Lưu VT, KT.',
		),
		findings: [
			{ rule: 'noi-nhan-luu', line: 19 },
			{ rule: 'noi-nhan-one-per-line', line: 19, severity: 'hint' },
		],
	},
	{
		id: 'B11 nn-label-glued-to-body',
		text: replaceBlock(
			L,
			'năm 2024./.\n\nNơi nhận:\n- Như trên;\n- Chủ tịch UBND tỉnh;\n- Lưu: VT, KT.',
			'năm 2024./.Nơi nhận:\n- Như trên;\n• Chủ tịch UBND tỉnh;\n- Lưu: VT, KT',
		),
		findings: [
			{ rule: 'noi-nhan-punctuation', line: 17 },
			{ rule: 'noi-nhan-punctuation', line: 18 },
		],
	},
	{
		id: 'B8 nn-brace-note',
		text: replaceBlock(L, '- Chủ tịch UBND tỉnh;', '- Chủ tịch UBND tỉnh; (để b/c)'),
		findings: [],
	},
	{
		id: 'B9 line 1: drafter initials after the Lưu entry’s period',
		text: replaceBlock(L, '- Lưu: VT, KT.', '- Lưu: VT, KT (2b). HN'),
		findings: [],
	},
	{
		id: 'B9 line 2: a copy count not in brackets',
		text: replaceBlock(L, '- Lưu: VT, KT.', '- Lưu: VT, VP (2b), TTM. 40'),
		// At most a hint, never an error: none.
		findings: [],
	},
	{
		id: 'B10 block 1: every entry on the label’s line',
		text: replaceBlock(
			L,
			'Nơi nhận:\n- Như trên;\n- Chủ tịch UBND tỉnh;\n- Lưu: VT, KT.',
			'Nơi nhận:- Như trên;- Chủ tịch UBND tỉnh;- Lưu: VT, KT.',
		),
		// Only the hint that entries share a line, once for each entry after the first.
		findings: [
			{ rule: 'noi-nhan-one-per-line', line: 17, severity: 'hint' },
			{ rule: 'noi-nhan-one-per-line', line: 17, severity: 'hint' },
		],
	},
	{
		id: 'B10 block 3: a signature line under the label',
		text: replaceBlock(
			L,
			'Nơi nhận:\n- Như trên;\n- Chủ tịch UBND tỉnh;\n- Lưu: VT, KT.\n\nKT. CHỦ TỊCH\n',
			'Nơi nhận:\nKT. CHỦ TỊCH\n- Như trên;\n- Phòng Kinh tế;- Lưu VT, KT.\n\n',
		),
		findings: [
			{ rule: 'noi-nhan-luu', line: 20 },
			{ rule: 'noi-nhan-one-per-line', line: 20, severity: 'hint' },
		],
	},
	{
		id: 'E1 line 1: "Kínhgửi:" with "- Như kính gửi;" in the Nơi nhận',
		text: replaceBlock(
			replaceBlock(L, 'Kính gửi:\n- Sở Xây dựng;\n- Sở Tài chính.', 'Kínhgửi: Sở Xây dựng'),
			'- Như trên;',
			'- Như kính gửi;',
		),
		findings: [{ rule: 'noi-nhan-nhu-tren', line: 16 }],
	},
	{
		id: 'E3 markdown-heading',
		text: replaceBlock(
			Q,
			'QUYẾT ĐỊNH\nVề việc thành lập Ban tổ chức hội thi văn nghệ năm 2024',
			'# QUYẾT ĐỊNH\n**Về việc thành lập Ban tổ chức hội thi văn nghệ năm 2024**',
		),
		findings: [],
	},
	{
		id: 'E4 junk-before-so',
		text: replaceBlock(L, 'Số: 215/UBND-KT', 'hình nối 2Số: 215/UBND-KT'),
		findings: [],
	},
	// E1 lines 2–3 and E2 are citations, read clause by clause by citations.ts and citation-completeness.ts (also
	// in test/shapes/citation-cases.test.ts); the layout front end does not change them.
	{
		id: 'E1 line 2: "củaChủ tịch"',
		text: replaceBlock(
			L,
			L_BODY_START,
			'Thực hiện Chỉ thị số 07/CT-UBND ngày 02/4/2024 củaChủ tịch Ủy ban nhân dân tỉnh về tiết kiệm năng lượng, Ủy ban',
		),
		findings: [{ rule: 'text-artefact', line: 15 }],
	},
	{
		id: 'E1 line 3: "10/QĐ-UBNDngày"',
		text: replaceBlock(L, L_BODY_START, 'Căn cứ Quyết định số 10/QĐ-UBNDngày 02/02/2024 của UBND tỉnh về ban hành quy chế hội thi; Ủy ban'),
		findings: [{ rule: 'text-artefact', line: 15 }],
	},
	{
		id: 'E2 line 1: digits split by spaces',
		text: replaceBlock(
			L,
			L_BODY_START,
			'Căn cứ Quyết định số 10/QĐ-UBND ngày 0 2 tháng 02 năm 202 4 của UBND tỉnh về ban hành quy chế hội thi, Ủy ban',
		),
		findings: [
			{ rule: 'text-artefact', line: 15 },
			{ rule: 'text-artefact', line: 15 },
		],
	},
	{
		id: 'E2 lines 2–3: syllables split and a wrap',
		text: replaceBlock(
			L,
			L_BODY_START,
			'Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 c ủa Giám đ ốc Sở\nVăn hóa về việc ban hành quy chế hội thi, Ủy ban',
		),
		findings: [
			{ rule: 'text-artefact', line: 15 },
			{ rule: 'text-artefact', line: 15 },
		],
	},
];
