// Lint configuration: typescript-eslint recommended and stylistic, eslint-plugin-regexp (safe, clear
// regular expressions), and the import boundaries of ARCHITECTURE.md.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

// Invariant 6 (ARCHITECTURE.md, "One reading"): only server/src/core/letter/ turns text into structure. Rule
// and feature files judge and present fields of the model; they may not import the readers that build it ...
const ONE_READING = 'Invariant 6: only core/letter/ turns text into structure; read the field of the Letter model instead.';
const readerImports = [
	{ regex: String.raw`(^|/)letter/(layout|body)$`, message: ONE_READING },
	{ regex: String.raw`(^|/)letter/so-ky-hieu$`, importNames: ['readSoKyHieu', 'assignRoles'], message: ONE_READING },
	{ regex: String.raw`(^|/)letter/citations$`, importNames: ['parseCitations', 'numberEndWithoutGlue'], message: ONE_READING },
	{ regex: String.raw`(^|/)letter/header$`, importNames: ['readHeader'], message: ONE_READING },
	{ regex: String.raw`(^|/)letter/closing$`, importNames: ['readClosing'], message: ONE_READING },
	{ regex: String.raw`(^|/)(text|core/index)$`, importNames: ['normalizeForMatching', 'detectLegacyEncoding'], message: ONE_READING },
	{ regex: String.raw`(^|/)(letter|core/index)$`, importNames: ['parseLetter', 'recoverLayout'], message: ONE_READING },
];
// ... and may not run a pattern or a split over the raw text of a line (`letter.lines[i].text`, `.content`),
// the original text (`letter.source`) or the normalised text (`letter.norm.text`): a regex's exec/test with
// such an argument, or match/matchAll/replace/replaceAll/split/search on such a string (also after .slice()).
const RAW_TEXT = String.raw`:matches(MemberExpression[computed=true][object.property.name='lines'], MemberExpression[property.name='source'], MemberExpression[property.name='text'][object.property.name='norm'])`;
// `letter.lines[i].content` or `.text`, written with or without `?.`.
const LINE_TEXT = String.raw`MemberExpression[property.name=/^(?:content|text)$/][object.computed=true][object.object.property.name='lines']`;
const rawTextReading = [
	{
		selector: `CallExpression[callee.property.name=/^(?:exec|test)$/] > ${RAW_TEXT}.arguments`,
		message: `${ONE_READING} (a pattern run over raw text)`,
	},
	{
		selector: `CallExpression[callee.property.name=/^(?:exec|test)$/] > :not(${RAW_TEXT}).arguments ${RAW_TEXT}`,
		message: `${ONE_READING} (a pattern run over raw text)`,
	},
	{
		selector: `CallExpression[callee.property.name=/^(?:match|matchAll|replace|replaceAll|split|search)$/] > MemberExpression.callee ${RAW_TEXT}`,
		message: `${ONE_READING} (raw text split or matched again)`,
	},
	{
		// The text of a line kept in a variable, to be matched later out of the selectors' sight.
		selector: [
			`VariableDeclarator > ${LINE_TEXT}.init`,
			`VariableDeclarator > ChainExpression.init > ${LINE_TEXT}`,
			`VariableDeclarator > LogicalExpression.init > ${LINE_TEXT}.left`,
			`VariableDeclarator > LogicalExpression.init > ChainExpression.left > ${LINE_TEXT}`,
		].join(', '),
		message: `${ONE_READING} (the raw text of a line kept for later)`,
	},
];

const editorModules = [
	'vscode',
	'vscode-languageserver',
	'vscode-languageserver/*',
	'vscode-languageserver-*',
	'vscode-languageclient',
	'vscode-languageclient/*',
];

// Node's built-in modules, by either name (`node:fs`, `fs`, `fs/promises`).
const nodeModules = ['node:*', ...builtinModules, ...builtinModules.map((m) => `${m}/*`)];

// What VS Code for the Web runs (package.json "browser": dist/web/client.js, dist/web/server.js) reaches every
// module of server/src and client/src except the Node entries' own folders (and client/src/tasks.ts, which
// only client/src/node/main.ts imports). These modules import no Node built-in and nothing of a node/
// folder (which also keeps out vscode-languageserver/node and vscode-languageclient/node); esbuild.js fails
// the browser bundles on a Node built-in too.
const nodeOnly = ['server/src/node/**', 'client/src/node/**', 'client/src/tasks.ts'];
const browserSafe = [...nodeModules, '**/node', '**/node/**'];

const corePurity = [...editorModules, ...nodeModules];

export default tseslint.config(
	{ ignores: ['dist/**', 'out/**', 'node_modules/**', '.tools/**', 'coverage/**', '**/*.d.ts'] },
	...tseslint.configs.recommended,
	...tseslint.configs.stylistic,
	regexp.configs['flat/recommended'],
	{
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			curly: 'error',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
			'regexp/no-super-linear-backtracking': 'error',
			'regexp/no-super-linear-move': 'error',
		},
	},
	{
		// The core is pure: no editor, no LSP, no Node (invariant 1); so is the .docx reader, which runs in a web worker too.
		files: ['server/src/core/**/*.ts', 'server/src/docx/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: corePurity }],
			'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
		},
	},
	{
		// Rules and editor features read the model (invariant 6). The character rules judge raw characters on
		// purpose and are allowed to read the text (ARCHITECTURE.md lists them with the reason).
		files: ['server/src/core/rules/**/*.ts', 'server/src/core/features/**/*.ts'],
		ignores: [
			'server/src/core/rules/nfd-text.ts',
			'server/src/core/rules/lookalike-d.ts',
			'server/src/core/rules/legacy-encoding.ts',
			'server/src/core/rules/tone-mark-style.ts',
			'server/src/core/rules/unfilled-placeholder.ts',
		],
		rules: {
			'no-restricted-imports': ['error', { patterns: [{ group: corePurity }, ...readerImports] }],
			'no-restricted-syntax': ['error', ...rawTextReading],
		},
	},
	{
		// The server never talks to the VS Code API.
		files: ['server/src/node/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', { paths: ['vscode'] }] },
	},
	{
		// The server never talks to the VS Code API, and what the web worker reaches imports no Node.
		files: ['server/src/**/*.ts'],
		ignores: ['server/src/core/**', 'server/src/docx/**', ...nodeOnly],
		rules: {
			'no-restricted-imports': ['error', { paths: ['vscode'], patterns: browserSafe }],
			'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
		},
	},
	{
		// The editor features read the model too (invariant 6), and run in the web worker (no Node).
		files: ['server/src/features/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { paths: ['vscode'], patterns: [{ group: browserSafe }, ...readerImports] }],
			'no-restricted-syntax': ['error', ...rawTextReading],
		},
	},
	{
		// The client holds no linting logic.
		files: ['client/src/node/**/*.ts', 'client/src/tasks.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: ['**/server/src/**'] }] },
	},
	{
		// The client holds no linting logic, and what the web extension host reaches imports no Node.
		files: ['client/src/**/*.ts'],
		ignores: nodeOnly,
		rules: {
			'no-restricted-imports': ['error', { patterns: ['**/server/src/**', ...browserSafe] }],
			'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
		},
	},
	{
		files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
		languageOptions: {
			globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' },
		},
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
);
