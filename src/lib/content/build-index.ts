import type { z } from 'zod';
import { splitFrontmatter, splitQuizzes } from './frontmatter.ts';
import { shortHashJoined, slugOf } from './ids.ts';
import type { ContentIssue } from './issues.ts';
import {
	citationPattern,
	renderBlock,
	renderBlocks,
	termPattern,
	type LinkResolver
} from './markdown.ts';
import { buildQuestions, duplicateIdIssue } from './questions.ts';
import {
	caseMetaSchema,
	dimensionMetaSchema,
	glossaryTermSchema,
	moduleMetaSchema,
	quizSchema,
	sectionMetaSchema,
	sourceSchema,
	timelineEventSchema,
	type GlossaryEntry,
	type QuestionInput
} from './schema.ts';
import type { Case, ContentIndex, Dimension, Module, Question, Section, Source } from './types.ts';
import { formatPath, itemOf, parseYaml, validateYaml } from './yaml.ts';

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
	'progress'
];

const dataLists = ['sources', 'glossary', 'timeline'] as const;
const dataFiles = ['module.md', ...dataLists.map((list) => `${list}.yaml`)];

/** An entry of a data list with where it was written. */
interface Located<T> {
	value: T;
	file: string;
	index: number;
	lineAt(path: readonly PropertyKey[]): number;
}

/**
 * Builds every module from its files. Pure: the caller reads the files. Returns the index and
 * every problem found; content with problems must not be served.
 */
