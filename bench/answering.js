// Answering: submissions per second with grading and the SQLite write, against an empty POST
// endpoint of the same app, in one run (autocannon, 50 connections, loopback).
// Usage: npm run build && node bench/answering.js [seconds]
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { startApp, stopApp } from './server.js';

const seconds = Number(process.argv[2] ?? 10);
const app = await startApp(4303, { PARALLELS_BENCH: '1' });
const base = 'http://127.0.0.1:4303';
const form = 'question=kz-background-dual&choice=o1';
const common = {
	connections: 50,
	method: 'POST',
	body: form,
	headers: {
		origin: base,
		accept: 'application/json',
		'content-type': 'application/x-www-form-urlencoded'
	}
};

async function load(title, url, duration = seconds) {
	const r = await autocannon({ ...common, url, duration });
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
await load('warm-up', `${base}/what-makes-a-coup/kazakhstan-2022?/answer`, 2);
const answer = await load(
	'answer: parse, grade, store',
	`${base}/what-makes-a-coup/kazakhstan-2022?/answer`
);
await stopApp(app);

const stored = new Database(app.database, { readonly: true })
	.prepare('select count(*) as n from attempts')
	.get().n;
console.log(`50 connections, ${seconds} s each; SQLite WAL, synchronous=NORMAL\n`);
console.log('target                          req/s     p50 ms   p99 ms   errors   vs empty');
for (const r of [empty, answer])
	console.log(
		`${r.title.padEnd(30)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(8)}   ${(r.rps / empty.rps).toFixed(2)}x`
	);
console.log(`\nanswers stored: ${stored} (each request of the two answer runs is one new answer)`);
