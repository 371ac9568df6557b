import { randomBytes } from 'node:crypto';
import type { Cookies, RequestEvent } from '@sveltejs/kit';

/*
 * Who a request speaks for, worked out once per request by the hook (src/hooks.server.ts) into
 * `event.locals.learnerId`. Only this module reads or writes the learner's cookie; a teacher's
 * sign-in belongs beside it.
 */

export const learnerCookie = 'parallels_learner';

/** 144 random bits, base64url: unguessable, and nothing about the learner. */
const validId = /^[A-Za-z0-9_-]{24}$/;

/** The learner named by the request's cookie, if it holds a well-formed id. */
export function learnerOf(cookies: Cookies): string | undefined {
	const id = cookies.get(learnerCookie);
	return id && validId.test(id) ? id : undefined;
}

/** The request's learner, minting one (and its cookie) on their first answer or setting. */
export function ensureLearner(event: RequestEvent): string {
	if (event.locals.learnerId) return event.locals.learnerId;
	const id = randomBytes(18).toString('base64url');
	switchLearner(event, id);
	return id;
}

/** Points this browser at a learner's progress (a new one, or one recovered by code). */
export function switchLearner(event: RequestEvent, id: string): void {
	event.cookies.set(learnerCookie, id, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		maxAge: 60 * 60 * 24 * 400
	});
	event.locals.learnerId = id;
}

/** This browser no longer speaks for any learner. */
export function forgetLearner(event: RequestEvent): void {
	event.cookies.delete(learnerCookie, { path: '/', secure: event.url.protocol === 'https:' });
	event.locals.learnerId = undefined;
}
