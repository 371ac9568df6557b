import { readCases } from './cases.ts';
import { readDimensions } from './comparison.ts';
import { labelSources, readDataList } from './data-lists.ts';
import type { ContentIssue } from './issues.ts';
import type { ModuleFiles } from './layout.ts';
import type { LinkResolver } from './markdown.ts';
import { renderBlock, renderBlocks } from './render.ts';
import { readMarkdownFile } from './markdown-file.ts';
import type { QuestionIds } from './questions.ts';
import { checkPageLinks } from './page-links.ts';
import { checkReferences } from './references.ts';
import {
	glossaryTermSchema,
	moduleMetaSchema,
	sourceSchema,
	timelineEventSchema
} from './schema.ts';
import { checkTimeline } from './timeline.ts';
import type { Module } from './types.ts';
import { urls } from './urls.ts';
import { m } from '../i18n/index.ts';

/** One module from its files, in stages; undefined when its module.md cannot be read. */
export function compileModule(module: ModuleFiles, issues: ContentIssue[]): Module | undefined {
	// The data lists first: every page links into them.
	const sourceList = readDataList(module, 'sources', sourceSchema, issues);
	const glossaryList = readDataList(module, 'glossary', glossaryTermSchema, issues);
	for (const list of ['sources', 'glossary'] as const)
		if (module.dataFiles[list].length === 0)
			issues.push({
				file: module.at(`${list}.yaml`),
				line: 1,
				message: `missing file: every module needs ${list}.yaml`
			});

	const sources = labelSources((sourceList ?? []).map((entry) => entry.value));
	const terms = (glossaryList ?? []).map((entry) => entry.value);
	const sourceById = new Map(sources.map((source) => [source.id, source]));
	const termById = new Map(terms.map((term) => [term.id, term]));
	const links: LinkResolver = {
		source(id) {
			const source = sourceById.get(id);
			return (
				source && {
					label: source.label,
					href: urls.source(module.slug, id),
					title: source.title,
					mark: m.sources.marked(source.marks ?? [])
				}
			);
		},
		term(id) {
			const term = termById.get(id);
			return term && { label: term.term, href: urls.term(module.slug, id) };
		}
	};
	checkReferences(
		module,
		{
			sources: sourceList && new Set(sourceById.keys()),
			terms: glossaryList && new Set(termById.keys())
		},
		issues
	);

	const knownSources = sourceList && new Set(sourceById.keys());
	const context = { seen: new Map() as QuestionIds, links, knownSources };
	let meta;
	let overviewHtml = '';
	if (module.files['module.md'] === undefined) {
		issues.push({
			file: module.at('module.md'),
			line: 1,
			message: 'missing file: every module needs module.md'
		});
	} else {
		const parsed = readMarkdownFile(module, 'module.md', moduleMetaSchema, 'none', context, issues);
		meta = parsed?.meta;
		overviewHtml = parsed ? renderBlock(parsed.prose, links) : '';
	}
	const { cases, unreadable } = readCases(module, context, issues);
	const dimensions = readDimensions(module, cases, unreadable, context, issues);
	const timeline = readDataList(module, 'timeline', timelineEventSchema, issues) ?? [];
	checkTimeline(module, timeline, knownSources, issues);

	checkPageLinks(module, { cases, dimensions, sources, glossary: terms }, issues);

	if (!meta) return undefined;
	const definitions = renderBlocks(
		terms.map((term) => term.definition),
		links
	);
	return {
		slug: module.slug,
		title: meta.title,
		shortTitle: meta.shortTitle ?? meta.title,
		guidingQuestion: meta.guidingQuestion,
		summary: meta.summary,
		objectives: meta.objectives,
		overviewHtml,
		cases,
		dimensions,
		sources,
		glossary: terms.map((term, i) => ({
			id: term.id,
			term: term.term,
			definitionHtml: definitions[i]!
		})),
		timeline: timeline.map(({ value }) => value)
	};
}
