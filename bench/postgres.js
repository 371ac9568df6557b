// PostgreSQL: answers per second (grade + store) with one and with two app servers over one
// PostgreSQL database, and SQLite against PostgreSQL with one server, in one run, 50 connections
// in all (autocannon, loopback; with two servers, 25 on each, at the same time). Each connection is
// one learner answering the questions of a case page in turn, as in bench/answering.js.
// Usage: npm run build && TEST_DATABASE_URL=postgres://user@host:5432/db node bench/postgres.js [seconds]
// Each PostgreSQL run uses a schema of its own in that database, dropped at the end.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { answeringLoad, answersOn, learners, startApp, stopApp } from './server.js';

const url = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
if (!url) {
	console.error('Set TEST_DATABASE_URL to a PostgreSQL database (postgres://user@host:5432/db).');
	process.exit(1);
}
const seconds = Number(process.argv[2] ?? 10);
const connections = 50;
const schemas = [];

async function admin(query) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await client.query(query);
	} finally {
		await client.end();
	}
}

/** A fresh PostgreSQL schema, as a DATABASE_URL. */
async function freshSchema() {
	const schema = `bench_${randomBytes(5).toString('hex')}`;
	await admin(`create schema ${schema}`);
	schemas.push(schema);
	const address = new URL(url);
	address.searchParams.set('options', `-c search_path=${schema}`);
	return address.toString();
}

/** `count` connections answering through `base`, each a learner of its own. */
async function answering(base, count, duration) {
	const forms = await answersOn(base);
	const cookies = await learners(base, forms[0], count);
	return answeringLoad({ origin: base, cookies, forms, duration });
}

/** Answers through `ports` at once (the connections shared out), after a warm-up. */
async function run(title, ports, env) {
	const apps = [];
	for (const port of ports) apps.push(await startApp(port, env));
	const bases = ports.map((port) => `http://127.0.0.1:${port}`);
	const share = connections / ports.length;
	await Promise.all(bases.map((base) => answering(base, share, 2)));
	const results = await Promise.all(bases.map((base) => answering(base, share, seconds)));
	for (const app of apps) await stopApp(app);
	return {
		title,
		rps: results.reduce((sum, r) => sum + r.requests.average, 0),
		p50: Math.max(...results.map((r) => r.latency.p50)),
		p99: Math.max(...results.map((r) => r.latency.p99)),
		errors: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0)
	};
}

try {
	const sqlite = await run('SQLite, one server', [4311], {});
	const one = await run('PostgreSQL, one server', [4312], { DATABASE_URL: await freshSchema() });
	const shared = await freshSchema();
	const two = await run('PostgreSQL, two servers', [4313, 4314], { DATABASE_URL: shared });
	const { rows } = await admin(`select count(*)::int as n from ${schemas.at(-1)}.attempts`);

	console.log(`${connections} connections in all, ${seconds} s each; loopback, one machine\n`);
	console.log(
		'setup                         answers/s   p50 ms   p99 ms   errors   vs SQLite   vs one PG'
	);
	for (const r of [sqlite, one, two])
		console.log(
			`${r.title.padEnd(28)} ${r.rps.toFixed(0).padStart(10)} ${String(r.p50).padStart(8)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(8)}   ${(r.rps / sqlite.rps).toFixed(2).padStart(8)}x  ${(r.rps / one.rps).toFixed(2).padStart(8)}x`
		);
	console.log(
		`\nwith two servers, p50 and p99 are the larger of the two servers' figures; ${rows[0].n} answers stored in the shared database`
	);
} finally {
	for (const schema of schemas) await admin(`drop schema ${schema} cascade`);
}
