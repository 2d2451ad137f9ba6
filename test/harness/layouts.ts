// Layout variants of a clean letter: the shapes in which real text reaches the checker (typed lines, Word
// tables pasted with TAB, PDF text with runs of spaces, web tables with " | " or flattened onto one line, PDF
// line splits, CRLF, NFD), after ../shared/reference/real-world-shapes.md, "Layout-invariance tests".
// A variant only moves white space and line breaks, or decomposes characters (NFD), so every character of the
// clean text has a place in it: `toClean` maps each code unit of the variant back to the clean text, and
// `fromClean` maps each code unit of the clean text to the variant. Findings on two variants can then be
// compared "on the same characters". Used by test/layout-invariance.test.ts and scripts/eval/run.mjs.

/** One layout of a letter. */
export interface Variant {
	/** A short stable name ("word-tab-rows", "nfd-crlf-tab"). */
	name: string;
	/** The text as the checker receives it. */
	text: string;
	/** For each UTF-16 code unit of `text`, its offset in the clean text, or -1 for inserted white space. */
	toClean: Int32Array;
	/** For each code unit of the clean text, its offset in `text`, or -1 when the variant dropped it. */
	fromClean: Int32Array;
}

/** A range of the clean text, end exclusive. */
interface Piece {
	start: number;
	end: number;
}

/** One output line: pieces of the clean text and inserted separators, in order. */
type OutLine = (Piece | string)[];

/** A paragraph of a table cell: its lines. An empty line stands for a blank line kept inside a cell. */
type Para = Piece[][];

/** Where the parts of the header and the closing are, by clean line number. */
export interface LetterShape {
	/** Upper-case lines of the left header column before the Quốc hiệu (agency names). */
	agency: number[];
	quocHieu?: number;
	tieuNgu?: number;
	so?: number;
	/** The "V/v …" line and its continuation lines. */
	vv: number[];
	date?: number;
	/** First and last line of the header table (the lines above that belong to the two columns). */
	headerFirst: number;
	headerLast: number;
	/** The "Nơi nhận:" label and its entries (the left cell of the closing table). */
	noiNhan: number[];
	/** The non-blank and blank lines of the signature (the right cell), up to the attachment or the end. */
	signature: number[];
	/** The first line of a document attached after the signature (a quy chế after the signer's name). */
	attachment?: number;
	/** The "Kính gửi:" label when it stands alone on its line, its recipients below. */
	kinhGuiLabel?: number;
}

interface Line {
	start: number;
	end: number;
	text: string;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (;;) {
		const nl = text.indexOf('\n', start);
		const end = nl < 0 ? text.length : nl;
		lines.push({ start, end, text: text.slice(start, end) });
		if (nl < 0) {
			return lines;
		}
		start = nl + 1;
	}
}

const QUOC_HIEU = /^(?:CỘNG H(?:ÒA|OÀ) XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM)$/u;
const TIEU_NGU = /^Độc lập/u;
const SO = /^Số[\s:]/u;
const VV = /^V\/v\s/u;
const DATE = /^\p{L}[\p{L} .-]*, ngày /u;
const NOI_NHAN = /^Nơi nhận:/u;
const UPPER_LINE = /^[\p{Lu}\p{N}][\p{Lu}\p{N} ,.&()-]*$/u;
// The title of a document attached after the signature.
const ATTACHMENT = /^(?:QUY CHẾ|QUY ĐỊNH|KẾ HOẠCH|CHƯƠNG TRÌNH|DANH SÁCH|PHỤ LỤC|ĐIỀU LỆ|HƯỚNG DẪN)(?:\s|$)/u;

/**
 * Finds the header's and the closing's cells in a letter laid out as clean lines, with simple patterns: the
 * letters of test/corpus are regular. Returns an empty shape (no columns) for a part it cannot see.
 */
