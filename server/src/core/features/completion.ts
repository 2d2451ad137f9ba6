// Completion from the letter's structure: type abbreviations after "Số: <n>/", the team's units in the
// ký hiệu and in "Lưu:", the five signing prefixes at the start of the signature block, the usual Nơi nhận
// entries, and type names at the start of a citation. Pure: items carry offset ranges; the server
// converts them (server/src/convert.ts).
import { citedByNameOnly } from '../letter/citation-completeness';
import { CITED_TYPE_NAMES } from '../data/document-types';
import { legalBasisLabel } from '../l10n/index';
import type { Letter } from '../letter';
import { lineStartOf } from '../text';
import type { Locale, Range } from '../types';
import { abbreviationTable, draftingUnit, lineOfOffset, regimeDescription, regimeOfDate, sentenceCase } from './common';

/** The kinds of completion item, named after LSP's CompletionItemKind. */
export type CompletionKindName = 'keyword' | 'enumMember' | 'class' | 'snippet' | 'module' | 'value';

/** One completion item with the range it replaces. */
export interface CompletionData {
	label: string;
	/** Shown beside the label: the type name of an abbreviation, the unit's name. */
	detail?: string;
	/** Markdown, in the requested language. */
	documentation?: string;
	kind: CompletionKindName;
	/** The text inserted; a snippet (with `${1:…}` tab stops) when `snippet` is true. */
	insertText: string;
	snippet?: boolean;
	/** The range replaced: what the user typed of this item. */
	range: Range;
	/** Overrides the label for filtering (what the typed text is compared with). */
	filterText?: string;
	sortText?: string;
	preselect?: boolean;
}

/** A unit of the team's profile: its abbreviation and full name. */
export interface UnitInfo {
	abbreviation: string;
	name?: string;
}

/** What completion may use beyond the letter. */
export interface CompletionOptions {
	/** The units of the team's profile, offered in the ký hiệu and in "Lưu:". None until profiles exist. */
	units?: readonly UnitInfo[];
	/** The language of details and documentation; Vietnamese when absent. What is inserted never changes. */
	locale?: Locale;
}

/** The characters that open a completion without a word being typed. */
export const COMPLETION_TRIGGER_CHARACTERS: readonly string[] = ['/', '-'];

/** The signing prefixes of Nghị định 30 with what each means (reference R6.1). */
export const SIGNING_PREFIXES: readonly { prefix: string; meaning: string; example: string }[] = [
	{ prefix: 'TM.', meaning: 'Thay mặt: ký thay mặt tập thể lãnh đạo; đặt trước tên tập thể hoặc cơ quan.', example: 'TM. ỦY BAN NHÂN DÂN' },
	{
		prefix: 'KT.',
		meaning: 'Ký thay: cấp phó ký thay người đứng đầu; đặt trước chức vụ của người đứng đầu, dòng dưới ghi chức vụ người ký.',
		example: 'KT. GIÁM ĐỐC',
	},
	{
		prefix: 'TL.',
		meaning: 'Thừa lệnh: ký thừa lệnh người đứng đầu; đặt trước chức vụ của người đứng đầu, dòng dưới ghi chức vụ người ký.',
		example: 'TL. BỘ TRƯỞNG',
	},
	{
		prefix: 'TUQ.',
		meaning: 'Thừa ủy quyền: ký thừa ủy quyền người đứng đầu; đặt trước chức vụ của người đứng đầu, dòng dưới ghi chức vụ người ký.',
		example: 'TUQ. CHỦ TỊCH',
	},
	{ prefix: 'Q.', meaning: 'Quyền: cấp phó được giao quyền cấp trưởng; đặt trước chức vụ của người đứng đầu.', example: 'Q. GIÁM ĐỐC' },
];

// The meanings of the prefixes in English, in the order of SIGNING_PREFIXES; the text before ":" is the detail.
const SIGNING_PREFIX_MEANINGS_EN: Readonly<Record<string, string>> = {
	'TM.': 'On behalf of (thay mặt): signs on behalf of a collective leadership; placed before the name of the collective body or agency.',
	'KT.':
		"Signing for (ký thay): a deputy signs for the head; placed before the head's title, with the signer's own title on the next line.",
	'TL.':
		"By order of (thừa lệnh): signs by order of the head; placed before the head's title, with the signer's own title on the next line.",
	'TUQ.':
		"By authorisation of (thừa ủy quyền): signs by authorisation of the head; placed before the head's title, with the signer's own title on the next line.",
	'Q.': "Acting (quyền): a deputy given the head's powers; placed before the head's title.",
};

