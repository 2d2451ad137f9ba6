// Each snippet of the built-in templates (Phụ lục III: công văn, quyết định, thông báo, kế hoạch, tờ trình,
// báo cáo, giấy mời, giấy giới thiệu, biên bản, công điện) expands, for any date and any signing choice, to
// a letter that the core finds nothing wrong with except the blank number of a draft. A tiny expander stands
// in for VS Code: it knows the variables, transforms, placeholders and choices the snippets use, takes each
// placeholder's default and, for a choice, its first option or the one a test picks.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseJsonc } from '../client/src/templates';
import { lintText, parseLetter, type DateValue } from '../server/src/core/index';

const ROOT = path.resolve(__dirname, '..', '..');
const SNIPPETS_FILE = path.join(ROOT, 'snippets', 'congvan.code-snippets');

interface SnippetDefinition {
	prefix: string | string[];
	body: string | string[];
	description?: string;
}

/** The values of the date variables of VS Code snippets, as VS Code computes them. */
function dateVariables(date: Date): Record<string, string> {
	return {
		CURRENT_YEAR: String(date.getFullYear()),
		CURRENT_YEAR_SHORT: String(date.getFullYear()).slice(-2),
		// VS Code pads both to two digits, whatever the month or day.
		CURRENT_MONTH: String(date.getMonth() + 1).padStart(2, '0'),
		CURRENT_DATE: String(date.getDate()).padStart(2, '0'),
	};
}

/** The result of expanding a snippet: the text and, by tab stop number, the text each stop received. */
interface Expansion {
	text: string;
	/** Tab stops in the order they first appear in the body. */
	stops: number[];
	/** The options of each choice. */
	choices: Map<number, string[]>;
}

/**
 * Expands the subset of the snippet grammar that the snippet uses: `$n`, `${n}`, `${n:default}` (nested),
 * `${n|a,b|}`, `$NAME`, `${NAME}`, `${NAME:default}` and `${NAME/regex/format/flags}` with `$n`/`${n}` in
 * the format. Anything else throws, so a snippet using more than this test understands fails loudly.
 */
function expand(
	body: string,
	variables: Record<string, string>,
	pick: (n: number, options: string[]) => string = (_n, options) => options[0] ?? '',
): Expansion {
	const stops: number[] = [];
	const values = new Map<number, string>();
	const choices = new Map<number, string[]>();
	let pos = 0;

	const fail = (what: string): never => {
		throw new Error(`${what} at offset ${pos} of the snippet body: ${JSON.stringify(body.slice(pos, pos + 30))}`);
	};
	const variable = (name: string): string => {
		const value = variables[name];
		return value ?? fail(`unknown variable $${name}`);
	};
	const stop = (n: number, value: string | undefined): string => {
		if (!stops.includes(n)) {
			stops.push(n);
		}
		if (value !== undefined && !values.has(n)) {
			values.set(n, value);
		}
		return values.get(n) ?? '';
	};
	/** Reads raw text up to an unescaped terminator, unescaping `\x`. */
	const until = (terminators: string): string => {
		let text = '';
		while (pos < body.length && !terminators.includes(body[pos] ?? '')) {
			if (body[pos] === '\\' && pos + 1 < body.length) {
				pos++;
			}
			text += body[pos];
			pos++;
		}
		return text;
	};
	/** Parses text with nested snippet elements until `stopAt` (not consumed) or the end. */
	const parse = (stopAt: string | undefined): string => {
		let out = '';
		while (pos < body.length) {
			const c = body[pos];
			if (stopAt !== undefined && c === stopAt) {
				return out;
			}
			if (c === '\\' && pos + 1 < body.length && '$}\\'.includes(body[pos + 1] ?? '')) {
				out += body[pos + 1];
				pos += 2;
			} else if (c === '$') {
				out += element();
			} else {
				out += c;
				pos++;
			}
		}
		return stopAt === undefined ? out : fail(`missing "${stopAt}"`);
	};
	const element = (): string => {
		pos++; // The "$".
		const simple = /^(\d+|[A-Z_a-z]\w*)/u.exec(body.slice(pos));
		if (simple?.[1]) {
			pos += simple[1].length;
			return /^\d/u.test(simple[1]) ? stop(Number(simple[1]), undefined) : variable(simple[1]);
		}
		if (body[pos] !== '{') {
			return '$';
		}
		pos++;
		const head = /^(\d+|[A-Z_a-z]\w*)/u.exec(body.slice(pos))?.[1] ?? fail('expected a number or a name after "${"');
		pos += head.length;
		const numbered = /^\d/u.test(head);
		const next = body[pos];
		pos++;
		if (next === '}') {
			return numbered ? stop(Number(head), undefined) : variable(head);
		}
		if (next === ':') {
			const inner = parse('}');
			pos++;
			return numbered ? stop(Number(head), inner) : (variables[head] ?? inner);
		}
		if (next === '|' && numbered) {
			const options: string[] = [];
			for (;;) {
				options.push(until(',|'));
				const sep = body[pos];
				pos++;
				if (sep === '|') {
					break;
				}
				if (sep !== ',') {
					fail('unterminated choice');
				}
			}
			if (body[pos] !== '}') {
				fail('expected "}" after a choice');
			}
			pos++;
			choices.set(Number(head), options);
			return stop(Number(head), pick(Number(head), options));
		}
		if (next === '/' && !numbered) {
			const source = until('/');
			pos++;
			const format = until('/');
			pos++;
			const flags = until('}');
			pos++;
			return transform(variable(head), new RegExp(source, flags), format);
		}
		return fail(`unsupported snippet syntax "\${${head}${next ?? ''}"`);
	};
	const transform = (value: string, regex: RegExp, format: string): string =>
		value.replace(regex, (...match: unknown[]) =>
			format.replace(/\$(?:(\d+)|\{(\d+)\})/gu, (_whole, a?: string, b?: string) => String(match[Number(a ?? b)] ?? '')),
		);

	const text = parse(undefined);
	return { text, stops, choices };
}

