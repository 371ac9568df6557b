import type { Handle, RequestEvent } from '@sveltejs/kit';
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { answersVersion, getDb, learnerAtRequest } from '../db';
import { onlyLearnerIn } from '../identity/learner';
import type { CachePolicy } from './cacheable';
import { hasFlash } from './flash';
import { keyOfPage, openFrontDoor } from './front-door';
import { fillMarkup } from './markup';
import { createPageCache } from './page-cache';

const pages = createPageCache(Number(env.PAGE_CACHE_MB || 64) * 1024 * 1024);
/** Kept pages are sent by the HTTP server itself, to readers without a cookie or with a learner's. */
const frontDoor = openFrontDoor((...request) => pages.ready(...request), {
	onlyIn: onlyLearnerIn,
	versionOf: async (learnerId) => (await learnerAtRequest(await getDb(), learnerId))?.version
});

/** The policy each route declared (cachePage) when it was first rendered. */
const policies = new Map<string, CachePolicy>();

type Resolve = (event: RequestEvent) => Promise<Response>;

/**
 * How pages leave the server: rendered HTML gets its markup filled in (markup.ts), pages that
 * declare a cache policy are kept and served again, and a refused enhanced action sends its
 * status on the wire.
 */
export const delivery: Handle = async ({ event, resolve: resolvePage }) => {
	const resolve: Resolve = async (event) =>
		preloadsInHead(
			await resolvePage(event, { transformPageChunk: ({ html }) => fillMarkup(event, html) })
		);
	const response = cacheable(event) ? await cached(event, resolve) : await resolve(event);
	// A page made for one learner or teacher is theirs: no shared cache or back-button copy keeps it.
	if (
		(event.locals.learnerId || event.locals.teacher) &&
		!response.headers.has('cache-control') &&
		response.headers.get('content-type')?.startsWith('text/html')
	)
		response.headers.set('cache-control', 'private, no-store');
	// A refused enhanced action: SvelteKit sent 200 with the status inside; send it outside too.
	if (event.locals.failure && response.status === 200)
		return new Response(response.body, { status: event.locals.failure, headers: response.headers });
	return response;
};

function cacheable(event: RequestEvent): boolean {
	// Under `npm run dev` content changes while the server runs: every page is rendered afresh.
	return (
		!dev &&
		event.request.method === 'GET' &&
		!event.isDataRequest &&
		event.url.search === '' &&
		!hasFlash(event.cookies)
	);
}

/**
 * The page a request asks for, as its route and decoded parameters: every spelling of one address
 * (`/m/kazakhstan-2022`, `/m/%6bazakhstan-2022`, ...) is one page, kept once.
 */
export function pageOf(event: Pick<RequestEvent, 'route' | 'params'>): string {
	const params = Object.entries(event.params).sort(([a], [b]) => (a < b ? -1 : 1));
	return `${event.route.id}\n${JSON.stringify(params)}`;
}

/** The cache key of a page for this reader, or undefined when its route declared no policy. */
async function keyOf(event: RequestEvent, policy: CachePolicy | undefined) {
	if (!policy) return undefined;
	const learnerId = event.locals.learnerId;
	const version =
		policy === 'per-learner' && learnerId
			? (event.locals.learner?.version ?? (await answersVersion(await getDb(), learnerId)))
			: '0';
	const page = pageOf(event);
	return { page, policy, key: keyOfPage(page, learnerId, version), shared: version === '0' };
}

/**
 * A page is rendered once per content build for readers who have not answered anything, and
 * once per state of their answers for those who have; repeat visits are served from memory.
 */
async function cached(event: RequestEvent, resolve: Resolve) {
	const before = await keyOf(event, policies.get(event.route.id ?? ''));
	const hit = before && pages.get(before.key, event.request.headers);
	if (hit) {
		frontDoor.list(event, before.page, before.policy);
		return hit;
	}
	const response = await resolve(event);
	const policy = event.locals.cache;
	if (
		!policy ||
		response.status !== 200 ||
		response.headers.has('set-cookie') ||
		!response.headers.get('content-type')?.startsWith('text/html')
	)
		return response;
	if (event.route.id) policies.set(event.route.id, policy);
	const entry = before ?? (await keyOf(event, policy))!;
	const html = await response.text();
	pages.set(entry.key, response.headers, html, entry.shared);
	frontDoor.list(event, entry.page, entry.policy);
	return new Response(html, { status: 200, headers: response.headers });
}

/**
 * SvelteKit lists a rendered page's scripts to preload in a Link header: some 3 KB that HTTP/1.1
 * sends uncompressed with every page. The same list as tags in the document's head costs a few
 * hundred compressed bytes and is found as early (the stylesheets it also names are linked there
 * already). Each page is whole without its scripts, so they are marked as not needed to paint
 * (`fetchpriority="low"`): a browser fetches them as early as before, and an estimate of the first
 * paint does not wait for them (`bench/lighthouse.js`, `bench/script-arrival.js`).
 */
async function preloadsInHead(response: Response): Promise<Response> {
	const link = response.headers.get('link');
	if (!link || !response.headers.get('content-type')?.startsWith('text/html')) return response;
	const tags = [...link.matchAll(/<([^>]+)>;\s*rel="modulepreload"/g)]
		.map(([, href]) => `<link rel="modulepreload" href="${href}" fetchpriority="low">`)
		.join('');
	const html = (await response.text()).replace('</head>', `${tags}</head>`);
	const headers = new Headers(response.headers);
	headers.delete('link');
	headers.delete('content-length');
	return new Response(html, { status: response.status, headers });
}
