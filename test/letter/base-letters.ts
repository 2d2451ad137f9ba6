// The three clean base letters of reference/real-world-shapes.md (L, N, Q), kept as their cells, and the
// layouts of the reference's "Layout-invariance tests" checklist that render them as real text arrives:
// Word tables (TAB), runs of spaces, " | " separators, flattened onto one line, PDF-style split lines,
// CRLF and NFD. Tests build each case's variant text from these; nothing here is a parser.

/** A base letter as the cells of its two tables and the paragraphs between them. */
export interface BaseLetter {
	name: string;
	/** The letter exactly as the reference prints it. */
	clean: string;
	/** Header table, left column (agency, Số, V/v) and right column (Quốc hiệu, Tiêu ngữ, place and date). */
	headerLeft: string[];
	headerRight: string[];
	/** Paragraphs between the header table and the closing table (type name, Kính gửi, body). */
	middle: string[];
	/** Closing table, left column (Nơi nhận) and right column (signature, blank lines included). */
	closingLeft: string[];
	closingRight: string[];
}

const L_CLEAN = `ỦY BAN NHÂN DÂN
TỈNH LÂM VIÊN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/UBND-KT
V/v rà soát hệ thống đèn chiếu sáng công cộng

Lâm Viên, ngày 14 tháng 5 năm 2024

Kính gửi:
- Sở Xây dựng;
- Sở Tài chính.

Thực hiện Kế hoạch số 42/KH-UBND ngày 02 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh về tiết kiệm năng lượng, Ủy ban nhân dân tỉnh đề nghị các sở rà soát hệ thống đèn chiếu sáng công cộng, báo cáo trước ngày 30 tháng 6 năm 2024./.

Nơi nhận:
- Như trên;
- Chủ tịch UBND tỉnh;
- Lưu: VT, KT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Minh Khoa
`;

const N_CLEAN = `UBND TỈNH NINH THUẬN
SỞ VĂN HÓA VÀ THỂ THAO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 215/SVHTT-VP
V/v chuẩn bị hội thi văn nghệ quần chúng năm 2024
Ninh Thuận, ngày 12 tháng 3 năm 2024
Kính gửi: Các phòng, đơn vị thuộc Sở
Thực hiện Kế hoạch số 45/KH-UBND ngày 02/02/2024 của UBND tỉnh về tổ chức các hoạt động văn hóa năm 2024, Sở Văn hóa và Thể thao đề nghị các đơn vị:
1. Rà soát danh sách diễn viên quần chúng.
2. Gửi đăng ký về Văn phòng Sở trước ngày 30/3/2024.
Đề nghị các đơn vị thực hiện./.
Nơi nhận:
- Như trên;
- Lưu: VT, VP.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Trần Thị Mai
`;

const Q_CLEAN = `UBND TỈNH NINH THUẬN
SỞ VĂN HÓA VÀ THỂ THAO
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 30/QĐ-SVHTT
Ninh Thuận, ngày 12 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc thành lập Ban tổ chức hội thi văn nghệ năm 2024
GIÁM ĐỐC SỞ VĂN HÓA VÀ THỂ THAO
Căn cứ Quyết định số 10/QĐ-UBND ngày 02/02/2024 của UBND tỉnh về ban hành quy chế hội thi;
Theo đề nghị của Chánh Văn phòng Sở.
QUYẾT ĐỊNH:
Điều 1. Thành lập Ban tổ chức hội thi văn nghệ năm 2024.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng Sở và các thành viên có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Lưu: VT, VP.
GIÁM ĐỐC
Lê Văn Hùng
`;

export const BASE_L: BaseLetter = {
	name: 'L',
	clean: L_CLEAN,
	headerLeft: ['ỦY BAN NHÂN DÂN', 'TỈNH LÂM VIÊN', 'Số: 215/UBND-KT', 'V/v rà soát hệ thống đèn chiếu sáng công cộng'],
	headerRight: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Lâm Viên, ngày 14 tháng 5 năm 2024'],
	middle: [
		'',
		'Kính gửi:',
		'- Sở Xây dựng;',
		'- Sở Tài chính.',
		'',
		'Thực hiện Kế hoạch số 42/KH-UBND ngày 02 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh về tiết kiệm năng lượng, Ủy ban nhân dân tỉnh đề nghị các sở rà soát hệ thống đèn chiếu sáng công cộng, báo cáo trước ngày 30 tháng 6 năm 2024./.',
		'',
	],
	closingLeft: ['Nơi nhận:', '- Như trên;', '- Chủ tịch UBND tỉnh;', '- Lưu: VT, KT.'],
	closingRight: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', 'Trần Minh Khoa'],
};

export const BASE_N: BaseLetter = {
	name: 'N',
	clean: N_CLEAN,
	headerLeft: ['UBND TỈNH NINH THUẬN', 'SỞ VĂN HÓA VÀ THỂ THAO', 'Số: 215/SVHTT-VP', 'V/v chuẩn bị hội thi văn nghệ quần chúng năm 2024'],
	headerRight: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Ninh Thuận, ngày 12 tháng 3 năm 2024'],
	middle: N_CLEAN.split('\n').slice(7, 12),
	closingLeft: ['Nơi nhận:', '- Như trên;', '- Lưu: VT, VP.'],
	closingRight: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Thị Mai'],
};

