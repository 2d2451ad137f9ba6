// The translation bundles, imported through the package's `imports` map (package.json "#l10n/…"): esbuild
// bundles the JSON into every bundle (the Node server, the CLI and the web worker), and Node resolves the
// same name for the compiled tests in out/. Declared here because the files sit outside the server's rootDir.
declare module '#l10n/vi' {
	const bundle: Record<string, string>;
	export default bundle;
}
