// The layout of an issued letter, as data: paper, margins, font, and for every component of the letter its
// size, weight, slant, case, alignment, indent and spacing, each with the clause of Nghị định 30/2020/NĐ-CP,
// Phụ lục I that sets it (reference §11). The decree gives ranges ("cỡ chữ từ 13 đến 14"); `value` is the
// one used when the team profile chooses nothing, and `applyLayoutChoices` lets a profile choose another
// value inside the range and rejects any value outside it. The export to Word and the live A4 preview read this
// table, and so will the layout checks: nothing else hard-codes a size or a margin.
//
// Clauses are cited as in the reference: "Phụ lục I, Phần I, Mục II, khoản 1, điểm a" is Mục II.1.a.
// Phần I, Mục I sets the page (paper, margins, font, page numbers); Mục II the components; Mục III the other
// components (phụ lục, dấu chỉ mức độ khẩn, mật); Mục IV the position of each component on the page (the
// diagram); Mục V the table of fonts and sizes ("Mẫu chữ và chi tiết trình bày thể thức").

/** A range of values the decree allows, and the value used. */
export interface Ranged {
	/** The smallest value the decree allows. */
	min: number;
	/** The largest value the decree allows. */
	max: number;
	/** The value used: the default, or the team profile's choice inside the range. */
	value: number;
}

/** Where a paragraph sits between the margins. */
export type Alignment = 'left' | 'center' | 'right' | 'justify';

/** The components of a letter that the layout table styles, with ids that never change. */
export const COMPONENT_IDS = [
	'co-quan-chu-quan',
	'co-quan-ban-hanh',
	'quoc-hieu',
	'tieu-ngu',
	'so',
	'dia-danh-ngay',
	'ten-loai',
	'trich-yeu',
	'vv',
	'tham-quyen',
	'kinh-gui',
	'can-cu',
	'noi-dung',
	'phan-chuong-muc',
	'dieu',
	'quyet-dinh',
	'noi-nhan-label',
	'noi-nhan-entry',
	'quyen-han',
	'chuc-vu',
	'ho-ten',
	'khan-mat',
	'phu-luc',
	'so-trang',
] as const;

/** The id of a component of the letter. */
export type ComponentId = (typeof COMPONENT_IDS)[number];

/** How one component is laid out. */
export interface ComponentLayout {
	id: ComponentId;
	/** The component's name in Vietnamese, as the decree calls it. */
	name: string;
	/** The name of its Word paragraph style, so that a user who edits the .docx keeps the layout. */
	style: string;
	/** Font size in points. */
	size: Ranged;
	/** Bold text. */
	bold: boolean;
	/** Bold only for the marker that opens the paragraph ("Điều 3."), the rest upright and regular. */
	boldMarker?: boolean;
	/** Italic text. */
	italic: boolean;
	/**
	 * True when the decree wants the component in capitals. The export never changes the case of what the
	 * user wrote (a fix does that, in the text); the layout checks read this.
	 */
	caps: boolean;
	align: Alignment;
	/** First-line indent in millimetres, when the decree sets one. */
	firstLineIndentMm?: Ranged;
	/** Space before the paragraph, in points. */
	spaceBeforePt: number;
	/** Space after the paragraph, in points. */
	spaceAfterPt: number;
	/** The clause of the decree that sets this layout. */
	source: string;
}

/** A rule line drawn under a component's text, as a shape. */
export interface RuleLine {
	/** The component it is drawn under. */
	under: ComponentId;
	/** Its length as a fraction of the width of the text above it. */
	fraction: Ranged;
	/** Its thickness in points. */
	weightPt: number;
	source: string;
}

/** The whole layout: the page, the components, the rule lines and the page numbers. */
export interface LayoutTable {
	page: {
		/** A4, portrait, in millimetres. */
		widthMm: number;
		heightMm: number;
		orientation: 'portrait';
		source: string;
	};
	/** Margins in millimetres. */
	margins: { top: Ranged; bottom: Ranged; left: Ranged; right: Ranged; source: string };
	font: { family: string; encoding: string; color: string; source: string };
	/** Line spacing as a multiple of a single line. */
	lineSpacing: Ranged & { source: string };
	/** Space between the paragraphs of the body, in points (at least 6). */
	paragraphSpacingPt: Ranged & { source: string };
	components: Record<ComponentId, ComponentLayout>;
	ruleLines: RuleLine[];
	pageNumbers: { align: Alignment; position: 'top'; fromPage: number; source: string };
	/**
	 * The share of the text width taken by the left column of the two-column tables: the header (cơ quan |
	 * Quốc hiệu), the closing (Nơi nhận | chữ ký) and two signers side by side. The decree's diagram (Mục IV)
	 * draws the columns without measures; these are the proportions of its models.
	 */
	columns: { headerLeft: number; closingLeft: number; signersLeft: number; source: string };
	/**
	 * A Kính gửi with a list of recipients (Mẫu 1.1 Phụ lục III): label and recipients set from this indent,
	 * left-aligned, the recipients without space before them.
	 */
	kinhGuiList: { indentMm: number; source: string };
}

