// Generates, from the rule registry, every file that lists the rules:
//   docs/rules/README.md                 the index of the rules;
//   package.json                         the `congvan.rules` setting in contributes.configuration;
//   schemas/congvanrc.schema.json        the JSON schema of .congvanrc.json;
//   README.md                            the rules table between <!-- rules:start --> and <!-- rules:end -->.
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

function describe(rule) {
	// The internal rule has no legal basis: its "source" is congvan itself.
	const basis = rule.category === 'noi-bo' ? '' : ` Căn cứ: ${rule.source}.`;
	return `${rule.description}${basis} Mặc định: "${rule.defaultSeverity}".`;
}

/** The schema of one rule's setting: a level, or { severity, options }. */
function ruleSchema(rule) {
	const enumDescriptions = LEVELS.map((level) => `${LEVEL_NAMES[level]}${level === rule.defaultSeverity ? ' (mặc định)' : ''}.`);
	const properties = {
		severity: {
			type: 'string',
			enum: LEVELS,
			enumDescriptions,
			description: `Mức độ của quy tắc; "off" để tắt. Mặc định: "${rule.defaultSeverity}".`,
		},
	};
	const defaults = rule.defaultOptions ?? {};
	if (Object.keys(defaults).length > 0) {
		properties.options = {
			type: 'object',
			description: 'Tùy chọn của quy tắc, ghép đè lên giá trị mặc định.',
			properties: Object.fromEntries(Object.entries(defaults).map(([name, value]) => [name, optionSchema(value)])),
			additionalProperties: false,
			default: defaults,
		};
	} else {
		properties.options = { type: 'object', maxProperties: 0, description: 'Quy tắc này không có tùy chọn.' };
	}
	return {
		description: describe(rule),
		default: rule.defaultSeverity,
		anyOf: [
			{ type: 'string', enum: LEVELS, enumDescriptions },
			{ type: 'object', properties, additionalProperties: false },
		],
	};
}

function rulesProperties(rules) {
	return Object.fromEntries(rules.map((rule) => [rule.id, ruleSchema(rule)]));
}

const RULES_DESCRIPTION =
	'Mức độ của từng quy tắc: "off", "error", "warning", "information", "hint" hoặc { "severity": …, "options": … }. ' +
	'Quy tắc không được nêu chạy ở mức mặc định. Danh sách quy tắc: docs/rules/README.md.';

/** The `congvan.rules` entry of contributes.configuration.properties. */
function settingSchema(rules) {
	return {
		type: 'object',
		scope: 'resource',
		order: 1,
		default: {},
		description: RULES_DESCRIPTION,
		properties: rulesProperties(rules),
		additionalProperties: false,
	};
}

/** The JSON schema of .congvanrc.json. */
function configFileSchema(rules) {
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
				description: RULES_DESCRIPTION,
				properties: rulesProperties(rules),
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

async function packageJson(rules) {
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
	configuration.properties['congvan.rules'] = settingSchema(rules);
	return { file, text: await format(file, `${JSON.stringify(pkg, null, 2)}\n`) };
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
	const indexFile = path.join(root, 'docs', 'rules', 'README.md');
	const schemaFile = path.join(root, 'schemas', 'congvanrc.schema.json');
	const outputs = [
		{ file: indexFile, text: await format(indexFile, rulesIndex(rules)) },
		await packageJson(rules),
		{ file: schemaFile, text: await format(schemaFile, `${JSON.stringify(configFileSchema(rules), null, 2)}\n`) },
		await readmeTable(rules),
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
