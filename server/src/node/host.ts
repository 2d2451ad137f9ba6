// The Node host of the language server (../host.ts): the disk, the package folder around dist/server.js.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ServerHost } from '../host';
import { diskPath, readLetterFile } from './folder-files';
import { readRegularFile } from './files';
import { ProjectConfigs, workspaceRoots } from './project-config';

// dist/server.js sits in dist/; docs/rules/ and package.json are at the package root, inside the .vsix.
const PACKAGE_ROOT = path.join(__dirname, '..');

// Set by esbuild.js from package.json (`define`), as for the web worker: the server then does not read and
// parse the 170 KB package.json at start-up for one field. Undefined when this module runs unbundled.
declare const CONGVAN_VERSION: string | undefined;

export const nodeHost: ServerHost = {
	kind: 'node',
	version: typeof CONGVAN_VERSION === 'string' ? CONGVAN_VERSION : packageVersion(),
	docsBaseUri: () => `${pathToFileURL(path.join(PACKAGE_ROOT, 'docs', 'rules')).href}/`,
	workspace(params, console) {
		const roots = workspaceRoots(params);
		return {
			projects: new ProjectConfigs(console, roots),
			async readLetter(uri) {
				const where = diskPath(uri, roots);
				return 'skip' in where ? where : readLetterFile(where.file);
			},
			files: {
				async read(uri, limit) {
					if (!uri.startsWith('file:')) {
						return { error: 'not a file: URI' };
					}
					const read = readRegularFile(fileURLToPath(uri), limit);
					return 'failure' in read ? (read.failure === 'missing' ? { missing: true } : { error: read.reason }) : { bytes: read.bytes };
				},
			},
		};
	},
};

/** The version in the package's package.json, next to dist/ (it always ships in the .vsix). */
function packageVersion(): string {
	try {
		const json = JSON.parse(readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
		return typeof json.version === 'string' ? json.version : '0.0.0';
	} catch {
		return '0.0.0';
	}
}
