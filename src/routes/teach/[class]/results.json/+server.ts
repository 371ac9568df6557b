import { json } from '@sveltejs/kit';
import { classResults, requireClass, resultColumns } from '$lib/server/teaching';

/** A class's results as data: the same rows as the CSV, with the class they belong to. */
export async function GET({ locals, params }) {
	const klass = await requireClass(locals.teacher, params.class);
	return json(
		{
			class: { name: klass.name, joinCode: klass.joinCode },
			exportedAt: new Date().toISOString(),
			columns: resultColumns,
			rows: await classResults(klass.id)
		},
		{
			headers: {
				'content-disposition': `attachment; filename="parallels-class-${klass.id}.json"`,
				'cache-control': 'private, no-store'
			}
		}
	);
}
