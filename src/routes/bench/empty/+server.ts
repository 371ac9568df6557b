import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';

/** The baseline of bench/answering.js: a POST that does nothing. Off unless PARALLELS_BENCH=1. */
export async function POST({ request }) {
	if (env.PARALLELS_BENCH !== '1') error(404, 'Not found');
	await request.formData();
	return new Response(null, { status: 204 });
}
