import { json } from '@sveltejs/kit';
import { findLearner, getDb, listAttempts } from '$lib/server/db';
import { readLearner } from '$lib/server/learner';

/** Everything stored about the learner in this browser, as a JSON download. */
export async function GET({ cookies }) {
	const learnerId = readLearner(cookies);
	const db = learnerId ? await getDb() : undefined;
	const learner = db && learnerId ? await findLearner(db, learnerId) : undefined;
	const attempts = db && learnerId ? await listAttempts(db, learnerId) : [];
	return json(
		{
			exportedAt: new Date().toISOString(),
			learner: learner ? { createdAt: learner.created_at } : null,
			attempts: attempts.map((row) => ({
				module: row.module,
				question: row.question_id,
				kind: row.kind,
				answer: JSON.parse(row.answer),
				earned: row.earned,
				total: row.total,
				correct: row.correct === 1,
				at: row.created_at
			}))
		},
		{
			headers: {
				'content-disposition': 'attachment; filename="parallels-my-data.json"',
				'cache-control': 'no-store'
			}
		}
	);
}
