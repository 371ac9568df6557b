// Starts the built app (npm run build first) for a benchmark, on its own port and database.
// BENCH_NODE_ARGS adds flags to the app's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/profile".
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';

export async function startApp(port, env = {}, nodeArgs = []) {
	const database = join(mkdtempSync(join(tmpdir(), 'parallels-bench-')), 'bench.sqlite');
	const child = spawn(
		process.execPath,
		[
			...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
			...nodeArgs,
			'scripts/start.js'
		],
		{
			env: {
				...process.env,
				PORT: String(port),
				HOST: '127.0.0.1',
				DATABASE_PATH: database,
				// Each connection is one learner answering flat out: measure the answer path, not the
				// limit on how fast one learner may answer.
				ANSWERS_PER_MINUTE: '0',
				...env
			},
			stdio: ['ignore', 'ignore', 'inherit']
		}
	);
	for (let i = 0; i < 150; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return { child, database };
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	child.kill('SIGKILL');
	throw new Error('the app did not start; run `npm run build` first');
}

export function stopApp(app) {
	return new Promise((resolve) => {
		app.child.once('exit', resolve);
		app.child.kill('SIGTERM');
	});
}

/**
 * CPU time (ms, user and system) a child process has used so far, read from /proc (Linux); null
 * elsewhere. Against a count of requests it is the server's own cost of one, whatever share of
 * the machine's cores the load generator takes.
 */
export function cpuTimeOf(child) {
	try {
		const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
		// utime and stime (fields 14 and 15 of the line), in clock ticks of 10 ms.
		return (Number(fields[11]) + Number(fields[12])) * 10;
	} catch {
		return null;
	}
}

/** The first case of the module on one page, every quiz on it, as the benchmarks answer it. */
export const casePage = '/what-makes-a-coup/kazakhstan-2022/worksheet';
/** Where its answers go. */
export const answerPath = '/what-makes-a-coup/answer';

/**
 * Answers to the choice questions of a page, as urlencoded forms, read from the page as a browser
 * would see it: each question with its first option (right or wrong, it is graded the same way).
 */
export async function answersOn(base, path = casePage, count = 5) {
	const html = await (await fetch(base + path)).text();
	const forms = [];
	for (const [, question, rest] of html.matchAll(
		/name="question" value="([^"]+)"(.*?)<\/form>/gs
	)) {
		const choice = /name="choice" value="([^"]+)"/.exec(rest)?.[1];
		if (choice)
			forms.push(`question=${encodeURIComponent(question)}&choice=${encodeURIComponent(choice)}`);
		if (forms.length === count) break;
	}
	if (forms.length < count) throw new Error(`found ${forms.length} choice questions on ${path}`);
	return forms;
}

/** The headers of an answer sent by the enhanced form: the result comes back as JSON. */
export function answerHeaders(base) {
	return {
		origin: base,
		accept: 'application/json',
		'x-sveltekit-action': 'true',
		'content-type': 'application/x-www-form-urlencoded'
	};
}

/**
 * A new learner with one answer, as a cookie header value (`parallels_learner=...`). `form` is
 * the urlencoded answer to a question of the first case.
 */
export async function answeringLearner(base, form) {
	const response = await fetch(base + answerPath, {
		method: 'POST',
		headers: answerHeaders(base),
		body: form ?? (await answersOn(base, casePage, 1))[0]
	});
	const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
	if (!response.ok || !cookie.startsWith('parallels_learner='))
		throw new Error(`answering failed (${response.status}): no learner cookie`);
	return cookie;
}

/**
 * Learners answering flat out: autocannon with one connection per learner (each with its cookie
 * from `cookies`), posting the answers `forms` in turn to `path` on `origin`.
 */
export function answeringLoad({ origin, path = answerPath, cookies, forms, duration }) {
	const headers = answerHeaders(origin);
	let next = 0;
	return autocannon({
		url: origin + path,
		duration,
		connections: cookies.length,
		method: 'POST',
		headers,
		setupClient: (client) => {
			const cookie = cookies[next++ % cookies.length];
			client.setRequests(
				forms.map((body) => ({ method: 'POST', body, headers: { ...headers, cookie } }))
			);
		}
	});
}

/** `count` new learners, each with one answer stored: their cookies. */
export async function learners(base, form, count) {
	const cookies = [];
	for (let i = 0; i < count; i++) cookies.push(await answeringLearner(base, form));
	return cookies;
}

/**
 * How long a page takes to make: asked for one request at a time for `seconds`, after a second's
 * warm-up. Throws when any request fails.
 */
export async function oneAtATime(url, headers, seconds) {
	await autocannon({ url, connections: 1, duration: 1, headers });
	const r = await autocannon({ url, connections: 1, duration: seconds, headers });
	if (r.errors + r.non2xx > 0) throw new Error(`${url} failed ${r.errors + r.non2xx} times`);
	return r.latency;
}
