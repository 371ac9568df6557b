// Preloaded into the app by bench/overload.js: how long each request takes inside the server, from
// the moment its request is parsed to the end of its response (or until it is abandoned). On
// SIGUSR2 it appends the figures since the last report to the file REQUEST_TIMES_FILE names, as a
// JSON line, and starts again.
import { appendFileSync } from 'node:fs';
import http from 'node:http';

let times = [];
let abandoned = 0;
const open = new Set();
const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function (event, request, response) {
	if (event === 'request') {
		const started = process.hrtime.bigint();
		open.add(started);
		response.once('close', () => {
			open.delete(started);
			if (!response.writableFinished) abandoned += 1;
			times.push(Number(process.hrtime.bigint() - started) / 1e6);
		});
	}
	return emit.apply(this, arguments);
};

process.on('SIGUSR2', () => {
	const sorted = times.sort((a, b) => a - b);
	const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
	const now = process.hrtime.bigint();
	const oldestOpen = Math.max(0, ...[...open].map((t) => Number(now - t) / 1e6));
	const report = {
		requests: sorted.length,
		p50: at(0.5),
		p99: at(0.99),
		p999: at(0.999),
		max: sorted.at(-1) ?? 0,
		abandoned,
		open: open.size,
		oldestOpen
	};
	appendFileSync(process.env.REQUEST_TIMES_FILE, JSON.stringify(report) + '\n');
	times = [];
	abandoned = 0;
});