/** The texts of completion, by language. */
interface CompletionTexts {
	formerly: (other: string, abbreviation: string) => string;
	regimeShort: (regime: 'nd30' | 'tt01') => string;
	abbreviation: (typeName: string, regime: string, old: string, abbreviation: string) => string;
	nhuTrenDetail: string;
	nhuTrenDoc: string;
	luuDetail: string;
	luuDoc: string;
	nhuDieuDetail: string;
	nhuDieuDoc: string;
	example: string;
	noiNhanDetail: string;
	noiNhanDoc: string;
	citedDetail: string;
	citedByName: (name: string) => string;
	citedFirst: (name: string) => string;
}

const SIGNING_SOURCE = 'Nghị định 30/2020/NĐ-CP, Điều 13 và Phụ lục I, Phần I, Mục II.7';
const CITATION_SOURCE = 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.b';

const TEXTS: Readonly<Record<Locale, CompletionTexts>> = {
	vi: {
		formerly: (other, abbreviation) => ` Trước đây (${other}): ${abbreviation}.`,
		regimeShort: (regime) => (regime === 'nd30' ? 'Thông tư 01/2011' : 'Nghị định 30'),
		abbreviation: (typeName, regime, old, abbreviation) =>
			`Chữ viết tắt tên loại **${typeName}**, theo ${regime}.${old}\n\nKý hiệu: ${abbreviation}-<tên viết tắt cơ quan ban hành>, ví dụ \`05/${abbreviation}-UBND\`.`,
		nhuTrenDetail: 'Nơi nhận ở phần Kính gửi',
		nhuTrenDoc: '"Như trên" thay cho các cơ quan, tổ chức đã ghi ở phần **Kính gửi**; công văn ghi dòng này đầu tiên.',
		luuDetail: 'Dòng lưu văn bản, cuối Nơi nhận',
		luuDoc:
			'Dòng cuối của Nơi nhận: "Lưu" và dấu hai chấm, "VT" (văn thư), dấu phẩy, tên viết tắt của đơn vị soạn thảo, số lượng bản lưu (nếu cần), dấu chấm.',
		nhuDieuDetail: 'Nơi nhận của quyết định',
		nhuDieuDoc: 'Quyết định thường ghi nơi nhận đầu tiên là những người thi hành nêu ở điều cuối: "- Như Điều 3;".',
		example: 'Ví dụ',
		noiNhanDetail: 'Khối nơi nhận',
		noiNhanDoc:
			'Nơi nhận ở góc trái, ngang dòng chữ ký: "Nơi nhận:", rồi mỗi nơi nhận một dòng bắt đầu bằng "-", kết thúc bằng "- Lưu: VT, <đơn vị>.".',
		citedDetail: 'Tên loại văn bản được viện dẫn',
		citedByName: (name) => `Luật, pháp lệnh được viện dẫn bằng tên loại và tên: **${name}** <tên>.`,
		citedFirst: (name) =>
			`Viện dẫn lần đầu ghi đủ: **${name} số** <số/ký hiệu> **ngày** <ngày tháng năm> **của** <cơ quan ban hành> **về việc** <trích yếu>. Khi viện dẫn lại chỉ cần tên loại và số, ký hiệu.`,
	},
	en: {
		formerly: (other, abbreviation) => ` Formerly (${other}): ${abbreviation}.`,
		regimeShort: (regime) => (regime === 'nd30' ? 'Circular 01/2011' : 'Decree 30'),
		abbreviation: (typeName, regime, old, abbreviation) =>
			`Abbreviation of the type **${typeName}**, under ${regime}.${old}\n\nSymbol: ${abbreviation}-<abbreviation of the issuing body>, for example \`05/${abbreviation}-UBND\`.`,
		nhuTrenDetail: 'The addressees of Kính gửi',
		nhuTrenDoc: '"Như trên" ("as above") stands for the bodies named in **Kính gửi**; a công văn writes this line first.',
		luuDetail: 'The filing line, last in Nơi nhận',
		luuDoc:
			'The last line of Nơi nhận: "Lưu" and a colon, "VT" (records office), a comma, the abbreviation of the drafting unit, the number of copies kept (if needed), a full stop.',
		nhuDieuDetail: 'Recipients of a quyết định',
		nhuDieuDoc: 'A quyết định usually lists first those who carry it out, named in its last article: "- Như Điều 3;".',
		example: 'Example',
		noiNhanDetail: 'Recipients block',
		noiNhanDoc:
			'Nơi nhận goes bottom left, level with the signature: "Nơi nhận:", then one recipient per line starting with "-", ending with "- Lưu: VT, <unit>.".',
		citedDetail: 'Type name of a cited document',
		citedByName: (name) => `A law or ordinance is cited by its type and name: **${name}** <name>.`,
		citedFirst: (name) =>
			`A first citation gives everything: **${name} số** <number/symbol> **ngày** <date> **của** <issuing body> **về việc** <subject>. A later citation needs only the type name and the number and symbol.`,
	},
};

