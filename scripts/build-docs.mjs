// Generates, from the rule registry, every file that lists the rules:
//   docs/rules/README.md                 the index of the rules;
//   package.json                         the `congvan.rules` setting in contributes.configuration, its texts
//                                        as %keys% (VS Code replaces them from the files below);
//   package.nls.json, package.nls.vi.json  the English and Vietnamese texts of those keys: Vietnamese from
//                                        the rules, English from server/src/core/l10n/en.ts. The other keys
//                                        (commands, other settings) are written by hand and kept as they are;
//   schemas/congvanrc.schema.json        the JSON schema of .congvanrc.json (in Vietnamese: VS Code does not
//                                        translate schema files);
//   README.md                            the rules table between <!-- rules:start --> and <!-- rules:end -->;
//   docs/rules/en/<id>.md, README.md     the English rule pages and their index: the English description and
//                                        messages of server/src/core/l10n/en.ts, with the legal quotes (they are
//                                        law, so they stay Vietnamese) and the examples of the Vietnamese page.
// The registry is read from the compiled core (out/, built by `npx tsc -b`), so the script needs no
// TypeScript loader. With --check it writes nothing and exits 1 when a file would change (used by CI and
// by test/meta.test.ts).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const require = createRequire(import.meta.url);

// The four LSP levels of core/types.ts `Severity`, plus "off". Types vanish at compile time, so they are
// repeated here; the meta test compares the generated files with this script's output, not with the type.
const SEVERITIES = ['error', 'warning', 'information', 'hint'];
const LEVELS = ['off', ...SEVERITIES];
const LEVEL_NAMES = {
	off: 'Tắt quy tắc',
	error: 'Lỗi',
	warning: 'Cảnh báo',
	information: 'Thông tin',
	hint: 'Gợi ý',
};
const LEVEL_NAMES_EN = {
	off: 'Rule off',
	error: 'Error',
	warning: 'Warning',
	information: 'Information',
	hint: 'Hint',
};
// Vietnamese names of the categories of core/types.ts `Category`; an unknown category is shown by its id.
const CATEGORY_NAMES = {
	'the-thuc': 'Thể thức',
	'noi-dung': 'Nội dung',
	'trich-dan': 'Trích dẫn',
	'chinh-ta': 'Chính tả',
	'viet-hoa': 'Viết hoa',
	'viet-tat': 'Viết tắt',
	'noi-bo': 'Nội bộ',
};
const GENERATED_NOTE =
	'Tệp này được sinh tự động từ danh mục quy tắc (`server/src/core/registry.ts`) bằng `npm run build-docs`. Đừng sửa tay: hãy sửa quy tắc rồi chạy lại lệnh.';

function fail(message) {
	console.error(message);
	process.exit(2);
}

/** Loads the compiled translation tables of the core (server/src/core/l10n/). */
function loadL10n() {
	const l10nPath = path.join(root, 'out', 'server', 'src', 'core', 'l10n', 'index.js');
	if (!existsSync(l10nPath)) {
		fail(`build-docs: không tìm thấy ${path.relative(root, l10nPath)}. Hãy biên dịch trước bằng "npx tsc -b".`);
	}
	return require(l10nPath);
}

/** Loads the compiled registry, or stops with a message saying how to build it. */
function loadRules() {
	const registryPath = path.join(root, 'out', 'server', 'src', 'core', 'registry.js');
	if (!existsSync(registryPath)) {
		fail(
			`build-docs: không tìm thấy ${path.relative(root, registryPath)}. Hãy biên dịch trước bằng "npx tsc -b".\n` +
				`(The compiled registry is missing; run "npx tsc -b" first.)`,
		);
	}
	warnIfStale(path.join(root, 'server', 'src', 'core'), path.join(root, 'out', 'server', 'src', 'core'));
	const { ruleMetadata } = require(registryPath);
	if (typeof ruleMetadata !== 'function') {
		fail(`build-docs: ${path.relative(root, registryPath)} không xuất hàm ruleMetadata().`);
	}
	return ruleMetadata();
}

