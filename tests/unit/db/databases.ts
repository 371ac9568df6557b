import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/*
 * The databases the db tests run on: SQLite always, and PostgreSQL when TEST_DATABASE_URL names
 * one (each test in a schema of its own, dropped after it).
 */

export type Kind = 'SQLite' | 'PostgreSQL';

const postgresUrl = process.env.TEST_DATABASE_URL;

export const kinds: Kind[] = postgresUrl ? ['SQLite', 'PostgreSQL'] : ['SQLite'];

export interface TestDatabase {
	kind: Kind;
	/** What `openDatabase` opens: a file path or a postgres:// address. */
	target: string;
	/** The PostgreSQL schema the database lives in. */
	schema?: string;
	drop(): Promise<void>;
}

async function admin(run: (client: pg.Client) => Promise<unknown>) {
	const client = new pg.Client({ connectionString: postgresUrl });
	await client.connect();
	try {
		await run(client);
	} finally {
		await client.end();
	}
}

/** An empty database of `kind`, not yet opened. */
export async function freshDatabase(kind: Kind, name = 'test.sqlite'): Promise<TestDatabase> {
	if (kind === 'SQLite') {
		const dir = mkdtempSync(join(tmpdir(), 'parallels-db-'));
		return {
			kind,
			target: join(dir, 'nested', name),
			drop: async () => rmSync(dir, { recursive: true, force: true })
		};
	}
	const schema = `test_${randomBytes(6).toString('hex')}`;
	await admin((client) => client.query(`create schema ${schema}`));
	const url = new URL(postgresUrl!);
	url.searchParams.set('options', `-c search_path=${schema}`);
	return {
		kind,
		target: url.toString(),
		schema,
		drop: () => admin((client) => client.query(`drop schema ${schema} cascade`))
	};
}
