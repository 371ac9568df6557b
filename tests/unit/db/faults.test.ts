import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { storageFault } from '$lib/server/db';
import { openDatabase } from '$lib/server/db/open';

/** The error `run` throws: real errors from real databases, as the app would meet them. */
async function errorOf(run: () => unknown): Promise<unknown> {
	try {
		await run();
	} catch (error) {
		return error;
	}
	throw new Error('no error');
}

describe('storage faults are named in plain words; the program’s own errors are not', () => {
	const dir = mkdtempSync(join(tmpdir(), 'parallels-faults-'));

	test('SQLite: a full disk, a read-only file, a file that cannot be opened', async () => {
		const file = join(dir, 'full.sqlite');
		const db = new SQLite(file);
		db.exec('create table t (x text)');
		db.pragma('max_page_count = 3'); // the disk is full after three pages
		const full = await errorOf(() => {
			for (let i = 0; i < 100; i++) db.prepare('insert into t values (?)').run('x'.repeat(2000));
		});
		db.close();
		expect(storageFault(full)).toBe('the disk is full');

		// After a failed write SQLite has undone the transaction itself; the rollback asked for
		// next is what gets reported.
		const undone = new SQLite(file);
		expect(storageFault(await errorOf(() => undone.exec('rollback')))).toBe(
			'the database file cannot be written just now'
		);
		undone.close();

		const readOnly = new SQLite(file, { readonly: true });
		expect(storageFault(await errorOf(() => readOnly.exec("insert into t values ('y')")))).toBe(
			'the database can only be read, not written'
		);
		readOnly.close();

		const notAFolder = join(dir, 'a-file');
		writeFileSync(notAFolder, '');
		expect(storageFault(await errorOf(() => openDatabase(join(notAFolder, 'x.sqlite'))))).toBe(
			'the database file’s folder cannot be used'
		);

		const notADatabase = join(dir, 'text.sqlite');
		writeFileSync(notADatabase, 'this is not a database, but a page of notes '.repeat(100));
		expect(storageFault(await errorOf(() => openDatabase(notADatabase)))).toBe(
			'the database file is damaged'
		);
	});

	test('PostgreSQL: a server that cannot be reached', async () => {
		const client = new pg.Client({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
		expect(storageFault(await errorOf(() => client.connect()))).toBe(
			'the database server cannot be reached'
		);
	});

	test.runIf(Boolean(process.env.TEST_DATABASE_URL))(
		'PostgreSQL: a database that can only be read',
		async () => {
			const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
			await client.connect();
			try {
				await client.query('begin read only');
				const error = await errorOf(() => client.query('create temporary table t (x int)'));
				expect(storageFault(error)).toBe('the database can only be read, not written');
			} finally {
				await client.end();
			}
		}
	);

	test('a mistake in the program is not a storage fault', () => {
		expect(storageFault(new TypeError('x is undefined'))).toBeUndefined();
		expect(storageFault(undefined)).toBeUndefined();
		expect(storageFault({ code: '42P01' })).toBeUndefined(); // a table that does not exist
	});
});
