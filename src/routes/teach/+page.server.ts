import { redirect } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { refuse } from '$lib/server/delivery/refuse';
import { countFailure, minutesToWait } from '$lib/server/identity/limits';
import { networkOf } from '$lib/server/identity/recovery-flow';
import { signIn, signOut } from '$lib/server/identity/teacher';
import { answerKeys, classList, newClass, requireTeacher } from '$lib/server/teaching';

export async function load({ locals, setHeaders }) {
	setHeaders({ 'cache-control': 'private, no-store' });
	const { teacher } = locals;
	return {
		teacher,
		classes: teacher ? await classList(teacher) : [],
		keys: teacher ? answerKeys() : []
	};
}

/** Wrong passwords: ten per account and fifty per network in a quarter of an hour. */
const signInLimits = (network: string, email?: string) => [
	{ client: `sign-in:network:${network}`, max: 50 },
	...(email ? [{ client: `sign-in:email:${email}`, max: 10 }] : [])
];

export const actions = {
	signIn: async (event) => {
		const network = networkOf(event.getClientAddress());
		const early = await minutesToWait(signInLimits(network));
		if (early) return refuse(429, { signInError: m.teach.tooManySignIns(early), email: '' });
		const form = await event.request.formData().catch(() => undefined);
		const email = String(form?.get('email') ?? '')
			.trim()
			.toLowerCase()
			.slice(0, 200);
		const password = String(form?.get('password') ?? '').slice(0, 200);
		const limits = signInLimits(network, email);
		const wait = await minutesToWait(limits);
		if (wait) return refuse(429, { signInError: m.teach.tooManySignIns(wait), email });
		if (!email || !password || !(await signIn(event, email, password))) {
			await countFailure(limits);
			return refuse(400, { signInError: m.teach.wrongSignIn, email });
		}
		redirect(303, '/teach');
	},

	signOut: async (event) => {
		await signOut(event);
		redirect(303, '/teach');
	},

	create: async ({ locals, request }) => {
		const teacher = requireTeacher(locals.teacher);
		const form = await request.formData().catch(() => undefined);
		const name = String(form?.get('name') ?? '').trim();
		if (!name || name.length > 80) return refuse(400, { createError: m.teach.nameNeeded, name });
		redirect(303, `/teach/${await newClass(teacher, name)}`);
	}
};
