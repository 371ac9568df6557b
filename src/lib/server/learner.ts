import { randomBytes } from 'node:crypto';
import type { Cookies } from '@sveltejs/kit';

export const learnerCookie = 'parallels_learner';

/** 144 random bits, base64url: unguessable, and nothing about the learner. */
const validId = /^[A-Za-z0-9_-]{24}$/;

export function readLearner(cookies: Cookies): string | undefined {
	const id = cookies.get(learnerCookie);
	return id && validId.test(id) ? id : undefined;
}

/** The learner's id, minting one (and its cookie) on first submission. */
export function ensureLearner(cookies: Cookies, url: URL): string {
	const existing = readLearner(cookies);
	if (existing) return existing;
	const id = randomBytes(18).toString('base64url');
	setLearner(cookies, url, id);
	return id;
}

/** Points this browser at a learner's progress (a new one, or one recovered by code). */
export function setLearner(cookies: Cookies, url: URL, id: string): void {
	cookies.set(learnerCookie, id, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		maxAge: 60 * 60 * 24 * 400
	});
}

export function forgetLearner(cookies: Cookies, url: URL): void {
	cookies.delete(learnerCookie, { path: '/', secure: url.protocol === 'https:' });
}
