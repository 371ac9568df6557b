// Brings the database up to date and says where it stands: `npm run migrate`. The server does the
// same when it starts; this is for doing it before (a deployment step, or several servers).
// Reads DATABASE_URL (postgres://...) or DATABASE_PATH (data/parallels.sqlite) as the app does.
import { databaseTarget } from '../src/lib/server/db/dialect.ts';
import { migratorFor, openDatabase } from '../src/lib/server/db/open.ts';

let where = 'the database';
try {
	const target = databaseTarget(process.env);
	where = target.includes('://') ? new URL(target).host + new URL(target).pathname : target;
	const db = await openDatabase(target);
	const all = await (await migratorFor(db)).getMigrations();
	await db.destroy();
	console.log(
		`${where}: ${all.filter((m) => m.executedAt).length} of ${all.length} migrations applied, the last ${all.at(-1)?.name}.`
	);
} catch (error) {
	console.error(`${where}: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
}
