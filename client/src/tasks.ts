// The task type "congvan" (package.json taskDefinitions): "Tasks: Run Task → congvan → lint" runs the bundled
// CLI (`congvan lint`) over the workspace folder, and the `$congvan` problem matcher reads its stylish report
// into Problems, for every letter of the folder, open or not. The CLI runs with the editor's own Node
// (ELECTRON_RUN_AS_NODE), so nothing needs to be installed; its language follows congvan's.
import { ProcessExecution, Task, TaskScope, tasks, workspace, type Disposable, type TaskDefinition, type WorkspaceFolder } from 'vscode';
import { currentLocale } from './l10n';

/** The definition of a congvan task, as package.json declares it. */
interface CongvanTaskDefinition extends TaskDefinition {
	command: 'lint';
	paths?: string[];
	args?: string[];
}

/** A task that runs `congvan lint` in a folder, its findings read by the `$congvan` matcher. */
export function lintTask(cli: string, folder: WorkspaceFolder, definition: CongvanTaskDefinition): Task {
	const args = ['lint', '--locale', currentLocale(), ...(definition.args ?? []), ...(definition.paths ?? ['.'])];
	const execution = new ProcessExecution(process.execPath, [cli, ...args], {
		cwd: folder.uri.fsPath,
		env: { ELECTRON_RUN_AS_NODE: '1' },
	});
	return new Task(definition, folder, 'lint', 'congvan', execution, '$congvan');
}

/** Registers the provider of the "congvan" task type. */
export function registerTasks(cli: string): Disposable {
	return tasks.registerTaskProvider('congvan', {
		provideTasks: () =>
			(workspace.workspaceFolders ?? [])
				.filter((folder) => folder.uri.scheme === 'file')
				.map((folder) => lintTask(cli, folder, { type: 'congvan', command: 'lint', paths: ['.'] })),
		resolveTask: (task) => {
			const definition = task.definition as CongvanTaskDefinition;
			const scope = task.scope;
			if (definition.command !== 'lint' || scope === undefined || scope === TaskScope.Global || scope === TaskScope.Workspace) {
				return undefined;
			}
			return lintTask(cli, scope, definition);
		},
	});
}
