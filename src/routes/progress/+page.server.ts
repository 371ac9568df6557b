import { redirect } from '@sveltejs/kit';
import { caseStub } from '$lib/server/content';
import { deleteLearner, getDb } from '$lib/server/db';
import { forgetLearner, readLearner } from '$lib/server/learner';
import { allProgress, summary } from '$lib/server/progress';

export async function load({ cookies, url }) {
	const learnerId = readLearner(cookies);
	const modules = await allProgress(learnerId);
	return {
		hasData: modules.some(({ progress }) => progress.answered > 0),
		confirmReset: url.searchParams.get('confirm') === 'reset',
		wasReset: url.searchParams.get('reset') === 'done',
		modules: modules.map(({ module, progress }) => ({
			slug: module.slug,
			title: module.title,
			shortTitle: module.shortTitle,
			cases: module.cases.map(caseStub),
			dimensions: module.dimensions.map((d) => ({ slug: d.slug, title: d.title })),
			progress: summary(progress)
		}))
	};
}

export const actions = {
	reset: async ({ cookies, url }) => {
		const learnerId = readLearner(cookies);
		if (learnerId) await deleteLearner(await getDb(), learnerId);
		forgetLearner(cookies, url);
		redirect(303, '/progress?reset=done');
	}
};
