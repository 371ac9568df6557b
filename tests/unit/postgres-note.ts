// Says once, before the unit tests, whether the database tests also run on PostgreSQL.
export function setup() {
	if (process.env.TEST_DATABASE_URL) return;
	console.log(
		'PostgreSQL tests skipped: TEST_DATABASE_URL is not set (to run them too: TEST_DATABASE_URL=postgres://user@host:5432/db npm test).'
	);
}
