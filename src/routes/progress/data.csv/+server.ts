import { getDb, listAttempts } from '$lib/server/db';
import { readLearner } from '$lib/server/learner';

const columns = [
	'module',
	'question',
	'kind',
	'context',
	'correct',
	'earned',
	'total',
	'answer',
	'at'
];

/** A CSV cell: quoted, quotes doubled, and no leading =, +, - or @ for spreadsheets to run. */
function cell(value: unknown): string {
	const text = String(value).replace(/^[=+\-@]/, "'$&");
	return `"${text.replace(/"/g, '""')}"`;
}

/** Every stored answer of the learner in this browser, one row each, for a spreadsheet. */
export async function GET({ cookies }) {
	const learnerId = readLearner(cookies);
	const rows = learnerId ? await listAttempts(await getDb(), learnerId) : [];
	const lines = [
		columns.join(','),
		...rows.map((row) =>
			[
				row.module,
				row.question_id,
				row.kind,
				row.context,
				row.correct === 1 ? 'yes' : 'no',
				row.earned,
				row.total,
				row.answer,
				row.created_at
			]
				.map(cell)
				.join(',')
		)
	];
	return new Response(lines.join('\r\n') + '\r\n', {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="parallels-my-data.csv"',
			'cache-control': 'no-store'
		}
	});
}