export function buildIndex(files: ContentFiles): { index: ContentIndex; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const byModule = new Map<string, ContentFiles>();
	for (const [path, source] of Object.entries(files)) {
		const [folder, ...rest] = path.split('/');
		if (rest.length === 0) {
			if (!/^readme\.md$/i.test(path)) {
				issues.push({
					file: path,
					line: 1,
					message: 'unexpected file: put it inside a module folder'
				});
			}
			continue;
		}
		const module = byModule.get(folder!) ?? {};
		module[rest.join('/')] = source;
		byModule.set(folder!, module);
	}

	const modules: Module[] = [];
	for (const folder of [...byModule.keys()].sort()) {
		const built = buildModule(folder, byModule.get(folder)!);
		issues.push(...built.issues);
		if (built.module) modules.push(built.module);
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

function buildModule(
	folder: string,
	files: ContentFiles
): { module?: Module; issues: ContentIssue[] } {
	const issues: ContentIssue[] = [];
	const slug = slugOf(folder);
	const at = (name: string) => `${folder}/${name}`;

	/**
	 * The valid entries of a data list, read from `<kind>.yaml` and every `<kind>/*.yaml` (so that
	 * authors can split a long bibliography); undefined when there is none or one is not YAML.
	 */
	function yamlEntries<S extends z.ZodType>(
		kind: (typeof dataLists)[number],
		schema: S,
		required: boolean
	): Located<z.infer<S>>[] | undefined {
		const names = Object.keys(files)
			.filter(
				(name) => name === `${kind}.yaml` || (name.startsWith(`${kind}/`) && /\.ya?ml$/.test(name))
			)
			.sort();
		if (names.length === 0) {
			if (required)
				issues.push({
					file: at(`${kind}.yaml`),
					line: 1,
					message: `missing file: every module needs ${kind}.yaml`
				});
			return undefined;
		}
		const entries: Located<z.infer<S>>[] = [];
		const seen = new Map<string, string>();
		let readable = true;
		for (const name of names) {
			const file = at(name);
			const parsed = parseYaml(files[name]!, file);
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

	const sourceEntries = yamlEntries('sources', sourceSchema, true);
	const sources: Source[] = (sourceEntries ?? []).map(({ value: entry }) => ({
		...entry,
		label: `${entry.short ?? shortPublisher(entry.publisher)} ${entry.date?.slice(0, 4) ?? 'n.d.'}`
	}));
	const sourceById = new Map(sources.map((source) => [source.id, source]));
	const glossaryList = yamlEntries('glossary', glossaryTermSchema, true);
	const glossaryEntries = (glossaryList ?? []).map((entry) => entry.value);
	const termById = new Map(glossaryEntries.map((entry) => [entry.id, entry]));

	const links: LinkResolver = {
		source(id) {
			const source = sourceById.get(id);
			return source && { label: source.label, href: `/${slug}/sources#${id}`, title: source.title };
		},
		term(id) {
			const term = termById.get(id);
			return term && { label: term.term, href: `/${slug}/glossary#${id}` };
		}
	};

	// Every inline reference in every file must resolve (once there is a list to resolve against;
	// a missing or broken list is reported once, not at every reference).
	const haveSources = sourceEntries !== undefined;
	const haveGlossary = glossaryList !== undefined;
	for (const [name, source] of Object.entries(files)) {
		const lineOf = lineLookup(source);
		const unknownSources: ContentIssue[] = [];
		const unknownTerms: ContentIssue[] = [];
		if (haveSources)
			for (const match of source.matchAll(citationPattern))
				// Each id at its own line: a citation may run across lines.
				for (const cited of match[0].matchAll(/@([a-z0-9-]+)/g))
					if (!sourceById.has(cited[1]!))
						unknownSources.push({
							file: at(name),
							line: lineOf(match.index + cited.index),
							message: `citation to unknown source "${cited[1]}"${suggest(cited[1]!, sourceById.keys())}`
						});
		if (haveGlossary)
			for (const match of source.matchAll(termPattern))
				if (!termById.has(match[1]!))
					unknownTerms.push({
						file: at(name),
						line: lineOf(match.index),
						message: `link to unknown glossary term "${match[1]}"${suggest(match[1]!, termById.keys())}`
					});
		// Within a line, citations are reported before glossary links.
		issues.push(...byLine(unknownSources, unknownTerms));
	}

	const questionAt = new Map<string, { file: string; line: number }>();
	function quizFrom(file: string, yaml: string, line: number): Question[] {
		const parsed = parseYaml(yaml, file, line);
		issues.push(...parsed.issues);
		if (parsed.issues.length > 0) return [];
		if (!Array.isArray(parsed.data)) {
			issues.push({ file, line, message: 'a quiz block must be a YAML list of questions' });
			return [];
		}
		const valid: { input: QuestionInput; where: { file: string; line: number } }[] = [];
		parsed.data.forEach((raw, i) => {
			const name = (raw as { id?: unknown })?.id;
			const label = typeof name === 'string' ? `question "${name}"` : `question ${i + 1}`;
			const result = validateYaml(
				quizSchema.element,
				itemOf(parsed, i),
				file,
				(path) => `${label}${path.length ? ` ${formatPath(path)}` : ''}`
			);
			issues.push(...result.issues);
			if (!result.value) return;
			const where = { file, line: parsed.lineAt([i]) };
			const first = questionAt.get(result.value.id);
			if (first) {
				issues.push(duplicateIdIssue(result.value.id, where, first));
				return;
			}
			questionAt.set(result.value.id, where);
			result.value.sources.forEach((id, j) => {
				if (haveSources && !sourceById.has(id))
					issues.push({
						file,
						line: parsed.lineAt([i, 'sources', j]),
						message: `${label} sources: unknown source "${id}"${suggest(id, sourceById.keys())}`
					});
			});
			valid.push({ input: result.value, where });
		});
		return buildQuestions(valid, links);
	}

	/** Frontmatter, prose and quiz of a markdown file; `quiz` says whether one is required. */
	function markdownFile<S extends z.ZodType>(
		name: string,
		schema: S,
		quiz: 'required' | 'optional' | 'none'
	) {
		const file = at(name);
		const split = splitFrontmatter(files[name]!);
		if (split.frontmatter === undefined) {
			issues.push({
				file,
				line: 1,
				message: 'missing frontmatter: start the file with a --- block'
			});
			return undefined;
		}
		const parsed = parseYaml(split.frontmatter, file, split.frontmatterLine);
		issues.push(...parsed.issues);
		const meta: { value?: z.infer<S>; issues: ContentIssue[] } =
			parsed.issues.length > 0 ? { issues: [] } : validateYaml(schema, parsed, file);
		issues.push(...meta.issues);
		const body = splitQuizzes(split.body, split.bodyLine);
		if (quiz === 'none') {
			for (const block of body.quizzes)
				issues.push({
					file,
					line: block.line - 1,
					message: 'quiz blocks belong in sections and comparison files'
				});
		} else if (body.quizzes.length === 0 && quiz === 'required') {
			issues.push({
				file,
				line: split.bodyLine,
				message: 'section has no quiz: end it with a ```quiz block'
			});
		} else if (body.quizzes.length > 1) {
			issues.push({
				file,
				line: body.quizzes[1]!.line - 1,
				message: 'a section has one quiz block; merge the questions into the first'
			});
		}
		for (const block of body.quizzes)
			if (block.unclosed)
				issues.push({ file, line: block.line - 1, message: 'quiz block is not closed with ```' });
		if (body.trailingLine !== undefined)
			issues.push({
				file,
				line: body.trailingLine,
				message: 'text after the quiz block: the quiz ends the section'
			});
		const questions =
			quiz === 'none' ? [] : body.quizzes.flatMap((b) => quizFrom(file, b.yaml, b.line));
		return {
			meta: meta.value,
			lineAt: parsed.lineAt,
			prose: body.prose,
			bodyLine: split.bodyLine,
			questions
		};
	}

	// module.md
	let moduleMeta: z.infer<typeof moduleMetaSchema> | undefined;
	let overviewHtml = '';
	if (files['module.md'] === undefined) {
		issues.push({
			file: at('module.md'),
			line: 1,
			message: 'missing file: every module needs module.md'
		});
	} else {
		const parsed = markdownFile('module.md', moduleMetaSchema, 'none');
		moduleMeta = parsed?.meta;
		overviewHtml = parsed ? renderBlock(parsed.prose, links) : '';
	}

	// Cases and the comparison.
	const folders = new Map<string, string[]>();
	for (const name of Object.keys(files)) {
		const parts = name.split('/');
		if (parts.length === 1) {
			if (!dataFiles.includes(name))
				issues.push({
					file: at(name),
					line: 1,
					message: `unexpected file: a module holds ${dataFiles.join(', ')}, case folders and comparison/`
				});
			continue;
		}
		if ((dataLists as readonly string[]).includes(parts[0]!)) {
			if (parts.length > 2 || !/\.ya?ml$/.test(name))
				issues.push({
					file: at(name),
					line: 1,
					message: `unexpected file: ${parts[0]}/ holds .yaml lists`
				});
			continue;
		}
		if (parts.length > 2) {
			issues.push({
				file: at(name),
				line: 1,
				message: 'unexpected file: folders nest one level (module/case/section.md)'
			});
			continue;
		}
		const list = folders.get(parts[0]!) ?? [];
		list.push(parts[1]!);
		folders.set(parts[0]!, list);
	}

	const cases: Case[] = [];
	const dimensionFiles: string[] = [];
	for (const caseFolder of [...folders.keys()].sort()) {
		const names = folders.get(caseFolder)!.sort();
		if (caseFolder === 'comparison') {
			dimensionFiles.push(...names.map((n) => `comparison/${n}`));
			continue;
		}
		const caseSlug = slugOf(caseFolder);
		if (reservedSlugs.includes(caseSlug))
			issues.push({
				file: at(`${caseFolder}/index.md`),
				line: 1,
				message: `"${caseSlug}" is the name of a module page; rename the case folder`
			});
		if (!names.includes('index.md')) {
			issues.push({
				file: at(`${caseFolder}/index.md`),
				line: 1,
				message: 'missing file: every case folder needs index.md'
			});
			continue;
		}
		const index = markdownFile(`${caseFolder}/index.md`, caseMetaSchema, 'none');
		const sections: Section[] = [];
		for (const name of names) {
			if (name === 'index.md') continue;
			if (!name.endsWith('.md')) {
				issues.push({
					file: at(`${caseFolder}/${name}`),
					line: 1,
					message: 'unexpected file: sections are .md files'
				});
				continue;
			}
			const parsed = markdownFile(`${caseFolder}/${name}`, sectionMetaSchema, 'required');
			if (!parsed) continue;
			if (!hasCitation(parsed.prose)) {
				issues.push({
					file: at(`${caseFolder}/${name}`),
					line: parsed.bodyLine,
					message: 'section cites no source: cite at least one with [@id]'
				});
			}
			if (parsed.meta)
				sections.push({
					slug: slugOf(name),
					title: parsed.meta.title,
					html: renderBlock(parsed.prose, links),
					questions: parsed.questions
				});
		}
		if (sections.length === 0)
			issues.push({ file: at(`${caseFolder}/index.md`), line: 1, message: 'case has no sections' });
		if (index?.meta)
			cases.push({
				kind: index.meta.kind,
				slug: caseSlug,
				title: index.meta.title,
				shortTitle: index.meta.shortTitle ?? index.meta.title,
				dates: index.meta.dates,
				place: index.meta.place,
				summary: index.meta.summary,
				introHtml: renderBlock(index.prose, links),
				sections
			});
	}

	// Cases as the folders name them, so one broken index.md does not make every reference fail.
	const caseSections = new Map(
		[...folders]
			.filter(([folder]) => folder !== 'comparison')
			.map(([folder, names]) => [
				slugOf(folder),
				names.filter((n) => n !== 'index.md' && n.endsWith('.md')).map(slugOf)
			])
	);
	// Lessons are told in sections like cases but are not columns of the comparison.
	const isLesson = (folder: string) =>
		/^kind:\s*['"]?lesson['"]?\s*$/m.test(
			splitFrontmatter(files[`${folder}/index.md`] ?? '').frontmatter ?? ''
		);
	const caseSlugs = [...folders.keys()]
		.filter((folder) => folder !== 'comparison' && !isLesson(folder))
		.map(slugOf);
	const dimensions = dimensionFiles.flatMap((name): Dimension[] => {
		const file = at(name);
		const parsed = markdownFile(name, dimensionMetaSchema, 'optional');
		if (!parsed?.meta) return [];
		const { meta, lineAt } = parsed;
		for (const key of Object.keys(meta.cells)) {
			if (!caseSlugs.includes(key))
				issues.push({
					file,
					line: lineAt(['cells', key]),
					message: `cells.${key}: no case has this slug (cases: ${caseSlugs.join(', ')})`
				});
			else if (!hasCitation(meta.cells[key]!))
				issues.push({
					file,
					line: lineAt(['cells', key]),
					message: `cells.${key}: cite at least one source with [@id]`
				});
		}
		for (const caseSlug of caseSlugs) {
			if (!(caseSlug in meta.cells))
				issues.push({
					file,
					line: lineAt(['cells']),
					message: `cells: missing a cell for case "${caseSlug}"`
				});
		}
		const cells = Object.entries(meta.cells);
		const [html, ...cellHtml] = renderBlocks(
			[parsed.prose, ...cells.map(([, cell]) => cell)],
			links
		);
		return [
			{
				slug: slugOf(name.slice('comparison/'.length)),
				title: meta.title,
				question: meta.question,
				cells: Object.fromEntries(cells.map(([key], i) => [key, cellHtml[i]!])),
				html: html!,
				questions: parsed.questions
			}
		];
	});

	// The timeline is optional, but every event must point at a real case and section.
	const timeline = yamlEntries('timeline', timelineEventSchema, false) ?? [];
	for (const { value: event, file, index: i, lineAt } of timeline) {
		const owner = caseSections.get(event.case);
		if (!owner) {
			issues.push({
				file,
				line: lineAt(['case']),
				message: `[${i}].case: no case has the slug "${event.case}"`
			});
		} else if (event.section && !owner.includes(event.section)) {
			issues.push({
				file,
				line: lineAt(['section']),
				message: `[${i}].section: case "${event.case}" has no section "${event.section}"`
			});
		}
		event.sources.forEach((id, j) => {
			if (haveSources && !sourceById.has(id))
				issues.push({
					file,
					line: lineAt(['sources', j]),
					message: `[${i}].sources: unknown source "${id}"${suggest(id, sourceById.keys())}`
				});
		});
	}

	if (!moduleMeta) return { issues };
	return {
		issues,
		module: {
			slug,
			title: moduleMeta.title,
			shortTitle: moduleMeta.shortTitle ?? moduleMeta.title,
			guidingQuestion: moduleMeta.guidingQuestion,
			summary: moduleMeta.summary,
			objectives: moduleMeta.objectives,
			overviewHtml,
			cases,
			dimensions,
			sources,
			glossary: glossaryOf(glossaryEntries, links),
			timeline: timeline.map(({ value }) => value)
		}
	};
}

function glossaryOf(entries: GlossaryEntry[], links: LinkResolver): Module['glossary'] {
	const definitions = renderBlocks(
		entries.map((entry) => entry.definition),
		links
	);
	return entries.map((entry, i) => ({
		id: entry.id,
		term: entry.term,
		definitionHtml: definitions[i]!
	}));
}

/** ` (did you mean "x"?)` when a known id is one or two edits away. */
function suggest(id: string, known: Iterable<string>): string {
	let best: string | undefined;
	let bestDistance = 3;
	for (const candidate of known) {
		const d = distance(id, candidate);
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best ? ` (did you mean "${best}"?)` : '';
}

function distance(a: string, b: string): number {
	if (Math.abs(a.length - b.length) > 2) return 3;
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

/** "Eurasianet (republished by bne IntelliNews)" -> "Eurasianet": citations stay short in prose. */
function shortPublisher(publisher: string): string {
	return publisher.replace(/\s*\([^)]*\)/g, '').trim() || publisher;
}

function hasCitation(markdown: string): boolean {
	return /\[@[a-z0-9]/.test(markdown);
}

/** The 1-based line of an offset in `text`; the table of line starts is built on first use. */
function lineLookup(text: string): (offset: number) => number {
	let starts: number[] | undefined;
	return (offset) => {
		if (!starts) {
			starts = [0];
			for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
		}
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= offset) low = mid;
			else high = mid - 1;
		}
		return low + 1;
	};
}

/** Two lists of issues, each in line order, merged in line order with the first list's first. */
function byLine(first: ContentIssue[], second: ContentIssue[]): ContentIssue[] {
	const merged: ContentIssue[] = [];
	let j = 0;
	for (const issue of first) {
		while (j < second.length && second[j]!.line < issue.line) merged.push(second[j++]!);
		merged.push(issue);
	}
	return merged.concat(second.slice(j));
}