/** Warns when a core source file is newer than its compiled output: the docs would describe old rules. */
function warnIfStale(sourceDir, outDir) {
	if (!existsSync(sourceDir)) {
		return;
	}
	const stale = [];
	const walk = (dir) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const file = path.join(dir, entry.name);
			if (entry.isDirectory()) {
				walk(file);
			} else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
				const compiled = path.join(outDir, path.relative(sourceDir, file)).replace(/\.ts$/u, '.js');
				if (!existsSync(compiled) || statSync(compiled).mtimeMs < statSync(file).mtimeMs) {
					stale.push(path.relative(root, file));
				}
			}
		}
	};
	walk(sourceDir);
	if (stale.length > 0) {
		console.warn(`build-docs: cảnh báo: bản biên dịch trong out/ cũ hơn ${stale.join(', ')}; hãy chạy "npx tsc -b".`);
	}
}

/** The schema of one option, inferred from its default value. */
function optionSchema(value) {
	if (Array.isArray(value)) {
		const first = value[0];
		return first === undefined ? { type: 'array', default: value } : { type: 'array', items: { type: jsonType(first) }, default: value };
	}
	return { type: jsonType(value), default: value };
}

function jsonType(value) {
	if (value === null) {
		return 'null';
	}
	if (typeof value === 'number') {
		// "number" even for an integral default: the default alone cannot tell that fractions are wrong.
		return 'number';
	}
	return typeof value === 'object' ? 'object' : typeof value;
}

// The texts of the `congvan.rules` setting, by nls key, in both languages. package.json holds "%key%" and
// VS Code takes the text from package.nls.json (English, the default) or package.nls.<language>.json.
const NLS_PREFIX = 'congvan.rules.';

function ruleTexts(rules, l10n) {
	/** @type {Map<string, { en: string, vi: string }>} */
	const texts = new Map();
	texts.set(`${NLS_PREFIX}description`, {
		vi:
			'Mức độ của từng quy tắc: "off", "error", "warning", "information", "hint" hoặc { "severity": …, "options": … }. ' +
			'Quy tắc không được nêu chạy ở mức mặc định. Danh sách quy tắc: docs/rules/README.md.',
		en:
			'The level of each rule: "off", "error", "warning", "information", "hint" or { "severity": …, "options": … }. ' +
			'Rules not named run at their default level. The list of rules: docs/rules/README.md.',
	});
	for (const level of LEVELS) {
		texts.set(`${NLS_PREFIX}level.${level}`, { vi: `${LEVEL_NAMES[level]}.`, en: `${LEVEL_NAMES_EN[level]}.` });
		texts.set(`${NLS_PREFIX}level.${level}.default`, {
			vi: `${LEVEL_NAMES[level]} (mặc định).`,
			en: `${LEVEL_NAMES_EN[level]} (default).`,
		});
	}
	for (const severity of SEVERITIES) {
		texts.set(`${NLS_PREFIX}severity.${severity}`, {
			vi: `Mức độ của quy tắc; "off" để tắt. Mặc định: "${severity}".`,
			en: `The level of the rule; "off" turns it off. Default: "${severity}".`,
		});
	}
	texts.set(`${NLS_PREFIX}options`, {
		vi: 'Tùy chọn của quy tắc, ghép đè lên giá trị mặc định.',
		en: "The rule's options, merged over the defaults.",
	});
	texts.set(`${NLS_PREFIX}options.none`, { vi: 'Quy tắc này không có tùy chọn.', en: 'This rule has no options.' });
	for (const rule of rules) {
		// The internal rule has no legal basis: its "source" is congvan itself.
		const internal = rule.category === 'noi-bo';
		texts.set(`${NLS_PREFIX}${rule.id}.description`, {
			vi: `${rule.description}${internal ? '' : ` Căn cứ: ${rule.source}.`} Mặc định: "${rule.defaultSeverity}".`,
			en: `${l10n.ruleDescription(rule, 'en')}${internal ? '' : ` ${l10n.legalBasisLabel('en')}: ${rule.source}.`} Default: "${rule.defaultSeverity}".`,
		});
	}
	return texts;
}

