// The letter as the page shows it: every non-blank line of the letter, in blocks, each block a component of
// the layout table placed in a region of the page. The export to Word (and later the preview) draws the plan;
// nothing here re-parses the text: the components come from the letter model (invariant 6), and a line that
// the model does not explain continues the block before it, so nothing the user wrote is dropped.
//
// Regions, in reading order: the header is a two-column table of two rows (cơ quan | Quốc hiệu and Tiêu ngữ;
// Số and V/v | địa danh và ngày), then the flow (tên loại, trích yếu, thẩm quyền, Kính gửi, the body), then the
// closing, a two-column table (Nơi nhận | chữ ký), then the tail (what follows the signature: phụ lục, notes).
// A letter signed by two people (a biên bản: thư ký and chủ tọa, Mẫu 1.9 Phụ lục III) has them side by side in
// a row of their own (signers-left | signers-right) above the Nơi nhận, which then stands alone on the left.
// Inside each region the blocks keep the order of the letter.
import { lineAtNormalized, type Letter, type Span } from '../letter';
import type { ComponentId } from './nd30';

/** Where a block sits on the page. */
export type Region =
	| 'header-left'
	| 'header-right'
	| 'header-left-2'
	| 'header-right-2'
	| 'flow'
	| 'signers-left'
	| 'signers-right'
	| 'closing-left'
	| 'closing-right'
	| 'tail';

/** The regions in reading order: the header table row by row, left cell before right cell. */
export const REGIONS: readonly Region[] = [
	'header-left',
	'header-right',
	'header-left-2',
	'header-right-2',
	'flow',
	'signers-left',
	'signers-right',
	'closing-left',
	'closing-right',
	'tail',
];

/** One paragraph of the laid-out letter. */
export interface Block {
	component: ComponentId;
	region: Region;
	/** The text, from the normalised letter (NFC, emphasis markers dropped), white space inside kept. */
	text: string;
	/** The zero-based lines of the letter it comes from. */
	lines: number[];
	/** The length of a leading marker that is set in bold ("Điều 3."), when the component wants one. */
	boldPrefix?: number;
}

/** The letter laid out in regions. */
export interface LayoutPlan {
	blocks: Block[];
}

// A line that only draws a rule under the text above ("-----", "_____", "====="): the export draws the rule
// as a shape instead. Dots are not rules: "..." is text.
const RULE_ONLY = /^(?:[-_=]\s*){3,}$/u;
const SIGNING_PREFIX = /^(?:TM|KT|TL|TUQ|Q|K\/T|T\/M|T\/L)\.?\s*\p{Lu}/u;
const URGENCY = /^(?:HỎA TỐC|HOẢ TỐC|THƯỢNG KHẨN|KHẨN|MẬT|TỐI MẬT|TUYỆT MẬT|XEM XONG TRẢ LẠI|LƯU HÀNH NỘI BỘ)$/u;
// The words that open the line of a local body below its parent ("ỦY BAN NHÂN DÂN" / "TỈNH LAI CHÂU").
const PLACE_LINE = /^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|XÃ|PHƯỜNG|ĐẶC KHU)(?!\p{L})/u;
const CAN_CU = /^(?:Căn cứ|Theo đề nghị|Xét đề nghị|Xét)(?!\p{L})/u;
// The line that opens the articles of a decision: "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:".
const DECISION = /^\p{Lu}[\p{Lu} ]*:$/u;
const PHU_LUC = /^PHỤ LỤC(?!\p{L})/u;

/** Whether a region belongs to the closing (the Nơi nhận, the signature, two signers side by side). */
function isClosing(region: Region): boolean {
	return region.startsWith('closing') || region.startsWith('signers');
}

