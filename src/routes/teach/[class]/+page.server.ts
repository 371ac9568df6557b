import { redirect, type RequestEvent } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import {
	getDb,
	leaveClass,
	releaseAssignment,
	removeAssignment,
	replaceRecoveryCode,
	setArchived
} from '$lib/server/db';
import { refuse } from '$lib/server/delivery/refuse';
import { mintRecoveryCode } from '$lib/server/identity/recovery';
import {
	assign,
	assignable,
	classProgress,
	classQuestions,
	memberOf,
	requireClass
} from '$lib/server/teaching';

export async function load({ locals, params, setHeaders, url }) {
	setHeaders({ 'cache-control': 'private, no-store' });
	const klass = await requireClass(locals.teacher, params.class);
	return {
		klass,
		joinLink: `${url.origin}/join?code=${klass.joinCode}`,
		...(await classProgress(klass.id)),
		assignable: assignable(),
		questions: await classQuestions(klass.id)
	};
}

/** The member a teacher's form names, in a class of theirs. */
async function member(event: RequestEvent<{ class: string }>) {
	const klass = await requireClass(event.locals.teacher, event.params.class);
	const form = await event.request.formData().catch(() => undefined);
	return { klass, member: await memberOf(klass.id, form?.get('learner')) };
}

export const actions = {
	/** A learner lost their code: a new one, shown once to the teacher; the old one stops working. */
	newCode: async (event) => {
		const { member: found } = await member(event);
		if (!found) return refuse(400, { error: m.classPage.noSuchLearner });
		const code = mintRecoveryCode();
		await replaceRecoveryCode(await getDb(), found.learnerId, code);
		return { newCode: { name: found.displayName, code } };
	},

	remove: async (event) => {
		const { klass, member: found } = await member(event);
		if (!found) return refuse(400, { error: m.classPage.noSuchLearner });
		await leaveClass(await getDb(), klass.id, found.learnerId);
		return { removed: found.displayName };
	},

	assign: async ({ locals, params, request }) => {
		const klass = await requireClass(locals.teacher, params.class);
		const form = await request.formData().catch(() => undefined);
		const due = String(form?.get('due') ?? '');
		if (due && !/^\d{4}-\d{2}-\d{2}$/.test(due))
			return refuse(400, { assignError: m.classPage.badDate });
		const test = form?.get('test') === 'on';
		if (!(await assign(klass.id, String(form?.get('unit') ?? ''), due || undefined, test)))
			return refuse(400, { assignError: m.classPage.noSuchUnit });
		redirect(303, `/teach/${klass.id}#assignments-heading`);
	},

	/** A test's results out now, before its due date. */
	release: async ({ locals, params, request }) => {
		const klass = await requireClass(locals.teacher, params.class);
		const form = await request.formData().catch(() => undefined);
		if (!(await releaseAssignment(await getDb(), klass.id, String(form?.get('assignment') ?? ''))))
			return refuse(400, { error: m.classPage.noSuchTest });
		redirect(303, `/teach/${klass.id}#assignments-heading`);
	},

	unassign: async ({ locals, params, request }) => {
		const klass = await requireClass(locals.teacher, params.class);
		const form = await request.formData().catch(() => undefined);
		await removeAssignment(await getDb(), klass.id, String(form?.get('assignment') ?? ''));
		redirect(303, `/teach/${klass.id}#assignments-heading`);
	},

	archive: async ({ locals, params, request }) => {
		const klass = await requireClass(locals.teacher, params.class);
		const form = await request.formData().catch(() => undefined);
		await setArchived(await getDb(), klass.id, form?.get('archived') !== 'false');
		redirect(303, `/teach/${klass.id}`);
	}
};
