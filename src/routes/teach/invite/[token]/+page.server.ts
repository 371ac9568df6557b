import { redirect } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { getDb, inviteEmail, useInvite } from '$lib/server/db';
import { refuse } from '$lib/server/delivery/refuse';
import { acceptInvite, minPasswordLength } from '$lib/server/identity/teacher';

export async function load({ params, setHeaders }) {
	setHeaders({ 'cache-control': 'private, no-store' });
	return { email: await inviteEmail(await getDb(), params.token), minPasswordLength };
}

export const actions = {
	default: async (event) => {
		const db = await getDb();
		const email = await inviteEmail(db, event.params.token);
		if (!email) return refuse(400, { error: m.invite.expired, name: '' });
		const form = await event.request.formData().catch(() => undefined);
		const name = String(form?.get('name') ?? '').trim();
		const password = String(form?.get('password') ?? '');
		if (!name || name.length > 80) return refuse(400, { error: m.invite.nameNeeded, name });
		if (password.length < minPasswordLength || password.length > 200)
			return refuse(400, { error: m.invite.passwordShort(minPasswordLength), name });
		// Used first, so that the same link sent twice at once makes one account.
		if (!(await useInvite(db, event.params.token)))
			return refuse(400, { error: m.invite.expired, name });
		await acceptInvite(event, { email, name, password });
		redirect(303, '/teach');
	}
};
