// The outline of a letter: its components (Số, ngày, V/v or type name, Kính gửi, the body with its
// numbered items as a tree, chữ ký, Nơi nhận) as a tree of symbols with offset ranges. The server turns
// them into LSP DocumentSymbols (server/src/convert.ts); nothing here knows about positions.
import { lineContentRange, type Item, type ItemKind, type Letter } from '../letter';
import type { Locale, Range } from '../types';
import { contains, cover, firstWords, soDisplay, soParts, weekday } from './common';

/** The kinds of symbol the outline uses, named after LSP's SymbolKind. */
export type LetterSymbolKind =
	| 'key'
	| 'event'
	| 'string'
	| 'class'
	| 'interface'
	| 'array'
	| 'object'
	| 'namespace'
	| 'module'
	| 'package'
	| 'struct'
	| 'field'
	| 'enumMember';

/** One entry of the outline. */
export interface LetterSymbol {
	/** What the outline shows, in the requested language; never empty. */
	name: string;
	/** A short description shown beside the name. */
	detail?: string;
	kind: LetterSymbolKind;
	/** The whole component, in the original text. */
	range: Range;
	/** The part to select and reveal (a label or a marker); always inside `range`. */
	selectionRange: Range;
	children: LetterSymbol[];
}

/** The symbol kind of each kind of item: the larger the division, the more "container" the icon. */
export const ITEM_SYMBOL_KINDS: Readonly<Record<ItemKind, LetterSymbolKind>> = {
	phan: 'module',
	chuong: 'package',
	muc: 'struct',
	'la-ma': 'struct',
	dieu: 'class',
	khoan: 'field',
	diem: 'enumMember',
};

/** The Vietnamese name of each kind of item. */
export const ITEM_KIND_NAMES: Readonly<Record<ItemKind, string>> = {
	phan: 'Phần',
	chuong: 'Chương',
	muc: 'Mục',
	'la-ma': 'Mục',
	dieu: 'Điều',
	khoan: 'Khoản',
	diem: 'Điểm',
};

/** The names of each kind of item, by language. */
const KIND_NAMES: Readonly<Record<Locale, Readonly<Record<ItemKind, string>>>> = {
	vi: ITEM_KIND_NAMES,
	en: { phan: 'Part', chuong: 'Chapter', muc: 'Section', 'la-ma': 'Section', dieu: 'Article', khoan: 'Clause', diem: 'Point' },
};

/** The texts of the outline, by language. */
interface SymbolTexts {
	so: string;
	soDraft: string;
	noSuchDate: string;
	dateBlanks: (blanks: string) => string;
	/** The parts of a date, as `dateBlanks` lists them. */
	dateParts: readonly [day: string, month: string, year: string];
	trichYeu: string;
	kinhGui: string;
	body: string;
	paragraphs: (count: number) => string;
	signature: string;
	signatureOf: (title: string) => string;
	noiNhan: string;
	noRecipients: string;
	recipients: (count: number) => string;
}

const TEXTS: Readonly<Record<Locale, SymbolTexts>> = {
	vi: {
		so: 'Số, ký hiệu',
		soDraft: 'Số, ký hiệu (dự thảo: chưa có số)',
		noSuchDate: 'ngày không có thật',
		dateBlanks: (blanks) => `dự thảo: còn để trống ${blanks}`,
		dateParts: ['ngày', 'tháng', 'năm'],
		trichYeu: 'Trích yếu',
		kinhGui: 'Kính gửi',
		body: 'Nội dung',
		paragraphs: (count) => `${count} đoạn`,
		signature: 'Chữ ký',
		signatureOf: (title) => `Chữ ký: ${title}`,
		noiNhan: 'Nơi nhận',
		noRecipients: 'chưa có nơi nhận',
		recipients: (count) => `${count} nơi nhận`,
	},
	en: {
		so: 'Number and symbol',
		soDraft: 'Number and symbol (draft: no number yet)',
		noSuchDate: 'no such date',
		dateBlanks: (blanks) => `draft: ${blanks} still blank`,
		dateParts: ['day', 'month', 'year'],
		trichYeu: 'Subject summary',
		kinhGui: 'Kính gửi (addressees)',
		body: 'Body',
		paragraphs: (count) => (count === 1 ? '1 paragraph' : `${count} paragraphs`),
		signature: 'Signature',
		signatureOf: (title) => `Signature: ${title}`,
		noiNhan: 'Nơi nhận (recipients)',
		noRecipients: 'no recipients yet',
		recipients: (count) => (count === 1 ? '1 recipient' : `${count} recipients`),
	},
};