function loadSnippets(): Record<string, SnippetDefinition> {
	return parseJsonc(readFileSync(SNIPPETS_FILE, 'utf8')) as Record<string, SnippetDefinition>;
}

function bodyOf(snippet: SnippetDefinition): string {
	return Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
}

/** "ngày DD tháng M năm YYYY" as Nghị định 30 writes it, computed without the snippet's transform. */
function nd30DateWords(date: Date): string {
	const day = date.getDate();
	const month = date.getMonth() + 1;
	return `ngày ${day < 10 ? `0${day}` : day} tháng ${month <= 2 ? `0${month}` : month} năm ${date.getFullYear()}`;
}

/** What each built-in template must produce. */
interface TemplateSpec {
	name: string;
	prefixes: string[];
	/** The type abbreviation in the Số line; undefined for a công văn (agency-unit). */
	abbreviation?: string;
	/** The type name line. */
	typeName?: string;
	/** The first and last entries of Nơi nhận. */
	firstEntry: string;
	luu: string;
	/** Whether the template has a place-and-date line (Mẫu 1.9 Biên bản has none). */
	dateLine: boolean;
	/** Whether the template has a Kính gửi. */
	kinhGui: boolean;
	/** Whether the signature offers the five signing prefixes. */
	signingChoice: boolean;
}

