// Reading a team's profile, `.congvan/profile.json`: the same reader for the CLI and the language server.
// The profile is data only (JSON). Fields of the wrong type are dropped with a message, so that one typo
// does not switch off the checks that use the rest of the profile.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ProfileSigner, ProfileUnit, TeamProfile } from '../core/index';
import { errnoText } from './files';

/** The folder of the team's shared files, at the workspace root. */
export const PROFILE_DIR = '.congvan';

/** The profile's path relative to the workspace root. */
export const PROFILE_PATH = `${PROFILE_DIR}/profile.json`;

/** A profile read from a file, with messages about the fields that were dropped, or why it was unusable. */
export type ProfileFileResult = { profile: TeamProfile; file: string; warnings: string[] } | { errors: string[] };

const TEXT_FIELDS = ['coQuanChuQuan', 'coQuanBanHanh', 'kyHieuCoQuan', 'diaDanh'] as const;

/** Reads and checks a profile file. A missing optional file gives an empty result: `{ errors: [] }`. */
export function readProfileFile(file: string, optional: boolean): ProfileFileResult {
	let source: string;
	try {
		source = fs.readFileSync(file, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (optional && (code === 'ENOENT' || code === 'ENOTDIR')) {
			return { errors: [] };
		}
		return { errors: [`không đọc được hồ sơ nhóm "${file}" (${errnoText(error)}).`] };
	}
	let raw: unknown;
	try {
		raw = JSON.parse(source.replace(/^\uFEFF/u, ''));
	} catch (error) {
		return { errors: [`hồ sơ nhóm "${file}" không phải JSON hợp lệ (${(error as Error).message}).`] };
	}
	const { profile, warnings } = normalizeProfile(raw, file);
	return profile ? { profile, file, warnings } : { errors: warnings };
}

/**
 * Checks a parsed profile: keeps the fields of the right type (strings trimmed and NFC, empty ones
 * dropped) and says what was dropped. Undefined when the value is not an object at all.
 */
export function normalizeProfile(raw: unknown, file: string): { profile?: TeamProfile; warnings: string[] } {
	const warnings: string[] = [];
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return { warnings: [`hồ sơ nhóm "${file}" phải là một đối tượng JSON ({ … }).`] };
	}
	const input = raw as Record<string, unknown>;
	const profile: TeamProfile = {};
	const drop = (field: string, what: string): void => {
		warnings.push(`hồ sơ nhóm "${file}": bỏ qua "${field}" (${what}).`);
	};
	for (const field of TEXT_FIELDS) {
		const value = input[field];
		if (value === undefined) {
			continue;
		}
		const text = cleanText(value);
		if (text === undefined) {
			drop(field, 'cần một chuỗi không rỗng');
		} else {
			profile[field] = text;
		}
	}
	if (input['donVi'] !== undefined) {
		const units = listOf(input['donVi'], 'donVi', drop, (item, at): ProfileUnit | undefined => {
			const ten = cleanText(item['ten']);
			const kyHieu = cleanText(item['kyHieu']);
			if (ten === undefined || kyHieu === undefined) {
				drop(at, 'mỗi đơn vị cần "ten" và "kyHieu" là chuỗi không rỗng');
				return undefined;
			}
			return { ten, kyHieu };
		});
		if (units) {
			profile.donVi = units;
		}
	}
	if (input['nguoiKy'] !== undefined) {
		const signers = listOf(input['nguoiKy'], 'nguoiKy', drop, (item, at): ProfileSigner | undefined => {
			const hoTen = cleanText(item['hoTen']);
			const chucVu = cleanText(item['chucVu']);
			const quyenHan = item['quyenHan'] === undefined ? undefined : cleanText(item['quyenHan']);
			if (hoTen === undefined || chucVu === undefined || (item['quyenHan'] !== undefined && quyenHan === undefined)) {
				drop(at, 'mỗi người ký cần "hoTen" và "chucVu" là chuỗi không rỗng, "quyenHan" nếu có cũng vậy');
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
	read: (item: Record<string, unknown>, at: string) => T | undefined,
): T[] | undefined {
	if (!Array.isArray(value)) {
		drop(field, 'cần một mảng');
		return undefined;
	}
	const items: T[] = [];
	value.forEach((item: unknown, i) => {
		const at = `${field}[${i}]`;
		if (typeof item !== 'object' || item === null || Array.isArray(item)) {
			drop(at, 'cần một đối tượng');
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

/**
 * The nearest `.congvan/profile.json` from `directory` upwards, not above `stop` (a workspace folder) when
 * it is an ancestor; undefined when there is none.
 */
export function findProfileFile(directory: string, stop?: string): string | undefined {
	let current = path.resolve(directory);
	const limit = stop === undefined ? undefined : path.resolve(stop);
	for (;;) {
		const candidate = path.join(current, PROFILE_DIR, 'profile.json');
		if (fs.existsSync(candidate)) {
			return candidate;
		}
		const parent = path.dirname(current);
		if (parent === current || current === limit) {
			return undefined;
		}
		current = parent;
	}
}
