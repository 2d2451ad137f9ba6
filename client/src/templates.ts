// Filling the templates of "Công văn: Tạo văn bản mới từ mẫu": the built-in templates (the snippets of
// snippets/congvan.code-snippets) and the team's own (.congvan/templates/*.congvan), with the team profile
// (.congvan/profile.json) and today's date. Pure: no VS Code, no file system, so that it is unit-tested
// (test/templates.test.ts); new-from-template.ts does the reading and the opening. Its few messages are a
// table by language, since it runs outside VS Code in the tests.
import type { Locale } from './locale';

/** A unit of the issuing body in the profile. */
export interface ProfileUnit {
	ten: string;
	kyHieu: string;
}

/** A usual signer in the profile. */
export interface ProfileSigner {
	hoTen: string;
	chucVu: string;
	quyenHan?: string;
}

/**
 * The team profile as the client reads it (schemas/profile.schema.json); every field is optional. An empty
 * `coQuanChuQuan` ("") says that the issuing body has no managing body (a UBND tỉnh, a Bộ): the templates
 * then have no line for it.
 */
export interface TeamProfile {
	coQuanChuQuan?: string;
	coQuanBanHanh?: string;
	kyHieuCoQuan?: string;
	diaDanh?: string;
	donVi?: ProfileUnit[];
	nguoiKy?: ProfileSigner[];
}

/** A built-in template: one snippet of the extension. */
export interface BuiltInTemplate {
	/** The snippet's name, e.g. "Công văn". */
	name: string;
	/** Its prefixes, e.g. ["congvan", "cv"]. */
	prefixes: string[];
	description: string;
	/** The snippet body, lines joined with "\n", in VS Code snippet syntax. */
	body: string;
}

/**
 * Parses JSON with comments and trailing commas, as VS Code reads `.code-snippets` files. Throws a
 * SyntaxError on anything else that is not JSON.
 */
export function parseJsonc(text: string): unknown {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') {
			const end = endOfString(text, i);
			out += text.slice(i, end);
			i = end - 1;
		} else if (c === '/' && text[i + 1] === '/') {
			const eol = text.indexOf('\n', i);
			if (eol < 0) {
				break;
			}
			i = eol - 1;
		} else if (c === '/' && text[i + 1] === '*') {
			const close = text.indexOf('*/', i + 2);
			if (close < 0) {
				break;
			}
			i = close + 1;
		} else if (c === ',' && '}]'.includes(text[nextToken(text, i + 1)] ?? '')) {
			// A trailing comma: dropped.
		} else {
			out += c;
		}
	}
	return JSON.parse(out.replace(/^\uFEFF/u, ''));
}

/** The index of the next character after `from` that is neither white space nor inside a comment. */
function nextToken(text: string, from: number): number {
	let i = from;
	while (i < text.length) {
		if (/\s/u.test(text[i] ?? '')) {
			i++;
		} else if (text.startsWith('//', i)) {
			const eol = text.indexOf('\n', i);
			i = eol < 0 ? text.length : eol + 1;
		} else if (text.startsWith('/*', i)) {
			const close = text.indexOf('*/', i + 2);
			i = close < 0 ? text.length : close + 2;
		} else {
			break;
		}
	}
	return i;
}

function endOfString(text: string, start: number): number {
	let i = start + 1;
	while (i < text.length && text[i] !== '"') {
		i += text[i] === '\\' ? 2 : 1;
	}
	return i + 1;
}

/** The built-in templates from the text of a `.code-snippets` file, in file order; malformed entries are skipped. */
export function builtInTemplates(snippetsFile: string): BuiltInTemplate[] {
	const parsed = parseJsonc(snippetsFile);
	if (typeof parsed !== 'object' || parsed === null) {
		return [];
	}
	const templates: BuiltInTemplate[] = [];
	for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
		const snippet = value as { prefix?: unknown; body?: unknown; description?: unknown } | null;
		const body = Array.isArray(snippet?.body) ? snippet.body.filter((l): l is string => typeof l === 'string').join('\n') : snippet?.body;
		if (typeof body !== 'string') {
			continue;
		}
		const prefix = snippet?.prefix;
		const prefixes = (Array.isArray(prefix) ? prefix : [prefix]).filter((p): p is string => typeof p === 'string');
		templates.push({ name, prefixes, description: typeof snippet?.description === 'string' ? snippet.description : '', body });
	}
	return templates;
}

const PROFILE_ERRORS: Readonly<Record<Locale, { notJson: (reason: string) => string; notObject: string }>> = {
	vi: { notJson: (reason) => `không phải JSON hợp lệ (${reason})`, notObject: 'phải là một đối tượng JSON ({ … })' },
	en: { notJson: (reason) => `is not valid JSON (${reason})`, notObject: 'must be a JSON object ({ … })' },
};

