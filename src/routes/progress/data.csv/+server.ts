import { answersCsv, ownExport } from '$lib/server/exports';

/** Every stored answer of the learner in this browser, one row each, for a spreadsheet. */
export async function GET({ locals }) {
	return new Response(answersCsv(await ownExport(locals.learnerId)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="parallels-my-data.csv"',
			'cache-control': 'no-store'
		}
	});
}