// The words after which a citation usually starts ("tại Công văn số …", "Thực hiện Quyết định số …").
const CITATION_LEADS = new Set(['tại', 'theo', 'thực hiện', 'căn cứ', 'các', 'và', 'hoặc', 'với', 'tại các', 'theo các']);

// The types cited most often in công văn, offered first; the others follow in the table's order.
const COMMON_CITED_TYPES: readonly string[] = [
	'Công văn',
	'Quyết định',
	'Kế hoạch',
	'Thông báo',
	'Chỉ thị',
	'Nghị quyết',
	'Nghị định',
	'Thông tư',
	'Hướng dẫn',
	'Báo cáo',
	'Tờ trình',
	'Công điện',
];

/** The start of the word that ends at `offset`: letters, combining marks and digits (NFD-safe). */
function wordStart(text: string, offset: number, extra = ''): number {
	let at = offset;
	while (at > 0) {
		const c = text[at - 1] ?? '';
		if (!/[\p{L}\p{M}\p{N}]/u.test(c) && !extra.includes(c)) {
			break;
		}
		at--;
	}
	return at;
}

/** The contents of the nearest non-blank line before `line`, in the normalised text, or undefined. */
function previousContent(letter: Letter, line: number): { index: number; content: string } | undefined {
	for (let i = line - 1; i >= 0; i--) {
		// The line being typed is no component yet: completion reads the text before the cursor (ARCHITECTURE.md, invariant 6).
		// eslint-disable-next-line no-restricted-syntax -- what is being typed has no field in the model
		const content = letter.lines[i]?.content ?? '';
		if (content !== '') {
			return { index: i, content };
		}
	}
	return undefined;
}

/** The completion items at an offset of the original text. */
export function completionsAt(letter: Letter, offset: number, options: CompletionOptions = {}): CompletionData[] {
	const text = TEXTS[options.locale ?? 'vi'];
	if (letter.legacyEncoding) {
		return [];
	}
	const source = letter.source;
	const start = lineStartOf(source, offset);
	// The typed part of the line, composed so that an NFD "Số" matches; offsets stay in the original.
	const prefix = source.slice(start, offset).normalize('NFC');
	const line = lineOfOffset(letter, offset);
	const so = soCompletions(letter, source, offset, prefix, line, options, text);
	if (so) {
		return so;
	}
	// On the blank line after the last entry of Nơi nhận, both an entry and a signing prefix may come next.
	const closing = [
		...(noiNhanCompletions(letter, source, offset, prefix, line, options, text) ?? []),
		...(signatureCompletions(letter, source, offset, prefix, line, options.locale ?? 'vi', text) ?? []),
	];
	if (closing.length > 0) {
		return closing;
	}
	return citationCompletions(letter, source, offset, prefix, line, options.locale ?? 'vi', text) ?? [];
}

