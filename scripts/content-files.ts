import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ContentFiles } from '../src/lib/content/compile.ts';

/** Reads every file under `root` into the map `buildIndex` takes (used by tools and tests). */
export function readContentFiles(root: string): ContentFiles {
	const files: ContentFiles = {};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			if (name.startsWith('.')) continue;
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else files[relative(root, path).split(sep).join('/')] = readFileSync(path, 'utf8');
		}
	};
	walk(root);
	return files;
}