export const BASE_Q: BaseLetter = {
	name: 'Q',
	clean: Q_CLEAN,
	headerLeft: ['UBND TỈNH NINH THUẬN', 'SỞ VĂN HÓA VÀ THỂ THAO', 'Số: 30/QĐ-SVHTT'],
	headerRight: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Ninh Thuận, ngày 12 tháng 3 năm 2024'],
	middle: Q_CLEAN.split('\n').slice(6, 15),
	closingLeft: ['Nơi nhận:', '- Như Điều 3;', '- Lưu: VT, VP.'],
	closingRight: ['GIÁM ĐỐC', 'Lê Văn Hùng'],
};

export const BASES: readonly BaseLetter[] = [BASE_L, BASE_N, BASE_Q];

/** Replaces the lines `from`..`to` (1-based, inclusive) of a text with `lines`. */
export function replaceLines(text: string, from: number, to: number, lines: string[]): string {
	const all = text.split('\n');
	all.splice(from - 1, to - from + 1, ...lines);
	return all.join('\n');
}

/** Replaces the first occurrence of a block of lines (joined by LF) with another block. */
export function replaceBlock(text: string, block: string, by: string): string {
	const at = text.indexOf(block);
	if (at < 0) {
		throw new Error(`block not found in the base letter: ${block.slice(0, 40)}`);
	}
	return text.slice(0, at) + by + text.slice(at + block.length);
}

/** Rows of two columns side by side: row i holds left[i] and right[i], joined by `sep` when both exist. */
function sideBySide(left: string[], right: string[], sep: (leftCell: string) => string, rightOnly: string): string[] {
	const rows: string[] = [];
	for (let i = 0; i < Math.max(left.length, right.length); i++) {
		const l = left[i] ?? '';
		const r = right[i] ?? '';
		if (l !== '' && r !== '') {
			rows.push(l + sep(l) + r);
		} else if (r !== '') {
			rows.push(rightOnly + r);
		} else {
			rows.push(l);
		}
	}
	return rows;
}

/** The names of the layouts of the invariance checklist. */
export type LayoutName =
	'clean' | 'tab-rows' | 'word-paste' | 'spaces' | 'pipes' | 'flattened' | 'pdf-split' | 'crlf' | 'crlf-mixed' | 'nfd' | 'nfd-crlf-tab';

export const LAYOUTS: readonly LayoutName[] = [
	'clean',
	'tab-rows',
	'word-paste',
	'spaces',
	'pipes',
	'flattened',
	'pdf-split',
	'crlf',
	'crlf-mixed',
	'nfd',
	'nfd-crlf-tab',
];

function pad(cell: string, width: number): string {
	return ' '.repeat(Math.max(3, width - cell.length));
}

/** The base letter rendered in a layout. */
export function render(base: BaseLetter, layout: LayoutName): string {
	const join = (header: string[], closing: string[]): string => [...header, ...base.middle, ...closing].join('\n') + '\n';
	switch (layout) {
		case 'clean':
			return base.clean;
		case 'tab-rows':
			return join(
				sideBySide(base.headerLeft, base.headerRight, () => '\t', '\t'),
				sideBySide(base.closingLeft, base.closingRight, () => '\t', '\t'),
			);
		case 'word-paste': {
			// A cell's paragraphs on lines of their own; the right cell starts after a TAB at the end of the
			// left cell's last line.
			const cell = (left: string[], right: string[]): string[] => {
				const lines = [...left];
				lines[lines.length - 1] += '\t' + (right[0] ?? '');
				return [...lines, ...right.slice(1)];
			};
			return join(cell(base.headerLeft, base.headerRight), cell(base.closingLeft, base.closingRight));
		}
		case 'spaces':
			return join(
				sideBySide(base.headerLeft, base.headerRight, (l) => pad(l, 48), ' '.repeat(48)),
				sideBySide(base.closingLeft, base.closingRight, (l) => pad(l, 40), ' '.repeat(40)),
			);
		case 'pipes':
			return join(
				sideBySide(base.headerLeft, base.headerRight, () => ' | ', ' | '),
				sideBySide(base.closingLeft, base.closingRight, () => ' | ', ' | '),
			);
		case 'flattened': {
			// Web copy: each table on one line, cells joined by a single space, in reading order of a row.
			const header = [...base.headerLeft.slice(0, 2), ...base.headerRight.slice(0, 2)];
			const rest = [...base.headerLeft.slice(2), base.headerRight[2] ?? ''];
			const closing = [...base.closingLeft, ...base.closingRight.filter((l) => l !== '')].join(' ');
			return [...header, rest.join(' '), ...base.middle, closing].join('\n') + '\n';
		}
		case 'pdf-split': {
			// The number below "Số:" and the date wrapped once.
			const headerLeft = base.headerLeft.flatMap((l) => (l.startsWith('Số: ') ? ['Số:', l.slice(4)] : [l]));
			const headerRight = base.headerRight.flatMap((l) => {
				const m = /^(.*ngày \d+) (tháng .*)$/u.exec(l);
				return m ? [m[1] ?? '', m[2] ?? ''] : [l];
			});
			return join([...headerLeft, ...headerRight], [...base.closingLeft, ...base.closingRight]);
		}
		case 'crlf':
			return base.clean.replace(/\n/gu, '\r\n');
		case 'crlf-mixed':
			return base.clean
				.split('\n')
				.map((l, i) => (i % 2 === 0 ? l + '\r\n' : l + '\n'))
				.join('')
				.slice(0, -1);
		case 'nfd':
			return base.clean.normalize('NFD');
		case 'nfd-crlf-tab':
			return render(base, 'tab-rows').normalize('NFD').replace(/\n/gu, '\r\n');
	}
}
