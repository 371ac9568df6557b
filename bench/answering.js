// Answering: submissions per second with grading and the SQLite write, in one run (autocannon,
// 50 connections, loopback), against two floors served by the same server from the smallest
// SvelteKit app (bench/baseline): a POST that does nothing, and one that reads the form and answers
// with a short JSON body, which is what any answer costs at least. Each connection is one learner
// (its own cookie) answering the questions of a case page in turn, as the enhanced form does.
// Usage: npm run build && node bench/answering.js [seconds]
import Database from 'better-sqlite3';
import { startBaselines } from './baselines.js';
import {
	answeringLoad,
	answersOn,
	answerPath,
	cpuTimeOf,
	learners,
	startApp,
	stopApp
} from './server.js';

const seconds = Number(process.argv[2] ?? 10);
const app = await startApp(4303);
const baselines = await startBaselines(4304);
const base = 'http://127.0.0.1:4303';
const floor = 'http://127.0.0.1:4304';
const connections = 50;
const forms = await answersOn(base);

// One learner per connection: each gets its cookie from a first answer.
const cookies = await learners(base, forms[0], connections);

async function load(title, server, origin, path, duration = seconds) {
	const cpuBefore = cpuTimeOf(server.child);
	const r = await answeringLoad({ origin, path, cookies, forms, duration });
	const cpu = cpuBefore === null ? null : cpuTimeOf(server.child) - cpuBefore;
	return {
		// The server's CPU time per request (µs): its cost, apart from the load generator's.
		cpu: cpu === null ? null : (cpu * 1000) / r.requests.total,
		title,
		rps: r.requests.average,
		p50: r.latency.p50,
		p99: r.latency.p99,
		errors: r.errors + r.non2xx,
		total: r.requests.total
	};
}

await load('warm-up', baselines, floor, '/empty', 2);
const empty = await load('empty POST (baseline app)', baselines, floor, '/empty');
await load('warm-up', baselines, floor, '/json', 2);
const echo = await load('form in, short JSON out', baselines, floor, '/json');
await load('warm-up', app, base, answerPath, 2);
const answer = await load('answer: parse, grade, store', app, base, answerPath);
await stopApp(app);
await stopApp(baselines);

const database = new Database(app.database, { readonly: true });
const stored = database.prepare('select count(*) from attempts').pluck().get();
const learnerCount = database.prepare('select count(*) from learners').pluck().get();
console.log(`50 connections, ${seconds} s each; SQLite WAL, synchronous=NORMAL\n`);
console.log(
	'target                          req/s     p50 ms   p99 ms   errors   vs empty   vs JSON   server CPU µs/req   vs JSON'
);
const cpuOf = (r) => (r.cpu === null ? 'n/a' : r.cpu.toFixed(0));
const cpuRatio = (r) =>
	r.cpu === null || echo.cpu === null ? 'n/a' : `${(echo.cpu / r.cpu).toFixed(2)}x`;
for (const r of [empty, echo, answer])
	console.log(
		`${r.title.padEnd(30)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(8)}   ${(r.rps / empty.rps).toFixed(2).padStart(7)}x  ${(r.rps / echo.rps).toFixed(2).padStart(6)}x   ${cpuOf(r).padStart(17)}   ${cpuRatio(r).padStart(7)}`
	);
console.log(
	`\nserver CPU µs/req: the server process's own CPU time (user and system) over the requests it served;\n"vs JSON" beside it is the JSON floor's cost over this one: the ratio if each had a core to itself.`
);
console.log(
	`\nanswers stored: ${stored} by ${learnerCount} learners (every request of the two answer runs is one answer)`
);
