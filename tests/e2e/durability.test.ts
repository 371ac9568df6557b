import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { allQuestions, module } from './content';
import { killServer, startServer } from './server';

const port = 4176;
const base = `http://127.0.0.1:${port}`;
const question = allQuestions().find((q) => q.kind === 'single')!;
const action = `${base}/${module.slug}/answer`;
const choice = question.kind === 'single' ? question.options[0]!.id : '';

/** One client: its own learner cookie, answering as fast as the server lets it until `stop`. */
async function client(stop: { now: boolean }, confirmed: Map<string, number>) {
	let cookie = '';
	while (!stop.now) {
		try {
			const response = await fetch(action, {
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

test('killed five times under 50 clients, every confirmed answer is kept and the file is sound', async () => {
	test.setTimeout(120_000);
	const file = join(mkdtempSync(join(tmpdir(), 'parallels-kill-')), 'kill.sqlite');
	const confirmed = new Map<string, number>();
	let server = await startServer(port, file);
	const stop = { now: false };
	const clients = Array.from({ length: 50 }, () => client(stop, confirmed));
	try {
		for (let round = 0; round < 5; round++) {
			await new Promise((resolve) => setTimeout(resolve, 1500));
			await killServer(server, 'SIGKILL');
			server = await startServer(port, file);
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	} finally {
		stop.now = true;
		await Promise.all(clients);
		await killServer(server, 'SIGKILL');
	}
	const db = new Database(file, { readonly: true });
	try {
		expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
		const rows = db
			.prepare('select learner_id as id, count(*) as n from attempts group by learner_id')
			.all() as { id: string; n: number }[];
		const stored = new Map(rows.map((r) => [r.id, r.n]));
		const total = [...confirmed.values()].reduce((a, b) => a + b, 0);
		expect(total).toBeGreaterThan(100);
		for (const [learner, n] of confirmed)
			expect(stored.get(learner) ?? 0).toBeGreaterThanOrEqual(n);
		console.log(
			`confirmed ${total} answers from ${confirmed.size} learners across 5 kills; all stored`
		);
	} finally {
		db.close();
	}
});
