import { json } from '@sveltejs/kit';
import { databaseHealth } from '$lib/server/db';

/**
 * For a load balancer or a monitor: 200 when the server can read and write its database, 503 with
 * the reason when it cannot.
 */
export async function GET() {
	const health = await databaseHealth();
	return json(health, {
		status: health.ok ? 200 : 503,
		headers: { 'cache-control': 'no-store' }
	});
}
