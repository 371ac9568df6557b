import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { answering, killServer, startServer } from './server';

const port = 4176;
const base = `http://127.0.0.1:${port}`;

test('killed five times under 50 clients, every confirmed answer is kept and the file is sound', async () => {
	test.setTimeout(120_000);
	const file = join(mkdtempSync(join(tmpdir(), 'parallels-kill-')), 'kill.sqlite');
	const confirmed = new Map<string, number>();
	let server = await startServer(port, file);
	const stop = { now: false };
	const clients = Array.from({ length: 50 }, () => answering(base, stop, confirmed));
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
