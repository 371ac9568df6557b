import { error, json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';

/**
 * The second baseline of bench/answering.js: a POST that reads the form and answers with a short
 * JSON body, and does nothing else. Off unless PARALLELS_BENCH=1.
 */
export async function POST({ request }) {
	if (env.PARALLELS_BENCH !== '1') error(404, 'Not found');
	const form = await request.formData();
	return json({ questionId: form.get('question') }, { headers: { 'cache-control': 'no-store' } });
}
