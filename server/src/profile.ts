// The team's profile, `.congvan/profile.json`, once read: its place in the workspace and the checks of its
// fields, shared by the Node readers (node/profile-file.ts) and the web worker, which reads the file through
// the editor. Fields of the wrong type are dropped with a message, so that one typo does not switch off the
// checks that use the rest of the profile. Pure: no Node.
import type { Locale, ProfileSigner, ProfileUnit, TeamProfile } from './core/index';
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
	return { profile, warnings };
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