const MUC_V = 'Phụ lục I, Phần I, Mục V (bảng mẫu chữ)';

function ranged(min: number, max: number, value: number): Ranged {
	return { min, max, value };
}

function component(
	id: ComponentId,
	name: string,
	size: Ranged,
	style: Pick<ComponentLayout, 'bold' | 'italic' | 'caps' | 'align'> &
		Partial<Pick<ComponentLayout, 'firstLineIndentMm' | 'spaceBeforePt' | 'spaceAfterPt' | 'boldMarker'>>,
	source: string,
): ComponentLayout {
	return {
		id,
		name,
		style: `CV ${name}`,
		size,
		spaceBeforePt: 0,
		spaceAfterPt: 0,
		...style,
		source: `${source}; ${MUC_V}`,
	};
}

const BODY_INDENT = ranged(10, 12.7, 12.7);

/** The layout of Phụ lục I with the default values. Use `applyLayoutChoices` for a team's choices. */
export function nd30Layout(): LayoutTable {
	const components: Record<ComponentId, ComponentLayout> = {
		'co-quan-chu-quan': component(
			'co-quan-chu-quan',
			'Cơ quan chủ quản',
			ranged(12, 13, 13),
			{ bold: false, italic: false, caps: true, align: 'center' },
			'Phụ lục I, Phần I, Mục II, khoản 2, điểm b',
		),
		'co-quan-ban-hanh': component(
			'co-quan-ban-hanh',
			'Cơ quan ban hành',
			ranged(12, 13, 13),
			{ bold: true, italic: false, caps: true, align: 'center' },
			'Phụ lục I, Phần I, Mục II, khoản 2, điểm b',
		),
		'quoc-hieu': component(
			'quoc-hieu',
			'Quốc hiệu',
			ranged(12, 13, 13),
			{ bold: true, italic: false, caps: true, align: 'center' },
			'Phụ lục I, Phần I, Mục II, khoản 1, điểm a',
		),
		'tieu-ngu': component(
			'tieu-ngu',
			'Tiêu ngữ',
			ranged(13, 14, 14),
			{ bold: true, italic: false, caps: false, align: 'center' },
			'Phụ lục I, Phần I, Mục II, khoản 1, điểm b',
		),
		so: component(
			'so',
			'Số, ký hiệu',
			ranged(13, 13, 13),
			{ bold: false, italic: false, caps: false, align: 'center' },
			'Phụ lục I, Phần I, Mục II, khoản 3, điểm c',
		),
		'dia-danh-ngay': component(
			'dia-danh-ngay',
			'Địa danh và thời gian',
			ranged(13, 14, 14),
			{ bold: false, italic: true, caps: false, align: 'center' },
			'Phụ lục I, Phần I, Mục II, khoản 4, điểm c',
		),
		'ten-loai': component(
			'ten-loai',
			'Tên loại văn bản',
			ranged(13, 14, 14),
			{ bold: true, italic: false, caps: true, align: 'center', spaceBeforePt: 12 },
			'Phụ lục I, Phần I, Mục II, khoản 5, điểm a',
		),
		'trich-yeu': component(
			'trich-yeu',
			'Trích yếu',
			ranged(13, 14, 14),
			{ bold: true, italic: false, caps: false, align: 'center' },
			'Phụ lục I, Phần I, Mục II, khoản 5, điểm b',
		),
		vv: component(
			'vv',
			'Trích yếu công văn',
			ranged(12, 13, 12),
			{ bold: false, italic: false, caps: false, align: 'center' },
			'Phụ lục I, Phần I, Mục II, khoản 5, điểm b',
		),
		'tham-quyen': component(
			'tham-quyen',
			'Thẩm quyền ban hành',
			ranged(13, 14, 14),
			{ bold: true, italic: false, caps: true, align: 'center', spaceBeforePt: 12 },
			'Phụ lục I, Phần I, Mục II, khoản 6, điểm a',
		),
		'kinh-gui': component(
			'kinh-gui',
			'Kính gửi',
			ranged(13, 14, 14),
			{ bold: false, italic: false, caps: false, align: 'center', spaceBeforePt: 12 },
			'Phụ lục I, Phần I, Mục II, khoản 9, điểm d',
		),
		'can-cu': component(
			'can-cu',
			'Căn cứ ban hành',
			ranged(13, 14, 14),
			{ bold: false, italic: true, caps: false, align: 'justify', firstLineIndentMm: BODY_INDENT, spaceBeforePt: 6 },
			'Phụ lục I, Phần I, Mục II, khoản 6, điểm a',
		),
		'noi-dung': component(
			'noi-dung',
			'Nội dung',
			ranged(13, 14, 14),
			{ bold: false, italic: false, caps: false, align: 'justify', firstLineIndentMm: BODY_INDENT, spaceBeforePt: 6 },
			'Phụ lục I, Phần I, Mục II, khoản 6, điểm e',
		),
		'phan-chuong-muc': component(
			'phan-chuong-muc',
			'Phần, chương, mục',
			ranged(13, 14, 14),
			{ bold: true, italic: false, caps: false, align: 'center', spaceBeforePt: 6 },
			'Phụ lục I, Phần I, Mục II, khoản 6, điểm c',
		),
		dieu: component(
			'dieu',
			'Điều',
			ranged(13, 14, 14),
			{ bold: false, boldMarker: true, italic: false, caps: false, align: 'justify', firstLineIndentMm: BODY_INDENT, spaceBeforePt: 6 },
			'Phụ lục I, Phần I, Mục II, khoản 6, điểm d',
		),
		'quyet-dinh': component(
			'quyet-dinh',
			'Quyết định',
			ranged(13, 14, 14),
			{ bold: true, italic: false, caps: true, align: 'center', spaceBeforePt: 6 },
			'Phụ lục I, Phần I, Mục II, khoản 6, điểm a',
		),
		'noi-nhan-label': component(
			'noi-nhan-label',
			'Nơi nhận',
			ranged(12, 12, 12),
			{ bold: true, italic: true, caps: false, align: 'left', spaceBeforePt: 12 },
			'Phụ lục I, Phần I, Mục II, khoản 9, điểm d',
		),
		'noi-nhan-entry': component(
			'noi-nhan-entry',
			'Nơi nhận danh sách',
			ranged(11, 11, 11),
			{ bold: false, italic: false, caps: false, align: 'left' },
			'Phụ lục I, Phần I, Mục II, khoản 9, điểm d',
		),
		'quyen-han': component(
			'quyen-han',
			'Quyền hạn người ký',
			ranged(13, 14, 14),
			{ bold: true, italic: false, caps: true, align: 'center', spaceBeforePt: 12 },
			'Phụ lục I, Phần I, Mục II, khoản 7, điểm a',
		),
		'chuc-vu': component(
			'chuc-vu',
			'Chức vụ người ký',
			ranged(13, 14, 14),
			{ bold: true, italic: false, caps: true, align: 'center' },
			'Phụ lục I, Phần I, Mục II, khoản 7, điểm b',
		),
		'ho-ten': component(
			'ho-ten',
			'Họ tên người ký',
			ranged(13, 14, 14),
			{ bold: true, italic: false, caps: false, align: 'center', spaceBeforePt: 60 },
			'Phụ lục I, Phần I, Mục II, khoản 7, điểm c',
		),
		'khan-mat': component(
			'khan-mat',
			'Dấu chỉ mức độ khẩn, mật',
			ranged(13, 14, 13),
			{ bold: true, italic: false, caps: true, align: 'center', spaceBeforePt: 6 },
			'Phụ lục I, Phần I, Mục III, khoản 2, điểm a và b',
		),
		'phu-luc': component(
			'phu-luc',
			'Phụ lục',
			ranged(14, 14, 14),
			{ bold: true, italic: false, caps: true, align: 'center', spaceBeforePt: 12 },
			'Phụ lục I, Phần I, Mục III, khoản 1, điểm b',
		),
		'so-trang': component(
			'so-trang',
			'Số trang',
			ranged(13, 14, 14),
			{ bold: false, italic: false, caps: false, align: 'center' },
			'Phụ lục I, Phần I, Mục I, khoản 7',
		),
	};
	return {
		page: { widthMm: 210, heightMm: 297, orientation: 'portrait', source: 'Phụ lục I, Phần I, Mục I, khoản 1 và 2' },
		margins: {
			top: ranged(20, 25, 20),
			bottom: ranged(20, 25, 20),
			left: ranged(30, 35, 30),
			right: ranged(15, 20, 15),
			source: 'Phụ lục I, Phần I, Mục I, khoản 3',
		},
		font: {
			family: 'Times New Roman',
			encoding: 'Unicode, TCVN 6909:2001',
			color: '000000',
			source: 'Phụ lục I, Phần I, Mục I, khoản 4',
		},
		lineSpacing: { ...ranged(1, 1.5, 1), source: 'Phụ lục I, Phần I, Mục II, khoản 6, điểm e' },
		paragraphSpacingPt: { ...ranged(6, 12, 6), source: 'Phụ lục I, Phần I, Mục II, khoản 6, điểm e' },
		components,
		ruleLines: [
			{ under: 'tieu-ngu', fraction: ranged(1, 1, 1), weightPt: 0.5, source: 'Phụ lục I, Phần I, Mục II, khoản 1, điểm b' },
			{
				under: 'co-quan-ban-hanh',
				fraction: ranged(1 / 3, 1 / 2, 0.4),
				weightPt: 0.5,
				source: 'Phụ lục I, Phần I, Mục II, khoản 2, điểm b',
			},
			{ under: 'trich-yeu', fraction: ranged(1 / 3, 1 / 2, 0.4), weightPt: 0.5, source: 'Phụ lục I, Phần I, Mục II, khoản 5, điểm b' },
		],
		pageNumbers: { align: 'center', position: 'top', fromPage: 2, source: 'Phụ lục I, Phần I, Mục I, khoản 7' },
		columns: {
			headerLeft: 0.38,
			closingLeft: 0.5,
			signersLeft: 0.5,
			source: 'Phụ lục I, Phần I, Mục IV, sơ đồ bố trí các thành phần thể thức',
		},
		kinhGuiList: { indentMm: 40, source: 'Phụ lục III, Mẫu 1.1 (công văn)' },
	};
}