/**
 * The schema of one rule's setting: a level, or { severity, options }. `text(key)` gives what is written
 * for a text: "%key%" in package.json, the Vietnamese itself in the schema of .congvanrc.json.
 */
function ruleSchema(rule, text) {
	const enumDescriptions = LEVELS.map((level) => text(`${NLS_PREFIX}level.${level}${level === rule.defaultSeverity ? '.default' : ''}`));
	const properties = {
		severity: {
			type: 'string',
			enum: LEVELS,
			enumDescriptions,
			description: text(`${NLS_PREFIX}severity.${rule.defaultSeverity}`),
		},
	};
	const defaults = rule.defaultOptions ?? {};
	if (Object.keys(defaults).length > 0) {
		properties.options = {
			type: 'object',
			description: text(`${NLS_PREFIX}options`),
			properties: Object.fromEntries(Object.entries(defaults).map(([name, value]) => [name, optionSchema(value)])),
			additionalProperties: false,
			default: defaults,
		};
	} else {
		properties.options = { type: 'object', maxProperties: 0, description: text(`${NLS_PREFIX}options.none`) };
	}
	return {
		description: text(`${NLS_PREFIX}${rule.id}.description`),
		default: rule.defaultSeverity,
		anyOf: [
			{ type: 'string', enum: LEVELS, enumDescriptions },
			{ type: 'object', properties, additionalProperties: false },
		],
	};
}

function rulesProperties(rules, text) {
	return Object.fromEntries(rules.map((rule) => [rule.id, ruleSchema(rule, text)]));
}

/** The `congvan.rules` entry of contributes.configuration.properties, its texts as %keys% (collected in `used`). */
function settingSchema(rules, used) {
	const key = (name) => {
		used.add(name);
		return `%${name}%`;
	};
	return {
		type: 'object',
		scope: 'resource',
		order: 1,
		default: {},
		description: key(`${NLS_PREFIX}description`),
		properties: rulesProperties(rules, key),
		additionalProperties: false,
	};
}

/** The JSON schema of .congvanrc.json, in Vietnamese. */
function configFileSchema(rules, texts) {
	const vietnamese = (name) => texts.get(name)?.vi ?? fail(`build-docs: no text for ${name}`);
	return {
		$schema: 'http://json-schema.org/draft-07/schema#',
		$comment: 'Sinh tự động bởi scripts/build-docs.mjs từ server/src/core/registry.ts; đừng sửa tay.',
		title: 'Cấu hình congvan (.congvanrc.json)',
		description: 'Cấu hình kiểm tra công văn theo Nghị định 30/2020/NĐ-CP, dùng chung cho CLI và máy chủ ngôn ngữ.',
		type: 'object',
		properties: {
			$schema: { type: 'string' },
			rules: {
				type: 'object',
				description: vietnamese(`${NLS_PREFIX}description`),
				properties: rulesProperties(rules, vietnamese),
				additionalProperties: false,
			},
		},
		additionalProperties: false,
	};
}

function cell(text) {
	return String(text).replace(/\|/gu, '\\|').replace(/\r?\n/gu, ' ');
}

/** The rules table; `linkPrefix` makes the links relative to the file that holds the table. */
function rulesTable(rules, linkPrefix) {
	const lines = ['| Quy tắc | Nhóm | Mức mặc định | Tự sửa | Căn cứ |', '| --- | --- | --- | --- | --- |'];
	for (const rule of rules) {
		const category = CATEGORY_NAMES[rule.category] ?? rule.category;
		lines.push(
			`| [\`${rule.id}\`](${linkPrefix}${rule.id}.md) | ${cell(category)} | \`${rule.defaultSeverity}\` | ${rule.fixable ? '✔' : ''} | ${cell(rule.source)} |`,
		);
	}
	return `${lines.join('\n')}\n`;
}