export function analyseShape(clean: string): LetterShape {
	const lines = splitLines(clean);
	const limit = Math.min(lines.length, 30);
	const find = (re: RegExp, from = 0, to = limit): number | undefined => {
		for (let i = from; i < to; i++) {
			if (re.test(lines[i]?.text.trim() ?? '')) {
				return i;
			}
		}
		return undefined;
	};
	const quocHieu = find(QUOC_HIEU);
	const tieuNgu = quocHieu !== undefined && TIEU_NGU.test(lines[quocHieu + 1]?.text.trim() ?? '') ? quocHieu + 1 : undefined;
	const so = find(SO);
	const date = find(DATE);
	const agency: number[] = [];
	if (quocHieu !== undefined) {
		for (let i = 0; i < quocHieu; i++) {
			const t = lines[i]?.text.trim() ?? '';
			if (t !== '' && UPPER_LINE.test(t)) {
				agency.push(i);
			}
		}
	}
	// A Party letter puts the committee's name under the Quốc hiệu line ("ĐẢNG BỘ TỈNH …" / "ĐẢNG CỘNG SẢN VIỆT
	// NAM" / "TỈNH ỦY"): upper-case lines between the Quốc hiệu (or Tiêu ngữ) and the Số belong to the left column.
	if (quocHieu !== undefined && so !== undefined) {
		for (let i = (tieuNgu ?? quocHieu) + 1; i < so; i++) {
			const t = lines[i]?.text.trim() ?? '';
			if (t !== '' && UPPER_LINE.test(t)) {
				agency.push(i);
			}
		}
	}
	const vv: number[] = [];
	if (so !== undefined) {
		let i = so + 1;
		while (i < lines.length && lines[i]?.text.trim() === '') {
			i++;
		}
		if (VV.test(lines[i]?.text.trim() ?? '')) {
			// The V/v cell: its first line and the lines that continue it up to a blank line or the date.
			while (i < lines.length && lines[i]?.text.trim() !== '' && i !== date) {
				vv.push(i);
				i++;
			}
		}
	}
	const parts = [...agency, quocHieu, tieuNgu, so, ...vv, date].filter((n): n is number => n !== undefined);
	const kinhGuiAt = find(/^Kính gửi:$/u);
	const kinhGuiLabel = kinhGuiAt !== undefined && kinhGuiAt > Math.max(...parts) ? kinhGuiAt : undefined;
	const columns = quocHieu !== undefined && so !== undefined && date !== undefined && agency.length > 0;
	const headerFirst = columns ? Math.min(...parts) : 0;
	const headerLast = columns ? Math.max(...parts) : -1;

	// The closing: the last "Nơi nhận:" label, its entries up to a blank line, then the signature to the end.
	let nn: number | undefined;
	for (let i = lines.length - 1; i > headerLast; i--) {
		if (NOI_NHAN.test(lines[i]?.text.trim() ?? '')) {
			nn = i;
			break;
		}
	}
	const noiNhan: number[] = [];
	const signature: number[] = [];
	let attachment: number | undefined;
	if (nn !== undefined) {
		let i = nn;
		while (i < lines.length && lines[i]?.text.trim() !== '') {
			noiNhan.push(i);
			i++;
		}
		while (i < lines.length && lines[i]?.text.trim() === '') {
			i++;
		}
		let last = lines.length - 1;
		while (last >= i && lines[last]?.text.trim() === '') {
			last--;
		}
		for (; i <= last; i++) {
			const t = lines[i]?.text.trim() ?? '';
			// An attachment's title after the signer's name (a line that is not in capitals).
			const before = signature.filter((k) => lines[k]?.text.trim() !== '').at(-1);
			if (before !== undefined && ATTACHMENT.test(t) && !UPPER_LINE.test(lines[before]?.text.trim() ?? '')) {
				attachment = i;
				break;
			}
			signature.push(i);
		}
	}
	return {
		agency: columns ? agency : [],
		quocHieu: columns ? quocHieu : undefined,
		tieuNgu: columns ? tieuNgu : undefined,
		so: columns ? so : undefined,
		vv: columns ? vv : [],
		date: columns ? date : undefined,
		headerFirst,
		headerLast,
		noiNhan: signature.length > 0 ? noiNhan : [],
		signature: noiNhan.length > 0 ? signature : [],
		...(noiNhan.length > 0 && signature.length > 0 && attachment !== undefined ? { attachment } : {}),
		...(kinhGuiLabel !== undefined ? { kinhGuiLabel } : {}),
	};
}