/**
 * Reads a profile file's text, keeping the fields of the right type (the server checks the same file
 * strictly and reports the rest). Returns an error message (in `locale`, to follow the file's name)
 * instead when the text is not a JSON object.
 */
export function parseProfile(text: string, locale: Locale = 'vi'): { profile: TeamProfile } | { error: string } {
	let raw: unknown;
	try {
		raw = JSON.parse(text.replace(/^\uFEFF/u, ''));
	} catch (error) {
		return { error: PROFILE_ERRORS[locale].notJson((error as Error).message) };
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return { error: PROFILE_ERRORS[locale].notObject };
	}
	const input = raw as Record<string, unknown>;
	const text1 = (value: unknown): string | undefined =>
		typeof value === 'string' && value.trim() !== '' ? value.normalize('NFC').trim() : undefined;
	const profile: TeamProfile = {};
	// "" or null: no managing body, which is said on purpose (absent: not said).
	if (input['coQuanChuQuan'] === null || (typeof input['coQuanChuQuan'] === 'string' && input['coQuanChuQuan'].trim() === '')) {
		profile.coQuanChuQuan = '';
	}
	for (const field of ['coQuanChuQuan', 'coQuanBanHanh', 'kyHieuCoQuan', 'diaDanh'] as const) {
		const value = text1(input[field]);
		if (value !== undefined) {
			profile[field] = value;
		}
	}
	const objects = (value: unknown): Record<string, unknown>[] =>
		Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)) : [];
	const units = objects(input['donVi']).flatMap((u) => {
		const ten = text1(u['ten']);
		const kyHieu = text1(u['kyHieu']);
		return ten !== undefined && kyHieu !== undefined ? [{ ten, kyHieu }] : [];
	});
	if (units.length > 0) {
		profile.donVi = units;
	}
	const signers = objects(input['nguoiKy']).flatMap((s) => {
		const hoTen = text1(s['hoTen']);
		const chucVu = text1(s['chucVu']);
		const quyenHan = text1(s['quyenHan']);
		return hoTen !== undefined && chucVu !== undefined ? [{ hoTen, chucVu, ...(quyenHan !== undefined ? { quyenHan } : {}) }] : [];
	});
	if (signers.length > 0) {
		profile.nguoiKy = signers;
	}
	return { profile };
}

/** The date variables of team templates: `ngay`, `thang`, `nam`, written as Nghị định 30 requires. */
export interface DateWords {
	/** The day, with a leading zero below 10: "05", "29". */
	ngay: string;
	/** The month, with a leading zero for 1 and 2 only: "01", "02", "3", "12". */
	thang: string;
	/** The year: "2025". */
	nam: string;
}

/**
 * Today's date as the date line of a letter writes it (Phụ lục I, Mục II.4.b: a day below 10 and the
 * months 1 and 2 take a leading zero; the other months do not).
 */
export function dateWords(date: { year: number; month: number; day: number }): DateWords {
	return {
		ngay: date.day < 10 ? `0${date.day}` : String(date.day),
		thang: date.month <= 2 ? `0${date.month}` : String(date.month),
		nam: String(date.year),
	};
}

/** The result of filling a team template. */
export interface FilledTemplate {
	text: string;
	/** The `${…}` variables that had no value (left as "…" in the text), in order of first use. */
	missing: string[];
}

// `${name}` or `${profile.path.to[0].field}`; a backslash before the "$" keeps it as written.
const TEMPLATE_VARIABLE = /\\?\$\{([A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\])*)\}/gu;

/**
 * Fills a team template: `${profile.coQuanChuQuan}`, `${profile.coQuanBanHanh}`, `${profile.kyHieuCoQuan}`,
 * `${profile.diaDanh}`, `${profile.donVi[0].ten}`, `${profile.donVi[0].kyHieu}`, `${profile.nguoiKy[0].hoTen}`
 * (also `.chucVu`, `.quyenHan`) and the date `${ngay}`, `${thang}`, `${nam}`. A variable without a value
 * becomes "…", a blank for the writer, and is listed in `missing`; `\${…}` stays as written, without the
 * backslash. Everything else in the text is kept exactly.
 */
export function fillTeamTemplate(
	template: string,
	values: { profile?: TeamProfile; date: { year: number; month: number; day: number } },
): FilledTemplate {
	const words = dateWords(values.date);
	const missing: string[] = [];
	const text = template.replace(TEMPLATE_VARIABLE, (whole, name: string) => {
		if (whole.startsWith('\\')) {
			return whole.slice(1);
		}
		const value = lookUp(name, values.profile, words);
		if (value === undefined) {
			if (!missing.includes(name)) {
				missing.push(name);
			}
			return '…';
		}
		return value;
	});
	return { text, missing };
}

