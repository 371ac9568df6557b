// Answering: submissions per second with grading and the SQLite write, against an empty POST
// endpoint of the same app, in one run (autocannon, 50 connections, loopback). Each connection is
// one learner (its own cookie) answering the questions of a case page in turn, as an enhanced
// (JavaScript) form post does. A third endpoint reads the form and answers with a short JSON body
// and nothing else: what any SvelteKit endpoint that answers with a body costs.
// Usage: npm run build && node bench/answering.js [seconds]
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { answeringLearner, startApp, stopApp } from './server.js';

const seconds = Number(process.argv[2] ?? 10);
const app = await startApp(4303, { PARALLELS_BENCH: '1' });
const base = 'http://127.0.0.1:4303';
const connections = 50;
const forms = [
	'question=kz-background-dual&choice=o1',
	'question=kz-background-posts&choice=o1&choice=o3',
	'question=kz-trigger-concession&choice=o2',
	'question=kz-escalation-firearms&choice=o1',
	'question=kz-people-post&choice=o3'
];
const headers = {
	origin: base,
	accept: 'application/json',
	'content-type': 'application/x-www-form-urlencoded'
};

// One learner per connection: each gets its cookie from a first answer.
const cookies = [];
for (let i = 0; i < connections; i++) cookies.push(await answeringLearner(base, forms[0]));

async function load(title, url, duration = seconds) {
	let next = 0;
	const r = await autocannon({
		url,
		duration,
		connections,
		method: 'POST',
		headers,
		setupClient: (client) => {
			const cookie = cookies[next++ % connections];
			client.setRequests(
				forms.map((body) => ({ method: 'POST', body, headers: { ...headers, cookie } }))
			);
		}
	});
	return {
		title,
		rps: r.requests.average,
		p50: r.latency.p50,
		p99: r.latency.p99,
		errors: r.errors + r.non2xx,
		total: r.requests.total
	};
}

await load('warm-up', `${base}/bench/empty`, 2);
const empty = await load('empty POST endpoint', `${base}/bench/empty`);
await load('warm-up', `${base}/bench/json`, 2);
const echo = await load('form in, short JSON out', `${base}/bench/json`);
await load('warm-up', `${base}/what-makes-a-coup/answer`, 2);
const answer = await load('answer: parse, grade, store', `${base}/what-makes-a-coup/answer`);
await stopApp(app);

const database = new Database(app.database, { readonly: true });
const stored = database.prepare('select count(*) from attempts').pluck().get();
const learners = database.prepare('select count(*) from learners').pluck().get();
console.log(`50 connections, ${seconds} s each; SQLite WAL, synchronous=NORMAL\n`);
console.log('target                          req/s     p50 ms   p99 ms   errors   vs empty');
for (const r of [empty, echo, answer])
	console.log(
		`${r.title.padEnd(30)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(8)}   ${(r.rps / empty.rps).toFixed(2)}x`
	);
console.log(
	`\nanswers stored: ${stored} by ${learners} learners (every request of the two answer runs is one answer)`
);
