// Bundles the extension client, the language server and the CLI into dist/.
// Flags: --production (minify, no source maps), --watch.
const esbuild = require('esbuild');

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
	{ entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
	{ entryPoints: ['server/src/node/main.ts'], outfile: 'dist/server.js' },
	{ entryPoints: ['server/src/node/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
	// The export to Word and PDF, with the docx package: dist/cli.js loads it only for `congvan export`.
	{ entryPoints: ['server/src/node/export-command.ts'], outfile: 'dist/export.js' },
	// The live A4 preview's webview: a small script for the browser, and its style sheet (dist/media is the
	// webview's only local resource root).
	{ entryPoints: ['client/webview/preview.ts'], outfile: 'dist/media/preview.js', platform: 'browser', format: 'iife', target: 'es2022' },
	{ entryPoints: ['client/webview/preview.css'], outfile: 'dist/media/preview.css', platform: 'browser' },
];

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
