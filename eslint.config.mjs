// Lint configuration: typescript-eslint recommended and stylistic, eslint-plugin-regexp (safe, clear
// regular expressions), and the import boundaries of ARCHITECTURE.md.
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
			'no-restricted-imports': ['error', { patterns: [...editorModules, 'node:*', 'fs', 'path', 'os', 'child_process'] }],
			'no-restricted-globals': ['error', 'process', 'require', '__dirname', 'Buffer'],
		},
	},
	{
		// The server never talks to the VS Code API.
		files: ['server/src/**/*.ts'],
		ignores: ['server/src/core/**'],
		rules: { 'no-restricted-imports': ['error', { paths: ['vscode'] }] },
	},
	{
		// The client holds no linting logic.
		files: ['client/src/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: ['**/server/src/**'] }] },
	},
	{
		files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
		languageOptions: {
			globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' },
		},
		rules: { '@typescript-eslint/no-require-imports': 'off' },
	},
);
