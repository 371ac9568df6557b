import { dataLists, type DataList } from './data-lists.ts';
import { slugOf } from './ids.ts';
import type { ContentIssue } from './issues.ts';

/** Content files by path relative to the content folder, e.g. `my-module/module.md`. */
export type ContentFiles = Record<string, string>;

/** Page names a case may not take, because the module's own pages use them. */
export const reservedSlugs = [
	'compare',
	'sources',
	'glossary',
	'timeline',
	'review',
	'answer',
	'flag',
	'progress'
];

/** A module's files, sorted into the parts of a module. */
export interface ModuleFiles {
	folder: string;
	slug: string;
	/** Paths relative to the module folder. */
	files: ContentFiles;
	/** The path of a module file as messages give it (relative to the content folder). */
	at(name: string): string;
	/** The files of each data list, sorted. */
	dataFiles: Record<DataList, string[]>;
	/** Case and lesson folders in order, each with its file names in order. */
	caseFolders: { folder: string; slug: string; names: string[] }[];
	/** Comparison files in order, as paths relative to the module folder. */
	dimensionFiles: string[];
}

/** Sorts content files into modules; files that belong nowhere are reported. */
export function modulesOf(files: ContentFiles, issues: ContentIssue[]): Map<string, ContentFiles> {
	const byModule = new Map<string, ContentFiles>();
	for (const [path, source] of Object.entries(files)) {
		const [folder, ...rest] = path.split('/');
		if (rest.length === 0) {
			if (!/^readme\.md$/i.test(path))
				issues.push({
					file: path,
					line: 1,
					message: 'unexpected file: put it inside a module folder'
				});
			continue;
		}
		const module = byModule.get(folder!) ?? {};
		module[rest.join('/')] = source;
		byModule.set(folder!, module);
	}
	return byModule;
}

const dataFileNames = ['module.md', ...dataLists.map((list) => `${list}.yaml`)];
const isYaml = (name: string) => /\.ya?ml$/.test(name);

/** The layout of one module folder: what each file is, and which files are out of place. */
export function layoutOf(folder: string, files: ContentFiles, issues: ContentIssue[]): ModuleFiles {
	const at = (name: string) => `${folder}/${name}`;
	const folders = new Map<string, string[]>();
	for (const name of Object.keys(files)) {
		const parts = name.split('/');
		if (parts.length === 1) {
			if (!dataFileNames.includes(name))
				issues.push({
					file: at(name),
					line: 1,
					message: `unexpected file: a module holds ${dataFileNames.join(', ')}, case folders and comparison/`
				});
		} else if ((dataLists as readonly string[]).includes(parts[0]!)) {
			if (parts.length > 2 || !isYaml(name))
				issues.push({
					file: at(name),
					line: 1,
					message: `unexpected file: ${parts[0]}/ holds .yaml lists`
				});
		} else if (parts.length > 2) {
			issues.push({
				file: at(name),
				line: 1,
				message: 'unexpected file: folders nest one level (module/case/section.md)'
			});
		} else {
			folders.set(parts[0]!, [...(folders.get(parts[0]!) ?? []), parts[1]!]);
		}
	}

	const dataFiles = Object.fromEntries(
		dataLists.map((list) => [
			list,
			Object.keys(files)
				.filter((name) => name === `${list}.yaml` || (name.startsWith(`${list}/`) && isYaml(name)))
				.sort()
		])
	) as Record<DataList, string[]>;

	const caseFolders: ModuleFiles['caseFolders'] = [];
	let dimensionFiles: string[] = [];
	for (const caseFolder of [...folders.keys()].sort()) {
		const names = folders.get(caseFolder)!.sort();
		if (caseFolder === 'comparison') {
			dimensionFiles = names.map((name) => `comparison/${name}`);
			continue;
		}
		const slug = slugOf(caseFolder);
		if (reservedSlugs.includes(slug))
			issues.push({
				file: at(`${caseFolder}/index.md`),
				line: 1,
				message: `"${slug}" is the name of a module page; rename the case folder`
			});
		caseFolders.push({ folder: caseFolder, slug, names });
	}
	return { folder, slug: slugOf(folder), files, at, dataFiles, caseFolders, dimensionFiles };
}
