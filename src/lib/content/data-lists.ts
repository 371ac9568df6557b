import type { z } from 'zod';
import type { ContentIssue } from './issues.ts';
import type { ModuleFiles } from './layout.ts';
import type { SourceEntry } from './schema.ts';
import type { Source } from './types.ts';
import { formatPath, itemOf, parseYaml, validateYaml } from './yaml.ts';

export const dataLists = ['sources', 'glossary', 'timeline'] as const;
export type DataList = (typeof dataLists)[number];

/** An entry of a data list with where it was written. */
export interface Located<T> {
	value: T;
	file: string;
	index: number;
	lineAt(path: readonly PropertyKey[]): number;
}

/**
 * The valid entries of a data list, read from `<list>.yaml` and every `<list>/*.yaml` (so that
 * authors can split a long bibliography); undefined when there is none or one is not YAML, so
 * that a broken list is reported once and not again at every reference to it.
 */
export function readDataList<S extends z.ZodType>(
	module: ModuleFiles,
	list: DataList,
	schema: S,
	issues: ContentIssue[]
): Located<z.infer<S>>[] | undefined {
	const names = module.dataFiles[list];
	if (names.length === 0) return undefined;
	const entries: Located<z.infer<S>>[] = [];
	const seen = new Map<string, string>();
	let readable = true;
	for (const name of names) {
		const file = module.at(name);
		const parsed = parseYaml(module.files[name]!, file);
		issues.push(...parsed.issues);
		if (parsed.issues.length > 0) {
			readable = false;
			continue;
		}
		if (!Array.isArray(parsed.data)) {
			issues.push({ file, line: 1, message: 'expected a YAML list of entries' });
			continue;
		}
		parsed.data.forEach((_, i) => {
			const entry = itemOf(parsed, i);
			const result = validateYaml(schema, entry, file, (path) => formatPath([i, ...path]));
			issues.push(...result.issues);
			if (result.value === undefined) return;
			const id = (result.value as { id: string }).id;
			const line = parsed.lineAt([i]);
			const first = seen.get(id);
			if (first !== undefined) {
				issues.push({ file, line, message: `duplicate id "${id}" (first at ${first})` });
				return;
			}
			seen.set(id, `${file}:${line}`);
			entries.push({ value: result.value, file, index: i, lineAt: entry.lineAt });
		});
	}
	return readable ? entries : undefined;
}

/**
 * Sources with the label citations show: the short name and year, e.g. "Reuters 2022". Sources
 * that would share a label get the letters a, b, ... after the year, in order of date and title,
 * as author-date citation does: "Reuters 2022a", "Reuters 2022b".
 */
export function labelSources(entries: SourceEntry[]): Source[] {
	const base = (entry: SourceEntry) =>
		`${entry.short ?? shortPublisher(entry.publisher)} ${entry.date?.slice(0, 4) ?? 'n.d.'}`;
	const groups = new Map<string, SourceEntry[]>();
	for (const entry of entries) groups.set(base(entry), [...(groups.get(base(entry)) ?? []), entry]);
	const labels = new Map<SourceEntry, string>();
	for (const [label, group] of groups) {
		if (group.length === 1) labels.set(group[0]!, label);
		else
			[...group]
				.sort(
					(a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.title.localeCompare(b.title)
				)
				.forEach((entry, i) => labels.set(entry, `${label}${letters(i)}`));
	}
	return entries.map((entry) => ({ ...entry, label: labels.get(entry)! }));
}

/** a, b, ..., z, aa, ab, ...: as many as needed. */
function letters(i: number): string {
	return (i >= 26 ? letters(Math.floor(i / 26) - 1) : '') + String.fromCharCode(97 + (i % 26));
}

/** "Eurasianet (republished by bne IntelliNews)" -> "Eurasianet": citations stay short in prose. */
function shortPublisher(publisher: string): string {
	return publisher.replace(/\s*\([^)]*\)/g, '').trim() || publisher;
}
