import type { Located } from './data-lists.ts';
import { slugOf } from './ids.ts';
import { suggest, type ContentIssue } from './issues.ts';
import type { ModuleFiles } from './layout.ts';
import type { TimelineEntry } from './schema.ts';

/**
 * Every timeline event must point at a real case and section, and cite known sources. Cases are
 * taken from the folders, so that one broken index.md does not make every event fail.
 */
export function checkTimeline(
	module: ModuleFiles,
	events: Located<TimelineEntry>[],
	knownSources: ReadonlySet<string> | undefined,
	issues: ContentIssue[]
): void {
	const sectionsOf = new Map(
		module.caseFolders.map(({ slug, names }) => [
			slug,
			names.filter((name) => name !== 'index.md' && name.endsWith('.md')).map(slugOf)
		])
	);
	for (const { value: event, file, index: i, lineAt } of events) {
		const sections = sectionsOf.get(event.case);
		if (!sections)
			issues.push({
				file,
				line: lineAt(['case']),
				message: `[${i}].case: no case has the slug "${event.case}"`
			});
		else if (event.section && !sections.includes(event.section))
			issues.push({
				file,
				line: lineAt(['section']),
				message: `[${i}].section: case "${event.case}" has no section "${event.section}"`
			});
		event.sources.forEach((id, j) => {
			if (knownSources && !knownSources.has(id))
				issues.push({
					file,
					line: lineAt(['sources', j]),
					message: `[${i}].sources: unknown source "${id}"${suggest(id, knownSources)}`
				});
		});
	}
}
