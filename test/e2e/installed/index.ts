// extensionTestsPath of the packaged-extension suite: the .vsix is installed into code-server, and the
// development path is only test/e2e/host (VS Code runs tests only for an extension under development), so
// the congvan that answers here is the installed one.
import { runSuites } from '../helpers';

export function run(): Promise<void> {
	return runSuites(__dirname, 'installed');
}
