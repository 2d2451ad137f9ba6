// The translations outside the core: the l10n bundle of the client and server texts (English sources,
// l10n/bundle.l10n.vi.json) against the `t(…)` calls in the code, the manifest's package.nls*.json against
// the %keys% of package.json, the server's `t`, and the client's choice of language and status bar texts.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { resolveLocale as clientLocale, displayLanguageFrom, format, localeOfDisplayLanguage } from '../client/src/locale';
import { verdict } from '../client/src/status';
import { parseProfile } from '../client/src/templates';
import { resolveLocale as coreLocale } from '../server/src/core/index';
import { t } from '../server/src/l10n';

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'l10n', 'bundle.l10n.vi.json');

// The modules that wrap the translators themselves: their `t` calls pass a variable on.
const WRAPPERS = ['server/src/l10n.ts', 'client/src/l10n.ts'];

/** Every .ts file under a folder of the repository, as a path relative to the root. */
function sources(folder: string): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
			const relative = path.posix.join(dir, entry.name);
			return entry.isDirectory() ? walk(relative) : entry.name.endsWith('.ts') ? [relative] : [];
		});
	return walk(folder);
}

/** The string literals an expression may evaluate to: a literal, or both branches of a conditional. */
function literals(node: ts.Expression): string[] | undefined {
	if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
		return [node.text];
	}
	if (ts.isParenthesizedExpression(node)) {
		return literals(node.expression);
	}
	if (ts.isConditionalExpression(node)) {
		const [yes, no] = [literals(node.whenTrue), literals(node.whenFalse)];
		return yes && no ? [...yes, ...no] : undefined;
	}
	return undefined;
}

/**
 * The messages of every `t(…)` call of the server (not the core, which has its own tables) and of the
 * client: the server's `t(locale, message, args)` and the client's `t(message, args)`. A call whose message
 * is not a literal is reported, since no bundle could list it.
 */