function lookUp(name: string, profile: TeamProfile | undefined, words: DateWords): string | undefined {
	if (name === 'ngay' || name === 'thang' || name === 'nam') {
		return words[name];
	}
	const [head, ...path] = name.split(/\.|(?=\[)/u);
	if (head !== 'profile' || profile === undefined) {
		return undefined;
	}
	let current: unknown = profile;
	for (const step of path) {
		const index = /^\[(\d+)\]$/u.exec(step);
		if (index) {
			current = Array.isArray(current) ? current[Number(index[1])] : undefined;
		} else if (typeof current === 'object' && current !== null && !Array.isArray(current) && Object.hasOwn(current, step)) {
			current = (current as Record<string, unknown>)[step];
		} else {
			return undefined;
		}
	}
	return typeof current === 'string' ? current : undefined;
}

/** Escapes text for the default of a snippet placeholder. */
function snippetText(value: string): string {
	return value.replace(/[\\$}]/gu, (c) => `\\${c}`);
}

/** Escapes text for an option of a snippet choice. */
function choiceText(value: string): string {
	return value.replace(/[\\,|]/gu, (c) => `\\${c}`);
}

// The placeholder defaults of the built-in snippets that the profile can fill, and the field that fills each.
const PROFILE_DEFAULTS: Readonly<Record<string, 'coQuanChuQuan' | 'coQuanBanHanh' | 'diaDanh' | 'kyHieuCoQuan'>> = {
	'TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN': 'coQuanChuQuan',
	'TÊN CƠ QUAN, TỔ CHỨC': 'coQuanBanHanh',
	'Hà Nội': 'diaDanh',
	CQ: 'kyHieuCoQuan',
};

/** The lines of the signature block of a signer: the authority line (when signing for the head) and the title. */
export function signerLines(signer: ProfileSigner): string {
	return signer.quyenHan === undefined ? signer.chucVu : `${signer.quyenHan}\n${signer.chucVu}`;
}

// The signature choice of the built-in snippets (its options hold the authority and title lines) and the
// signer's name placeholder.
const SIGNATURE_CHOICE = /\$\{(\d+)\|([^|\n]*\n[^|]*)\|\}/u;
const SIGNER_NAME = /\$\{(\d+):Họ và tên\}/u;
// The line of the managing body in the built-in snippets, with its line break.
const MANAGING_BODY_LINE = /^\$\{\d+:TÊN CƠ QUAN, TỔ CHỨC CHỦ QUẢN\}\n/mu;

/**
 * A built-in snippet body with the team's values as the defaults of its placeholders: the managing and
 * issuing bodies, the place name, the agency's abbreviation in the ký hiệu, and the units (`ĐV`) as a
 * choice of the profile's abbreviations. A profile whose `coQuanChuQuan` is empty removes the managing
 * body's line. With a `signer` (the profile's only signer, or the one the writer picked), the signature
 * block and the name are the signer's. Placeholders stay placeholders, so the writer can still tab through
 * and change them; without a profile the body is returned unchanged.
 */
export function applyProfileToSnippet(body: string, profile: TeamProfile | undefined, signer?: ProfileSigner): string {
	if (!profile) {
		return body;
	}
	const units = profile.donVi?.map((u) => u.kyHieu) ?? [];
	let filled = body.replace(/\$\{(\d+):([^${}\\]*)\}/gu, (whole, index: string, value: string) => {
		if (value === 'ĐV' && units.length > 0) {
			return units.length === 1 ? `\${${index}:${snippetText(units[0] ?? '')}}` : `\${${index}|${units.map(choiceText).join(',')}|}`;
		}
		const field = Object.hasOwn(PROFILE_DEFAULTS, value) ? PROFILE_DEFAULTS[value] : undefined;
		const value1 = field === undefined ? undefined : profile[field];
		return value1 === undefined || value1 === '' ? whole : `\${${index}:${snippetText(value1)}}`;
	});
	if (profile.coQuanChuQuan === '') {
		filled = filled.replace(MANAGING_BODY_LINE, '');
	}
	if (signer !== undefined) {
		filled = filled
			.replace(SIGNATURE_CHOICE, (_whole, index: string) => `\${${index}:${snippetText(signerLines(signer))}}`)
			.replace(SIGNER_NAME, (_whole, index: string) => `\${${index}:${snippetText(signer.hoTen)}}`);
	}
	return filled;
}

/** The title and description of a team template, from its JSON sidecar (`<name>.json` beside `<name>.congvan`). */
export interface TemplateInfo {
	title?: string;
	description?: string;
}

/**
 * Reads a team template's sidecar: `{ "title": …, "description": … }` (or the Vietnamese keys `tieuDe`, `moTa`).
 * Anything unreadable gives no information, so that the template is still listed under its file name.
 */
