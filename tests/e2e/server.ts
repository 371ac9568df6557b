import { spawn, type ChildProcess } from 'node:child_process';
import { allQuestions, module } from './content';

/**
 * Starts the production server on `port` with its own database: a SQLite file, or a
 * `postgres://` address; resolves when it answers.
 */
export async function startServer(
	port: number,
	database: string,
	env: Record<string, string> = {}
): Promise<ChildProcess> {
	const where = /^postgres(ql)?:/.test(database)
		? { DATABASE_URL: database }
		: { DATABASE_PATH: database };
	// The app's defaults, not the shared test server's settings.
	const { ANSWERS_PER_MINUTE: _shared, ...inherited } = process.env;
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: { ...inherited, PORT: String(port), HOST: '127.0.0.1', ...where, ...env },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		try {
			const response = await fetch(`http://127.0.0.1:${port}/`);
			if (response.ok) return child;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	child.kill('SIGKILL');
	throw new Error(`server on port ${port} did not start`);
}

export async function killServer(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL') {
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.kill(signal);
	await exited;
}

const question = allQuestions().find((q) => q.kind === 'single')!;
const choice = question.kind === 'single' ? question.options[0]!.id : '';

/**
 * One client: its own learner cookie, answering as fast as the servers let it until `stop`, each
 * answer to the next server of `bases` in turn. Every answer a server confirmed is counted in
 * `confirmed`, by learner.
 */
export async function answering(
	bases: string | string[],
	stop: { now: boolean },
	confirmed: Map<string, number>
) {
	const servers = typeof bases === 'string' ? [bases] : bases;
	let cookie = '';
	for (let turn = 0; !stop.now; turn++) {
		const base = servers[turn % servers.length]!;
		try {
			const response = await fetch(`${base}/${module.slug}/answer`, {
				method: 'POST',
				headers: {
					origin: base,
					accept: 'application/json',
					'content-type': 'application/x-www-form-urlencoded',
					cookie
				},
				body: new URLSearchParams({ question: question.id, choice })
			});
			const set = response.headers.get('set-cookie');
			if (set) cookie = set.split(';')[0]!;
			const body = await response.text();
			if (response.status === 200 && body.includes('"type":"success"')) {
				const learner = cookie.split('=')[1]!;
				confirmed.set(learner, (confirmed.get(learner) ?? 0) + 1);
			}
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 20)); // the server is down: wait
		}
	}
}