/** A team's layout choices, each inside the decree's range. */
export interface LayoutChoices {
	/** The size of the body and of the components that follow it (13 or 14). */
	bodySize?: number;
	/** Sizes of single components. */
	sizes?: Partial<Record<ComponentId, number>>;
	/** Margins in millimetres. */
	margins?: Partial<Record<'top' | 'bottom' | 'left' | 'right', number>>;
	/** Line spacing, as a multiple of a single line (1 to 1.5). */
	lineSpacing?: number;
	/** The first-line indent of the body, in millimetres (10 to 12.7). */
	firstLineIndentMm?: number;
}

/** A choice outside the decree's range; the message is in Vietnamese and names the clause. */
export class LayoutChoiceError extends Error {
	constructor(
		message: string,
		/** The path of the choice in the profile ("margins.left"). */
		readonly choice: string,
	) {
		super(message);
		this.name = 'LayoutChoiceError';
	}
}

// The components whose size follows the body's when the profile sets `bodySize`.
export const BODY_SIZED: readonly ComponentId[] = ['noi-dung', 'can-cu', 'dieu', 'phan-chuong-muc', 'quyet-dinh', 'kinh-gui'];

function choose(target: Ranged, value: number, choice: string, what: string, unit: string, source: string): void {
	if (!Number.isFinite(value) || value < target.min - 1e-9 || value > target.max + 1e-9) {
		const range = target.min === target.max ? `${target.min}` : `${target.min} đến ${target.max}`;
		throw new LayoutChoiceError(`${what} ${value} ${unit} nằm ngoài khoảng ${range} ${unit} mà ${source} cho phép.`, choice);
	}
	target.value = value;
}