// ---------------------------------------------------------------------------------------------------------
// Building a variant: output lines made of pieces of the clean text, then text transforms (EOL, NFD).

/** The content of a line without the white space at its ends, as a piece. */
function contentPiece(line: Line): Piece {
	const lead = line.text.length - line.text.trimStart().length;
	const trail = line.text.length - line.text.trimEnd().length;
	return { start: line.start + lead, end: Math.max(line.start + lead, line.end - trail) };
}

function render(clean: string, out: OutLine[], trailingNewline: boolean): { text: string; toClean: Int32Array } {
	const chunks: string[] = [];
	const map: number[] = [];
	out.forEach((line, i) => {
		if (i > 0) {
			chunks.push('\n');
			map.push(-1);
		}
		for (const seg of line) {
			if (typeof seg === 'string') {
				chunks.push(seg);
				map.push(...Array.from({ length: seg.length }, () => -1));
			} else {
				chunks.push(clean.slice(seg.start, seg.end));
				for (let k = seg.start; k < seg.end; k++) {
					map.push(k);
				}
			}
		}
	});
	if (trailingNewline) {
		chunks.push('\n');
		map.push(-1);
	}
	return { text: chunks.join(''), toClean: Int32Array.from(map) };
}

/** Splits a line's content at the first white space after `after` (a regex on the content), for PDF wraps. */
function splitAt(clean: string, piece: Piece, after: RegExp): Piece[] {
	const text = clean.slice(piece.start, piece.end);
	const m = after.exec(text);
	if (!m) {
		return [piece];
	}
	const cut = m.index + m[0].length;
	let next = cut;
	while (next < text.length && /\s/u.test(text[next] ?? '')) {
		next++;
	}
	if (next >= text.length || cut === 0) {
		return [piece];
	}
	return [
		{ start: piece.start, end: piece.start + cut },
		{ start: piece.start + next, end: piece.end },
	];
}

/** How a table row is written out. */
type Arranger = (left: Piece[][], right: Piece[][], row: number) => OutLine[];

/** Word paste: the left cell's paragraphs on lines, the right cell starting after a TAB on its last line. */
const wordRow: Arranger = (left, right) => {
	const out: OutLine[] = left.map((l) => [...l]);
	if (right.length === 0) {
		return out;
	}
	if (out.length === 0) {
		out.push(['\t']);
	} else {
		out[out.length - 1]?.push('\t');
	}
	out[out.length - 1]?.push(...(right[0] ?? []));
	for (const r of right.slice(1)) {
		out.push([...r]);
	}
	return out;
};

/** PDF or web: the two columns side by side, line by line, joined by a separator. */
function sideBySide(sep: (row: number) => string): Arranger {
	return (left, right, row) => {
		const l = left.filter((x) => x.length > 0);
		const r = right.filter((x) => x.length > 0);
		const out: OutLine[] = [];
		for (let i = 0; i < Math.max(l.length, r.length); i++) {
			const a = l[i];
			const b = r[i];
			if (a && b) {
				out.push([...a, sep(row + i), ...b]);
			} else {
				out.push([...(a ?? b ?? [])]);
			}
		}
		return out;
	};
}

/** A web page: each row's cells on one line, joined by single spaces. */
const webRow: Arranger = (left, right) => {
	const pieces = [...left, ...right].filter((x) => x.length > 0);
	const line: OutLine = [];
	pieces.forEach((p, i) => {
		if (i > 0) {
			line.push(' ');
		}
		line.push(...p);
	});
	return line.length > 0 ? [line] : [];
};

/** 3 to 40 spaces, varying from row to row but the same for every run of the harness. */
const spaces = (row: number): string => ' '.repeat(3 + ((row * 17 + 5) % 38));

