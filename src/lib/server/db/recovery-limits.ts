import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

/** A client a limit is kept for, and how many different wrong codes it may try in the window. */
export interface Limit {
	client: string;
	max: number;
}

/**
 * Milliseconds until every one of `limits` allows another try (0 when they all do now). A client
 * is over its limit once it has tried `max` different wrong codes within the window; trying the
 * same wrong code again does not count twice.
 */
export async function recoveryWait(
	db: Kysely<Database>,
	limits: Limit[],
	windowMs: number,
	now = Date.now()
): Promise<number> {
	let wait = 0;
	for (const { client, max } of limits) {
		const times = await db
			.selectFrom('recovery_failures')
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
 * Records a wrong code against each client (run it in the transaction that checked the limits);
 * rows older than the window go at the same time, so the table holds at most what the window
 * allows.
 */
export async function recordRecoveryFailure(
	db: Kysely<Database>,
	clients: string[],
	code: string,
	windowMs: number,
	now = Date.now()
): Promise<void> {
	await db
		.deleteFrom('recovery_failures')
		.where('at', '<=', now - windowMs)
		.execute();
	for (const client of clients)
		await db
			.insertInto('recovery_failures')
			.values({ client, code, at: now })
			.onConflict((oc) => oc.columns(['client', 'code']).doUpdateSet({ at: now }))
			.execute();
}
