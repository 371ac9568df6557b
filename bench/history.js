// What a learner's history costs a page: the progress page, the review page and a section page for
// a learner with 100 answers and for one with 40,000, in one run, as a ratio (target <= 1.5x).
// Each page is asked for one request at a time, so that the figure is the time to make it; the
// section page carries a query string, so that it is rendered each time rather than served from
// the page cache.
// Usage: npm run build && node bench/history.js [seconds per page] [answers of the long history]
import autocannon from 'autocannon';
import {
	answerHeaders,
	answerPath,
	answeringLearner,
	answersOn,
	oneAtATime,
	startApp,
	stopApp
} from './server.js';

const seconds = Number(process.argv[2] ?? 5);
const many = Number(process.argv[3] ?? 40_000);
const few = 100;
const port = 4351;
const base = `http://127.0.0.1:${port}`;
const pages = {
	progress: '/progress',
	review: '/what-makes-a-coup/review',
	section: '/what-makes-a-coup/kazakhstan-2022/the-trigger?fresh'
};

const app = await startApp(port);
try {
	const forms = await answersOn(base, undefined, 20);

	/** A new learner with `count` answers, spread over the questions of `forms`: their cookie. */
	async function learnerWith(count) {
		const cookie = await answeringLearner(base, forms[0]);
		const headers = { ...answerHeaders(base), cookie };
		const started = performance.now();
		const result = await autocannon({
			url: base + answerPath,
			connections: 16,
			amount: count - 1,
			method: 'POST',
			headers,
			requests: forms.map((body) => ({ method: 'POST', body }))
		});
		const errors = result.errors + result.non2xx;
		if (errors > 0) throw new Error(`${errors} of the answers were not stored`);
		const rate = (count - 1) / ((performance.now() - started) / 1000);
		return { cookie, rate };
	}

	const time = (path, cookie) =>
		oneAtATime(base + path, { cookie, 'accept-encoding': 'br' }, seconds);

	const short = await learnerWith(few);
	const long = await learnerWith(many);
	console.log(
		`a learner with ${few} answers and one with ${many.toLocaleString('en')} (stored at ${long.rate.toFixed(0)} answers/s), ` +
			`over ${forms.length} questions; one request at a time, ${seconds} s per page\n`
	);
	console.log(
		`page       ${`${few} answers: mean / p99 ms`.padEnd(30)} ${`${many} answers: mean / p99 ms`.padEnd(32)} ratio of means`
	);
	for (const [name, path] of Object.entries(pages)) {
		const a = await time(path, short.cookie);
		const b = await time(path, long.cookie);
		const cell = (t) => `${t.mean.toFixed(1)} / ${t.p99}`.padEnd(30);
		console.log(`${name.padEnd(10)} ${cell(a)} ${cell(b)}   ${(b.mean / a.mean).toFixed(2)}x`);
	}
} finally {
	await stopApp(app);
}
