import type { CachePolicy } from './cacheable';
import type { Sent } from './page-cache';

/*
 * Pages kept by the page cache are sent by the HTTP server itself (scripts/serve.js), before the
 * framework handles the request: the same bytes and headers the framework would send, at the cost
 * of a static file. Each such page is listed under the one path that names it (its route with its
 * parameters), and only once the framework has made and kept it. A reader without a cookie gets
 * the page kept for every reader; a reader whose only cookie is their learner's gets the page kept
 * for the present state of their answers, read from the database as the framework would. Any
 * other spelling of the address, a query, another cookie (a teacher's, a message to show), a
 * learner the server does not hold, a page not kept, a fault, or a method other than GET: the
 * request goes through the framework as before.
 */

/** How the HTTP server asks for a page: by the request's path, Accept-Encoding, If-None-Match and Cookie. */
export type FrontDoor = (
	path: string,
	acceptEncoding: string,
	ifNoneMatch: string | undefined,
	cookie?: string
) => Sent | undefined | Promise<Sent | undefined>;

/** What of a request the door's list reads: its route, parameters and address. */
interface Listed {
	route: { id: string | null };
	params: Partial<Record<string, string>>;
	url: URL;
}

/** Where scripts/serve.js finds the front door: the app and the server share one process. */
export const frontDoorKey = Symbol.for('parallels.front-door');

/**
 * The path a route's page is named by: its id with each `[parameter]` filled in and encoded;
 * undefined for ids with groups, optional or rest parameters, which name no single path.
 */
export function pathOf(
	routeId: string,
	params: Partial<Record<string, string>>
): string | undefined {
	if (/[()]|\[\[|\[\.\.\./.test(routeId)) return undefined;
	let complete = true;
	const path = routeId.replace(/\[(\w+)\]/g, (_, name: string) => {
		const value = params[name];
		if (value === undefined) complete = false;
		return encodeURIComponent(value ?? '');
	});
	return complete ? path : undefined;
}

/** The key a page is kept under: the page alone for every reader, or with a learner's state. */
export function keyOfPage(page: string, learnerId?: string, version = '0'): string {
	return learnerId === undefined || version === '0' ? page : `${page}\n${learnerId}\n${version}`;
}

/** What the door needs to know of learners: whose a Cookie header is, and their answers' state. */
export interface Learners {
	/** The learner id, when the header holds the learner's cookie and nothing else. */
	onlyIn(cookie: string): string | undefined;
	/** Their answers' version (`answersVersion`); undefined when the server does not hold them. */
	versionOf(learnerId: string): Promise<string | undefined>;
}

/**
 * Opens the door for kept pages: `lookup(key, ...)` is the page cache's. Returns `list`, to be
 * called with each page as it is served under a cache policy, with its page key (`pageOf`).
 */
export function openFrontDoor(
	lookup: (key: string, acceptEncoding: string, ifNoneMatch: string | null) => Sent | undefined,
	learners: Learners
) {
	const listed = new Map<string, { page: string; perLearner: boolean }>();
	const door: FrontDoor = (path, acceptEncoding, ifNoneMatch, cookie) => {
		const listing = listed.get(path);
		if (listing === undefined) return undefined;
		if (cookie === undefined) return lookup(listing.page, acceptEncoding, ifNoneMatch ?? null);
		const learnerId = learners.onlyIn(cookie);
		if (learnerId === undefined) return undefined;
		return learners.versionOf(learnerId).then(
			(version) => {
				if (version === undefined) return undefined;
				const key = keyOfPage(listing.page, learnerId, listing.perLearner ? version : '0');
				const page = lookup(key, acceptEncoding, ifNoneMatch ?? null);
				return page && ownPage(page);
			},
			() => undefined
		);
	};
	(globalThis as Record<symbol, unknown>)[frontDoorKey] = door;
	return {
		door,
		/** Lists a kept page, when the request named it by its own path and nothing else. */
		list(event: Listed, page: string, policy: CachePolicy): void {
			const path = event.route.id ? pathOf(event.route.id, event.params) : undefined;
			if (path !== undefined && event.url.pathname === path && event.url.search === '')
				listed.set(path, { page, perLearner: policy === 'per-learner' });
		}
	};
}

/** A page sent to a learner is theirs: as the framework says of it (page-delivery.ts), no cache keeps it. */
function ownPage(page: Sent): Sent {
	const has = (name: string) => page.headers.find(([n]) => n === name)?.[1];
	if (has('cache-control') !== undefined || !has('content-type')?.startsWith('text/html'))
		return page;
	return { ...page, headers: [...page.headers, ['cache-control', 'private, no-store']] };
}