/** Which table the header is pasted from (real-world-shapes.md, layout 2). */
type HeaderTable =
	/** Rows (agency | Quốc hiệu, Tiêu ngữ), (Số | date), (V/v | ). */
	| 'rows'
	/** One row: (agency, Số, V/v | Quốc hiệu, Tiêu ngữ, blank, date). */
	| 'cell';

interface LayoutPlan {
	table: HeaderTable;
	arrange: Arranger;
	/** Everything in the header (and in the closing) on one line. */
	flatten?: boolean;
	/** PDF splits: the number below "Số:", the date wrapped once. */
	split?: boolean;
	/**
	 * A PDF that reads the two columns line by line (reference A5, blocks 1 and 4): the Quốc hiệu cut by a line
	 * of the agency ("… VIỆT" / "SỞ …" / "NAM"), and the date read after the left column's "Kính gửi:".
	 */
	interleave?: boolean;
}

function layout(clean: string, shape: LetterShape, plan: LayoutPlan): { text: string; toClean: Int32Array } {
	const lines = splitLines(clean);
	const trailingNewline = clean.endsWith('\n');
	const count = trailingNewline ? lines.length - 1 : lines.length;
	const para = (ids: readonly (number | undefined)[], keepBlank = false): Para => {
		const out: Para = [];
		for (const i of ids) {
			if (i === undefined) {
				continue;
			}
			const line = lines[i];
			if (!line) {
				continue;
			}
			const piece = contentPiece(line);
			if (piece.end > piece.start) {
				let cut: Piece[] = [piece];
				if (plan.split && i === shape.so) {
					cut = splitAt(clean, piece, /^Số:/u);
				} else if (plan.split && i === shape.date) {
					cut = splitAt(clean, piece, /tháng\s+\S+/u);
				}
				out.push(...cut.map((p) => [p]));
			} else if (keepBlank) {
				out.push([]);
			}
		}
		return out;
	};
	const out: OutLine[] = [];
	const used = new Set<number>();
	const emitRows = (rows: [Para, Para][]): void => {
		if (plan.flatten) {
			out.push(
				...webRow(
					rows.flatMap(([l, r]) => [...l, ...r]),
					[],
					0,
				),
			);
			return;
		}
		let row = 0;
		for (const [l, r] of rows) {
			const lines = plan.arrange(l, r, row);
			out.push(...lines);
			row += lines.length;
		}
	};
	let heldDate: Para | undefined;
	const emitInterleaved = (s: LetterShape): void => {
		const qh = s.quocHieu !== undefined ? (lines[s.quocHieu] as Line) : undefined;
		const qhPiece = qh ? contentPiece(qh) : undefined;
		const agency = para(s.agency);
		const right: Para = [];
		// Only the long Quốc hiệu of a state body wraps so; the Party's short name line does not.
		if (qhPiece && /^CỘNG H.* NAM$/u.test(clean.slice(qhPiece.start, qhPiece.end)) && agency.length >= 2) {
			// "CỘNG HÒA … VIỆT" / the agency's second line / "NAM".
			out.push([...(agency[0] ?? [])]);
			out.push([{ start: qhPiece.start, end: qhPiece.end - 4 }]);
			out.push([...(agency[1] ?? [])]);
			out.push([{ start: qhPiece.end - 3, end: qhPiece.end }]);
			out.push(...agency.slice(2).map((l) => [...l]));
		} else {
			out.push(...agency.map((l) => [...l]));
			right.push(...para([s.quocHieu]));
		}
		right.push(...para([s.tieuNgu]));
		out.push(...right.map((l) => [...l]));
		out.push(...para([s.so, ...s.vv]).map((l) => [...l]));
		if (s.kinhGuiLabel !== undefined) {
			heldDate = para([s.date]);
		} else {
			out.push(...para([s.date]).map((l) => [...l]));
		}
	};
	const hasHeader = shape.headerLast >= shape.headerFirst;
	const hasClosing = shape.noiNhan.length > 0;
	for (let i = 0; i < count; i++) {
		if (hasHeader && i === shape.headerFirst) {
			const s = shape;
			for (const id of [...s.agency, s.quocHieu, s.tieuNgu, s.so, ...s.vv, s.date]) {
				if (id !== undefined) {
					used.add(id);
				}
			}
			if (plan.interleave) {
				emitInterleaved(s);
			} else if (plan.table === 'rows') {
				emitRows([
					[para(s.agency), para([s.quocHieu, s.tieuNgu])],
					[para([s.so]), para([s.date])],
					[para(s.vv), []],
				]);
			} else {
				emitRows([[para([...s.agency, s.so, ...s.vv]), [...para([s.quocHieu, s.tieuNgu]), [], ...para([s.date])]]]);
			}
			// Lines inside the header's span that are none of its cells keep their place after the table.
			for (let k = shape.headerFirst; k <= shape.headerLast; k++) {
				if (!used.has(k) && lines[k]?.text.trim() !== '') {
					out.push([contentPiece(lines[k] as Line)]);
				}
			}
			i = shape.headerLast;
			continue;
		}
		if (hasClosing && i === shape.noiNhan[0]) {
			emitRows([[para(shape.noiNhan), para(shape.signature, true)]]);
			if (shape.attachment === undefined) {
				i = count;
				break;
			}
			if (plan.flatten) {
				// A web copy runs the closing on into the attachment's title, up to "(Ban hành kèm theo …)" (B3).
				let last = shape.attachment - 1;
				for (let k = shape.attachment; k < count && k < shape.attachment + 4; k++) {
					const t = lines[k]?.text.trim() ?? '';
					if (t !== '') {
						out[out.length - 1]?.push(' ', contentPiece(lines[k] as Line));
					}
					last = k;
					if (t.startsWith('(')) {
						break;
					}
				}
				i = last;
			} else {
				i = shape.attachment - 1;
			}
			continue;
		}
		const line = lines[i] as Line;
		out.push(line.end > line.start ? [{ start: line.start, end: line.end }] : []);
		if (i === shape.kinhGuiLabel && heldDate) {
			out.push(...heldDate.map((l) => [...l]));
			heldDate = undefined;
		}
	}
	return render(clean, out, trailingNewline);
}

