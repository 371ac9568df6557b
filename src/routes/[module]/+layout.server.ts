import { requireModule } from '$lib/server/content';
import { moduleProgress, summary } from '$lib/server/progress';

/**
 * The learner's progress in the module, for every page in it. Its own load, so that after an
 * answer only this reruns (`invalidate('parallels:progress')`), not the page and its prose.
 */
export async function load({ params, locals, depends }) {
	depends('parallels:progress');
	const module = requireModule(params.module);
	return { moduleProgress: summary(await moduleProgress(locals.learnerId, module)) };
}
