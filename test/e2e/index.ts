// extensionTestsPath of the editor suites: runs every *.test.js next to this file inside the extension
// host, in the standard run() shape, so the same files run under desktop VS Code (@vscode/test-electron)
// and under code-server here (scripts/e2e/run-suites.cjs). New suites only need a new *.test.ts file.
import { runSuites } from './helpers';

export function run(): Promise<void> {
	return runSuites(__dirname, 'development');
}
