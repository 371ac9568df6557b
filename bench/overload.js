// Overload: 200 connections for 60 s (autocannon, loopback), each a learner answering the
// questions of a case page in turn, with the answer limit per learner off; then the same beside
// 50 connections reading a section page, to see what waits when the server is saturated. Prints
// the slowest waits (p99, p99.9, max), errors and what was refused.
// Usage: npm run build && node bench/overload.js [seconds]
import autocannon from 'autocannon';
import { answeringLoad, answersOn, learners, startApp, stopApp } from './server.js';

const seconds = Number(process.argv[2] ?? 60);
const app = await startApp(4321);
const base = 'http://127.0.0.1:4321';
const forms = await answersOn(base);
const connections = 200;
const cookies = await learners(base, forms[0], connections);

function answering(duration) {
	return answeringLoad({ origin: base, cookies, forms, duration });
}

function reading(duration) {
	return autocannon({
		url: `${base}/what-makes-a-coup/kazakhstan-2022/the-trigger`,
		duration,
		connections: 50,
		headers: { 'accept-encoding': 'br' }
	});
}

const row = (title, r) =>
	`${title.padEnd(34)} ${r.requests.average.toFixed(0).padStart(7)} ${String(r.latency.p50).padStart(7)} ${String(r.latency.p99).padStart(7)} ${String(r.latency.p99_9 ?? '').padStart(8)} ${String(r.latency.max).padStart(7)} ${String(r.errors + r.timeouts).padStart(7)} ${String(r.non2xx).padStart(7)}`;

await answering(3); // warm-up
const alone = await answering(seconds);
const [mixed, read] = await Promise.all([answering(seconds), reading(seconds)]);
await stopApp(app);

console.log(`${seconds} s each; loopback; SQLite\n`);
console.log(
	'load                                 req/s  p50 ms  p99 ms  p99.9 ms  max ms  errors  non-2xx'
);
console.log(row('200 answering', alone));
console.log(row('200 answering, beside 50 reading:', mixed));
console.log(row('  the 50 reading', read));
