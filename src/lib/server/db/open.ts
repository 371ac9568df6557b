import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, sql, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { isPostgres, isPostgresUrl } from './dialect';
import { migrations } from './migrations';
import type { Database } from './schema';

const handles = new WeakMap<Kysely<Database>, SQLite.Database>();

/**
 * The SQLite connection under a database from `openDatabase`, for the few hot statements;
 * undefined for PostgreSQL.
 */
export function sqliteOf(db: Kysely<Database>): SQLite.Database | undefined {
	return handles.get(db);
}

/**
 * Opens the database `target` names and brings its schema up to date: a PostgreSQL database for a
 * `postgres://` address, else a SQLite file at that path (created if needed).
 */
export async function openDatabase(
	target: string,
	/** Stop after this migration, for tests of a later one; every migration by default. */
	upTo?: string
): Promise<Kysely<Database>> {
	const db = isPostgresUrl(target) ? openPostgres(target) : openSqlite(target);
	const migrator = await migratorFor(db);
	const { error, results } = await (upTo ? migrator.migrateTo(upTo) : migrator.migrateToLatest());
	const failed = results?.find((result) => result.status === 'Error');
	if (error || failed) {
		await db.destroy();
		throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, {
			cause: error
		});
	}
	return db;
}

/** What applies the migrations to `db`, and says which have been applied. */
export async function migratorFor(db: Kysely<Database>): Promise<Migrator> {
	return new Migrator({
		db,
		provider: { getMigrations: async () => migrations },
		// On PostgreSQL, the migrations' own tables are looked for in the schema the app uses, not
		// in whichever schema of the database has tables of that name.
		migrationTableSchema: isPostgres(db) ? await currentSchema(db) : undefined
	});
}

/** The schema new tables go to (the first of the connection's `search_path`). */
async function currentSchema(db: Kysely<Database>): Promise<string> {
	const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
	return rows[0]!.schema;
}

/** PostgreSQL's 8-byte integers (counts, millisecond times) as numbers, not strings. */
const int8 = 20;
const types = {
	getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
		oid === int8 && format !== 'binary'
			? (value: string) => Number(value)
			: pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser
};

/**
 * A pool of connections to PostgreSQL, shared by every request of this server; several servers
 * may share the database. `DATABASE_POOL` connections at most (10 by default).
 */
function openPostgres(url: string): Kysely<Database> {
	const pool = new pg.Pool({
		connectionString: url,
		max: Number(process.env.DATABASE_POOL || 10),
		types
	});
	return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/**
 * WAL with synchronous=NORMAL: a committed answer survives a crash or kill of the server; only a
 * power loss or OS crash can drop the last few commits. That trade buys about ten times the write
 * rate of synchronous=FULL.
 */
function openSqlite(path: string): Kysely<Database> {
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
