import { fail } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';

/**
 * `fail()` that also sends its status on the wire. SvelteKit answers an enhanced (JSON) action
 * request with 200 and puts the failure's status inside the body; clients, proxies and logs
 * should see the 4xx, so the hook (src/hooks.server.ts) is told which status to send.
 */
export function refuse<T extends Record<string, unknown>>(status: number, data: T) {
	getRequestEvent().locals.failure = status;
	return fail(status, data);
}
