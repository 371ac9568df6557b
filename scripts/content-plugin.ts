import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildIndex } from '../src/lib/content/build-index.ts';
import { formatIssues } from '../src/lib/content/issues.ts';
import { readContentFiles } from '../src/lib/server/content-files.ts';

/** Fails `vite build` with every content problem, as file:line: message, before bundling. */
export function contentCheck(root = 'content'): Plugin {
	let checked = false;
	return {
		name: 'parallels-content-check',
		apply: 'build',
		buildStart() {
			if (checked) return;
			const { issues } = buildIndex(readContentFiles(resolve(root)));
			if (issues.length > 0) {
				this.error(
					`${issues.length} problem${issues.length === 1 ? '' : 's'} in content:\n${formatIssues(issues, root)}`
				);
			}
			checked = true;
		}
	};
}
