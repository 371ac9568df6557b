import type { Handle } from '@sveltejs/kit';

/**
 * Sends the status a form action failed with on the wire too. SvelteKit answers an enhanced
 * (JSON) action request with 200 and puts the failure's status inside the body; clients,
 * proxies and logs should see the 4xx.
 */
const failureStatus = /^\{"type":"failure","status":(\d{3}),/;

export const handle: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'same-origin');
	if (
		event.request.method === 'POST' &&
		response.status === 200 &&
		response.headers.get('content-type')?.startsWith('application/json')
	) {
		const body = await response.text();
		const status = failureStatus.exec(body)?.[1];
		return new Response(body, {
			status: status ? Number(status) : 200,
			headers: response.headers
		});
	}
	return response;
};