const TEMPLATES: TemplateSpec[] = [
	{
		name: 'Công văn',
		prefixes: ['congvan', 'cv'],
		firstEntry: '- Như trên;',
		luu: '- Lưu: VT, ĐV.',
		dateLine: true,
		kinhGui: true,
		signingChoice: true,
	},
	{
		name: 'Quyết định',
		prefixes: ['quyetdinh', 'qd'],
		abbreviation: 'QĐ',
		typeName: 'QUYẾT ĐỊNH',
		firstEntry: '- Như Điều 3;',
		luu: '- Lưu: VT, ĐV.',
		dateLine: true,
		kinhGui: false,
		signingChoice: true,
	},
	{
		name: 'Thông báo',
		prefixes: ['thongbao', 'tb'],
		abbreviation: 'TB',
		typeName: 'THÔNG BÁO',
		firstEntry: '- Tên cơ quan, tổ chức nhận thông báo;',
		luu: '- Lưu: VT, ĐV.',
		dateLine: true,
		kinhGui: false,
		signingChoice: true,
	},
	{
		name: 'Kế hoạch',
		prefixes: ['kehoach', 'kh'],
		abbreviation: 'KH',
		typeName: 'KẾ HOẠCH',
		firstEntry: '- Tên cơ quan, tổ chức thực hiện;',
		luu: '- Lưu: VT, ĐV.',
		dateLine: true,
		kinhGui: false,
		signingChoice: true,
	},
	{
		name: 'Tờ trình',
		prefixes: ['totrinh', 'ttr'],
		abbreviation: 'TTr',
		typeName: 'TỜ TRÌNH',
		firstEntry: '- Như trên;',
		luu: '- Lưu: VT, ĐV.',
		dateLine: true,
		kinhGui: true,
		signingChoice: true,
	},
	{
		name: 'Báo cáo',
		prefixes: ['baocao', 'bc'],
		abbreviation: 'BC',
		typeName: 'BÁO CÁO',
		firstEntry: '- Cơ quan, tổ chức nhận báo cáo;',
		luu: '- Lưu: VT, ĐV.',
		dateLine: true,
		kinhGui: false,
		signingChoice: true,
	},
	{
		name: 'Giấy mời',
		prefixes: ['giaymoi', 'gm'],
		abbreviation: 'GM',
		typeName: 'GIẤY MỜI',
		firstEntry: '- Như thành phần mời;',
		luu: '- Lưu: VT, ĐV.',
		dateLine: true,
		kinhGui: false,
		signingChoice: true,
	},
	{
		name: 'Giấy giới thiệu',
		prefixes: ['giaygioithieu', 'ggt'],
		abbreviation: 'GGT',
		typeName: 'GIẤY GIỚI THIỆU',
		firstEntry: '- Như trên;',
		luu: '- Lưu: VT.',
		dateLine: true,
		kinhGui: false,
		signingChoice: true,
	},
	{
		name: 'Biên bản',
		prefixes: ['bienban', 'bb'],
		abbreviation: 'BB',
		typeName: 'BIÊN BẢN',
		firstEntry: '- Tên cơ quan, tổ chức, cá nhân nhận biên bản;',
		luu: '- Lưu: VT, Hồ sơ.',
		dateLine: false,
		kinhGui: false,
		signingChoice: false,
	},
	{
		name: 'Công điện',
		prefixes: ['congdien', 'cd'],
		abbreviation: 'CĐ',
		typeName: 'CÔNG ĐIỆN',
		firstEntry: '- Như trên;',
		luu: '- Lưu: VT, ĐV.',
		dateLine: true,
		kinhGui: false,
		signingChoice: true,
	},
];

// Nghị định 30: a day below 10 and the months 1 and 2 take a leading zero; months 3 to 12 do not.
const DATES: { date: Date; line: string }[] = [
	{ date: new Date(2025, 0, 5), line: 'ngày 05 tháng 01 năm 2025' },
	{ date: new Date(2024, 1, 29), line: 'ngày 29 tháng 02 năm 2024' },
	{ date: new Date(2025, 2, 9), line: 'ngày 09 tháng 3 năm 2025' },
	{ date: new Date(2025, 8, 30), line: 'ngày 30 tháng 9 năm 2025' },
	{ date: new Date(2025, 9, 1), line: 'ngày 01 tháng 10 năm 2025' },
	{ date: new Date(2025, 11, 31), line: 'ngày 31 tháng 12 năm 2025' },
	{ date: new Date(), line: nd30DateWords(new Date()) },
];

const DRAFT_NUMBER = 'draft-blank information Số văn bản còn để trống (dự thảo): văn thư cấp số khi phát hành.';

/** The signing choices: KT., TM., TL., TUQ. with the signer's own title on a second line; Q. and the head alone on one. */
const SIGNING_PREFIXES = ['KT.', 'TM.', 'TL.', 'TUQ.', 'Q.'];

