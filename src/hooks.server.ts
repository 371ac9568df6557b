import type { Handle, RequestEvent } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { answersVersion, getDb } from '$lib/server/db';
import { readLearner } from '$lib/server/learner';
import { fillMarkup } from '$lib/server/markup';
import { createPageCache } from '$lib/server/page-cache';

/**
 * Pages whose HTML depends on nothing but the content and the reader's answers (not on the
 * clock, the query string or anything else in the request). Review and progress depend on the
 * date, so they are always rendered.
 */
const cachedRoutes = new Set([
	'/',
	'/[module]',
	'/[module]/[case]',
	'/[module]/compare',
	'/[module]/timeline',
	'/[module]/sources',
	'/[module]/glossary'
]);

type Resolve = (event: RequestEvent) => Promise<Response>;

const pages = createPageCache(Number(env.PAGE_CACHE_MB || 64) * 1024 * 1024);

// Security headers are set on every response, static files included, in scripts/start.js.
export const handle: Handle = async ({ event, resolve: resolvePage }) => {
	const resolve: Resolve = async (event) =>
		resolvePage(event, { transformPageChunk: ({ html }) => fillMarkup(event, html) });
	const response = cachedRoutes.has(event.route.id ?? '')
		? await cached(event, resolve)
		: await resolve(event);
	// A refused enhanced action: SvelteKit sent 200 with the status inside; send it outside too.
	if (event.locals.failure && response.status === 200)
		return new Response(response.body, { status: event.locals.failure, headers: response.headers });
	return response;
};

/**
 * A page is rendered once per content build for readers who have not answered anything, and
 * once per state of their answers for those who have; repeat visits are served from memory.
 */
async function cached(event: RequestEvent, resolve: Resolve) {
	if (event.request.method !== 'GET' || event.isDataRequest || event.url.search !== '')
		return resolve(event);
	const learnerId = readLearner(event.cookies);
	const version = learnerId ? await answersVersion(await getDb(), learnerId) : '0';
	const key =
		version === '0' ? event.url.pathname : `${event.url.pathname}\n${learnerId}\n${version}`;
	const hit = pages.get(key, event.request.headers);
	if (hit) return hit;
	const response = await resolve(event);
	if (
		response.status !== 200 ||
		response.headers.has('set-cookie') ||
		!response.headers.get('content-type')?.startsWith('text/html')
	)
		return response;
	const html = await response.text();
	pages.set(key, response.headers, html, version === '0');
	return new Response(html, { status: 200, headers: response.headers });
}
