import { slugOf } from './ids.ts';
import type { ContentIssue } from './issues.ts';
import type { ModuleFiles } from './layout.ts';
import { renderBlocks } from './render.ts';
import { readMarkdownFile } from './markdown-file.ts';
import type { QuizContext } from './questions.ts';
import { hasCitation, refsOf } from './references.ts';
import { dimensionMetaSchema } from './schema.ts';
import { minutesFor } from './time.ts';
import type { Case, Dimension } from './types.ts';

/**
 * The comparison: one file per dimension, with a cited cell for every case (lessons have none), a
 * synthesis and an optional quiz. Cases in `unreadable` may have cells but need none.
 */
export function readDimensions(
	module: ModuleFiles,
	cases: Case[],
	unreadable: ReadonlySet<string>,
	context: QuizContext,
	issues: ContentIssue[]
): Dimension[] {
	const caseSlugs = cases.filter((c) => c.kind === 'case').map((c) => c.slug);
	return module.dimensionFiles.flatMap((name): Dimension[] => {
		const file = module.at(name);
		const parsed = readMarkdownFile(module, name, dimensionMetaSchema, 'optional', context, issues);
		if (!parsed?.meta) return [];
		const { meta, lineAt } = parsed;
		for (const key of Object.keys(meta.cells)) {
			const line = lineAt(['cells', key]);
			if (unreadable.has(key)) continue;
			if (!caseSlugs.includes(key))
				issues.push({
					file,
					line,
					message: `cells.${key}: no case has this slug (cases: ${caseSlugs.join(', ')})`
				});
			else if (!hasCitation(meta.cells[key]!))
				issues.push({ file, line, message: `cells.${key}: cite at least one source with [@id]` });
		}
		for (const slug of caseSlugs)
			if (!(slug in meta.cells))
				issues.push({
					file,
					line: lineAt(['cells']),
					message: `cells: missing a cell for case "${slug}"`
				});
		const cells = Object.entries(meta.cells);
		const [html, ...cellHtml] = renderBlocks(
			[parsed.prose, ...cells.map(([, cell]) => cell)],
			context.links
		);
		return [
			{
				slug: slugOf(name.slice('comparison/'.length)),
				title: meta.title,
				question: meta.question,
				minutes: minutesFor([parsed.prose, ...cells.map(([, cell]) => cell)], parsed.questions),
				cells: Object.fromEntries(cells.map(([key], i) => [key, cellHtml[i]!])),
				html: html!,
				refs: refsOf(parsed.prose, ...cells.map(([, cell]) => cell)),
				cellRefs: refsOf(...cells.map(([, cell]) => cell)),
				questions: parsed.questions
			}
		];
	});
}