describe('snippets: the built-in templates of Phụ lục III', () => {
	const snippets = loadSnippets();

	it('are exactly the ten templates, in order', () => {
		assert.deepEqual(
			Object.keys(snippets),
			TEMPLATES.map((t) => t.name),
		);
	});

	for (const spec of TEMPLATES) {
		describe(`snippet "${spec.name}"`, () => {
			const snippet = (): SnippetDefinition => {
				const found = snippets[spec.name];
				assert.ok(found, `no "${spec.name}" snippet in ${SNIPPETS_FILE}`);
				return found;
			};

			it(`has the prefixes ${spec.prefixes.join(', ')} and a description`, () => {
				const prefixes = Array.isArray(snippet().prefix) ? snippet().prefix : [snippet().prefix];
				assert.deepEqual([...prefixes].sort(), [...spec.prefixes].sort());
				assert.ok((snippet().description ?? '').length > 40);
			});

			it('numbers its tab stops 1, 2, 3, … in the order they appear, and ends at $0', () => {
				const { stops } = expand(bodyOf(snippet()), dateVariables(new Date(2025, 0, 5)));
				const numbered = stops.filter((n) => n !== 0);
				assert.deepEqual(
					numbered,
					numbered.map((_n, i) => i + 1),
				);
				assert.equal(stops.at(-1), 0);
			});

			if (spec.signingChoice) {
				it('offers the signing blocks KT., TM., TL., TUQ., Q. (KT. first) and the head alone, each a complete block', () => {
					const { choices } = expand(bodyOf(snippet()), dateVariables(new Date(2025, 0, 5)));
					assert.equal(choices.size, 1, 'one choice: the signing block');
					const options = [...choices.values()][0] ?? [];
					assert.deepEqual(
						options.slice(0, 5).map((o) => o.split(' ')[0]),
						SIGNING_PREFIXES,
					);
					for (const option of options) {
						const lines = option.split('\n');
						const prefix = SIGNING_PREFIXES.find((p) => option.startsWith(`${p} `));
						// After KT., TM., TL. and TUQ. comes the signer's own title; Q. and a head signing alone have one line.
						assert.equal(lines.length, prefix === undefined || prefix === 'Q.' ? 1 : 2, option);
						assert.ok(
							lines.every((l) => l === l.toUpperCase()),
							`titles are in capitals: ${option}`,
						);
					}
				});
			}

			const variants = (): { label: string; pick?: (n: number, options: string[]) => string }[] => {
				const { choices } = expand(bodyOf(snippet()), dateVariables(new Date(2025, 0, 5)));
				const [choice] = [...choices.entries()];
				return [
					{ label: 'the default choice' },
					...(choice
						? choice[1].map((option) => ({
								label: `"${option.replace('\n', ' / ')}"`,
								pick: (n: number, options: string[]) => (n === choice[0] ? option : (options[0] ?? '')),
							}))
						: []),
				];
			};

			for (const { date, line } of DATES) {
				it(`expanded on ${date.toDateString()} with every signing choice: only the blank number and the template's placeholders are reported`, () => {
					for (const variant of variants()) {
						const { text } = expand(bodyOf(snippet()), dateVariables(date), variant.pick);
						const today: DateValue = { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
						const letter = parseLetter(text);
						if (spec.dateLine) {
							assert.ok(text.includes(`, ${line}\n`), `the date line should read "${line}":\n${text}`);
							assert.deepEqual({ ...letter.issueDate }, today, 'the core should read the snippet date as the letter date');
						}
						const found = lintText(text, { today });
						// A fresh template is a template: its instructions are unfilled-placeholder warnings (the status
						// bar says "Bản mẫu chưa điền"); apart from them, only the blank number is reported.
						assert.ok(
							found.some((p) => p.ruleId === 'unfilled-placeholder'),
							`${spec.name}: the template's placeholders are not reported:\n${text}`,
						);
						const problems = found.filter((p) => p.ruleId !== 'unfilled-placeholder').map((p) => `${p.ruleId} ${p.severity} ${p.message}`);
						assert.deepEqual([...problems].sort(), [DRAFT_NUMBER], `${spec.name} with ${variant.label}:\n${text}`);
					}
				});
			}

			it('has the parts of its template: Số with its abbreviation, type name, Kính gửi, Nơi nhận, signature', () => {
				const { text } = expand(bodyOf(snippet()), dateVariables(new Date(2025, 2, 9)));
				const letter = parseLetter(text);
				assert.ok(letter.quocHieu && letter.tieuNgu && letter.so && letter.noiNhan && letter.signature, text);
				const kyHieu = letter.so.value?.text ?? '';
				if (spec.abbreviation === undefined) {
					assert.match(kyHieu, /^\/CQ-ĐV$/u);
					assert.equal(letter.trichYeu?.label?.text, 'V/v');
				} else {
					assert.equal(kyHieu, `/${spec.abbreviation}-CQ`);
					assert.equal(letter.typeName?.span.text, spec.typeName);
					assert.equal(letter.typeName?.type.abbreviation, spec.abbreviation);
				}
				assert.equal(Boolean(letter.kinhGui), spec.kinhGui, 'Kính gửi');
				assert.equal(Boolean(letter.date), spec.dateLine, 'date line');
				const entries = letter.noiNhan.entries.map((e) => e.text);
				assert.equal(entries[0], spec.firstEntry);
				assert.equal(entries.at(-1), spec.luu);
			});
		});
	}
});
