// Checks that the PostgreSQL database in TEST_DATABASE_URL answers, so that `npm test` says so at
// once instead of failing every database test one by one.
import pg from 'pg';

const url = process.env.TEST_DATABASE_URL;
const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
try {
	await client.connect();
	const { rows } = await client.query('show server_version');
	console.log(
		`PostgreSQL ${rows[0].server_version} at ${new URL(url).host}: the database tests run on it too.`
	);
} catch (error) {
	console.error(
		`TEST_DATABASE_URL names a PostgreSQL database that cannot be reached (${error.message}). Start it, correct the address, or unset TEST_DATABASE_URL to test on SQLite only.`
	);
	process.exitCode = 1;
} finally {
	await client.end().catch(() => {});
}