function symbol(name: string, kind: LetterSymbolKind, range: Range, selectionRange: Range, detail?: string): LetterSymbol {
	// LSP requires the selection range inside the range; clamp rather than trust every caller.
	const selection = contains(range, selectionRange) ? selectionRange : { start: range.start, end: range.start };
	const result: LetterSymbol = { name: name.trim() === '' ? '…' : name, kind, range, selectionRange: selection, children: [] };
	if (detail !== undefined && detail !== '') {
		result.detail = detail;
	}
	return result;
}

function itemSymbol(letter: Letter, item: Item, locale: Locale): LetterSymbol {
	const paragraph = letter.body?.paragraphs[item.paragraph];
	const text = paragraph?.text.text ?? item.marker.text;
	const markerEnd = item.marker.offset + item.marker.text.length;
	const rest = firstWords(text.slice(markerEnd));
	const name = rest === '' ? item.marker.text : `${item.marker.text} ${rest}`;
	const result = symbol(name, ITEM_SYMBOL_KINDS[item.kind], item.range, item.marker.range, KIND_NAMES[locale][item.kind]);
	result.children = item.children.map((child) => itemSymbol(letter, child, locale));
	return result;
}

/** The outline of a letter, in document order; names and details in `locale`. */
export function documentSymbols(letter: Letter, locale: Locale = 'vi'): LetterSymbol[] {
	if (letter.empty || letter.legacyEncoding) {
		return [];
	}
	const text = TEXTS[locale];
	const symbols: LetterSymbol[] = [];
	const so = letter.so;
	if (so) {
		const value = soDisplay(so);
		const parts = soParts(so);
		symbols.push(symbol(`Số: ${value}`.trim(), 'key', so.span.range, so.label.range, parts?.blank ? text.soDraft : text.so));
	}
	const date = letter.date;
	if (date) {
		const { day, month, year } = letter.issueDate ?? {};
		const [dayName, monthName, yearName] = text.dateParts;
		const blanks = [day === undefined ? dayName : '', month === undefined ? monthName : '', year === undefined ? yearName : ''].filter(
			(b) => b !== '',
		);
		const detail =
			day !== undefined && month !== undefined && year !== undefined
				? (weekday({ day, month, year }, locale) ?? text.noSuchDate)
				: text.dateBlanks(blanks.join(', '));
		symbols.push(symbol(date.span.text, 'event', date.span.range, date.span.range, detail));
	}
	const trichYeu = letter.trichYeu;
	// The type name as the rules read it (letter.header), in capitals or not ("Quyết định"): one reading.
	const typeName = letter.header.typeName;
	if (typeName) {
		const range = trichYeu ? cover(typeName.span.range, trichYeu.range) : typeName.span.range;
		const detail = trichYeu ? firstWords(trichYeu.lines.map((l) => l.text).join(' '), 12, 80) : undefined;
		symbols.push(symbol(typeName.span.text, 'class', range, typeName.span.range, detail));
	} else if (trichYeu) {
		const summary = trichYeu.lines.map((l) => l.text).join(' ');
		const selection = trichYeu.label?.range ?? trichYeu.lines[0]?.range ?? trichYeu.range;
		symbols.push(symbol(firstWords(summary, 12, 80), 'string', trichYeu.range, selection, text.trichYeu));
	}
	const kinhGui = letter.kinhGui;
	if (kinhGui) {
		const recipients = kinhGui.recipients.map((r) => r.text.replace(/^[-+•]\s*/u, '')).join(' ');
		symbols.push(symbol(text.kinhGui, 'interface', kinhGui.range, kinhGui.label.range, firstWords(recipients, 12, 80)));
	}
	const body = letter.body;
	if (body) {
		const firstLine = body.paragraphs[0]?.lines[0];
		const line = firstLine === undefined ? undefined : letter.lines[firstLine];
		const selection = line ? lineContentRange(letter, line.index) : body.range;
		const content = symbol(text.body, 'namespace', body.range, selection, text.paragraphs(body.paragraphs.length));
		content.children = body.items.map((item) => itemSymbol(letter, item, locale));
		symbols.push(content);
	}
	const signature = letter.signature;
	if (signature) {
		const title = letter.closing.titleLines[0];
		const others = signature.lines.filter((l) => l !== title).map((l) => l.text);
		const selection = title?.range ?? signature.lines[0]?.range ?? signature.range;
		symbols.push(symbol(title ? text.signatureOf(title.text) : text.signature, 'object', signature.range, selection, others.join(', ')));
	}
	const noiNhan = letter.noiNhan;
	if (noiNhan) {
		const count = noiNhan.entries.length;
		symbols.push(
			symbol(text.noiNhan, 'array', noiNhan.range, noiNhan.label.range, count === 0 ? text.noRecipients : text.recipients(count)),
		);
	}
	return symbols.sort((a, b) => a.range.start - b.range.start);
}