/** Replaces LF by CRLF on every line (`every` 1) or every other line (2). */
function crlf(text: string, every: number): { text: string; toPrev: Int32Array } {
	const chunks: string[] = [];
	const map: number[] = [];
	let line = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i] as string;
		if (ch === '\n') {
			if (line % every === 0) {
				chunks.push('\r');
				map.push(-1);
			}
			line++;
		}
		chunks.push(ch);
		map.push(i);
	}
	return { text: chunks.join(''), toPrev: Int32Array.from(map) };
}

/** Decomposes every character (NFD); each code unit of a decomposition maps to the first unit of its character. */
function nfd(text: string): { text: string; toPrev: Int32Array } {
	const chunks: string[] = [];
	const map: number[] = [];
	let i = 0;
	for (const ch of text) {
		const d = ch.normalize('NFD');
		chunks.push(d);
		map.push(...Array.from({ length: d.length }, () => i));
		i += ch.length;
	}
	return { text: chunks.join(''), toPrev: Int32Array.from(map) };
}

/** Composes a map onto an earlier one: the clean offset of each unit of the newer text. */
function compose(toPrev: Int32Array, prevToClean: Int32Array): Int32Array {
	return toPrev.map((p) => (p < 0 ? -1 : (prevToClean[p] ?? -1)));
}

function invert(toClean: Int32Array, cleanLength: number): Int32Array {
	const from = new Int32Array(cleanLength + 1).fill(-1);
	for (let v = toClean.length - 1; v >= 0; v--) {
		const c = toClean[v] ?? -1;
		if (c >= 0) {
			from[c] = v;
		}
	}
	return from;
}

function identity(n: number): Int32Array {
	return Int32Array.from({ length: n }, (_, i) => i);
}

