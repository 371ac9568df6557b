import { redirect } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { deleteLearner, getDb, recoveryCode } from '$lib/server/db';
import { refuse } from '$lib/server/delivery/refuse';
import { forgetLearner } from '$lib/server/identity/learner';
import { mintRecoveryCode } from '$lib/server/identity/recovery';
import { recover } from '$lib/server/identity/recovery-flow';
import { progressPage } from '$lib/server/progress-page';
import { learnerAssignments } from '$lib/server/teaching';

export async function load({ locals, url }) {
	return {
		...(await progressPage(locals.learnerId)),
		hasLearner: locals.learnerId !== undefined,
		assigned: await learnerAssignments(locals.learnerId),
		today: new Date().toISOString().slice(0, 10),
		confirmReset: url.searchParams.get('confirm') === 'reset',
		confirmLeave: url.searchParams.get('confirm') === 'leave',
		notice: noticeOf(url.searchParams)
	};
}

/** Which notice the page shows after a reset or a recovery; the page puts it in words. */
function noticeOf(params: URLSearchParams): keyof typeof m.progress.notice | undefined {
	if (params.get('reset') === 'done') return 'reset';
	if (params.get('left') === 'done') return 'left';
	if (params.get('recovered') === 'kept') return 'kept';
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

	/** The code is shown only in answer to this request, never on the page for whoever comes next. */
	code: async ({ locals, request }) => {
		if (!locals.learnerId)
			return refuse(400, {
				codeError: m.device.noProgress
			});
		const form = await request.formData().catch(() => undefined);
		return {
			code: await recoveryCode(await getDb(), locals.learnerId, mintRecoveryCode),
			/** Asked for on the way out of a shared computer: the choice to leave stays open. */
			leaving: form?.get('then') === 'leave'
		};
	},

	/** Forgets the learner on this browser; their progress stays stored, reachable by their code. */
	leave: async (event) => {
		forgetLearner(event);
		redirect(303, '/progress?left=done');
	},

	/** Enter a code from another device; when this browser has answers too, ask before replacing. */
	recover: async (event) => {
		const outcome = await recover(event);
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
				redirect(
					303,
					`/progress?recovered=${outcome.merged ? 'merged' : outcome.kept ? 'kept' : 'done'}`
				);
		}
	}
};
