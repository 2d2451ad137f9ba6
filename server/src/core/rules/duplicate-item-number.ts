// Các khoản, điểm, điều, mục cùng cấp phải có số hoặc chữ khác nhau: hai mục cùng cấp mang cùng một số
// (1., 2., 2.) là lỗi đánh số.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ (reference R5.3–R5.5).
import { DIEM_LETTERS, type Item } from '../letter';
import { subRange } from '../letter';
import type { Rule, TextEdit } from '../types';

const KIND_NAMES: Record<Item['kind'], string> = {
	phan: 'Phần',
	chuong: 'Chương',
	muc: 'Mục',
	'la-ma': 'mục',
	dieu: 'Điều',
	khoan: 'khoản',
	diem: 'điểm',
};

export default {
	id: 'duplicate-item-number',
	category: 'noi-dung',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.6.đ',
	description: 'Hai phần, chương, mục, điều, khoản hoặc điểm cùng cấp không được mang cùng một số hoặc chữ.',
	defaultSeverity: 'error',
	fixable: false,
	regimes: ['administrative', 'party', 'legal-normative'],
	messages: {
		duplicate: '{kind} "{marker}" bị trùng số với {kind} ở dòng {line}.',
		first: '{kind} "{marker}" đầu tiên.',
		renumber: 'Đánh số lại từ {kind} này trở đi.',
	},
	check(ctx) {
		const body = ctx.letter.body;
		if (!body) {
			return;
		}
		const groups = [body.items, ...body.allItems.map((item) => item.children)];
		for (const group of groups) {
			const byKind = new Map<Item['kind'], Item[]>();
			for (const item of group) {
				byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
			}
			for (const siblings of byKind.values()) {
				const seen = new Map<number, Item>();
				siblings.forEach((item, index) => {
					const first = seen.get(item.value);
					if (!first) {
						seen.set(item.value, item);
						return;
					}
					const kind = KIND_NAMES[item.kind];
					const line = lineOf(ctx.letter.source, first.marker.range.start);
					ctx.report({
						messageId: 'duplicate',
						data: { kind, marker: item.marker.text, line },
						range: item.marker.range,
						related: [{ range: first.marker.range, message: `${kind} "${first.marker.text}" đầu tiên.` }],
						suggestions: [{ message: `Đánh số lại từ ${kind} "${item.marker.text}" trở đi.`, edits: renumber(siblings, index) }],
					});
				});
			}
		}
	},
} satisfies Rule;

/** One-based line number of an offset, for messages. */
function lineOf(text: string, offset: number): number {
	let line = 1;
	for (let i = 0; i < offset && i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
			line++;
		}
	}
	return line;
}

/** Edits that renumber `siblings[from..]` to follow `siblings[from - 1]` one by one. */
function renumber(siblings: Item[], from: number): TextEdit[] {
	const edits: TextEdit[] = [];
	let value = (siblings[from - 1]?.value ?? 0) + 1;
	for (const item of siblings.slice(from)) {
		const label = render(item.kind, value);
		if (label !== undefined && label !== item.label) {
			const at = item.marker.text.lastIndexOf(item.label);
			edits.push({ range: subRange(item.marker, at, at + item.label.length), text: label });
		}
		value++;
	}
	return edits;
}

function render(kind: Item['kind'], value: number): string | undefined {
	switch (kind) {
		case 'diem':
			return DIEM_LETTERS[value - 1];
		case 'phan':
		case 'chuong':
		case 'la-ma':
			return toRoman(value);
		default:
			return String(value);
	}
}

function toRoman(value: number): string {
	const table: [number, string][] = [
		[1000, 'M'],
		[900, 'CM'],
		[500, 'D'],
		[400, 'CD'],
		[100, 'C'],
		[90, 'XC'],
		[50, 'L'],
		[40, 'XL'],
		[10, 'X'],
		[9, 'IX'],
		[5, 'V'],
		[4, 'IV'],
		[1, 'I'],
	];
	let rest = value;
	let out = '';
	for (const [n, s] of table) {
		while (rest >= n) {
			out += s;
			rest -= n;
		}
	}
	return out;
}
