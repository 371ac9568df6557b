import { sql, type Kysely } from 'kysely';
import { isPostgres } from './dialect.ts';
import type { Database } from './schema.ts';

/** A client a limit is kept for, and how many different failed tries it may make in the window. */
export interface Limit {
	client: string;
	max: number;
}

/**
 * Milliseconds until every one of `limits` allows another try (0 when they all do now). A client
 * is over its limit once it has failed with `max` different tries within the window; the same
 * wrong code tried again does not count twice.
 */
export async function waitBeforeTry(
	db: Kysely<Database>,
	limits: Limit[],
	windowMs: number,
	now = Date.now()
): Promise<number> {
	let wait = 0;
	for (const { client, max } of limits) {
		const times = await db
			.selectFrom('failed_tries')
			.select('at')
			.where('client', '=', client)
			.where('at', '>', now - windowMs)
			.orderBy('at', 'desc')
			.limit(max)
			.execute();
		if (times.length >= max) wait = Math.max(wait, times.at(-1)!.at + windowMs - now);
	}
	return wait;
}

/**
 * Records a failed try against each client (run it in the transaction that checked the limits);
 * rows older than the window go at the same time, so the table holds at most what the window
 * allows.
 */
export async function recordFailedTry(
	db: Kysely<Database>,
	clients: string[],
	tried: string,
	windowMs: number,
	now = Date.now()
): Promise<void> {
	await db
		.deleteFrom('failed_tries')
		.where('at', '<=', now - windowMs)
		.execute();
	for (const client of clients)
		await db
			.insertInto('failed_tries')
			.values({ client, tried, at: now })
			.onConflict((oc) => oc.columns(['client', 'tried']).doUpdateSet({ at: now }))
			.execute();
}

/**
 * Makes the rest of a transaction the only one checking or counting failures for `clients` until
 * it ends, so that tries sent at once to several servers cannot slip past a limit together. SQLite
 * runs one writing transaction at a time already; PostgreSQL takes a lock per client.
 */
export async function holdLimits(trx: Kysely<Database>, clients: string[]): Promise<void> {
	if (!isPostgres(trx)) return;
	for (const client of [...new Set(clients)].sort())
		await sql`select pg_advisory_xact_lock(hashtext(${client}))`.execute(trx);
}