export function parseTemplateInfo(text: string | undefined): TemplateInfo {
	if (text === undefined) {
		return {};
	}
	let raw: unknown;
	try {
		raw = parseJsonc(text);
	} catch {
		return {};
	}
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return {};
	}
	const input = raw as Record<string, unknown>;
	const pick = (...keys: string[]): string | undefined => {
		for (const key of keys) {
			const value = input[key];
			if (typeof value === 'string' && value.trim() !== '') {
				return value.trim();
			}
		}
		return undefined;
	};
	const title = pick('tieuDe', 'title');
	const description = pick('moTa', 'description');
	return { ...(title !== undefined ? { title } : {}), ...(description !== undefined ? { description } : {}) };
}

/**
 * A letter turned into a team template: the team profile's values (bodies, abbreviation, place name) become
 * `${profile.…}` variables and the date line's day, month and year `${ngay}`, `${thang}`, `${nam}`, so that
 * each new letter from it gets the profile of the day and today's date; the number is left blank for the
 * records office. Everything else is kept exactly, and `$` in the text is escaped (`\${`).
 */
export function letterToTeamTemplate(letter: string, profile: TeamProfile | undefined): string {
	let text = letter.replace(/\$\{/gu, '\\${');
	// The number of the Số line: a new letter's number is the records office's to give.
	text = text.replace(/^([ \t]*(?:Số|SỐ)[ \t]*:[ \t]*)\d+(?=[ \t]*\/)/mu, '$1');
	text = text.replace(
		/(,\s*ngày\s+)(\d{1,2})(\s+tháng\s+)(\d{1,2})(\s+năm\s+)(\d{4})/u,
		(_whole, a: string, _d: string, b: string, _m: string, c: string) => `${a}\${ngay}${b}\${thang}${c}\${nam}`,
	);
	if (profile) {
		const fields: [keyof TeamProfile, string][] = [
			['coQuanChuQuan', 'profile.coQuanChuQuan'],
			['coQuanBanHanh', 'profile.coQuanBanHanh'],
			['diaDanh', 'profile.diaDanh'],
		];
		for (const [field, variable] of fields) {
			const value = profile[field];
			if (typeof value === 'string' && value.length >= 2) {
				// Whole lines only: a body's name inside a sentence stays as written.
				text = text.replace(new RegExp(`^${escapeRegExp(value)}$`, 'mu'), `\${${variable}}`);
				if (field === 'diaDanh') {
					text = text.replace(new RegExp(`^${escapeRegExp(value)}(?=, ngày )`, 'mu'), `\${${variable}}`);
				}
			}
		}
		const abbreviation = profile.kyHieuCoQuan;
		if (abbreviation !== undefined && abbreviation !== '') {
			text = text.replace(
				new RegExp(`^([ \\t]*(?:Số|SỐ)[ \\t]*:[^\\n/]*/[^\\n]*?)${escapeRegExp(abbreviation)}(?=$|[-\\s])`, 'mu'),
				`$1\${profile.kyHieuCoQuan}`,
			);
		}
	}
	return text;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The text of a new profile from the answers; an empty managing body says that there is none. */
export function profileText(answers: {
	coQuanChuQuan: string;
	coQuanBanHanh: string;
	kyHieuCoQuan: string;
	diaDanh: string;
	units: { ten: string; kyHieu: string }[];
}): string {
	const profile: Record<string, unknown> = {
		coQuanChuQuan: answers.coQuanChuQuan.trim().toUpperCase(),
		coQuanBanHanh: answers.coQuanBanHanh.trim().toUpperCase(),
		kyHieuCoQuan: answers.kyHieuCoQuan.trim(),
		diaDanh: answers.diaDanh.trim(),
		donVi: answers.units,
		nguoiKy: [],
	};
	return `${JSON.stringify(profile, null, 2)}\n`;
}

/** Parses "Văn phòng (VP); Phòng Kế hoạch (KH)" into units. */
export function parseUnits(text: string): { ten: string; kyHieu: string }[] {
	const units: { ten: string; kyHieu: string }[] = [];
	for (const part of text.split(/[;\n]/u)) {
		const open = part.lastIndexOf('(');
		const close = part.lastIndexOf(')');
		const ten = part.slice(0, open).trim();
		const kyHieu = part.slice(open + 1, close).trim();
		if (open > 0 && close > open && ten !== '' && /^[^\s(),;]+$/u.test(kyHieu)) {
			units.push({ ten, kyHieu });
		}
	}
	return units;
}

/** A file name for a template title: lower-case ASCII words joined by "-". */
export function templateFileName(title: string): string {
	const ascii = title
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/đ/giu, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/gu, '-');
	let start = 0;
	let end = ascii.length;
	while (start < end && ascii[start] === '-') {
		start++;
	}
	while (end > start && ascii[end - 1] === '-') {
		end--;
	}
	const name = ascii.slice(start, end);
	return name === '' ? 'mau' : name.slice(0, 60);
}
