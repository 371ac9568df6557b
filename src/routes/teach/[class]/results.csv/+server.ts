import { toCsv } from '$lib/server/exports';
import { classResults, requireClass, resultColumns } from '$lib/server/teaching';

/** A class's results for a spreadsheet: one row per learner and question. */
export async function GET({ locals, params }) {
	const klass = await requireClass(locals.teacher, params.class);
	return new Response(toCsv(resultColumns, await classResults(klass.id)), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="parallels-class-${klass.id}.csv"`,
			'cache-control': 'private, no-store'
		}
	});
}