function rulesIndex(rules) {
	const example = rules[0] ? `{ "rules": { "${rules[0].id}": "warning" } }` : '{ "rules": {} }';
	return [
		'# Danh sách quy tắc',
		'',
		`> ${GENERATED_NOTE}`,
		'',
		'Mỗi quy tắc có một trang riêng nêu căn cứ, ví dụ sai, ví dụ đúng, tùy chọn và khi nào nên tắt quy tắc. ' +
			'Mức độ của từng quy tắc được đặt trong cài đặt `congvan.rules` của VS Code hoặc trong tệp `.congvanrc.json`:',
		'',
		'```json',
		example,
		'```',
		'',
		'Các mức: `error` (lỗi), `warning` (cảnh báo), `information` (thông tin), `hint` (gợi ý), `off` (tắt).',
		'',
		rulesTable(rules, ''),
	].join('\n');
}

// The English pages. Their title is the id, as the Vietnamese pages; the examples are letters, so they stay
// as written in Vietnamese; the legal basis keeps the quoted clauses of the decree in Vietnamese.
const ENGLISH_NOTE =
	'This page is generated by `npm run build-docs` from the rule registry, the English texts in `server/src/core/l10n/en.ts` and the Vietnamese page; do not edit it by hand.';
const CATEGORY_NAMES_EN = {
	'the-thuc': 'Format',
	'noi-dung': 'Content',
	'trich-dan': 'Citations',
	'chinh-ta': 'Spelling',
	'viet-hoa': 'Capitalisation',
	'viet-tat': 'Abbreviations',
	'noi-bo': 'Internal',
};

/** The sections of a Vietnamese rule page by their "## " heading, as lists of lines. */
function pageSections(text) {
	const sections = new Map();
	let current;
	for (const line of text.split(/\r?\n/u)) {
		const heading = /^## (.+)$/u.exec(line);
		if (heading) {
			current = [];
			sections.set(heading[1].trim(), current);
		} else if (current) {
			current.push(line);
		}
	}
	return sections;
}

