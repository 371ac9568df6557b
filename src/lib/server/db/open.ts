import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type SqliteDatabase } from 'kysely';
import { migrations } from './migrations';
import type { Database } from './schema';

const handles = new WeakMap<Kysely<Database>, SQLite.Database>();

/** The SQLite connection under a database from `openDatabase`, for the few hot statements. */
export function sqliteOf(db: Kysely<Database>): SQLite.Database {
	const sqlite = handles.get(db);
	if (!sqlite) throw new Error('this database was not opened by openDatabase');
	return sqlite;
}

/**
 * Opens (creating if needed) the SQLite file and brings its schema up to date.
 *
 * WAL with synchronous=NORMAL: a committed answer survives a crash or kill of the server; only a
 * power loss or OS crash can drop the last few commits. That trade buys about ten times the write
 * rate of synchronous=FULL.
 */
export async function openDatabase(
	path: string,
	/** Stop after this migration, for tests of a later one; every migration by default. */
	upTo?: string
): Promise<Kysely<Database>> {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const sqlite = new SQLite(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('synchronous = NORMAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	const db = new Kysely<Database>({
		dialect: new SqliteDialect({ database: withStatementCache(sqlite) })
	});
	handles.set(db, sqlite);
	const migrator = new Migrator({
		db,
		provider: { getMigrations: async () => migrations }
	});
	const { error, results } = await (upTo ? migrator.migrateTo(upTo) : migrator.migrateToLatest());
	const failed = results?.find((result) => result.status === 'Error');
	if (error || failed) {
		await db.destroy();
		throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
	}
	return db;
}

/**
 * Kysely prepares every query afresh; the app runs the same few dozen statements all day, so
 * keep each prepared statement (better-sqlite3 statements are reusable) by its SQL text.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
	const statements = new Map<string, SQLite.Statement>();
	return {
		prepare(text) {
			let statement = statements.get(text);
			if (!statement) {
				statement = sqlite.prepare(text);
				if (statements.size < 500) statements.set(text, statement);
			}
			return statement;
		},
		close: () => sqlite.close()
	};
}
