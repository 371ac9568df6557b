import type { Sent } from './page-cache';

/*
 * Pages that every reader without a cookie gets alike are sent by the HTTP server itself
 * (scripts/serve.js), before the framework handles the request: the same bytes and headers the
 * framework would send, at the cost of a static file. Each such page is listed under the one path
 * that names it (its route with its parameters), and only once the framework has made and kept
 * it; any other spelling of the address, a query, a cookie or a method other than GET goes
 * through the framework as before.
 */

/** How the HTTP server asks for a page: by the request's path, Accept-Encoding and If-None-Match. */
export type FrontDoor = (
	path: string,
	acceptEncoding: string,
	ifNoneMatch: string | undefined
) => Sent | undefined;

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

/**
 * Opens the door for kept shared pages: `lookup(key, ...)` is the page cache's. Returns `list`,
 * to be called with each shared page as it is served, under the key it is kept by.
 */
export function openFrontDoor(
	lookup: (key: string, acceptEncoding: string, ifNoneMatch: string | null) => Sent | undefined
) {
	const keys = new Map<string, string>();
	const door: FrontDoor = (path, acceptEncoding, ifNoneMatch) => {
		const key = keys.get(path);
		return key === undefined ? undefined : lookup(key, acceptEncoding, ifNoneMatch ?? null);
	};
	(globalThis as Record<symbol, unknown>)[frontDoorKey] = door;
	return {
		door,
		/** Lists a shared page, when the request named it by its own path and nothing else. */
		list(event: Listed, key: string): void {
			const path = event.route.id ? pathOf(event.route.id, event.params) : undefined;
			if (path !== undefined && event.url.pathname === path && event.url.search === '')
				keys.set(path, key);
		}
	};
}
