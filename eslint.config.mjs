// Lint configuration: typescript-eslint recommended and stylistic, eslint-plugin-regexp (safe, clear
// regular expressions), and the import boundaries of ARCHITECTURE.md.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';

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
		// The core is pure: no editor, no LSP, no Node (invariant 1).
		files: ['server/src/core/**/*.ts'],
		rules: {
			'no-restricted-imports': ['error', { patterns: [...editorModules, 'node:*', 'fs', 'path', 'os', 'child_process'] }],
			'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
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
		ignores: ['server/src/core/**', ...nodeOnly],
		rules: {
			'no-restricted-imports': ['error', { paths: ['vscode'], patterns: browserSafe }],
			'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
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
