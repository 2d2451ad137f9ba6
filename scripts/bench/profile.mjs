// Where the core's time goes, for `npm run bench`: a CPU profile of the work taken in this process through
// node:inspector (what `node --cpu-prof` records), summed by function and by source module of the bundle.
import * as fs from 'node:fs';
import { Session } from 'node:inspector';

function post(session, method, params = {}) {
	return new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
}

/** Profiles `work()` with a sampling interval of `intervalUs` microseconds. */
export async function cpuProfile(work, intervalUs = 200) {
	const session = new Session();
	session.connect();
	try {
		await post(session, 'Profiler.enable');
		await post(session, 'Profiler.setSamplingInterval', { interval: intervalUs });
		await post(session, 'Profiler.start');
		work();
		const { profile } = await post(session, 'Profiler.stop');
		return profile;
	} finally {
		session.disconnect();
	}
}

/** A lookup from a line of an esbuild bundle (not minified) to the source module it came from. */
export function bundleModules(bundlePath) {
	const starts = [];
	fs.readFileSync(bundlePath, 'utf8')
		.split('\n')
		.forEach((line, index) => {
			const marker = /^\/\/ (\S+\.[cm]?[jt]s)$/u.exec(line);
			if (marker) {
				starts.push({ line: index, module: marker[1] });
			}
		});
	return (zeroBasedLine) => {
		let found = '(bundle)';
		for (const s of starts) {
			if (s.line > zeroBasedLine) {
				break;
			}
			found = s.module;
		}
		return found;
	};
}

/**
 * Self time by function and by module. Regular expressions and the garbage collector have no module of
 * their own: a regex's time is also counted in its caller's module, so that the modules add up to the whole.
 */
export function summarise(profile, bundlePath, moduleOf) {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map();
	for (const n of profile.nodes) {
		for (const c of n.children ?? []) {
			parent.set(c, n.id);
		}
	}
	const selfById = new Map();
	let total = 0;
	profile.samples.forEach((id, i) => {
		// The first sample carries the profiler's own start (node:inspector's native "dispatch" of
		// Profiler.start, a fixed 200-250 ms), not the work profiled.
		if (i === 0) {
			return;
		}
		const dt = profile.timeDeltas[i] ?? 0;
		selfById.set(id, (selfById.get(id) ?? 0) + dt);
		total += dt;
	});
	const label = (node) => {
		const { functionName, url, lineNumber } = node.callFrame;
		if (url === bundlePath) {
			return { name: functionName || '(anonymous)', module: moduleOf(lineNumber) };
		}
		if (functionName.startsWith('RegExp: ')) {
			const source = functionName.slice('RegExp: '.length);
			return { name: `RegExp /${source.length > 60 ? `${source.slice(0, 57)}...` : source}/`, module: undefined };
		}
		if (url) {
			return { name: functionName || '(anonymous)', module: '(outside the core)' };
		}
		// V8's own entries: "(garbage collector)", "(program)", "(idle)", and builtins.
		const own = functionName.startsWith('(') ? functionName : `(${functionName || 'vm'})`;
		return { name: own, module: own };
	};
	const functions = new Map();
	const modules = new Map();
	for (const [id, time] of selfById) {
		const node = byId.get(id);
		const { name, module } = label(node);
		// A regex (or any frame without a module of the core) counts towards the nearest caller in the core.
		let owner = module;
		for (let up = parent.get(id); owner === undefined && up !== undefined; up = parent.get(up)) {
			owner = label(byId.get(up)).module;
		}
		owner ??= '(other)';
		const key = module === undefined ? `${name} (from ${owner})` : `${name} (${module})`;
		functions.set(key, (functions.get(key) ?? 0) + time);
		modules.set(owner, (modules.get(owner) ?? 0) + time);
	}
	const top = (map, n) =>
		[...map]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(([name, time]) => ({ name, share: time / total }));
	return { totalMs: total / 1000, functions: top(functions, 12), modules: top(modules, 12) };
}
