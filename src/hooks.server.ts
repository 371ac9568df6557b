import type { Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { delivery } from '$lib/server/delivery/page-delivery';
import { learnerOf } from '$lib/server/identity/learner';
import { teacherOf } from '$lib/server/identity/teacher';

/** Who the request speaks for, worked out once; routes read `locals`, never the cookie. */
const identity: Handle = async ({ event, resolve }) => {
	event.locals.learnerId = learnerOf(event.cookies);
	event.locals.teacher = await teacherOf(event);
	return resolve(event);
};

// Security headers are set on every response, static files included, in scripts/start.js.
export const handle = sequence(identity, delivery);