/** The fenced code blocks of some lines, each with its fences. */
function codeBlocks(lines) {
	const blocks = [];
	let block;
	for (const line of lines ?? []) {
		if (/^```/u.test(line)) {
			if (block) {
				block.push(line);
				blocks.push(block.join('\n'));
				block = undefined;
			} else {
				block = [line];
			}
		} else if (block) {
			block.push(line);
		}
	}
	return blocks;
}

/**
 * The quoted law of a "Căn cứ" section: its block quotes, each with the paragraph that introduces it (the
 * clause's name, ending with ":"). The explanations around them are Vietnamese prose and are left out.
 */
function legalQuotes(lines) {
	const paragraphs = (lines ?? [])
		.join('\n')
		.split(/\n\s*\n/u)
		.map((p) => p.trim())
		.filter((p) => p !== '');
	const kept = [];
	paragraphs.forEach((paragraph, i) => {
		const next = paragraphs[i + 1];
		if (paragraph.startsWith('>') || (next?.startsWith('>') && paragraph.endsWith(':'))) {
			kept.push(paragraph);
		}
	});
	return kept;
}

function englishPage(rule, l10n) {
	const viFile = path.join(root, 'docs', 'rules', `${rule.id}.md`);
	const sections = existsSync(viFile) ? pageSections(readFileSync(viFile, 'utf8')) : new Map();
	const translation = l10n.ruleTranslation(rule.id, 'en');
	const internal = rule.category === 'noi-bo';
	const lines = [
		`# ${rule.id}`,
		'',
		`> ${ENGLISH_NOTE} [Tiếng Việt](../${rule.id}.md)`,
		'',
		l10n.ruleDescription(rule, 'en'),
		'',
		`- Default level: ${rule.defaultSeverity}`,
		`- Category: ${CATEGORY_NAMES_EN[rule.category] ?? rule.category} (\`${rule.category}\`)`,
		`- Fixable: ${rule.fixable ? 'yes (`congvan lint --fix`, or "Fix all" in the editor)' : 'no'}`,
		'',
		'## Legal basis',
		'',
	];
	if (internal) {
		lines.push('None: this rule reports a failure of congvan itself, not of the letter.', '');
	} else {
		lines.push(`${rule.source}.`, '');
		const quotes = legalQuotes(sections.get('Căn cứ'));
		if (quotes.length > 0) {
			lines.push('The text of the law, in Vietnamese:', '', ...quotes.flatMap((q) => [q, '']));
		}
	}
	lines.push('## Messages', '');
	for (const [messageId, message] of Object.entries(rule.messages ?? {})) {
		lines.push(`- \`${messageId}\`: ${cell(translation?.messages?.[messageId] ?? message)}`);
	}
	lines.push('');
	const wrong = codeBlocks(sections.get('Ví dụ sai'));
	const right = codeBlocks(sections.get('Ví dụ đúng'));
	lines.push('## Examples of mistakes', '', ...(wrong.length > 0 ? wrong.flatMap((b) => [b, '']) : ['None given.', '']));
	lines.push('## Correct examples', '', ...(right.length > 0 ? right.flatMap((b) => [b, '']) : ['None given.', '']));
	lines.push('## Options', '');
	if (rule.defaultOptions && Object.keys(rule.defaultOptions).length > 0) {
		lines.push(
			'The defaults, which `{ "severity": …, "options": { … } }` in `congvan.rules` or `.congvanrc.json` overrides (the Vietnamese page explains each):',
			'',
			'```json',
			JSON.stringify(rule.defaultOptions, null, 2),
			'```',
			'',
		);
	} else {
		lines.push('None.', '');
	}
	lines.push(
		'## When to turn it off',
		'',
		`Set \`"${rule.id}": "off"\` in the \`congvan.rules\` setting or in \`.congvanrc.json\`, or for one line with \`<!-- congvan-disable-next-line ${rule.id} -->\` on the line above; the Vietnamese page says when that is reasonable.`,
		'',
	);
	return lines.join('\n');
}

function englishIndex(rules) {
	const lines = [
		'# Rules',
		'',
		`> ${ENGLISH_NOTE} [Tiếng Việt](../README.md)`,
		'',
		'Each rule has a page with its legal basis (quoted in Vietnamese), examples, options and when to turn it off. ' +
			'Set the level of a rule in the `congvan.rules` setting of VS Code or in `.congvanrc.json`.',
		'',
		'| Rule | Category | Default level | Fixable | Legal basis |',
		'| --- | --- | --- | --- | --- |',
		...rules.map(
			(rule) =>
				`| [\`${rule.id}\`](${rule.id}.md) | ${cell(CATEGORY_NAMES_EN[rule.category] ?? rule.category)} | \`${rule.defaultSeverity}\` | ${rule.fixable ? '✔' : ''} | ${cell(rule.source)} |`,
		),
		'',
	];
	return lines.join('\n');
}

const README_START = '<!-- rules:start -->';
const README_END = '<!-- rules:end -->';

let prettier;
try {
	prettier = await import('prettier');
} catch {
	prettier = undefined;
}

/**
 * Formats generated text the way `prettier --check .` expects it (with the project's configuration and
 * ignore files), so that the formatter and this script never undo each other. Without Prettier the text
 * is returned as it is.
 */
async function format(file, text) {
	if (!prettier) {
		return text;
	}
	const ignorePath = ['.gitignore', '.prettierignore'].map((name) => path.join(root, name)).filter((name) => existsSync(name));
	const info = await prettier.getFileInfo(file, { ignorePath });
	if (info.ignored || !info.inferredParser) {
		return text;
	}
	const options = (await prettier.resolveConfig(file)) ?? {};
	return prettier.format(text, { ...options, filepath: file });
}

async function packageJson(rules, used) {
	const file = path.join(root, 'package.json');
	const pkg = JSON.parse(readFileSync(file, 'utf8'));
	pkg.contributes ??= {};
	let configuration = pkg.contributes.configuration;
	if (Array.isArray(configuration)) {
		configuration = configuration.find((section) => section.properties?.['congvan.rules']) ?? configuration[0];
	}
	if (!configuration) {
		configuration = pkg.contributes.configuration = { title: 'Công văn', properties: {} };
	}
	configuration.properties ??= {};
	configuration.properties['congvan.rules'] = settingSchema(rules, used);
	return { file, text: await format(file, `${JSON.stringify(pkg, null, 2)}\n`) };
}

/**
 * package.nls.json (English) or package.nls.vi.json (Vietnamese): the keys written by hand first, as they
 * are, then the generated keys of `congvan.rules` that package.json uses, in registry order.
 */
async function nlsFile(name, language, texts, used) {
	const file = path.join(root, name);
	const current = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
	const kept = Object.entries(current).filter(([key]) => !key.startsWith(NLS_PREFIX));
	const generated = [...texts].filter(([key]) => used.has(key)).map(([key, value]) => [key, value[language]]);
	return { file, text: await format(file, `${JSON.stringify(Object.fromEntries([...kept, ...generated]), null, 2)}\n`) };
}

async function readmeTable(rules) {
	const file = path.join(root, 'README.md');
	if (!existsSync(file)) {
		return undefined;
	}
	const current = readFileSync(file, 'utf8');
	const start = current.indexOf(README_START);
	const end = current.indexOf(README_END);
	if (start < 0 || end < start) {
		return undefined;
	}
	// Only the table is formatted: the rest of README.md belongs to its authors.
	const table = await format(file, rulesTable(rules, 'docs/rules/'));
	const text = `${current.slice(0, start + README_START.length)}\n\n${table.trimEnd()}\n\n${current.slice(end)}`;
	return { file, text };
}

async function main() {
	const rules = loadRules();
	const l10n = loadL10n();
	const texts = ruleTexts(rules, l10n);
	const englishDir = path.join(root, 'docs', 'rules', 'en');
	const englishPages = [];
	for (const rule of rules) {
		const file = path.join(englishDir, `${rule.id}.md`);
		englishPages.push({ file, text: await format(file, englishPage(rule, l10n)) });
	}
	const englishIndexFile = path.join(englishDir, 'README.md');
	englishPages.push({ file: englishIndexFile, text: await format(englishIndexFile, englishIndex(rules)) });
	const used = new Set();
	const indexFile = path.join(root, 'docs', 'rules', 'README.md');
	const schemaFile = path.join(root, 'schemas', 'congvanrc.schema.json');
	const outputs = [
		{ file: indexFile, text: await format(indexFile, rulesIndex(rules)) },
		await packageJson(rules, used),
		await nlsFile('package.nls.json', 'en', texts, used),
		await nlsFile('package.nls.vi.json', 'vi', texts, used),
		{ file: schemaFile, text: await format(schemaFile, `${JSON.stringify(configFileSchema(rules, texts), null, 2)}\n`) },
		await readmeTable(rules),
		...englishPages,
	].filter((output) => output !== undefined);

	const changed = outputs.filter(({ file, text }) => !existsSync(file) || readFileSync(file, 'utf8') !== text);
	if (check) {
		if (changed.length > 0) {
			console.error('build-docs --check: các tệp sinh tự động chưa khớp với danh mục quy tắc; hãy chạy "npm run build-docs":');
			for (const { file } of changed) {
				console.error(`  ${path.relative(root, file)}`);
			}
			process.exit(1);
		}
		console.log(`build-docs --check: ${outputs.length} tệp đã khớp với ${rules.length} quy tắc.`);
		return;
	}
	for (const { file, text } of changed) {
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, text);
		console.log(`build-docs: đã ghi ${path.relative(root, file)}`);
	}
	if (changed.length === 0) {
		console.log('build-docs: không có gì thay đổi.');
	}
}

await main();
