import { json } from '@sveltejs/kit';
import { exportLearner, getDb } from '$lib/server/db';

/** Everything stored about the learner in this browser, as a JSON download. */
export async function GET({ locals }) {
	const data = locals.learnerId
		? await exportLearner(await getDb(), locals.learnerId)
		: { learner: null, attempts: [], hints: [], classes: [] };
	return json(
		{ exportedAt: new Date().toISOString(), ...data },
		{
			headers: {
				'content-disposition': 'attachment; filename="parallels-my-data.json"',
				'cache-control': 'no-store'
			}
		}
	);
}
