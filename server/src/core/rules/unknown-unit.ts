// Chữ viết tắt tên đơn vị (nhóm cuối của ký hiệu công văn, đơn vị soạn thảo ở dòng "- Lưu: VT, …") do người đứng
// đầu cơ quan quy định; nhóm ghi danh sách đó vào hồ sơ nhóm `.congvan/profile.json` ("donVi"). Một chữ viết tắt
// không có trong danh sách thường là lỗi gõ ("QLVHGD" thay cho "QLVHGĐ") hoặc đơn vị của cơ quan khác.
// Quy tắc chỉ chạy khi có hồ sơ nhóm liệt kê đơn vị.
// Căn cứ: Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3.b (chữ viết tắt tên đơn vị do người đứng đầu cơ quan
// quy định) và Mục II.9.d (dòng Lưu) (reference R1.3, R1.6, R7.3).
import type { UnitMention } from '../letter/closing';
import { foldAbbreviation, withinOneEdit } from '../text';
import type { ProfileUnit, Rule, Suggestion } from '../types';

/** At most this many suggestions for one unknown unit: a long list helps nobody. */
const MAX_SUGGESTIONS = 5;
/** At most this many candidates are compared for one unknown unit, whatever the profile holds. */
const MAX_CANDIDATES = 1000;

/**
 * What the rule reads of a profile's unit list, built once per list (a profile can list 100,000 units and
 * the rule runs on every keystroke): the known abbreviations, the list shown in messages, the units by folded
 * abbreviation, and (when first needed) an index of the folded abbreviations with one character deleted, which
 * finds the units one edit away from a text without comparing it with every unit.
 */
class UnitIndex {
	readonly known = new Set<string>();
	readonly list: string;
	private readonly byKey = new Map<string, number[]>();
	private readonly keys: string[];
	private byDeletion: Map<number, number[]> | undefined;

	constructor(readonly units: readonly ProfileUnit[]) {
		this.keys = units.map((u) => foldAbbreviation(u.kyHieu));
		units.forEach((u, i) => {
			this.known.add(u.kyHieu.normalize('NFC'));
			push(this.byKey, this.keys[i] as string, i);
		});
		const shown = units.slice(0, 12).map((u) => u.kyHieu);
		this.list = units.length <= 12 ? shown.join(', ') : `${shown.join(', ')}, …`;
	}

	/** The listed units that `text` is probably a typo of: equal after folding, or one edit apart when long. */
	closeUnits(text: string): ProfileUnit[] {
		const key = foldAbbreviation(text);
		const equal = this.byKey.get(key);
		if (equal) {
			return equal.slice(0, MAX_SUGGESTIONS).map((i) => this.units[i] as ProfileUnit);
		}
		if (key.length < 4) {
			return [];
		}
		const byDeletion = this.deletionIndex();
		const candidates = new Set<number>();
		const add = (list: readonly number[] | undefined): void => {
			for (const i of list ?? []) {
				if (candidates.size >= MAX_CANDIDATES) {
					return;
				}
				candidates.add(i);
			}
		};
		// A unit one longer (the text lost a character), then one of the same length or one shorter. The
		// index is keyed by hashes; the candidates are checked against the keys themselves below.
		add(byDeletion.get(hashOf(key)));
		for (const variant of deletions(key)) {
			add(this.byKey.get(variant));
		}
		for (const hash of deletionHashes(key)) {
			add(byDeletion.get(hash));
		}
		return [...candidates]
			.filter((i) => withinOneEdit(this.keys[i] as string, key))
			.sort((a, b) => a - b)
			.slice(0, MAX_SUGGESTIONS)
			.map((i) => this.units[i] as ProfileUnit);
	}

	private deletionIndex(): Map<number, number[]> {
		if (!this.byDeletion) {
			const index = new Map<number, number[]>();
			this.keys.forEach((key, i) => {
				// A text of four characters or more is within one edit of units of three characters or more.
				if (key.length >= 4) {
					for (const hash of new Set(deletionHashes(key))) {
						push(index, hash, i);
					}
				}
			});
			this.byDeletion = index;
		}
		return this.byDeletion;
	}
}

// Hashes of strings (polynomial, kept to 30 bits so that V8 stores them as small integers): the index of a
// 100,000-unit profile holds some 600,000 deletions, and a hash of each, computed from prefix and suffix
// hashes without building the string, is several times cheaper than the string itself.
const BASE = 131;
const MASK = 0x3fffffff;

