import { pageExtrasFor, requireModule, sectionPublic } from '$lib/server/content';
import { readLearner } from '$lib/server/learner';
import { answerAction, revealsFor } from '$lib/server/quiz';

export async function load({ params, cookies, url }) {
	const module = requireModule(params.module);
	const questions = module.dimensions.flatMap((d) => d.questions);
	const reveals = await revealsFor(readLearner(cookies), module, questions);
	return {
		module: { slug: module.slug, title: module.title, shortTitle: module.shortTitle },
		cases: module.cases
			.filter((c) => c.kind === 'case')
			.map((c) => ({ slug: c.slug, title: c.title, shortTitle: c.shortTitle })),
		shown: url.searchParams.getAll('case'),
		dimensions: module.dimensions.map((d) => ({
			...sectionPublic(d),
			question: d.question,
			cells: d.cells
		})),
		...pageExtrasFor(module, module.dimensions, () =>
			module.dimensions.flatMap((d) => [d.html, ...Object.values(d.cells)])
		),
		reveals
	};
}

export const actions = {
	answer: async (event) =>
		answerAction(event, requireModule(event.params.module), (place) => place.case === undefined)
};
