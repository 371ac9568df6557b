import { requireModule } from '$lib/server/content';

export function load({ params, url }) {
	const module = requireModule(params.module);
	const cases = module.cases.filter((c) => c.kind === 'case');
	const chosen = url.searchParams
		.getAll('lane')
		.filter((slug) => cases.some((c) => c.slug === slug));
	const sectionTitle = (caseSlug: string, section?: string) =>
		cases.find((c) => c.slug === caseSlug)?.sections.find((s) => s.slug === section)?.title;
	return {
		module: { slug: module.slug, shortTitle: module.shortTitle },
		cases: cases.map((c) => ({ slug: c.slug, shortTitle: c.shortTitle })),
		lanes: chosen.length ? chosen : cases.map((c) => c.slug),
		calendar: url.searchParams.get('axis') === 'calendar',
		events: module.timeline.map(({ sources: _sources, ...event }) => ({
			...event,
			href: `/${module.slug}/${event.case}${event.section ? `#${event.section}` : ''}`,
			sectionTitle: sectionTitle(event.case, event.section)
		}))
	};
}
