import { isActionFailure, redirect } from '@sveltejs/kit';
import { isReviewLoad, reviewLoadNames } from '$lib/progress/review';
import { answerAction } from '$lib/server/answering';
import { requireModule } from '$lib/server/content';
import { getDb, setReviewLoad } from '$lib/server/db';
import { refuse } from '$lib/server/delivery/refuse';
import { ensureLearner } from '$lib/server/identity/learner';
import { reviewPage } from '$lib/server/review';
import { urls } from '$lib/content/urls';

export async function load({ params, locals, url }) {
	const page = await reviewPage(
		requireModule(params.module),
		locals.learnerId,
		url.searchParams.get('answered')
	);
	return { ...page, loads: reviewLoadNames };
}

export const actions = {
	answer: async (event) => {
		const module = requireModule(event.params.module);
		const result = await answerAction(event, module, () => true, 'review');
		if (isActionFailure(result) || !('questionId' in result)) return result;
		redirect(303, `${urls.review(module.slug)}?answered=${encodeURIComponent(result.questionId)}`);
	},

	settings: async (event) => {
		const value = (await event.request.formData().catch(() => undefined))?.get('load');
		if (!isReviewLoad(value)) return refuse(400, { error: 'Choose light, normal or intensive.' });
		await setReviewLoad(await getDb(), ensureLearner(event), value);
		redirect(303, urls.review(event.params.module));
	}
};
