import { json } from '@sveltejs/kit';
import { requireModule } from '$lib/server/content';
import { submitAnswer } from '$lib/server/quiz';

/**
 * Where quizzes post when JavaScript is on: the answer in, the graded result out as JSON (a
 * 4xx with a message when the answer is refused). Without JavaScript, forms post to their
 * page's `answer` action and get the page back.
 */
export async function POST(event) {
	const module = requireModule(event.params.module);
	const submission = await submitAnswer(event, module, () => true);
	return json(submission.data, {
		status: submission.ok ? 200 : submission.status,
		headers: { 'cache-control': 'no-store' }
	});
}
