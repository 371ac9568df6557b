import { exportLearner, getDb } from '$lib/server/db';
import { answersCsv } from '$lib/server/exports';

/** Every stored answer of the learner in this browser, one row each, for a spreadsheet. */
export async function GET({ locals }) {
	const data = locals.learnerId
		? await exportLearner(await getDb(), locals.learnerId)
		: { learner: null, attempts: [], hints: [], classes: [] };
	return new Response(answersCsv(data), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="parallels-my-data.csv"',
			'cache-control': 'no-store'
		}
	});
}
