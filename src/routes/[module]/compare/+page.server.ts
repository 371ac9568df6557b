import { requireModule } from '$lib/server/content';
import { cachePage } from '$lib/server/delivery/cacheable';
import { markupOnly } from '$lib/server/delivery/markup';
import { citedOn, moduleHead } from '$lib/server/study-page';

/** The comparison's grid: every dimension's cells, case by case; each row opens its own page. */
export async function load(event) {
	cachePage(event, 'per-learner');
	const module = requireModule(event.params.module);
	return {
		module: moduleHead(module),
		cases: module.cases
			.filter((c) => c.kind === 'case')
			.map((c) => ({ slug: c.slug, title: c.title, shortTitle: c.shortTitle })),
		shown: event.url.searchParams.getAll('case'),
		dimensions: module.dimensions.map((d) => ({
			slug: d.slug,
			title: d.title,
			question: d.question,
			minutes: d.minutes,
			cells: Object.fromEntries(
				Object.entries(d.cells).map(([slug, html]) => [slug, markupOnly(html)])
			)
		})),
		...citedOn(module, 'compare')
	};
}
