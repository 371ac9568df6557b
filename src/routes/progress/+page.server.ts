import { redirect } from '@sveltejs/kit';
import { m } from '$lib/i18n';
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

/** Which notice the page shows after a reset or a recovery; the page puts it in words. */
function noticeOf(params: URLSearchParams): keyof typeof m.progress.notice | undefined {
	if (params.get('reset') === 'done') return 'reset';
	if (params.get('recovered') === 'merged') return 'merged';
	if (params.get('recovered') === 'done') return 'recovered';
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
				codeError: m.device.noProgress
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
					recoverError: m.device.tooManyCodes(outcome.minutes),
					typed: ''
				});
			case 'unknown':
				return refuse(400, {
					recoverError: m.device.unknownCode,
					typed: outcome.typed
				});
			case 'confirm':
				return { confirmRecover: { code: outcome.code, here: outcome.here } };
			case 'done':
				redirect(303, `/progress?recovered=${outcome.merged ? 'merged' : 'done'}`);
		}
	}
};