/** After "Số: <n>/": the type abbreviations; after a "-" in the ký hiệu: the team's units. */
function soCompletions(
	letter: Letter,
	source: string,
	offset: number,
	prefix: string,
	line: number,
	options: CompletionOptions,
	text: CompletionTexts,
): CompletionData[] | undefined {
	const match = /^\s*(?:Số|SỐ)(?<number>[^/\n]*)\/(?<symbol>[^\s/]*)$/u.exec(prefix);
	if (!match || (letter.so !== undefined && letter.so.line !== line)) {
		return undefined;
	}
	const number = (match.groups?.['number'] ?? '').replace(':', '');
	if (!/^[\d\s.…]*$/u.test(number)) {
		return undefined;
	}
	const symbol = match.groups?.['symbol'] ?? '';
	const range = { start: wordStart(source, offset), end: offset };
	if (symbol.includes('-')) {
		return (options.units ?? []).map((unit, i) => ({
			label: unit.abbreviation,
			...(unit.name !== undefined ? { detail: unit.name } : {}),
			kind: 'module',
			insertText: unit.abbreviation,
			range,
			sortText: String(i).padStart(3, '0'),
		}));
	}
	const regime = regimeOfDate(letter.issueDate);
	const declared = letter.header.typeName ? sentenceCase(letter.header.typeName.type.name) : undefined;
	return abbreviationTable(regime).map((row, i) => {
		const old = row.otherAbbreviation ? text.formerly(text.regimeShort(regime), row.otherAbbreviation) : '';
		const item: CompletionData = {
			label: row.abbreviation,
			detail: row.typeName,
			documentation: text.abbreviation(row.typeName, regimeDescription(regime, options.locale), old, row.abbreviation),
			kind: 'enumMember',
			insertText: row.abbreviation,
			range,
			sortText: String(i).padStart(3, '0'),
		};
		if (declared === row.typeName) {
			item.preselect = true;
			item.sortText = '000';
		}
		return item;
	});
}

/** Inside Nơi nhận, at the start of an entry: "- Như trên;", "- Lưu: VT, <unit>." and the team's units. */
function noiNhanCompletions(
	letter: Letter,
	source: string,
	offset: number,
	prefix: string,
	line: number,
	options: CompletionOptions,
	text: CompletionTexts,
): CompletionData[] | undefined {
	const noiNhan = letter.noiNhan;
	if (!noiNhan || line <= noiNhan.line) {
		return undefined;
	}
	const previous = previousContent(letter, line);
	// After the label, or after an entry that does not close the list ("- Lưu: VT, VP." ends it with ".").
	if (!previous || (previous.index !== noiNhan.line && (!/^[-+•]/u.test(previous.content) || /\.$/u.test(previous.content)))) {
		return undefined;
	}
	// What the user typed of the entry: an optional dash, then words.
	if (!/^-?[\p{L}\p{M}\s:,]*$/u.test(prefix.trimStart())) {
		return undefined;
	}
	const lineAt = lineStartOf(source, offset);
	const indent = /^\s*/u.exec(source.slice(lineAt, offset))?.[0].length ?? 0;
	const range = { start: lineAt + indent, end: offset };
	const unit = draftingUnit(letter);
	const items: CompletionData[] = [
		{
			label: '- Như trên;',
			kind: 'value',
			detail: text.nhuTrenDetail,
			documentation: text.nhuTrenDoc,
			insertText: '- Như trên;',
			range,
			filterText: '- Như trên;',
			sortText: letter.kinhGui ? '0' : '2',
		},
		{
			label: `- Lưu: VT, ${unit ?? '…'}.`,
			kind: 'value',
			detail: text.luuDetail,
			documentation: text.luuDoc,
			insertText: unit ? `- Lưu: VT, ${unit}.` : '- Lưu: VT, ${1:đơn vị}.',
			...(unit ? {} : { snippet: true }),
			range,
			filterText: '- Lưu: VT',
			sortText: '1',
		},
	];
	if (letter.header.typeName?.type.name === 'QUYẾT ĐỊNH') {
		items.push({
			label: '- Như Điều …;',
			kind: 'snippet',
			detail: text.nhuDieuDetail,
			documentation: text.nhuDieuDoc,
			insertText: '- Như Điều ${1:3};',
			snippet: true,
			range,
			filterText: '- Như Điều',
			sortText: '0',
		});
	}
	(options.units ?? []).forEach((u, i) => {
		items.push({
			label: `- Lưu: VT, ${u.abbreviation}.`,
			kind: 'module',
			...(u.name !== undefined ? { detail: u.name } : {}),
			insertText: `- Lưu: VT, ${u.abbreviation}.`,
			range,
			filterText: '- Lưu: VT',
			sortText: `1${String(i).padStart(3, '0')}`,
		});
	});
	return items;
}

