// extensionTestsPath of `npm run test:web` (scripts/e2e/web.cjs): the suite of suite.ts in the worker
// extension host of VS Code for the Web, in the standard run() shape. esbuild bundles this file for the
// browser (out/e2e/web/tests.js) with mocha's browser build, since the worker has no Node to load mocha
// from node_modules. The counts go to the console, where the driver reads them.
import { defineSuites } from './suite';
// mocha's browser build sets the globals `mocha` and `Mocha` (scripts/e2e/web.cjs keeps it from touching
// this module's exports).
import 'mocha/mocha.js';

export function run(): Promise<void> {
	mocha.setup({ ui: 'tdd', color: false, timeout: 30_000, forbidOnly: true, forbidPending: true });
	// The spec reporter writes to the console, which the workbench forwards to the driver; the browser
	// build's default, the HTML reporter, needs a DOM that a worker has not.
	mocha.reporter(Mocha.reporters.Spec);
	// mocha's globals (suite, test) exist once setup has run.
	defineSuites();
	return new Promise((resolve, reject) => {
		const runner = mocha.run((failures) => {
			const stats = runner.stats ?? { passes: 0, failures, pending: 0, tests: 0 };
			console.log(
				`congvan-web-results ${JSON.stringify({ suite: 'web', passes: stats.passes, failures: stats.failures, pending: stats.pending })}`,
			);
			if (failures > 0 || stats.passes === 0) {
				reject(new Error(failures > 0 ? `${failures} tests failed` : 'no test ran'));
			} else {
				resolve();
			}
		});
	});
}
