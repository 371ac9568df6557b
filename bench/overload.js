// Overload: 200 connections for 60 s (autocannon, loopback), each a learner answering the
// questions of a case page in turn, with the answer limit per learner off; then the same beside
// 50 connections reading a section page, to see what waits when the server is saturated. Prints
// the slowest waits (p99, p99.9, max), errors and what was refused, as the load generator saw
// them; then the same waits as the server saw them (bench/request-times.js, from a request parsed
// to its response sent) and the TCP segments the kernel sent again meanwhile, which tell a wait in
// the server from one on the way to it.
// Usage: npm run build && node bench/overload.js [seconds]
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { answeringLoad, answersOn, learners, startApp, stopApp } from './server.js';

const seconds = Number(process.argv[2] ?? 60);
const timesFile = join(mkdtempSync(join(tmpdir(), 'parallels-times-')), 'times.jsonl');
const app = await startApp(4321, { REQUEST_TIMES_FILE: timesFile }, [
	'--import',
	'./bench/request-times.js'
]);
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

/** TCP segments sent again, machine-wide, so far (Linux), or undefined. */
function retransmitted() {
	try {
		const lines = readFileSync('/proc/net/snmp', 'utf8')
			.split('\n')
			.filter((l) => l.startsWith('Tcp:'));
		const [names, values] = lines.map((l) => l.split(/\s+/));
		return Number(values[names.indexOf('RetransSegs')]);
	} catch {
		return undefined;
	}
}

/** What the server saw since the last call, and the segments sent again meanwhile. */
let retransmittedBefore = retransmitted();
async function serverSide() {
	const lines = () =>
		existsSync(timesFile) ? readFileSync(timesFile, 'utf8').split('\n').filter(Boolean) : [];
	const before = lines().length;
	process.kill(app.child.pid, 'SIGUSR2');
	for (let i = 0; i < 50 && lines().length === before; i++)
		await new Promise((resolve) => setTimeout(resolve, 100));
	const now = retransmitted();
	const resent = now === undefined ? undefined : now - retransmittedBefore;
	retransmittedBefore = now;
	return { ...JSON.parse(lines().at(-1)), resent };
}

await answering(3); // warm-up
await serverSide();
const alone = await answering(seconds);
const aloneInside = await serverSide();
const [mixed, read] = await Promise.all([answering(seconds), reading(seconds)]);
const mixedInside = await serverSide();
await stopApp(app);

console.log(`${seconds} s each; loopback; SQLite\n`);
console.log(
	'load                                 req/s  p50 ms  p99 ms  p99.9 ms  max ms  errors  non-2xx'
);
console.log(row('200 answering', alone));
console.log(row('200 answering, beside 50 reading:', mixed));
console.log(row('  the 50 reading', read));

const inside = (title, r) =>
	`${title.padEnd(34)} ${String(r.requests).padStart(8)} ${r.p50.toFixed(0).padStart(7)} ${r.p99.toFixed(0).padStart(7)} ${r.p999.toFixed(0).padStart(8)} ${r.max.toFixed(0).padStart(7)} ${String(r.abandoned).padStart(9)} ${String(r.open).padStart(5)} ${String(r.resent ?? '-').padStart(14)}`;
console.log('\nas the server saw them, from a request parsed to its response sent:');
console.log(
	'load                              requests  p50 ms  p99 ms  p99.9 ms  max ms  abandoned  open  TCP resent'
);
console.log(inside('200 answering', aloneInside));
console.log(inside('200 answering, beside 50 reading', mixedInside));
