import { env } from '$env/dynamic/private';
import type { Kysely } from 'kysely';
import { openDatabase } from './open.ts';
import type { Database } from './schema.ts';

export * from './attempts.ts';
export * from './classes.ts';
export * from './export.ts';
export * from './hints-and-flags.ts';
export * from './invites.ts';
export * from './learners.ts';
export * from './failed-tries.ts';
export * from './settings.ts';
export type { Database };

let db: Promise<Kysely<Database>> | undefined;

/** The app's database, opened on first use (never at build time). */
export function getDb(): Promise<Kysely<Database>> {
	db ??= openDatabase(env.DATABASE_PATH || 'data/parallels.sqlite').catch((error) => {
		db = undefined;
		throw error;
	});
	return db;
}
