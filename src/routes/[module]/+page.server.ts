import { requireModule, moduleStub } from '$lib/server/content';
import { readLearner } from '$lib/server/learner';
import { summary } from '$lib/server/progress';
import { learnerState } from '$lib/server/quiz';

export async function load({ params, cookies }) {
	const module = requireModule(params.module);
	const { progress } = await learnerState(readLearner(cookies), module);
	return {
		module: moduleStub(module),
		overviewHtml: module.overviewHtml,
		objectives: module.objectives,
		dimensions: module.dimensions.map((d) => ({ slug: d.slug, title: d.title })),
		progress: summary(progress)
	};
}