function messages(): { found: Map<string, string[]>; dynamic: string[] } {
	const found = new Map<string, string[]>();
	const dynamic: string[] = [];
	const files = [...sources('server/src').filter((f) => !f.startsWith('server/src/core/')), ...sources('client/src')];
	for (const file of files) {
		const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
		const visit = (node: ts.Node): void => {
			if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 't' && !WRAPPERS.includes(file)) {
				const isServer = file.startsWith('server/');
				const argument = node.arguments[isServer ? 1 : 0];
				const texts = argument ? literals(argument) : undefined;
				const at = `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
				if (texts === undefined) {
					dynamic.push(at);
				} else {
					for (const text of texts) {
						found.set(text, [...(found.get(text) ?? []), at]);
					}
				}
			}
			ts.forEachChild(node, visit);
		};
		visit(source);
	}
	return { found, dynamic };
}

/** The `{name}` placeholders of a message, sorted, each once. */
function placeholders(message: string): string[] {
	return [...new Set([...message.matchAll(/\{(\w+)\}/gu)].map((m) => m[1] ?? ''))].sort();
}

function readJson(file: string): Record<string, unknown> {
	return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, unknown>;
}

/** Every "%key%" string anywhere in a JSON value. */
function nlsKeys(value: unknown, keys = new Set<string>()): Set<string> {
	if (typeof value === 'string') {
		const key = /^%(.+)%$/u.exec(value)?.[1];
		if (key !== undefined) {
			keys.add(key);
		}
	} else if (Array.isArray(value)) {
		value.forEach((item) => nlsKeys(item, keys));
	} else if (value !== null && typeof value === 'object') {
		Object.values(value).forEach((item) => nlsKeys(item, keys));
	}
	return keys;
}

describe('l10n: the bundle of the client and server texts', () => {
	const bundle = JSON.parse(readFileSync(BUNDLE, 'utf8')) as Record<string, string>;
	const { found, dynamic } = messages();

	it('finds the texts of the server and the client (the scan works)', () => {
		assert.ok(found.size > 60, `only ${found.size} messages found`);
		assert.ok(found.has('Disable {ruleId} for this line'), 'a code-action title of the server');
		assert.ok(found.has('Công văn: format check result'), 'a text of the client');
	});

	it('passes only literal messages to t(), so that the bundle can list them', () => {
		assert.deepEqual(dynamic, []);
	});

	it('has a Vietnamese text for every message, and none for a message that is gone', () => {
		assert.deepEqual(
			[...found.keys()].filter((message) => typeof bundle[message] !== 'string' || bundle[message] === ''),
			[],
			'messages without Vietnamese',
		);
		assert.deepEqual(
			Object.keys(bundle).filter((message) => !found.has(message)),
			[],
			'Vietnamese for messages that no code uses',
		);
	});

	it('keeps the placeholders of every message in its Vietnamese', () => {
		for (const [message, vietnamese] of Object.entries(bundle)) {
			assert.deepEqual(placeholders(vietnamese), placeholders(message), message);
		}
	});

	it('is what package.json declares for VS Code ("l10n": "./l10n")', () => {
		const pkg = readJson('package.json');
		assert.equal(pkg['l10n'], './l10n');
		assert.ok(existsSync(BUNDLE));
	});
});

describe('l10n: the server texts', () => {
	it('are English for "en" and Vietnamese for "vi", in any order of calls', () => {
		assert.equal(t('en', 'Fix: {message}', { message: 'x' }), 'Fix: x');
		assert.equal(t('vi', 'Fix: {message}', { message: 'x' }), 'Sửa: x');
		assert.equal(t('en', 'Disable {ruleId} for this line', { ruleId: 'nfd-text' }), 'Disable nfd-text for this line');
		assert.equal(t('vi', 'Disable {ruleId} for this line', { ruleId: 'nfd-text' }), 'Tắt nfd-text cho dòng này');
	});

	it('fill only the placeholders, never text that looks like one inside a value', () => {
		assert.equal(t('vi', 'Fix: {message}', { message: '{ruleId} {message}' }), 'Sửa: {ruleId} {message}');
		assert.equal(
			t('en', '{where}: a configuration file must be a JSON object, for example { "rules": { "missing-noi-nhan": "warning" } }.', {
				where: 'x.json',
			}),
			'x.json: a configuration file must be a JSON object, for example { "rules": { "missing-noi-nhan": "warning" } }.',
		);
	});
});

describe('l10n: the manifest (package.nls.json, package.nls.vi.json)', () => {
	const pkg = readJson('package.json');
	const english = readJson('package.nls.json');
	const vietnamese = readJson('package.nls.vi.json');
	const used = nlsKeys(pkg);

	it('has the same keys in English and in Vietnamese', () => {
		assert.deepEqual(Object.keys(vietnamese).sort(), Object.keys(english).sort());
	});

	it('has every %key% of package.json in both files, and no key that package.json does not use', () => {
		assert.deepEqual(
			[...used].filter((key) => typeof english[key] !== 'string' || typeof vietnamese[key] !== 'string'),
			[],
		);
		assert.deepEqual(
			Object.keys(english).filter((key) => !used.has(key)),
			[],
		);
	});

	it('leaves no user-facing text of package.json outside the nls files', () => {
		const contributes = pkg['contributes'] as {
			commands: { title: string }[];
			configuration: { properties: Record<string, { description?: string; markdownDescription?: string; enumDescriptions?: string[] }> };
		};
		const texts = [
			pkg['displayName'],
			pkg['description'],
			...contributes.commands.map((c) => c.title),
			...Object.values(contributes.configuration.properties).flatMap((p) => [
				p.description,
				p.markdownDescription,
				...(p.enumDescriptions ?? []),
			]),
		].filter((text) => text !== undefined);
		assert.deepEqual(
			texts.filter((text) => typeof text !== 'string' || !/^%.+%$/u.test(text)),
			[],
		);
	});

	it('declares congvan.locale with "auto", "vi" and "en", "auto" by default', () => {
		const properties = (pkg['contributes'] as { configuration: { properties: Record<string, { enum?: string[]; default?: unknown }> } })
			.configuration.properties;
		assert.deepEqual(properties['congvan.locale']?.enum, ['auto', 'vi', 'en']);
		assert.equal(properties['congvan.locale']?.default, 'auto');
	});

	it('describes the rules in Vietnamese and in English, with the Vietnamese legal source in both', () => {
		assert.match(
			String(vietnamese['congvan.rules.nfd-text.description']),
			/^Chữ tiếng Việt phải ở dạng dựng sẵn .* Căn cứ: Nghị định 30\/2020\/NĐ-CP, /u,
		);
		assert.match(
			String(english['congvan.rules.nfd-text.description']),
			/^Vietnamese letters must be precomposed .* Legal basis: Nghị định 30\/2020\/NĐ-CP, /u,
		);
	});
});

describe('l10n: the client', () => {
	it('chooses its language as the server does', () => {
		const displays = ['vi', 'en', 'en-us', 'en-GB', 'fr', 'zh-cn', 'ja', '', undefined];
		for (const setting of ['auto', 'vi', 'en', undefined, 'xx']) {
			for (const display of displays) {
				assert.equal(clientLocale(setting, display), coreLocale(setting, display), `${String(setting)} ${String(display)}`);
			}
		}
		assert.equal(localeOfDisplayLanguage('fr'), undefined);
	});

	it('follows the display language the user asked for, even without a language pack for it', () => {
		// VS Code without a Vietnamese language pack: env.language is "en", the asked locale "vi".
		assert.equal(displayLanguageFrom(JSON.stringify({ userLocale: 'vi', osLocale: 'vi-vn', resolvedLanguage: 'en' }), 'en'), 'vi');
		// English on an English system (code-server, a company image) is the default, not a choice: Vietnamese.
		assert.equal(displayLanguageFrom(JSON.stringify({ userLocale: 'en-us', osLocale: 'en-us', resolvedLanguage: 'en' }), 'en'), '');
		assert.equal(clientLocale('auto', displayLanguageFrom(JSON.stringify({ userLocale: 'en', osLocale: 'en' }), 'en')), 'vi');
		// English chosen over a Vietnamese (or other) system language is a choice: English.
		assert.equal(displayLanguageFrom(JSON.stringify({ userLocale: 'en', osLocale: 'vi-vn' }), 'en'), 'en');
		assert.equal(clientLocale('auto', displayLanguageFrom(JSON.stringify({ userLocale: 'en', osLocale: 'de-de' }), 'en')), 'en');
		// Another language: congvan speaks Vietnamese.
		assert.equal(clientLocale('auto', displayLanguageFrom(JSON.stringify({ userLocale: 'fr', osLocale: 'fr' }), 'fr')), 'vi');
		// VS Code before 1.92 called it "locale".
		assert.equal(displayLanguageFrom(JSON.stringify({ locale: 'vi', availableLanguages: {} }), 'en'), 'vi');
		// VS Code for the Web has no VSCODE_NLS_CONFIG; a broken one is ignored: English there is the default.
		assert.equal(displayLanguageFrom(undefined, 'en'), '');
		assert.equal(displayLanguageFrom('{', 'vi'), 'vi');
		assert.equal(displayLanguageFrom(JSON.stringify({ userLocale: '' }), 'en'), '');
		// The setting still wins.
		assert.equal(clientLocale('en', ''), 'en');
	});

	it('fills placeholders as vscode.l10n.t does', () => {
		assert.equal(
			format('Công văn: cannot read the template {path}.', { path: 'a.congvan' }),
			'Công văn: cannot read the template a.congvan.',
		);
		assert.equal(format('{a} {b}', { a: 1 }), '1 {b}');
	});

	it('shows the verdict in English, and in Vietnamese by default', () => {
		const failing = { errors: 2, warnings: 1, information: 0, hints: 1, placeholders: 0 };
		assert.deepEqual(verdict(failing), verdict(failing, 'vi'));
		assert.equal(verdict(failing, 'en').text, '$(error) To fix: 2 errors, 1 warning');
		assert.equal(
			verdict(failing, 'en').tooltip,
			'Công văn: the letter still has format errors under Decree 30/2020/NĐ-CP (2 errors, 1 warning, 0 information). Click to open the Problems view.',
		);
		assert.equal(verdict({ errors: 0, warnings: 0, information: 0, hints: 0, placeholders: 0 }, 'en').text, '$(check) Format OK');
		assert.equal(verdict({ errors: 1, warnings: 0, information: 0, hints: 0, placeholders: 0 }, 'en').text, '$(error) To fix: 1 error');
	});

	it('says why a profile cannot be read, in English too', () => {
		assert.match((parseProfile('[1]', 'en') as { error: string }).error, /^must be a JSON object/u);
		assert.match((parseProfile('{', 'en') as { error: string }).error, /^is not valid JSON \(/u);
	});
});
