// Nothing run, nothing lost (issue #6): opening an untrusted workspace is safe because configuration is data
// only (JSON, never code), and congvan opens no network connection.
//
// What is honest to claim about the network: congvan's own code opens none; the bundles also carry library
// code that can, on paths congvan never takes. vscode-jsonrpc's --socket and --pipe transports connect to a
// local pipe or to 127.0.0.1 only when a client starts the server that way (VS Code uses IPC, other editors
// stdio), and @vscode/l10n fetches a bundle over http(s) only when configured with a URL, which congvan
// never does (it passes a file path or the contents). So the test has two halves: a scan of dist/ that
// fails when any other network or code-running API appears, module by module; and runs of the CLI and of
// the server with every network entry point of Node recorded, which must record nothing.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { StreamMessageReader, StreamMessageWriter, createMessageConnection } from 'vscode-jsonrpc/node';
import { buildLetter } from './harness/letter-builder';
import { repoRoot, serverPath } from './harness/lsp';
import { CLI, removeTemporaryDirectories, temporaryDirectory } from './cli/helpers';

const BUNDLES = ['dist/server.js', 'dist/cli.js', 'dist/client.js'];

/** APIs that reach the network, and APIs that run code or programs. */
const NETWORK = [
	/\brequire\("(?:node:)?(?:net|http|https|http2|tls|dgram|dns|undici)"\)/gu,
	// A call of the global fetch; not a method call (".fetch(") nor a method definition ("async fetch(").
	/(?<![.\w$])(?<!async )fetch\s*\(/gu,
	/\b(?:WebSocket|XMLHttpRequest|EventSource)\b/gu,
];
const CODE = [
	/\brequire\("(?:node:)?(?:child_process|vm|worker_threads|cluster)"\)/gu,
	/(?<![.\w$])eval\s*\(/gu,
	/\bnew Function\s*\(/gu,
	/(?<![.\w$])import\s*\(/gu,
];

/**
 * Library modules allowed to hold such code, and why congvan never reaches it. Keyed by the module's path
 * after its last "node_modules/", as esbuild names each module in a comment line of the bundle.
 */
const ALLOWED: Readonly<Record<string, string>> = {
	'vscode-jsonrpc/lib/node/main.js': 'the --pipe and --socket transports: a local pipe or 127.0.0.1, only when a client asks for them',
	'vscode-languageclient/lib/node/main.js': 'the client starts dist/server.js (IPC) and has the same local transports',
	'vscode-languageclient/lib/node/processes.js': 'terminate(): stops the server process that the client started',
	'vscode-languageserver/lib/node/files.js': 'helpers that look for a global npm or yarn folder; congvan never calls them',
	'@vscode/l10n/dist/main.js': 'config({ uri }) with an http(s) URL; congvan passes a file path or the contents',
};

/** The bundle cut into modules, by the "// path" comment that esbuild writes before each one. */
function modulesOf(bundle: string): { name: string; code: string }[] {
	const modules: { name: string; code: string }[] = [];
	let current = { name: '(bundle prologue)', code: '' };
	for (const line of bundle.split('\n')) {
		const marker = /^\/\/ ((?:node_modules|server|client)\/\S+\.[cm]?[jt]s)$/u.exec(line);
		if (marker) {
			modules.push(current);
			current = { name: marker[1] ?? '', code: '' };
		} else {
			current.code += `${line}\n`;
		}
	}
	modules.push(current);
	return modules;
}

/** `name` without everything up to its last "node_modules/", or undefined for congvan's own modules. */
function libraryPath(name: string): string | undefined {
	const at = name.lastIndexOf('node_modules/');
	return at < 0 ? undefined : name.slice(at + 'node_modules/'.length);
}

// Records every network entry point of Node into the file named by CONGVAN_NETWORK_LOG; loaded with
// --require before the CLI or the server. Recording, not throwing, so that behaviour is unchanged.
const RECORDER = `
const fs = require('fs');
const record = (what) => fs.appendFileSync(process.env.CONGVAN_NETWORK_LOG, what + '\\n');
const wrap = (object, key, name) => {
	const original = object[key];
	if (typeof original !== 'function') return;
	object[key] = function (...args) { record(name); return original.apply(this, args); };
};
const net = require('net');
wrap(net.Socket.prototype, 'connect', 'net.Socket.connect');
wrap(net, 'connect', 'net.connect');
wrap(net, 'createConnection', 'net.createConnection');
for (const m of ['http', 'https']) { const mod = require(m); wrap(mod, 'request', m + '.request'); wrap(mod, 'get', m + '.get'); }
wrap(require('http2'), 'connect', 'http2.connect');
wrap(require('tls'), 'connect', 'tls.connect');
wrap(require('dgram'), 'createSocket', 'dgram.createSocket');
const dns = require('dns');
for (const f of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) wrap(dns, f, 'dns.' + f);
wrap(globalThis, 'fetch', 'fetch');
`;

after(removeTemporaryDirectories);

describe('nothing run, nothing lost', () => {
	describe('untrusted workspaces', () => {
		it('package.json declares that the extension supports untrusted workspaces', () => {
			const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
				capabilities?: { untrustedWorkspaces?: { supported?: unknown } };
			};
			assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, true);
		});

		it('the CLI reads .congvanrc.json as JSON only, and never loads a configuration written as code', () => {
			const dir = temporaryDirectory();
			const marker = path.join(dir, 'ran');
			const code = `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x'); module.exports = { rules: {} };\n`;
			for (const name of ['.congvanrc.js', '.congvanrc.cjs', '.congvanrc.mjs', 'congvan.config.js', '.congvanrc']) {
				fs.writeFileSync(path.join(dir, name), code);
			}
			fs.writeFileSync(path.join(dir, 'a.txt'), buildLetter());
			const run = spawnSync(process.execPath, [CLI, 'lint', 'a.txt'], { cwd: dir, encoding: 'utf8' });
			assert.equal(run.status, 0, run.stderr);
			assert.equal(fs.existsSync(marker), false, 'a configuration file written as code was run');
			// Code in the JSON file itself is an invalid configuration, not a program.
			fs.writeFileSync(path.join(dir, '.congvanrc.json'), code);
			const invalid = spawnSync(process.execPath, [CLI, 'lint', 'a.txt'], { cwd: dir, encoding: 'utf8' });
			assert.equal(invalid.status, 2);
			assert.match(invalid.stderr, /\.congvanrc\.json/u);
			assert.equal(fs.existsSync(marker), false);
		});
	});

	describe('no network access', () => {
		for (const bundle of BUNDLES) {
			it(`${bundle} calls no network or code-running API outside the library modules allowed (and why)`, () => {
				const file = path.join(repoRoot, bundle);
				assert.ok(fs.existsSync(file), `${bundle} is missing: npm test builds it first`);
				const found: string[] = [];
				for (const module of modulesOf(fs.readFileSync(file, 'utf8'))) {
					const library = libraryPath(module.name);
					const allowed = library !== undefined && Object.keys(ALLOWED).some((key) => library === key || library.endsWith(`/${key}`));
					for (const pattern of [...NETWORK, ...CODE]) {
						for (const match of module.code.matchAll(pattern)) {
							if (!allowed) {
								found.push(`${module.name}: ${match[0]}`);
							}
						}
					}
				}
				assert.deepEqual(found, [], 'a module that is not in ALLOWED reaches the network or runs code');
			});
		}

		function recorder(): { preload: string; log: string; env: NodeJS.ProcessEnv } {
			const dir = temporaryDirectory();
			const preload = path.join(dir, 'record-network.js');
			const log = path.join(dir, 'network.log');
			fs.writeFileSync(preload, RECORDER);
			return { preload, log, env: { ...process.env, CONGVAN_NETWORK_LOG: log, NO_COLOR: '1' } };
		}

		const recorded = (log: string): string[] => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trimEnd().split('\n') : []);

		it('the CLI opens no connection while it lints, fixes and lists rules', () => {
			const { preload, log, env } = recorder();
			const dir = temporaryDirectory();
			fs.writeFileSync(path.join(dir, 'a.txt'), buildLetter({ so: 'Số: 5/UBND-VP' }));
			for (const args of [['lint', path.join(repoRoot, 'examples')], ['lint', '--fix', '-f', 'sarif', 'a.txt'], ['rules'], ['--help']]) {
				const run = spawnSync(process.execPath, ['--require', preload, CLI, ...args], { cwd: dir, env, encoding: 'utf8' });
				assert.ok(run.status !== null && run.status <= 2, `${args.join(' ')}: ${run.stderr}`);
			}
			// The recorder itself works: a connection attempt in the same set-up is recorded.
			const probe = spawnSync(
				process.execPath,
				['--require', preload, '-e', "require('net').connect(9, '127.0.0.1').on('error', () => {})"],
				{ env },
			);
			assert.equal(probe.status, 0);
			assert.deepEqual(recorded(log), ['net.connect', 'net.Socket.connect']);
		});

		it('the server opens no connection while it serves a workspace', async () => {
			const { preload, log, env } = recorder();
			const workspace = temporaryDirectory();
			const marker = path.join(workspace, 'ran');
			fs.writeFileSync(path.join(workspace, '.congvanrc.js'), `require('fs').writeFileSync(${JSON.stringify(marker)}, 'x');\n`);
			fs.writeFileSync(path.join(workspace, '.congvanrc.json'), JSON.stringify({ rules: { 'so-ky-hieu-spacing': 'off' } }));
			const file = path.join(workspace, 'a.congvan');
			fs.writeFileSync(file, buildLetter({ so: 'Số: 5/UBND-VP' }));
			const uri = pathToFileURL(file).href;
			const child = spawn(process.execPath, ['--require', preload, serverPath, '--stdio'], { cwd: repoRoot, env, stdio: 'pipe' });
			const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
			const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
			connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => null));
			connection.onRequest('client/registerCapability', () => null);
			connection.listen();
			try {
				await connection.sendRequest('initialize', {
					processId: null,
					rootUri: pathToFileURL(workspace).href,
					workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'w' }],
					capabilities: {
						textDocument: { diagnostic: {}, hover: {}, documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
						workspace: { configuration: true },
					},
				});
				await connection.sendNotification('initialized', {});
				await connection.sendNotification('textDocument/didOpen', {
					textDocument: { uri, languageId: 'congvan', version: 1, text: fs.readFileSync(file, 'utf8') },
				});
				const report = (await connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as {
					items: { code?: unknown }[];
				};
				assert.ok(report.items.length > 0);
				assert.ok(!report.items.some((d) => d.code === 'so-ky-hieu-spacing'), 'the JSON configuration is read');
				const position = { line: 0, character: 0 };
				await connection.sendRequest('textDocument/codeAction', {
					textDocument: { uri },
					range: { start: position, end: position },
					context: { diagnostics: [], only: ['source.fixAll'] },
				});
				await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
				await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
				await connection.sendRequest('shutdown');
				await connection.sendNotification('exit');
				assert.equal(await exited, 0);
			} finally {
				connection.dispose();
				child.kill();
			}
			assert.deepEqual(recorded(log), []);
			assert.equal(fs.existsSync(marker), false, 'a configuration file written as code was run');
		});
	});
});
