import { json } from '@sveltejs/kit';
import { ownExport } from '$lib/server/exports';

/** Everything stored about the learner in this browser, as a JSON download. */
export async function GET({ locals }) {
	return json(
		{ exportedAt: new Date().toISOString(), ...(await ownExport(locals.learnerId)) },
		{
			headers: {
				'content-disposition': 'attachment; filename="parallels-my-data.json"',
				'cache-control': 'no-store'
			}
		}
	);
}
