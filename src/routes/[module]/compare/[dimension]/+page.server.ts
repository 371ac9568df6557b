import { requireDimension, requireModule } from '$lib/server/content';
import { cachePage } from '$lib/server/delivery/cacheable';
import { markupOnly } from '$lib/server/delivery/markup';
import { citedOn, moduleHead, quizzesOn } from '$lib/server/study-page';

/** One dimension of the comparison: the cases' cells, the synthesis that weighs them, its quiz. */
export async function load(event) {
	cachePage(event, 'per-learner');
	const module = requireModule(event.params.module);
	const dimension = requireDimension(module, event.params.dimension);
	const { quizzes, answered } = await quizzesOn(event, module, [dimension.questions]);
	const i = module.dimensions.indexOf(dimension);
	return {
		module: moduleHead(module),
		cases: module.cases
			.filter((c) => c.kind === 'case')
			.map((c) => ({ slug: c.slug, title: c.title, shortTitle: c.shortTitle })),
		dimension: {
			slug: dimension.slug,
			title: dimension.title,
			question: dimension.question,
			html: markupOnly(dimension.html),
			cells: Object.fromEntries(
				Object.entries(dimension.cells).map(([slug, html]) => [slug, markupOnly(html)])
			),
			questions: quizzes[0]!
		},
		dimensions: module.dimensions.map((d) => ({
			slug: d.slug,
			title: d.title,
			minutes: d.minutes
		})),
		number: i + 1,
		...citedOn(module, `compare/${dimension.slug}`),
		answered
	};
}
