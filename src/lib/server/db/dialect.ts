import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * Whether a database (or a transaction on one) is PostgreSQL rather than SQLite: the few places
 * where the two differ (column types in migrations, the hot statements) ask this.
 */
export function isPostgres(db: Pick<Kysely<unknown>, 'getExecutor'>): boolean {
	return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Whether a database address names PostgreSQL (`postgres://` or `postgresql://`). */
export function isPostgresUrl(target: string): boolean {
	return /^postgres(ql)?:\/\//i.test(target);
}

/**
 * The database the settings name: `DATABASE_URL` (a `postgres://` address) when set, else the
 * SQLite file at `DATABASE_PATH` (data/parallels.sqlite by default).
 */
export function databaseTarget(env: Record<string, string | undefined>): string {
	const url = env.DATABASE_URL;
	if (url) {
		if (!isPostgresUrl(url))
			throw new Error(
				`DATABASE_URL must be a postgres:// address (got "${url.split(':')[0]}:…"); for SQLite set DATABASE_PATH instead`
			);
		return url;
	}
	return env.DATABASE_PATH || 'data/parallels.sqlite';
}
