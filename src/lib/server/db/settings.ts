import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** A setting of the whole app, made by `make` the first time it is asked for and kept. */
export async function setting(
	db: Kysely<Database>,
	key: string,
	make: () => string
): Promise<string> {
	const found = await db
		.selectFrom('settings')
		.select('value')
		.where('key', '=', key)
		.executeTakeFirst();
	if (found) return found.value;
	// Another server may have made it meanwhile: the first one kept wins, for every server.
	await db
		.insertInto('settings')
		.values({ key, value: make() })
		.onConflict((oc) => oc.column('key').doNothing())
		.execute();
	const kept = await db
		.selectFrom('settings')
		.select('value')
		.where('key', '=', key)
		.executeTakeFirstOrThrow();
	return kept.value;
}
