// Bundles the extension client, the language server and the CLI into dist/, and the browser entry of VS Code
// for the Web into dist/web/ (client.js for the web extension host, server.js for the server's web worker).
// Flags: --production (minify, no source maps), --watch.
const { builtinModules } = require('node:module');
const esbuild = require('esbuild');
const { version } = require('./package.json');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the `file:line:col` shape that the $esbuild-watch problem matcher reads. */
const problemMatcherPlugin = {
	name: 'problem-matcher',
	setup(build) {
		build.onStart(() => {
			if (watch) {
				console.log('[watch] build started');
			}
		});
		build.onEnd((result) => {
			for (const { text, location } of result.errors) {
				console.error(`✘ [ERROR] ${text}`);
				if (location) {
					console.error(`    ${location.file}:${location.line}:${location.column}:`);
				}
			}
			// A bundle with a shebang (dist/cli.js) is a command: make it executable, so that npx keeps working
			// after a rebuild (npm makes it executable only when it first links the bin).
			const outfile = build.initialOptions.outfile;
			if (result.errors.length === 0 && outfile && build.initialOptions.banner?.js?.startsWith('#!')) {
				require('node:fs').chmodSync(outfile, 0o755);
			}
			if (watch) {
				console.log('[watch] build finished');
			}
		});
	},
};

// Node's built-in modules, with and without the `node:` prefix.
const NODE_BUILTINS = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/**
 * Fails a browser bundle that imports a Node built-in module, naming the importer. esbuild would fail on its
 * own for most, but a package's "browser" field may map one to an empty module, and a bundle that loads
 * and then lacks `fs` is worse than one that does not build.
 */
const noNodeBuiltinsPlugin = {
	name: 'no-node-builtins',
	setup(build) {
		// esbuild's filters are Go regular expressions: no `u` flag.
		build.onResolve({ filter: /^[a-z_:/]+$/ }, (args) => {
			if (NODE_BUILTINS.has(args.path) || NODE_BUILTINS.has(args.path.split('/')[0])) {
				return {
					errors: [
						{ text: `Node built-in "${args.path}" imported by ${args.importer} in a browser bundle (${build.initialOptions.outfile})` },
					],
				};
			}
			return undefined;
		});
	},
};

const common = {
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	sourcemap: !production,
	minify: production,
	sourcesContent: false,
	logLevel: 'silent',
	plugins: [problemMatcherPlugin],
};

const bundles = [
	{ entryPoints: ['client/src/node/main.ts'], outfile: 'dist/client.js', external: ['vscode'] },
	// The server's version is defined at build time, as in the browser bundles (server/src/node/host.ts).
	{ entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js', define: { CONGVAN_VERSION: JSON.stringify(version) } },
	{ entryPoints: ['server/src/node/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
	// The export to Word and PDF, with the docx package: dist/cli.js loads it only for `congvan export`.
	{ entryPoints: ['server/src/node/export-command.ts'], outfile: 'dist/export.js' },
	// The live A4 preview's webview: a small script for the browser, and its style sheet (dist/media is the
	// webview's only local resource root).
	{ entryPoints: ['client/webview/preview.ts'], outfile: 'dist/media/preview.js', platform: 'browser', format: 'iife', target: 'es2022' },
	{ entryPoints: ['client/webview/preview.css'], outfile: 'dist/media/preview.css', platform: 'browser' },
	// VS Code for the Web (package.json "browser"): the client in the web extension host, which loads it as
	// CommonJS, and the server as a classic web worker script. No Node: the guard above fails the build.
	{ ...browser(), entryPoints: ['client/src/web/main.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'] },
	{ ...browser(), entryPoints: ['server/src/web/main.ts'], outfile: 'dist/web/server.js', format: 'iife' },
	// The export to Word on the web: a worker of its own, started by the export command only (docx package).
	{ ...browser(), entryPoints: ['server/src/web/export-worker.ts'], outfile: 'dist/web/export.js', format: 'iife' },
];

/** The options of a browser bundle. */
function browser() {
	return {
		platform: 'browser',
		target: 'es2022',
		// The server's version, which the web worker cannot read from package.json.
		define: { CONGVAN_VERSION: JSON.stringify(version) },
		plugins: [problemMatcherPlugin, noNodeBuiltinsPlugin],
	};
}

async function main() {
	const contexts = await Promise.all(bundles.map((b) => esbuild.context({ ...common, ...b })));
	if (watch) {
		await Promise.all(contexts.map((c) => c.watch()));
		return;
	}
	const results = await Promise.allSettled(contexts.map((c) => c.rebuild()));
	await Promise.all(contexts.map((c) => c.dispose()));
	const failed = results.filter((r) => r.status === 'rejected');
	if (failed.length > 0) {
		process.exit(1);
	}
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
