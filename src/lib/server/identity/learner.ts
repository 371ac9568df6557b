import { randomBytes } from 'node:crypto';
import type { Cookies, RequestEvent } from '@sveltejs/kit';
import { addLearner, getDb, learnerAtRequest, type LearnerAtRequest } from '../db';

/*
 * Who a request speaks for, worked out once per request by the hook (src/hooks.server.ts) into
 * `event.locals.learnerId`. Only this module reads or writes the learner's cookie; a teacher's
 * sign-in belongs beside it.
 */

export const learnerCookie = 'parallels_learner';

/** 144 random bits, base64url: unguessable, and nothing about the learner. */
const validId = /^[A-Za-z0-9_-]{24}$/;

const onlyLearner = new RegExp(`^\\s*${learnerCookie}=([A-Za-z0-9_-]{24})\\s*;?\\s*$`);

/** The learner id of a Cookie header that holds the learner's cookie and no other. */
export function onlyLearnerIn(cookie: string): string | undefined {
	return onlyLearner.exec(cookie)?.[1];
}

/**
 * The learner named by the request's cookie, if it holds an id this server issued and still
 * holds: an id a client made up is nobody, and their first answer gets an id of the server's.
 * With it, what the request needs to know of them (`learnerAtRequest`), read in one go.
 */
export async function learnerOf(
	cookies: Cookies
): Promise<{ id: string; known?: LearnerAtRequest } | undefined> {
	const id = cookies.get(learnerCookie);
	if (!id || !validId.test(id)) return undefined;
	try {
		const known = await learnerAtRequest(await getDb(), id);
		return known && { id, known };
	} catch {
		// The database cannot say: keep the id, so that a learner never loses theirs to a fault.
		return { id };
	}
}

/** The request's learner, minting one (and its cookie) on their first answer or setting. */
export function ensureLearner(event: RequestEvent): string {
	if (event.locals.learnerId) return event.locals.learnerId;
	const id = randomBytes(18).toString('base64url');
	switchLearner(event, id);
	return id;
}

/**
 * The request's learner, stored at once when new: for what counts per browser before anything
 * else is stored (wrong codes), so that the browser keeps its id on its next try.
 */
export async function storedLearner(event: RequestEvent): Promise<string> {
	const known = event.locals.learnerId;
	const id = ensureLearner(event);
	if (!known) await addLearner(await getDb(), id);
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
	event.locals.learner = undefined;
}

/** This browser no longer speaks for any learner. */
export function forgetLearner(event: RequestEvent): void {
	event.cookies.delete(learnerCookie, { path: '/', secure: event.url.protocol === 'https:' });
	event.locals.learnerId = undefined;
	event.locals.learner = undefined;
}
