import { error } from '@sveltejs/kit';
import { buildIndex } from '$lib/content/build-index';
import { ContentError } from '$lib/content/issues';
import type { Case, ContentIndex, Module, Question, Section } from '$lib/content/types';
import { toPublic } from '$lib/quiz/public';
import type { PublicQuestion } from '$lib/quiz/types';
import type { SourceLink } from './grading/reveal';

// The only place that reads content/: bundled at build time, compiled once per process.
const raw = import.meta.glob('/content/**/*.{md,yaml,yml}', {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;

function load(): ContentIndex {
	const files = Object.fromEntries(
		Object.entries(raw).map(([path, source]) => [path.replace(/^\/content\//, ''), source])
	);
	const { index, issues } = buildIndex(files);
	if (issues.length > 0) throw new ContentError(issues);
	return index;
}

export const content = load();

export function findModule(slug: string): Module | undefined {
	return content.modules.find((module) => module.slug === slug);
}

/** The module named in a URL, or a 404 page. */
export function requireModule(slug: string): Module {
	const module = findModule(slug);
	if (!module) error(404, `There is no module called "${slug}".`);
	return module;
}

export function findCase(module: Module, slug: string): Case | undefined {
	return module.cases.find((c) => c.slug === slug);
}

export interface QuestionPlace {
	question: Question;
	/** Case slug, or undefined for a comparison dimension. */
	case?: string;
	section: string;
}

const questionIndex = new WeakMap<Module, Map<string, QuestionPlace>>();

export function findQuestion(module: Module, id: string): QuestionPlace | undefined {
	let map = questionIndex.get(module);
	if (!map) {
		map = new Map();
		for (const c of module.cases)
			for (const s of c.sections)
				for (const question of s.questions)
					map.set(question.id, { question, case: c.slug, section: s.slug });
		for (const d of module.dimensions)
			for (const question of d.questions) map.set(question.id, { question, section: d.slug });
		questionIndex.set(module, map);
	}
	return map.get(id);
}

const linkers = new WeakMap<Module, (id: string) => SourceLink | undefined>();

/** Source id to its label and link in the module's bibliography; one per module. */
export function sourceLinker(module: Module) {
	let link = linkers.get(module);
	if (!link) {
		const byId = new Map(module.sources.map((source) => [source.id, source]));
		link = (id: string) => {
			const source = byId.get(id);
			return source && { id, label: source.label, href: `/${module.slug}/sources#${id}` };
		};
		linkers.set(module, link);
	}
	return link;
}

/** A section as the page sees it: prose and questions without keys. Computed once. */
export interface SectionPublic {
	slug: string;
	title: string;
	html: string;
	questions: PublicQuestion[];
}

const publicSections = new WeakMap<Section, SectionPublic>();

export function sectionPublic(section: Section): SectionPublic {
	let view = publicSections.get(section);
	if (!view) {
		view = {
			slug: section.slug,
			title: section.title,
			html: section.html,
			questions: section.questions.map(toPublic)
		};
		publicSections.set(section, view);
	}
	return view;
}

/** Navigation summary of a module: no prose, no questions. */
export function moduleStub(module: Module) {
	return {
		slug: module.slug,
		title: module.title,
		shortTitle: module.shortTitle,
		guidingQuestion: module.guidingQuestion,
		summary: module.summary,
		cases: module.cases.map(caseStub)
	};
}

export function caseStub(c: Case) {
	return {
		kind: c.kind,
		slug: c.slug,
		title: c.title,
		shortTitle: c.shortTitle,
		dates: c.dates,
		place: c.place,
		summary: c.summary,
		sections: c.sections.map((s) => ({ slug: s.slug, title: s.title }))
	};
}
