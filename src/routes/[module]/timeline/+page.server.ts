import { requireModule } from '$lib/server/content';
import { cachePage } from '$lib/server/delivery/cacheable';
import { urls } from '$lib/content/urls';

export function load(event) {
	cachePage(event, 'per-learner');
	const module = requireModule(event.params.module);
	const cases = module.cases.filter((c) => c.kind === 'case');
	const chosen = event.url.searchParams
		.getAll('lane')
		.filter((slug) => cases.some((c) => c.slug === slug));
	return {
		module: { slug: module.slug, shortTitle: module.shortTitle },
		cases: cases.map((c) => ({ slug: c.slug, shortTitle: c.shortTitle })),
		lanes: chosen.length ? chosen : cases.map((c) => c.slug),
		calendar: event.url.searchParams.get('axis') === 'calendar',
		events: module.timeline.map(({ sources: _sources, ...event }) => ({
			...event,
			href: event.section
				? urls.place(module.slug, { kind: 'section', case: event.case, section: event.section })
				: urls.case(module.slug, event.case)
		}))
	};
}
