import { error } from '@sveltejs/kit';
import index from 'virtual:parallels/content';
import { lookupsOf, type Lookups } from '$lib/content/lookups';
import type { Case, Dimension, Module, Section } from '$lib/content/types';
import { urls } from '$lib/content/urls';
import { m } from '$lib/i18n';
import type { SourceLink } from '$lib/quiz/types';
import { pageExtras, type PageExtras } from './page-extras';

/*
 * The content, compiled when the app was built (scripts/content-plugin.ts), with what pages look
 * up in it worked out once, here, when the server starts. Nothing else on the server reads content.
 */

export const content = index;

interface Loaded {
	module: Module;
	lookups: Lookups;
	/** References and glossary definitions of every page that shows prose (see pagesExtras). */
	extras: Map<string, PageExtras>;
}

const loaded = new Map<string, Loaded>(
	index.modules.map((module) => [
		module.slug,
		{
			module,
			lookups: lookupsOf(module),
			extras: pagesExtras(module)
		}
	])
);

/**
 * What each page cites, by page: a case's worksheet (its slug), its overview (`case#intro`), each
 * section (`case/section`),
 * the comparison's grid (`compare`) and each dimension (`compare/dimension`).
 */
function pagesExtras(module: Module): Map<string, PageExtras> {
	const pages = new Map<string, PageExtras>();
	for (const c of module.cases) {
		pages.set(c.slug, pageExtras(module, [c.introRefs, ...c.sections.map((s) => s.refs)]));
		pages.set(`${c.slug}#intro`, pageExtras(module, [c.introRefs]));
		for (const s of c.sections) pages.set(`${c.slug}/${s.slug}`, pageExtras(module, [s.refs]));
	}
	pages.set(
		'compare',
		pageExtras(
			module,
			module.dimensions.map((d) => d.cellRefs)
		)
	);
	for (const d of module.dimensions) pages.set(`compare/${d.slug}`, pageExtras(module, [d.refs]));
	return pages;
}

function loadedOf(module: Module): Loaded {
	return loaded.get(module.slug)!;
}

/** The module named in a URL, or a 404 page. */
export function requireModule(slug: string): Module {
	const found = loaded.get(slug);
	if (!found) error(404, m.errors.noModule(slug));
	return found.module;
}

/** The case or lesson named in a URL, or a 404 page. */
export function requireCase(module: Module, slug: string): Case {
	const found = module.cases.find((c) => c.slug === slug);
	if (!found) error(404, m.errors.noPage(`${module.slug}/${slug}`));
	return found;
}

export function lookupsFor(module: Module): Lookups {
	return loadedOf(module).lookups;
}

/** The references and glossary definitions of a page (see pagesExtras). */
export function extrasFor(module: Module, page: string): PageExtras {
	return loadedOf(module).extras.get(page)!;
}

/** A source as a result names it. */
export function sourceLink(module: Module, id: string): SourceLink | undefined {
	const source = loadedOf(module).lookups.source(id);
	return source && { id, label: source.label, href: urls.source(module.slug, id) };
}

/** The section of a case named in a URL, or a 404 page. */
export function requireSection(module: Module, found: Case, slug: string): Section {
	const section = found.sections.find((s) => s.slug === slug);
	if (!section) error(404, m.errors.noPage(`${module.slug}/${found.slug}/${slug}`));
	return section;
}

/** The dimension of the comparison named in a URL, or a 404 page. */
export function requireDimension(module: Module, slug: string): Dimension {
	const dimension = module.dimensions.find((d) => d.slug === slug);
	if (!dimension) error(404, m.errors.noPage(`${module.slug}/compare/${slug}`));
	return dimension;
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

/** Navigation summary of a case or lesson. */
export function caseStub(c: Case) {
	return {
		kind: c.kind,
		slug: c.slug,
		title: c.title,
		shortTitle: c.shortTitle,
		dates: c.dates,
		place: c.place,
		summary: c.summary,
		minutes: c.minutes,
		sections: c.sections.map((s) => ({ slug: s.slug, title: s.title, minutes: s.minutes }))
	};
}
