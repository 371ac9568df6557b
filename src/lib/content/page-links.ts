import { suggest, type ContentIssue } from './issues.ts';
import type { ModuleFiles } from './layout.ts';
import { lineLookup } from './references.ts';
import type { Case, Dimension } from './types.ts';
import { urls } from './urls.ts';

/** A markdown link to an address on this site: `[text](/path#fragment)`. */
const siteLink = /\]\((\/[^)\s]*)\)/g;

/**
 * Every link from content to a page of its own module must land on a page that exists, and on a
 * source or term that exists; a link to a section or dimension as a fragment of its overview is
 * reported with the address of its own page.
 */
export function checkPageLinks(
	module: ModuleFiles,
	pages: {
		cases: Case[];
		dimensions: Dimension[];
		sources: { id: string }[];
		glossary: { id: string }[];
	},
	issues: ContentIssue[]
): void {
	const slug = module.slug;
	const known = new Set([
		urls.home(),
		urls.progress(),
		urls.module(slug),
		urls.compare(slug),
		urls.timeline(slug),
		urls.review(slug),
		urls.glossary(slug),
		urls.sources(slug),
		...pages.cases.flatMap((c) => [
			urls.case(slug, c.slug),
			urls.worksheet(slug, c.slug),
			...c.sections.map((s) => urls.section(slug, c.slug, s.slug))
		]),
		...pages.dimensions.map((d) => urls.dimension(slug, d.slug))
	]);
	const fragments = new Map<string, Set<string>>([
		[urls.sources(slug), new Set(pages.sources.map((s) => s.id))],
		[urls.glossary(slug), new Set(pages.glossary.map((t) => t.id))]
	]);

	for (const [name, text] of Object.entries(module.files)) {
		const lineOf = lineLookup(text);
		for (const match of text.matchAll(siteLink)) {
			const [path = '', fragment] = match[1]!.split('#', 2);
			if (path !== '/' && path !== urls.progress() && !path.startsWith(`/${slug}`)) continue;
			const at = { file: module.at(name), line: lineOf(match.index) };
			if (!known.has(path)) {
				issues.push({ ...at, message: `link to no page: "${path}"${suggest(path, known)}` });
				continue;
			}
			if (fragment === undefined) continue;
			const ownPage = ownPageOf(slug, pages, path, fragment);
			if (ownPage)
				issues.push({
					...at,
					message: `"${match[1]}" has a page of its own: link to "${ownPage}"`
				});
			const ids = fragments.get(path);
			if (ids && !ids.has(fragment))
				issues.push({
					...at,
					message: `link to "${fragment}", which is not on ${path}${suggest(fragment, ids)}`
				});
		}
	}
}

/** The page of a section (`/m/case#section`) or a dimension (`/m/compare#dimension`). */
function ownPageOf(
	slug: string,
	pages: { cases: Case[]; dimensions: Dimension[] },
	path: string,
	fragment: string
): string | undefined {
	if (path === urls.compare(slug))
		return pages.dimensions.some((d) => d.slug === fragment)
			? urls.dimension(slug, fragment)
			: undefined;
	const c = pages.cases.find(
		(c) => path === urls.case(slug, c.slug) || path === urls.worksheet(slug, c.slug)
	);
	return c?.sections.some((s) => s.slug === fragment) && path === urls.case(slug, c.slug)
		? urls.section(slug, c.slug, fragment)
		: undefined;
}
