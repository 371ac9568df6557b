import { moduleStub } from '$lib/server/content';
import { cachePage } from '$lib/server/delivery/cacheable';
import { allProgress, summary } from '$lib/server/progress';

export async function load(event) {
	cachePage(event, 'per-learner');
	const modules = await allProgress(event.locals.learnerId);
	const recent = modules
		.filter(({ progress }) => progress.lastActivity)
		.sort((a, b) => (a.progress.lastActivity! < b.progress.lastActivity! ? 1 : -1))[0];
	return {
		modules: modules.map(({ module, progress }) => ({
			...moduleStub(module),
			progress: summary(progress)
		})),
		resume: recent?.progress.resume && {
			module: moduleStub(recent.module),
			place: recent.progress.resume
		}
	};
}
