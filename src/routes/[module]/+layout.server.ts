import { requireModule } from '$lib/server/content';
import { readLearner } from '$lib/server/learner';
import { summary } from '$lib/server/progress';
import { moduleProgress } from '$lib/server/quiz';

/**
 * The learner's progress in the module, for every page in it. Its own load, so that after an
 * answer only this reruns (`invalidate('parallels:progress')`), not the page and its prose.
 */
export async function load({ params, cookies, depends }) {
	depends('parallels:progress');
	const module = requireModule(params.module);
	return { moduleProgress: summary(await moduleProgress(readLearner(cookies), module)) };
}
