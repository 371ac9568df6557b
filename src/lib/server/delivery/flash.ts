import type { Cookies, RequestEvent } from '@sveltejs/kit';

/*
 * Without JavaScript, an answer posts to the answer endpoint, which sends the browser back to the
 * question's page (so that a reload never posts it again). When the answer was refused, why
 * travels with it in this short-lived cookie, read once by the page it lands on.
 */

const flashCookie = 'parallels_flash';

export interface Flash {
	questionId: string;
	error: string;
}

export function setFlash(event: RequestEvent, flash: Flash): void {
	event.cookies.set(flashCookie, JSON.stringify(flash), {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: event.url.protocol === 'https:',
		maxAge: 60
	});
}

/** Whether a page would show a message: such a page is never served from the page cache. */
export function hasFlash(cookies: Cookies): boolean {
	return cookies.get(flashCookie) !== undefined;
}

/** The message waiting for this page, if any; it is shown once. */
export function takeFlash(event: Pick<RequestEvent, 'cookies' | 'url'>): Flash | undefined {
	const raw = event.cookies.get(flashCookie);
	if (raw === undefined) return undefined;
	event.cookies.delete(flashCookie, { path: '/', secure: event.url.protocol === 'https:' });
	try {
		const value = JSON.parse(raw) as Partial<Flash>;
		return typeof value.questionId === 'string' && typeof value.error === 'string'
			? { questionId: value.questionId, error: value.error.slice(0, 200) }
			: undefined;
	} catch {
		return undefined;
	}
}
