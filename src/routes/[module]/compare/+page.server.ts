import { answeredOn } from '$lib/server/answered';
import { shownTo } from '$lib/server/arrangement';
import { extrasFor, requireModule } from '$lib/server/content';
import { cachePage } from '$lib/server/delivery/cacheable';
import { takeFlash } from '$lib/server/delivery/flash';
import { markupOnly } from '$lib/server/delivery/markup';

export async function load(event) {
	cachePage(event, 'per-learner');
	const module = requireModule(event.params.module);
	const answered = await answeredOn(
		event.locals.learnerId,
		module,
		module.dimensions.flatMap((d) => d.questions)
	);
	const extras = extrasFor(module, 'compare');
	return {
		module: { slug: module.slug, title: module.title, shortTitle: module.shortTitle },
		cases: module.cases
			.filter((c) => c.kind === 'case')
			.map((c) => ({ slug: c.slug, title: c.title, shortTitle: c.shortTitle })),
		shown: event.url.searchParams.getAll('case'),
		dimensions: await Promise.all(
			module.dimensions.map(async (d) => ({
				slug: d.slug,
				title: d.title,
				question: d.question,
				html: markupOnly(d.html),
				cells: Object.fromEntries(
					Object.entries(d.cells).map(([slug, html]) => [slug, markupOnly(html)])
				),
				questions: await shownTo(event.locals.learnerId, d.questions)
			}))
		),
		termsHtml: markupOnly(extras.termsHtml),
		referencesHtml: markupOnly(extras.referencesHtml),
		...answered,
		flash: takeFlash(event)
	};
}