// A line of the signature that is not a title and does not end a signer: a note ("(đã ký)", "(Chữ ký)").
const SIGNATURE_NOTE = /^\(/u;

/**
 * The signers of a signature block that holds two, each a run of title lines in capitals ending with a name
 * (a biên bản: "THƯ KÝ" … name, "CHỦ TỌA" … name); undefined for one signer.
 */
function twoSigners(lines: readonly Span[]): [Span[], Span[]] | undefined {
	const groups: Span[][] = [];
	let current: Span[] = [];
	let titled = false;
	for (const span of lines) {
		current.push(span);
		const text = span.text.trim();
		if (SIGNATURE_NOTE.test(text)) {
			continue;
		}
		if (text === text.toLocaleUpperCase('vi') && /\p{Lu}/u.test(text)) {
			titled = true;
		} else if (titled) {
			groups.push(current);
			current = [];
			titled = false;
		} else {
			// A name without a title above it: not a signer of its own.
			return undefined;
		}
	}
	const [left, right] = groups;
	// Notes after the second name stay with it; a title without a name is not a signer.
	return groups.length === 2 && !titled && left && right ? [left, [...right, ...current]] : undefined;
}

/** The signer's name in a group: its last line that is neither a title nor a note. */
function signerName(group: readonly Span[]): Span | undefined {
	for (let i = group.length - 1; i >= 0; i--) {
		const text = group[i]?.text.trim() ?? '';
		if (!SIGNATURE_NOTE.test(text) && text !== text.toLocaleUpperCase('vi')) {
			return group[i];
		}
	}
	return undefined;
}

interface Piece {
	/** Offset in the normalised text. */
	start: number;
	component: ComponentId;
	region: Region;
	boldPrefix?: number;
}

/** Lays a letter out in regions and components. Every non-blank line of the letter is in exactly one block. */
export function planLetter(letter: Letter): LayoutPlan {
	const pieces = new Map<number, Piece[]>();
	/** Lines that a multi-line block (a body paragraph, a Nơi nhận entry) has taken, mapped to its first line. */
	const joined = new Map<number, { text: string; lines: number[]; component: ComponentId; region: Region; boldPrefix?: number }>();
	const taken = new Set<number>();

	const add = (span: Span | undefined, component: ComponentId, region: Region, boldPrefix?: number): void => {
		if (!span || span.map !== letter.norm) {
			return;
		}
		const line = lineAtNormalized(letter, span.offset);
		const list = pieces.get(line) ?? [];
		if (!list.some((p) => p.start === span.offset)) {
			list.push({ start: span.offset, component, region, boldPrefix });
		}
		pieces.set(line, list);
	};
	const addLines = (lines: number[], text: string, component: ComponentId, region: Region, boldPrefix?: number): void => {
		const first = lines[0];
		if (first === undefined || lines.some((l) => taken.has(l))) {
			return;
		}
		joined.set(first, { text, lines, component, region, boldPrefix });
		for (const l of lines) {
			taken.add(l);
		}
	};

	// The header. The agency lines above Số, the tên loại and the trích yếu are the managing and issuing body;
	// those below are the authority line of a decision ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH").
	const firstBelowAgency = Math.min(
		...[letter.so?.line, letter.typeName?.line, letter.date?.line].filter((l): l is number => l !== undefined),
		Number.MAX_SAFE_INTEGER,
	);
	const agencies: Span[] = [];
	for (const span of letter.agencyLines) {
		const line = lineAtNormalized(letter, span.offset);
		if (URGENCY.test(span.text)) {
			add(span, 'khan-mat', 'header-left-2');
		} else if (line > firstBelowAgency || (letter.typeName && line > letter.typeName.line)) {
			add(span, 'tham-quyen', 'flow');
		} else {
			agencies.push(span);
		}
	}
	// The issuing body is the last agency line, with the line above when the last names a place ("TỈNH …").
	let issuing = agencies.length - 1;
	while (issuing > 0 && PLACE_LINE.test(agencies[issuing]?.text ?? '')) {
		issuing--;
	}
	agencies.forEach((span, i) => add(span, i >= issuing ? 'co-quan-ban-hanh' : 'co-quan-chu-quan', 'header-left'));
	add(letter.quocHieu, 'quoc-hieu', 'header-right');
	add(letter.tieuNgu, 'tieu-ngu', 'header-right');
	add(letter.so?.span, 'so', 'header-left-2');
	add(letter.date?.span, 'dia-danh-ngay', 'header-right-2');
	add(letter.typeName?.span, 'ten-loai', 'flow');
	for (const line of letter.trichYeu?.lines ?? []) {
		if (letter.trichYeu?.label) {
			add(line, 'vv', 'header-left-2');
		} else {
			add(line, 'trich-yeu', 'flow');
		}
	}
	if (letter.kinhGui) {
		const kinhGui = letter.kinhGui;
		add(kinhGui.label, 'kinh-gui', 'flow');
		// A recipient on the label's line stays in the label's paragraph; those below are a list.
		for (const r of kinhGui.recipients) {
			if (lineAtNormalized(letter, r.offset) !== kinhGui.line) {
				add(r, 'kinh-gui', 'flow');
			}
		}
	}

	// The body: one block per logical paragraph.
	const body = letter.body;
	if (body) {
		const itemAt = new Map(body.allItems.map((item) => [item.paragraph, item]));
		const decisionIndex = letter.typeName ? body.paragraphs.findIndex((p) => DECISION.test(p.text.text.trim())) : -1;
		body.paragraphs.forEach((p, index) => {
			const text = p.text.text;
			const item = itemAt.get(index);
			let component: ComponentId = 'noi-dung';
			let boldPrefix: number | undefined;
			if (index === decisionIndex) {
				component = 'quyet-dinh';
			} else if (index < decisionIndex && CAN_CU.test(text)) {
				component = 'can-cu';
			} else if (PHU_LUC.test(text)) {
				component = 'phu-luc';
			} else if (item?.kind === 'dieu') {
				component = 'dieu';
				boldPrefix = item.marker.text.length;
			} else if (item && (item.kind === 'phan' || item.kind === 'chuong' || item.kind === 'muc')) {
				component = 'phan-chuong-muc';
			} else if (item?.kind === 'la-ma') {
				component = 'dieu';
				boldPrefix = text.length;
			}
			addLines(p.lines, text, component, 'flow', boldPrefix);
		});
	}

	// The closing: Nơi nhận on the left, the signature on the right.
	if (letter.noiNhan) {
		addLines([letter.noiNhan.line], letter.lines[letter.noiNhan.line]?.content ?? '', 'noi-nhan-label', 'closing-left');
		for (const entry of letter.noiNhan.entries) {
			const lines = entry.lines.map((s) => lineAtNormalized(letter, s.offset));
			addLines(lines, entry.lines.map((s) => s.text).join(' '), 'noi-nhan-entry', 'closing-left');
		}
	}
	const signature = letter.signature;
	const signers = signature ? twoSigners(signature.lines) : undefined;
	if (signers) {
		signers.forEach((group, side) => {
			const region: Region = side === 0 ? 'signers-left' : 'signers-right';
			const name = signerName(group);
			group.forEach((span, i) => {
				const component: ComponentId = span === name ? 'ho-ten' : i === 0 && SIGNING_PREFIX.test(span.text) ? 'quyen-han' : 'chuc-vu';
				add(span, component, region);
			});
		});
	} else if (signature) {
		signature.titleLines.forEach((span, i) => {
			add(span, i === 0 && SIGNING_PREFIX.test(span.text) ? 'quyen-han' : 'chuc-vu', 'closing-right');
		});
		add(signature.name, 'ho-ten', 'closing-right');
		for (const span of signature.lines) {
			add(span, 'chuc-vu', 'closing-right');
		}
	}
	const closingEnd = Math.max(
		-1,
		...[...pieces.entries()].filter(([, list]) => list.some((p) => isClosing(p.region))).map(([line]) => line),
		...[...joined.values()].filter((b) => isClosing(b.region)).flatMap((b) => b.lines),
	);

	// Every line of the letter, in order: a multi-line block at its first line, the pieces of a line cut at
	// their starts, and a line that nothing explains as the continuation of the block before it.
	const blocks: Block[] = [];
	let previous: Block | undefined;
	const directiveLines = new Set(letter.directives.map((d) => d.line));
	for (const line of letter.lines) {
		const content = line.content;
		if (content === '' || directiveLines.has(line.index) || RULE_ONLY.test(content)) {
			continue;
		}
		const multi = joined.get(line.index);
		if (multi) {
			previous = { component: multi.component, region: multi.region, text: multi.text, lines: multi.lines };
			if (multi.boldPrefix) {
				previous.boldPrefix = multi.boldPrefix;
			}
			blocks.push(previous);
			continue;
		}
		if (taken.has(line.index)) {
			continue;
		}
		const list = (pieces.get(line.index) ?? []).sort((a, b) => a.start - b.start);
		if (list.length === 0) {
			// Text before any component (a note without a header, a letter the parser could not read) is body text.
			let region: Region = previous?.region ?? 'flow';
			let component: ComponentId = previous?.component ?? 'noi-dung';
			if (region === 'flow' || (isClosing(region) && line.index > closingEnd)) {
				region = region === 'flow' ? 'flow' : 'tail';
				component = 'noi-dung';
			}
			if (region === 'tail' && PHU_LUC.test(content)) {
				component = 'phu-luc';
			}
			previous = { component, region, text: content, lines: [line.index] };
			blocks.push(previous);
			continue;
		}
		list.forEach((piece, i) => {
			const start = i === 0 ? line.contentStart : piece.start;
			const end = list[i + 1]?.start ?? line.contentEnd;
			const text = letter.norm.text.slice(start, end).trim();
			if (text === '') {
				return;
			}
			previous = { component: piece.component, region: piece.region, text, lines: [line.index] };
			blocks.push(previous);
		});
	}
	return { blocks };
}

/** The blocks of one region, in the order of the letter. */
export function regionBlocks(plan: LayoutPlan, region: Region): Block[] {
	return plan.blocks.filter((b) => b.region === region);
}
