// Starts the built app (npm run build first) for a benchmark, on its own port and database.
// BENCH_NODE_ARGS adds flags to the app's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/profile".
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function startApp(port, env = {}) {
	const database = join(mkdtempSync(join(tmpdir(), 'parallels-bench-')), 'bench.sqlite');
	const child = spawn(
		process.execPath,
		[...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []), 'scripts/start.js'],
		{
			env: {
				...process.env,
				PORT: String(port),
				HOST: '127.0.0.1',
				DATABASE_PATH: database,
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
 * A new learner with one answer, as a cookie header value (`parallels_learner=...`). `form` is
 * the urlencoded answer; it defaults to one right answer on the first case page.
 */
export async function answeringLearner(base, form = 'question=kz-background-dual&choice=o1') {
	const response = await fetch(`${base}/what-makes-a-coup/answer`, {
		method: 'POST',
		headers: {
			origin: base,
			accept: 'application/json',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: form
	});
	const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
	if (!response.ok || !cookie.startsWith('parallels_learner='))
		throw new Error(`answering failed (${response.status}): no learner cookie`);
	return cookie;
}
