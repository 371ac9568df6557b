import { redirect } from '@sveltejs/kit';
import { isReviewLoad, reviewLoadNames } from '$lib/progress/review-loads';
import { requireModule } from '$lib/server/content';
import { getDb, setReviewLoad } from '$lib/server/db';
import { takeFlash } from '$lib/server/delivery/flash';
import { refuse } from '$lib/server/delivery/refuse';
import { ensureLearner } from '$lib/server/identity/learner';
import { reviewPage } from '$lib/server/review';
import { urls } from '$lib/content/urls';
import { m } from '$lib/i18n';

export async function load(event) {
	const module = requireModule(event.params.module);
	const answered = event.url.searchParams.get('answered');
	const page = await reviewPage(module, event.locals.learnerId, answered);
	return { ...page, loads: reviewLoadNames, flash: takeFlash(event) };
}

export const actions = {
	settings: async (event) => {
		// Only a module that exists: its address is where the learner goes next.
		const module = requireModule(event.params.module);
		const value = (await event.request.formData().catch(() => undefined))?.get('load');
		if (!isReviewLoad(value)) return refuse(400, { error: m.errors.chooseLoad });
		await setReviewLoad(await getDb(), ensureLearner(event), value);
		redirect(303, urls.review(module.slug));
	}
};