/** At the start of a line after the body's closing or after Nơi nhận: the five signing prefixes. */
function signatureCompletions(
	letter: Letter,
	source: string,
	offset: number,
	prefix: string,
	line: number,
	locale: Locale,
	text: CompletionTexts,
): CompletionData[] | undefined {
	if (!/^\s*\p{Lu}{0,3}$/u.test(prefix)) {
		return undefined;
	}
	const previous = previousContent(letter, line);
	const afterClosing = previous !== undefined && /\.\/\.$/u.test(previous.content);
	const noiNhanEnd = letter.noiNhan ? lineOfOffset(letter, letter.noiNhan.range.end) : undefined;
	const afterNoiNhan = noiNhanEnd !== undefined && letter.noiNhan !== undefined && letter.noiNhan.entries.length > 0 && line > noiNhanEnd;
	const signature = letter.signature;
	const inSignature =
		signature !== undefined && line >= lineOfOffset(letter, signature.range.start) && line <= lineOfOffset(letter, signature.range.end) + 1;
	if (!afterClosing && !afterNoiNhan && !inSignature) {
		return undefined;
	}
	const range = { start: wordStart(source, offset), end: offset };
	const items: CompletionData[] = SIGNING_PREFIXES.map(({ prefix: label, meaning: vietnamese, example }, i) => {
		const meaning = locale === 'en' ? (SIGNING_PREFIX_MEANINGS_EN[label] ?? vietnamese) : vietnamese;
		return {
			label,
			kind: 'keyword',
			detail: meaning.slice(0, meaning.indexOf(':')),
			documentation: `${meaning}\n\n${text.example}: \`${example}\`.\n\n${legalBasisLabel(locale)}: ${SIGNING_SOURCE}.`,
			insertText: `${label} `,
			range,
			sortText: String(i),
		};
	});
	if (!letter.noiNhan && afterClosing) {
		items.push({
			label: 'Nơi nhận:',
			kind: 'keyword',
			detail: text.noiNhanDetail,
			documentation: text.noiNhanDoc,
			insertText: letter.kinhGui
				? 'Nơi nhận:\n- Như trên;\n- Lưu: VT, ${1:đơn vị}.'
				: 'Nơi nhận:\n- ${1:nơi nhận};\n- Lưu: VT, ${2:đơn vị}.',
			snippet: true,
			range,
			filterText: 'Nơi nhận',
			sortText: '9',
		});
	}
	return items;
}

/** Type names at the start of a citation: after "tại", "theo", "Thực hiện", … or before " số". */
function citationCompletions(
	letter: Letter,
	source: string,
	offset: number,
	prefix: string,
	line: number,
	locale: Locale,
	text: CompletionTexts,
): CompletionData[] | undefined {
	if (line === letter.so?.line || line === letter.date?.line) {
		return undefined;
	}
	const start = wordStart(source, offset);
	const typed = prefix.slice(0, prefix.length - source.slice(start, offset).normalize('NFC').length);
	const before = typed.trimEnd().toLowerCase();
	const words = before.split(/\s+/u);
	const last = words[words.length - 1] ?? '';
	const lastTwo = words.slice(-2).join(' ');
	const afterLead = /\s$/u.test(typed) && (CITATION_LEADS.has(last) || CITATION_LEADS.has(lastTwo));
	// The text after the cursor: "… | số 938/UBND-KGVX" means the type is being written before a number.
	const after = source.slice(offset, offset + 20).normalize('NFC');
	const beforeSo = /^\s+số(?![\p{L}\p{M}])/u.test(after) && (typed === '' || /\s$/u.test(typed));
	if (!afterLead && !beforeSo) {
		return undefined;
	}
	const range = { start, end: offset };
	const items = CITED_TYPE_NAMES.map((name): CompletionData => {
		// A Luật or Pháp lệnh is cited by its name, not by a number (reference R5.2).
		const byName = citedByNameOnly(name);
		const rank = COMMON_CITED_TYPES.indexOf(name);
		return {
			label: byName ? name : `${name} số`,
			kind: 'class',
			detail: text.citedDetail,
			documentation: byName ? text.citedByName(name) : `${text.citedFirst(name)}\n\n${legalBasisLabel(locale)}: ${CITATION_SOURCE}.`,
			insertText: beforeSo || byName ? `${name}${byName ? ' ' : ''}` : `${name} số `,
			range,
			filterText: name,
			sortText: `${rank >= 0 ? '0' : '1'}${String(rank >= 0 ? rank : CITED_TYPE_NAMES.indexOf(name)).padStart(3, '0')}`,
		};
	});
	return items.sort((a, b) => ((a.sortText ?? '') < (b.sortText ?? '') ? -1 : 1));
}
