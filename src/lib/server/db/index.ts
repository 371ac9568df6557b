import { env } from '$env/dynamic/private';
import type { Kysely } from 'kysely';
import { databaseTarget, isPostgres } from './dialect.ts';
import { storageFault } from './faults.ts';
import { openDatabase } from './open.ts';
import type { Database } from './schema.ts';

export * from './attempts.ts';
export * from './classes.ts';
export * from './export.ts';
export * from './hints-and-flags.ts';
export * from './invites.ts';
export * from './learners.ts';
export { answerFacts, questionStates } from './question-states.ts';
export * from './failed-tries.ts';
export * from './settings.ts';
export { isPostgres, storageFault };
export type { Database };

let db: Promise<Kysely<Database>> | undefined;

/** The app's database, opened on first use (never at build time). */
export function getDb(): Promise<Kysely<Database>> {
	db ??= openDatabase(databaseTarget(env)).catch((error) => {
		db = undefined;
		throw error;
	});
	return db;
}

/**
 * Whether the database can be opened and written, and which kind it is; when not, why, in plain
 * words (the error itself goes to the server's log).
 */
export async function databaseHealth(): Promise<
	{ ok: true; database: 'sqlite' | 'postgres' } | { ok: false; problem: string }
> {
	try {
		const db = await getDb();
		await db
			.insertInto('settings')
			.values({ key: 'health-check', value: new Date().toISOString() })
			.onConflict((oc) => oc.column('key').doUpdateSet({ value: new Date().toISOString() }))
			.execute();
		return { ok: true, database: isPostgres(db) ? 'postgres' : 'sqlite' };
	} catch (error) {
		console.error('database check failed:', error);
		return { ok: false, problem: storageFault(error) ?? 'the database cannot be used' };
	}
}
