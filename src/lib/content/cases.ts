import { slugOf } from './ids.ts';
import { worksheetSlug } from './urls.ts';
import type { ContentIssue } from './issues.ts';
import type { ModuleFiles } from './layout.ts';
import { renderBlock } from './render.ts';
import { readMarkdownFile } from './markdown-file.ts';
import type { QuizContext } from './questions.ts';
import { hasCitation, refsOf } from './references.ts';
import { caseMetaSchema, sectionMetaSchema } from './schema.ts';
import { minutesFor } from './time.ts';
import type { Case, Section } from './types.ts';

/**
 * The cases and lessons of a module, each from its folder: `index.md`, then one file per section.
 * `unreadable` names the folders whose index.md could not be read, so that later checks do not
 * report every reference to them again.
 */
export function readCases(
	module: ModuleFiles,
	context: QuizContext,
	issues: ContentIssue[]
): { cases: Case[]; unreadable: Set<string> } {
	const cases: Case[] = [];
	const unreadable = new Set<string>();
	for (const { folder, slug, names } of module.caseFolders) {
		const indexFile = module.at(`${folder}/index.md`);
		if (!names.includes('index.md')) {
			issues.push({
				file: indexFile,
				line: 1,
				message: 'missing file: every case folder needs index.md'
			});
			unreadable.add(slug);
			continue;
		}
		const index = readMarkdownFile(
			module,
			`${folder}/index.md`,
			caseMetaSchema,
			'none',
			context,
			issues
		);
		const sections: Section[] = [];
		for (const name of names) {
			if (name === 'index.md') continue;
			const path = `${folder}/${name}`;
			if (!name.endsWith('.md')) {
				issues.push({
					file: module.at(path),
					line: 1,
					message: 'unexpected file: sections are .md files'
				});
				continue;
			}
			if (slugOf(name) === worksheetSlug)
				issues.push({
					file: module.at(path),
					line: 1,
					message: `"${worksheetSlug}" is the name of a case's one-page view; rename the section file`
				});
			const parsed = readMarkdownFile(module, path, sectionMetaSchema, 'required', context, issues);
			if (!parsed) continue;
			if (!hasCitation(parsed.prose))
				issues.push({
					file: module.at(path),
					line: parsed.bodyLine,
					message: 'section cites no source: cite at least one with [@id]'
				});
			if (parsed.meta)
				sections.push({
					slug: slugOf(name),
					title: parsed.meta.title,
					minutes: minutesFor([parsed.prose], parsed.questions),
					html: renderBlock(parsed.prose, context.links),
					refs: refsOf(parsed.prose),
					questions: parsed.questions
				});
		}
		if (sections.length === 0)
			issues.push({ file: indexFile, line: 1, message: 'case has no sections' });
		if (!index?.meta) {
			unreadable.add(slug);
			continue;
		}
		cases.push({
			kind: index.meta.kind,
			slug,
			title: index.meta.title,
			shortTitle: index.meta.shortTitle ?? index.meta.title,
			dates: index.meta.dates,
			place: index.meta.place,
			summary: index.meta.summary,
			minutes: minutesFor([index.prose], []) + sections.reduce((sum, s) => sum + s.minutes, 0),
			introHtml: renderBlock(index.prose, context.links),
			introRefs: refsOf(index.prose),
			sections
		});
	}
	return { cases, unreadable };
}
