import { requireModule, sectionPublic } from '$lib/server/content';
import { pageExtrasFor } from '$lib/server/page-extras';
import { readLearner } from '$lib/server/learner';
import { markupOnly } from '$lib/server/markup';
import { answerAction, revealsFor } from '$lib/server/quiz';

export async function load({ params, cookies, url }) {
	const module = requireModule(params.module);
	const questions = module.dimensions.flatMap((d) => d.questions);
	const reveals = await revealsFor(readLearner(cookies), module, questions);
	const extras = pageExtrasFor(module, module.dimensions, () =>
		module.dimensions.flatMap((d) => [d.html, ...Object.values(d.cells)])
	);
	return {
		module: { slug: module.slug, title: module.title, shortTitle: module.shortTitle },
		cases: module.cases
			.filter((c) => c.kind === 'case')
			.map((c) => ({ slug: c.slug, title: c.title, shortTitle: c.shortTitle })),
		shown: url.searchParams.getAll('case'),
		dimensions: module.dimensions.map((d) => ({
			...sectionPublic(d),
			html: markupOnly(d.html),
			question: d.question,
			cells: Object.fromEntries(
				Object.entries(d.cells).map(([slug, html]) => [slug, markupOnly(html)])
			)
		})),
		termsHtml: markupOnly(extras.termsHtml),
		referencesHtml: markupOnly(extras.referencesHtml),
		reveals
	};
}

export const actions = {
	answer: async (event) =>
		answerAction(event, requireModule(event.params.module), (place) => place.case === undefined)
};
