// The "Công văn" snippet expands, for any date, to a letter that the core finds nothing wrong with except
// the blank number of a draft. A tiny expander stands in for VS Code: it knows the variables, transforms,
// placeholders and choices the snippet uses, takes each placeholder's default and each choice's first option.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { lintText, parseLetter, type DateValue } from '../server/src/core/index';

const ROOT = path.resolve(__dirname, '..', '..');
const SNIPPETS_FILE = path.join(ROOT, 'snippets', 'congvan.code-snippets');

interface SnippetDefinition {
	prefix: string | string[];
	body: string | string[];
	description?: string;
}

/** Parses JSON with comments and trailing commas, as VS Code reads `.code-snippets` files. */
function parseJsonc(text: string): unknown {
	let out = '';
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '"') {
			const end = endOfString(text, i);
			out += text.slice(i, end);
			i = end - 1;
		} else if (c === '/' && text[i + 1] === '/') {
			i = text.indexOf('\n', i) - 1;
			if (i < 0) {
				break;
			}
		} else if (c === '/' && text[i + 1] === '*') {
			i = text.indexOf('*/', i + 2) + 1;
		} else if (c === ',' && /^\s*[}\]]/u.test(text.slice(i + 1))) {
			// A trailing comma: drop it.
		} else {
			out += c;
		}
	}
	return JSON.parse(out);
}

function endOfString(text: string, start: number): number {
	let i = start + 1;
	while (i < text.length && text[i] !== '"') {
		i += text[i] === '\\' ? 2 : 1;
	}
	return i + 1;
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
function expand(body: string, variables: Record<string, string>): Expansion {
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
			return stop(Number(head), options[0] ?? '');
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

describe('snippet "Công văn"', () => {
	const snippets = loadSnippets();
	const snippet = snippets['Công văn'];

	it('exists with the prefixes congvan and cv and a description', () => {
		assert.ok(snippet, `no "Công văn" snippet in ${SNIPPETS_FILE}`);
		const prefixes = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
		assert.deepEqual([...prefixes].sort(), ['congvan', 'cv']);
		assert.ok(snippet.description && snippet.description.length > 20);
	});

	it('numbers its tab stops 1, 2, 3, … in the order they appear, and ends at $0', () => {
		const { stops } = expand(bodyOf(snippet!), dateVariables(new Date(2025, 0, 5)));
		const numbered = stops.filter((n) => n !== 0);
		assert.deepEqual(
			numbered,
			numbered.map((_n, i) => i + 1),
		);
		assert.equal(stops.at(-1), 0);
	});

	it('offers the five signing prefixes, KT. first', () => {
		const { choices } = expand(bodyOf(snippet!), dateVariables(new Date(2025, 0, 5)));
		const prefixes = [...choices.values()].find((options) => options.includes('TM.'));
		assert.deepEqual(prefixes, ['KT.', 'TM.', 'TL.', 'TUQ.', 'Q.']);
	});

	// Nghị định 30: a day below 10 and the months 1 and 2 take a leading zero; months 3 to 12 do not.
	const cases: { date: Date; line: string }[] = [
		{ date: new Date(2025, 0, 5), line: 'ngày 05 tháng 01 năm 2025' },
		{ date: new Date(2024, 1, 29), line: 'ngày 29 tháng 02 năm 2024' },
		{ date: new Date(2025, 2, 9), line: 'ngày 09 tháng 3 năm 2025' },
		{ date: new Date(2025, 8, 30), line: 'ngày 30 tháng 9 năm 2025' },
		{ date: new Date(2025, 9, 1), line: 'ngày 01 tháng 10 năm 2025' },
		{ date: new Date(2025, 11, 31), line: 'ngày 31 tháng 12 năm 2025' },
		{ date: new Date(), line: nd30DateWords(new Date()) },
	];
	for (const { date, line } of cases) {
		it(`expanded on ${date.toDateString()}: "${line}", and only the blank number is reported`, () => {
			const { text } = expand(bodyOf(snippet!), dateVariables(date));
			assert.ok(text.includes(`, ${line}\n`), `the date line should read "${line}":\n${text}`);
			const today: DateValue = { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
			const letter = parseLetter(text);
			assert.deepEqual({ ...letter.issueDate }, today, 'the core should read the snippet date as the letter date');
			assert.ok(letter.quocHieu && letter.tieuNgu && letter.so && letter.trichYeu && letter.kinhGui && letter.noiNhan && letter.signature);
			const problems = lintText(text, { today }).map((p) => `${p.ruleId} ${p.severity} ${p.message}`);
			assert.deepEqual(problems, ['draft-blank information Số văn bản còn để trống (dự thảo): văn thư cấp số khi phát hành.']);
		});
	}
});