/** The names of the variants, in the order `layoutVariants` returns them. */
export const VARIANT_NAMES = [
	'clean',
	'word-tab-rows',
	'word-tab-cell',
	'pdf-spaces',
	'pipes',
	'web-rows',
	'web-flat',
	'pdf-split',
	'crlf',
	'mixed-eol',
	'nfd',
	'nfd-crlf-tab',
	'pdf-spaces-split',
	'pdf-columns',
] as const;

export type VariantName = (typeof VARIANT_NAMES)[number];

/** Every layout of the checklist for a clean letter (LF line ends, NFC), the clean one first. */
export function layoutVariants(clean: string, shape: LetterShape = analyseShape(clean)): Variant[] {
	const variants: Variant[] = [];
	const add = (name: VariantName, built: { text: string; toClean: Int32Array }): void => {
		variants.push({ name, text: built.text, toClean: built.toClean, fromClean: invert(built.toClean, clean.length) });
	};
	const after = (
		base: { text: string; toClean: Int32Array },
		step: (t: string) => { text: string; toPrev: Int32Array },
	): { text: string; toClean: Int32Array } => {
		const next = step(base.text);
		return { text: next.text, toClean: compose(next.toPrev, base.toClean) };
	};
	const cleanBuilt = { text: clean, toClean: identity(clean.length) };
	add('clean', cleanBuilt);
	const tabRows = layout(clean, shape, { table: 'rows', arrange: wordRow });
	add('word-tab-rows', tabRows);
	add('word-tab-cell', layout(clean, shape, { table: 'cell', arrange: wordRow }));
	add('pdf-spaces', layout(clean, shape, { table: 'rows', arrange: sideBySide(spaces) }));
	add('pipes', layout(clean, shape, { table: 'rows', arrange: sideBySide(() => ' | ') }));
	add('web-rows', layout(clean, shape, { table: 'rows', arrange: webRow }));
	add('web-flat', layout(clean, shape, { table: 'rows', arrange: webRow, flatten: true }));
	add('pdf-split', layout(clean, shape, { table: 'rows', arrange: (l, r) => [...l, ...r].map((x) => [...x]), split: true }));
	add(
		'crlf',
		after(cleanBuilt, (t) => crlf(t, 1)),
	);
	add(
		'mixed-eol',
		after(cleanBuilt, (t) => crlf(t, 2)),
	);
	add('nfd', after(cleanBuilt, nfd));
	add(
		'nfd-crlf-tab',
		after(
			after(tabRows, (t) => crlf(t, 1)),
			nfd,
		),
	);
	add('pdf-spaces-split', layout(clean, shape, { table: 'rows', arrange: sideBySide(spaces), split: true }));
	add('pdf-columns', layout(clean, shape, { table: 'rows', arrange: wordRow, interleave: true }));
	return variants;
}

/**
 * The clean-text range of a variant's range: from the first to the last non-blank character of the clean
 * text that the range covers. An empty range (or one over white space only) becomes the point just after the
 * last non-blank clean character before it, so that insertions compare by where they attach.
 */
export function cleanRangeOf(clean: string, variant: Variant, range: { start: number; end: number }): { start: number; end: number } {
	let lo = Number.POSITIVE_INFINITY;
	let hi = -1;
	for (let v = range.start; v < range.end; v++) {
		const c = variant.toClean[v] ?? -1;
		if (c >= 0 && !/\s/u.test(clean[c] ?? ' ')) {
			lo = Math.min(lo, c);
			hi = Math.max(hi, c);
		}
	}
	if (hi >= 0) {
		// A decomposed letter maps all its units to its first one; the end takes the whole character.
		return { start: lo, end: hi + 1 };
	}
	for (let v = Math.min(range.start, variant.toClean.length) - 1; v >= 0; v--) {
		const c = variant.toClean[v] ?? -1;
		if (c >= 0 && !/\s/u.test(clean[c] ?? ' ')) {
			return { start: c + 1, end: c + 1 };
		}
	}
	return { start: 0, end: 0 };
}
