import { redirect } from '@sveltejs/kit';
import { deleteLearner, getDb, recoveryCode } from '$lib/server/db';
import { refuse } from '$lib/server/delivery/refuse';
import { forgetLearner } from '$lib/server/identity/learner';
import { mintRecoveryCode } from '$lib/server/identity/recovery';
import { recover } from '$lib/server/identity/recovery-flow';
import { progressPage } from '$lib/server/progress-page';

export async function load({ locals, url }) {
	return {
		...(await progressPage(locals.learnerId)),
		confirmReset: url.searchParams.get('confirm') === 'reset',
		notice: noticeOf(url.searchParams)
	};
}

function noticeOf(params: URLSearchParams): string | undefined {
	if (params.get('reset') === 'done') return 'Your progress has been deleted from this server.';
	if (params.get('recovered') === 'merged')
		return 'Done: this browser’s answers were added to your recovered progress.';
	if (params.get('recovered') === 'done') return 'Done: this browser now continues your progress.';
	return undefined;
}

export const actions = {
	reset: async (event) => {
		if (event.locals.learnerId) await deleteLearner(await getDb(), event.locals.learnerId);
		forgetLearner(event);
		redirect(303, '/progress?reset=done');
	},

	code: async ({ locals }) => {
		if (!locals.learnerId)
			return refuse(400, {
				codeError: 'Answer a question first: there is no progress to carry yet.'
			});
		await recoveryCode(await getDb(), locals.learnerId, mintRecoveryCode);
		return { codeShown: true };
	},

	/** Enter a code from another device; when this browser has answers too, ask before replacing. */
	recover: async (event) => {
		const form = await event.request.formData().catch(() => undefined);
		const outcome = await recover(event, form, event.getClientAddress());
		switch (outcome.kind) {
			case 'blocked':
				return refuse(429, {
					recoverError: `Too many wrong codes. Try again in ${outcome.minutes} minutes.`,
					typed: ''
				});
			case 'unknown':
				return refuse(400, {
					recoverError: 'No progress has that code. Check it and try again.',
					typed: outcome.typed
				});
			case 'confirm':
				return { confirmRecover: { code: outcome.code, here: outcome.here } };
			case 'done':
				redirect(303, `/progress?recovered=${outcome.merged ? 'merged' : 'done'}`);
		}
	}
};
