import { resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { buildIndex } from '../src/lib/content/compile.ts';
import { formatIssues } from '../src/lib/content/issues.ts';
import { readContentFiles } from './content-files.ts';

/** The compiled content, answer keys included: imported by the server only. */
export const contentModule = 'virtual:parallels/content';
const resolved = `\0${contentModule}`;

/**
 * Compiles content/ into a module the server imports: once per build, so that the server starts
 * without compiling anything, and again after every edit under `npm run dev`. Bad content fails
 * the build, with every problem as file:line: message.
 */
export function content(root = 'content'): Plugin {
	const folder = resolve(root);
	let compiled: string | undefined;

	function compile(): string {
		const { index, issues } = buildIndex(readContentFiles(folder));
		if (issues.length > 0)
			throw new Error(
				`${issues.length} problem${issues.length === 1 ? '' : 's'} in content:\n${formatIssues(issues, root)}`
			);
		// JSON.parse of a string literal is the quickest way for V8 to read a large object.
		return `export default JSON.parse(${JSON.stringify(JSON.stringify(index))});`;
	}

	return {
		name: 'parallels-content',
		buildStart() {
			if (this.environment?.mode !== 'build' || compiled) return;
			try {
				compiled = compile();
			} catch (error) {
				this.error((error as Error).message);
			}
		},
		resolveId: (id) => (id === contentModule ? resolved : undefined),
		load(id) {
			if (id !== resolved) return;
			return (compiled ??= compile());
		},
		configureServer(server) {
			server.watcher.add(folder);
			const changed = (path: string) => {
				if (!path.startsWith(folder + sep)) return;
				compiled = undefined;
				// Every environment forgets the compiled module and reloads: the server's module
				// runner evaluates the new content, and the browser asks for the page again.
				for (const environment of Object.values(server.environments)) {
					const module = environment.moduleGraph.getModuleById(resolved);
					if (module) environment.moduleGraph.invalidateModule(module);
					environment.hot.send({ type: 'full-reload' });
				}
			};
			server.watcher.on('change', changed).on('add', changed).on('unlink', changed);
		}
	};
}
