import { redirect } from '@sveltejs/kit';
import {
	countAttempts,
	deleteLearner,
	findLearnerByCode,
	getDb,
	mergeLearner,
	recoveryCode
} from '$lib/server/db';
import { forgetLearner, readLearner, setLearner } from '$lib/server/learner';
import { dashboards } from '$lib/server/progress';
import { mintRecoveryCode, normalizeRecoveryCode, recoveryLimiter } from '$lib/server/recovery';
import { refuse } from '$lib/server/refuse';

export async function load({ cookies, url }) {
	const learnerId = readLearner(cookies);
	const { modules, recoveryCode } = await dashboards(learnerId);
	return {
		hasData: modules.some(({ dashboard }) => dashboard.progress.answered > 0),
		confirmReset: url.searchParams.get('confirm') === 'reset',
		notice: noticeOf(url.searchParams),
		recoveryCode,
		modules: modules.map(({ module, dashboard }) => {
			const { questions: _questions, ...progress } = dashboard.progress;
			return {
				slug: module.slug,
				title: module.title,
				shortTitle: module.shortTitle,
				progress,
				cases: dashboard.cases,
				dimensions: dashboard.dimensions,
				skills: dashboard.skills,
				due: dashboard.due.length,
				next: dashboard.next
			};
		})
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
	reset: async ({ cookies, url }) => {
		const learnerId = readLearner(cookies);
		if (learnerId) await deleteLearner(await getDb(), learnerId);
		forgetLearner(cookies, url);
		redirect(303, '/progress?reset=done');
	},

	code: async ({ cookies }) => {
		const learnerId = readLearner(cookies);
		if (!learnerId)
			return refuse(400, {
				codeError: 'Answer a question first: there is no progress to carry yet.'
			});
		await recoveryCode(await getDb(), learnerId, mintRecoveryCode);
		return { codeShown: true };
	},

	/** Enter a code from another device; when this browser has answers too, ask before replacing. */
	recover: async ({ request, cookies, url, getClientAddress }) => {
		const client = getClientAddress();
		const wait = recoveryLimiter.blockedFor(client);
		if (wait > 0)
			return refuse(429, {
				recoverError: `Too many wrong codes. Try again in ${Math.ceil(wait / 60_000)} minutes.`,
				typed: ''
			});
		const form = await request.formData().catch(() => undefined);
		const typed = form?.get('code');
		const code = typeof typed === 'string' ? normalizeRecoveryCode(typed) : undefined;
		const db = await getDb();
		const target = code ? await findLearnerByCode(db, code) : undefined;
		if (!target) {
			recoveryLimiter.fail(client);
			return refuse(400, {
				recoverError: 'No progress has that code. Check it and try again.',
				typed: String(typed ?? '').slice(0, 40)
			});
		}
		const current = readLearner(cookies);
		if (current === target.id) redirect(303, '/progress?recovered=done');
		const here = current ? await countAttempts(db, current) : 0;
		const choice = form?.get('choice');
		if (here > 0 && choice !== 'merge' && choice !== 'replace') {
			return { confirmRecover: { code: code!, here } };
		}
		if (here > 0 && current && choice === 'merge') await mergeLearner(db, current, target.id);
		if (here > 0 && current && choice === 'replace') await deleteLearner(db, current);
		setLearner(cookies, url, target.id);
		redirect(303, `/progress?recovered=${choice === 'merge' ? 'merged' : 'done'}`);
	}
};
