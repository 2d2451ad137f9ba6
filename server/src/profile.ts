// The team's profile, `.congvan/profile.json`, once read: its place in the workspace and the checks of its
// fields, shared by the Node readers (node/profile-file.ts) and the web worker, which reads the file through
// the editor. Fields of the wrong type are dropped with a message, so that one typo does not switch off the
// checks that use the rest of the profile. Pure: no Node.
import type { Locale, ProfileSigner, ProfileUnit, TeamProfile } from './core/index';
import type { LayoutChoices } from './core/layout/nd30';
import { LayoutChoiceError, layoutForProfile } from './core/layout/profile';
import { t } from './l10n';

/** The folder of the team's shared files, at the workspace root. */
export const PROFILE_DIR = '.congvan';

/** The profile's path relative to the workspace root. */
export const PROFILE_PATH = `${PROFILE_DIR}/profile.json`;

const TEXT_FIELDS = ['coQuanChuQuan', 'coQuanBanHanh', 'kyHieuCoQuan', 'diaDanh'] as const;

/**
 * Checks a parsed profile: keeps the fields of the right type (strings trimmed and NFC, empty ones
 * dropped) and says what was dropped. Undefined when the value is not an object at all.
 */
export function normalizeProfile(raw: unknown, file: string, locale: Locale = 'vi'): { profile?: TeamProfile; warnings: string[] } {
	const warnings: string[] = [];
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return { warnings: [t(locale, 'the team profile "{file}" must be a JSON object ({ … }).', { file })] };
	}
	const input = raw as Record<string, unknown>;
	const profile: TeamProfile = {};
	const drop = (field: string, what: string): void => {
		warnings.push(t(locale, 'team profile "{file}": "{field}" ignored ({reason}).', { file, field, reason: what }));
	};
	for (const field of TEXT_FIELDS) {
		const value = input[field];
		if (value === undefined) {
			continue;
		}
		// "" or null: the issuing body has no managing body (a UBND tỉnh), said on purpose; nothing to keep.
		if (field === 'coQuanChuQuan' && (value === null || (typeof value === 'string' && value.trim() === ''))) {
			continue;
		}
		const text = cleanText(value);
		if (text === undefined) {
			drop(field, t(locale, 'a non-empty string is needed'));
		} else {
			profile[field] = text;
		}
	}
	if (input['donVi'] !== undefined) {
		const units = listOf(input['donVi'], 'donVi', drop, locale, (item, at): ProfileUnit | undefined => {
			const ten = cleanText(item['ten']);
			const kyHieu = cleanText(item['kyHieu']);
			if (ten === undefined || kyHieu === undefined) {
				drop(at, t(locale, 'each unit needs "ten" and "kyHieu" as non-empty strings'));
				return undefined;
			}
			return { ten, kyHieu };
		});
		if (units) {
			profile.donVi = units;
		}
	}
	if (input['nguoiKy'] !== undefined) {
		const signers = listOf(input['nguoiKy'], 'nguoiKy', drop, locale, (item, at): ProfileSigner | undefined => {
			const hoTen = cleanText(item['hoTen']);
			const chucVu = cleanText(item['chucVu']);
			const quyenHan = item['quyenHan'] === undefined ? undefined : cleanText(item['quyenHan']);
			if (hoTen === undefined || chucVu === undefined || (item['quyenHan'] !== undefined && quyenHan === undefined)) {
				drop(at, t(locale, 'each signer needs "hoTen" and "chucVu" as non-empty strings, and "quyenHan" too when it is given'));
				return undefined;
			}
			return { hoTen, chucVu, ...(quyenHan !== undefined ? { quyenHan } : {}) };
		});
		if (signers) {
			profile.nguoiKy = signers;
		}
	}
	if (input['layout'] !== undefined) {
		const layout = readLayout(input['layout'], drop, locale);
		if (layout) {
			profile.layout = layout;
		}
	}
	return { profile, warnings };
}

const LAYOUT_NUMBERS = ['bodySize', 'lineSpacing', 'firstLineIndentMm'] as const;
const LAYOUT_SIDES = ['top', 'bottom', 'left', 'right'] as const;

