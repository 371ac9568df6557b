// Reading: a section page under load (autocannon, 50 connections, loopback) against the same bytes
// served as a static file by sirv in a process of its own, in one run. Prints req/s, p50/p99 latency and the ratio.
// Usage: npm run build && node bench/reading.js [seconds]
import { mkdtempSync, writeFileSync } from 'node:fs';
import { fork } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { answeringLearner, startApp, stopApp } from './server.js';

const seconds = Number(process.argv[2] ?? 10);
const path = '/what-makes-a-coup/kazakhstan-2022/the-trigger';
const app = await startApp(4301);
const base = 'http://127.0.0.1:4301';

// The learner-free page, as the app renders it, saved for the static server.
const html = Buffer.from(
	await (await fetch(base + path, { headers: { 'accept-encoding': 'identity' } })).arrayBuffer()
);
const dir = mkdtempSync(join(tmpdir(), 'parallels-static-'));
writeFileSync(join(dir, 'index.html'), html);
writeFileSync(join(dir, 'index.html.br'), brotliCompressSync(html));
writeFileSync(join(dir, 'index.html.gz'), gzipSync(html));
const statics = fork(new URL('./static-server.js', import.meta.url), [dir, '4302']);
await new Promise((resolve) => statics.once('message', resolve));

const headers = { 'accept-encoding': 'br' };
async function load(title, url, extra = {}) {
	await autocannon({ url, connections: 50, duration: 2, headers: { ...headers, ...extra } }); // warm-up
	const r = await autocannon({
		url,
		connections: 50,
		duration: seconds,
		headers: { ...headers, ...extra }
	});
	return {
		title,
		rps: r.requests.average,
		p50: r.latency.p50,
		p99: r.latency.p99,
		errors: r.errors + r.non2xx
	};
}

// A reader who has answered: the page is rendered for them, with their results.
const cookie = await answeringLearner(base);

const rows = [
	await load('static file (sirv), same bytes', 'http://127.0.0.1:4302/'),
	await load('section page, new reader', base + path),
	await load('section page, with answers', base + path, { cookie })
];
statics.kill();
await stopApp(app);

console.log(
	`${path}: ${(html.length / 1024).toFixed(0)} KB of HTML, brotli, 50 connections, ${seconds} s each\n`
);
console.log('target                              req/s     p50 ms   p99 ms   errors   vs static');
for (const r of rows)
	console.log(
		`${r.title.padEnd(34)} ${r.rps.toFixed(0).padStart(7)} ${String(r.p50).padStart(9)} ${String(r.p99).padStart(8)} ${String(r.errors).padStart(8)}   ${(r.rps / rows[0].rps).toFixed(2)}x`
	);
