import { shortHashJoined } from './ids.ts';
import type { ContentIssue } from './issues.ts';
import { layoutOf, modulesOf, type ContentFiles } from './layout.ts';
import { compileModule } from './module.ts';
import type { ContentIndex, Module } from './types.ts';

export type { ContentFiles };

/**
 * Builds every module from its files. Pure: the caller reads the files. Returns the index and
 * every problem found; content with problems must not be served.
 */
export function buildIndex(files: ContentFiles): { index: ContentIndex; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const byModule = modulesOf(files, issues);
	const modules: Module[] = [];
	for (const folder of [...byModule.keys()].sort()) {
		const module = compileModule(layoutOf(folder, byModule.get(folder)!, issues), issues);
		if (module) modules.push(module);
	}
	const slugs = new Set<string>();
	for (const module of modules) {
		if (slugs.has(module.slug))
			issues.push({
				file: `${module.slug}/module.md`,
				line: 1,
				message: `duplicate module slug "${module.slug}"`
			});
		slugs.add(module.slug);
	}
	const version = shortHashJoined(
		Object.keys(files)
			.sort()
			.flatMap((path) => [path, files[path]!])
	);
	return { index: { modules, version }, issues };
}