/**
 * The layout table with a team's choices applied. Throws a `LayoutChoiceError` for the first value outside
 * the decree's range; the table passed in is not changed.
 */
export function applyLayoutChoices(choices: LayoutChoices, base: LayoutTable = nd30Layout()): LayoutTable {
	const table = JSON.parse(JSON.stringify(base)) as LayoutTable;
	if (choices.bodySize !== undefined) {
		for (const id of BODY_SIZED) {
			const c = table.components[id];
			choose(c.size, choices.bodySize, 'bodySize', `Cỡ chữ ${c.name}`, 'pt', c.source);
		}
	}
	for (const [id, size] of Object.entries(choices.sizes ?? {})) {
		const c = table.components[id as ComponentId] as ComponentLayout | undefined;
		if (!c) {
			throw new LayoutChoiceError(`Không có thành phần "${id}" trong bảng trình bày.`, `sizes.${id}`);
		}
		choose(c.size, size, `sizes.${id}`, `Cỡ chữ ${c.name}`, 'pt', c.source);
	}
	for (const side of ['top', 'bottom', 'left', 'right'] as const) {
		const value = choices.margins?.[side];
		if (value !== undefined) {
			const names = { top: 'Lề trên', bottom: 'Lề dưới', left: 'Lề trái', right: 'Lề phải' };
			choose(table.margins[side], value, `margins.${side}`, names[side], 'mm', table.margins.source);
		}
	}
	if (choices.lineSpacing !== undefined) {
		choose(table.lineSpacing, choices.lineSpacing, 'lineSpacing', 'Khoảng cách dòng', 'dòng', table.lineSpacing.source);
	}
	if (choices.firstLineIndentMm !== undefined) {
		for (const c of Object.values(table.components)) {
			if (c.firstLineIndentMm) {
				choose(c.firstLineIndentMm, choices.firstLineIndentMm, 'firstLineIndentMm', 'Lùi đầu dòng', 'mm', c.source);
			}
		}
	}
	return table;
}
