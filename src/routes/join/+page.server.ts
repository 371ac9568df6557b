import { redirect } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { classByCode, classesOfLearner, getDb, joinClass, leaveClass } from '$lib/server/db';
import { refuse } from '$lib/server/delivery/refuse';
import { ensureLearner, storedLearner } from '$lib/server/identity/learner';
import { countFailure, minutesToWait } from '$lib/server/identity/limits';
import { networkOf } from '$lib/server/identity/recovery-flow';
import { normalizeJoinCode } from '$lib/server/identity/recovery';

export async function load({ locals, setHeaders, url }) {
	setHeaders({ 'cache-control': 'private, no-store' });
	const classes = locals.learnerId ? await classesOfLearner(await getDb(), locals.learnerId) : [];
	const joined = classes.find((c) => c.id === url.searchParams.get('joined'));
	return {
		code: url.searchParams.get('code')?.slice(0, 20) ?? '',
		classes: classes.map(({ id, name, displayName }) => ({ id, name, displayName })),
		joined: joined?.name
	};
}

export const actions = {
	join: async (event) => {
		const limits = [
			{ client: `join:browser:${await storedLearner(event)}`, max: 10 },
			{ client: `join:network:${networkOf(event.getClientAddress())}`, max: 100 }
		];
		const wait = await minutesToWait(limits);
		if (wait) return refuse(429, { error: m.device.tooManyCodes(wait), code: '', name: '' });
		const form = await event.request.formData().catch(() => undefined);
		const typed = String(form?.get('code') ?? '').slice(0, 20);
		const name = String(form?.get('name') ?? '').trim();
		const code = normalizeJoinCode(typed);
		const db = await getDb();
		const klass = code ? await classByCode(db, code) : undefined;
		if (!klass) {
			if (typed.trim()) await countFailure(limits, code ?? typed.trim().toUpperCase());
			return refuse(400, { error: m.join.unknownCode, code: typed, name });
		}
		if (!name || name.length > 40)
			return refuse(400, { error: m.join.nameNeeded, code: typed, name: name.slice(0, 40) });
		await joinClass(db, klass.id, ensureLearner(event), name);
		redirect(303, `/join?joined=${klass.id}`);
	},

	leave: async ({ locals, request }) => {
		const form = await request.formData().catch(() => undefined);
		const id = String(form?.get('class') ?? '');
		const db = await getDb();
		const klass = locals.learnerId
			? (await classesOfLearner(db, locals.learnerId)).find((c) => c.id === id)
			: undefined;
		if (!klass || !locals.learnerId)
			return refuse(400, { error: m.join.notInClass, code: '', name: '' });
		await leaveClass(db, klass.id, locals.learnerId);
		return { left: klass.name };
	}
};