/**
 * The team's layout choices (`layout`): numbers inside the ranges of Phụ lục I. A value of the wrong type is
 * dropped like any other field; a value outside the decree's range is a configuration error, dropped with the
 * message of `layoutForProfile` (the value, its range and the clause), and the other choices are kept.
 */
function readLayout(value: unknown, drop: (field: string, what: string) => void, locale: Locale): LayoutChoices | undefined {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		drop('layout', t(locale, 'an object is needed'));
		return undefined;
	}
	const input = value as Record<string, unknown>;
	const choices: LayoutChoices = {};
	const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
	for (const [key, v] of Object.entries(input)) {
		const field = `layout.${key}`;
		if ((LAYOUT_NUMBERS as readonly string[]).includes(key)) {
			if (isNumber(v)) {
				choices[key as (typeof LAYOUT_NUMBERS)[number]] = v;
			} else {
				drop(field, t(locale, 'a number is needed'));
			}
		} else if (key === 'margins' || key === 'sizes') {
			if (typeof v !== 'object' || v === null || Array.isArray(v)) {
				drop(field, t(locale, 'an object is needed'));
				continue;
			}
			const numbers: Record<string, number> = {};
			for (const [name, n] of Object.entries(v as Record<string, unknown>)) {
				if (key === 'margins' && !(LAYOUT_SIDES as readonly string[]).includes(name)) {
					drop(`${field}.${name}`, t(locale, 'not a margin (top, bottom, left, right)'));
				} else if (isNumber(n)) {
					numbers[name] = n;
				} else {
					drop(`${field}.${name}`, t(locale, 'a number is needed'));
				}
			}
			if (key === 'margins') {
				choices.margins = numbers;
			} else {
				choices.sizes = numbers;
			}
		} else {
			drop(field, t(locale, 'not a layout choice (bodySize, sizes, margins, lineSpacing, firstLineIndentMm)'));
		}
	}
	// Each choice outside the decree's range is dropped in turn, with its message; the rest is kept.
	for (;;) {
		try {
			layoutForProfile({ layout: choices });
			break;
		} catch (error) {
			if (!(error instanceof LayoutChoiceError)) {
				throw error;
			}
			drop(
				`layout.${error.choice}`,
				t(locale, 'outside the range of Decree 30/2020/NĐ-CP, Appendix I: {detail}', { detail: error.message }),
			);
			if (!removeChoice(choices, error.choice)) {
				return undefined;
			}
		}
	}
	return Object.keys(choices).length > 0 ? choices : undefined;
}

/** Removes the choice at `path` ("margins.left", "sizes.quoc-hieu", "bodySize"); false when there is none. */
function removeChoice(choices: LayoutChoices, path: string): boolean {
	const [head, name] = path.split('.', 2);
	if ((head === 'margins' || head === 'sizes') && name !== undefined) {
		const group = choices[head] as Record<string, number> | undefined;
		if (!group || !(name in group)) {
			return false;
		}
		delete group[name];
		return true;
	}
	if (head && head in choices) {
		delete choices[head as keyof LayoutChoices];
		return true;
	}
	return false;
}

/** The items of an array field that `read` accepts; undefined when the field is not an array. */
function listOf<T>(
	value: unknown,
	field: string,
	drop: (field: string, what: string) => void,
	locale: Locale,
	read: (item: Record<string, unknown>, at: string) => T | undefined,
): T[] | undefined {
	if (!Array.isArray(value)) {
		drop(field, t(locale, 'an array is needed'));
		return undefined;
	}
	const items: T[] = [];
	value.forEach((item: unknown, i) => {
		const at = `${field}[${i}]`;
		if (typeof item !== 'object' || item === null || Array.isArray(item)) {
			drop(at, t(locale, 'an object is needed'));
			return;
		}
		const read1 = read(item as Record<string, unknown>, at);
		if (read1 !== undefined) {
			items.push(read1);
		}
	});
	return items;
}

function cleanText(value: unknown): string | undefined {
	if (typeof value !== 'string') {
		return undefined;
	}
	const text = value.normalize('NFC').trim();
	return text === '' ? undefined : text;
}