function hashOf(s: string): number {
	let h = 0;
	for (let i = 0; i < s.length; i++) {
		h = (Math.imul(h, BASE) + s.charCodeAt(i)) | 0;
	}
	return h & MASK;
}

/** The hashes of the strings made by deleting one character of `s`, as hashOf would give them. */
function deletionHashes(s: string): number[] {
	const n = s.length;
	// suffix[k]: the hash of s[k..n) as the tail of a string of n - 1 characters; power: BASE to the n - 1 - k.
	const suffix = new Array<number>(n + 1).fill(0);
	let power = 1;
	for (let k = n - 1; k >= 0; k--) {
		suffix[k] = (Math.imul(s.charCodeAt(k), power) + (suffix[k + 1] as number)) | 0;
		power = Math.imul(power, BASE);
	}
	const out: number[] = [];
	let prefix = 0;
	// BASE to the n - 1 - i, for the prefix s[0..i) shifted over the n - 1 - i characters after it.
	const powers = new Array<number>(n).fill(1);
	for (let j = 1; j < n; j++) {
		powers[j] = Math.imul(powers[j - 1] as number, BASE);
	}
	for (let i = 0; i < n; i++) {
		// The characters after i keep their places in the shorter string: their hash is suffix[i + 1].
		out.push((Math.imul(prefix, powers[n - 1 - i] as number) + (suffix[i + 1] as number)) & MASK);
		prefix = (Math.imul(prefix, BASE) + s.charCodeAt(i)) | 0;
	}
	return out;
}

function push<K>(map: Map<K, number[]>, key: K, value: number): void {
	const list = map.get(key);
	if (list) {
		list.push(value);
	} else {
		map.set(key, [value]);
	}
}

/** The strings made by deleting one character of `s`. */
function deletions(s: string): string[] {
	const out: string[] = [];
	for (let i = 0; i < s.length; i++) {
		out.push(s.slice(0, i) + s.slice(i + 1));
	}
	return out;
}

// One index per unit list: hosts keep the profile they read, so the list is the same object from check to check.
const INDEXES = new WeakMap<readonly ProfileUnit[], UnitIndex>();

function indexOf(units: readonly ProfileUnit[]): UnitIndex {
	let index = INDEXES.get(units);
	if (!index) {
		index = new UnitIndex(units);
		INDEXES.set(units, index);
	}
	return index;
}

export default {
	id: 'unknown-unit',
	category: 'viet-tat',
	source: 'Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II.3.b, II.9.d; hồ sơ nhóm .congvan/profile.json',
	description:
		'Chữ viết tắt đơn vị trong ký hiệu (nhóm cuối) và ở dòng "- Lưu:" phải là một đơn vị có trong hồ sơ nhóm (.congvan/profile.json, "donVi"); chỉ kiểm tra khi có hồ sơ nhóm.',
	defaultSeverity: 'warning',
	fixable: false,
	messages: {
		inKyHieu: 'Đơn vị "{unit}" trong ký hiệu không có trong danh sách đơn vị của hồ sơ nhóm ({known}).',
		inLuu: 'Đơn vị "{unit}" ở dòng Lưu không có trong danh sách đơn vị của hồ sơ nhóm ({known}).',
	},
	check(ctx) {
		const { letter, profile } = ctx;
		const units = profile?.donVi ?? [];
		if (units.length === 0) {
			return;
		}
		const index = indexOf(units);
		// The issuing body's own abbreviation is not a unit, but it is not unknown to the team either.
		const own = profile?.kyHieuCoQuan?.normalize('NFC');
		const list = index.list;
		const check = (mention: UnitMention | undefined, messageId: 'inKyHieu' | 'inLuu'): void => {
			if (!mention || index.known.has(mention.text) || mention.text === own) {
				return;
			}
			const suggestions: Suggestion[] = index.closeUnits(mention.text).map((u) => ({
				message: `Sửa thành "${u.kyHieu}" (${u.ten}).`,
				edits: [{ range: mention.range, text: u.kyHieu }],
			}));
			ctx.report({ messageId, data: { unit: mention.text, known: list }, range: mention.range, suggestions });
		};
		check(letter.closing.kyHieuUnit, 'inKyHieu');
		for (const unit of letter.closing.luuUnits) {
			check(unit, 'inLuu');
		}
	},
} satisfies Rule;
