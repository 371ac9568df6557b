import { randomBytes } from 'node:crypto';
import type { ChildProcess } from 'node:child_process';
import pg from 'pg';
import { expect, test, type Page } from '@playwright/test';
import { answer, module, sectionPage } from './content';
import { answering, killServer, startServer } from './server';
import { joinWith, makeClass, teacher } from './teachers';

// Two app servers on two ports over one PostgreSQL database, as behind a load balancer: whatever
// is done through one is seen through the other. Both serve 127.0.0.1, so a browser's cookies go
// to both, as they would to one address in front of them.
const url = process.env.TEST_DATABASE_URL;
const ports = [4181, 4182];
const [a, b] = ports.map((port) => `http://127.0.0.1:${port}`) as [string, string];
const firstCase = module.cases[0]!;
const section = firstCase.sections[0]!;

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await run(client);
	} finally {
		await client.end();
	}
}

test.describe('two app servers over one PostgreSQL', () => {
	test.skip(!url, 'needs PostgreSQL: set TEST_DATABASE_URL (.ci/run does)');
	test.describe.configure({ mode: 'serial' });

	const schema = `e2e_${randomBytes(5).toString('hex')}`;
	let database = '';
	let servers: ChildProcess[] = [];

	test.beforeAll(async () => {
		test.setTimeout(60_000);
		await admin((client) => client.query(`create schema ${schema}`));
		const address = new URL(url!);
		address.searchParams.set('options', `-c search_path=${schema}`);
		database = address.toString();
		// Started together, as a deployment starts them: the migrations run once between them.
		servers = await Promise.all(ports.map((port) => startServer(port, database)));
	});

	test.afterAll(async () => {
		await Promise.all(servers.map((server) => killServer(server)));
		await admin((client) => client.query(`drop schema ${schema} cascade`));
	});

	test('learners and a teacher work through both at once, and see the same', async ({
		browser
	}) => {
		test.setTimeout(90_000);
		const { context: teaching, page: t } = await teacher(browser, a, 'Ms Rivera', database);
		const learning = await browser.newContext({ baseURL: b });
		const guessing = await browser.newContext({ baseURL: a });
		try {
			const { code, url: classPage } = await makeClass(t, 'Two servers'); // through A
			const l = await learning.newPage();
			await joinWith(l, code, 'Ana'); // through B
			const question = section.questions.find((q) => q.kind === 'single')!;
			const result = l.locator(`#q-${question.id}-result`);

			// B renders (and keeps) the page; the answer goes through A; B shows it, not its old copy.
			await l.goto(b + sectionPage(firstCase, section));
			await expect(result).toHaveCount(0);
			await l.goto(a + sectionPage(firstCase, section));
			await answer(l, question, true);
			await expect(result).toHaveText('Right');
			await l.goto(b + sectionPage(firstCase, section));
			await expect(result).toHaveText('Right');
			await l.goto(a + '/join');
			await expect(l.getByRole('region', { name: 'Your classes' })).toContainText('Two servers');

			// The teacher, through B, sees the learner who joined and answered through the others.
			await t.goto(b + new URL(classPage).pathname);
			await expect(t.getByRole('heading', { level: 1 })).toHaveText('Two servers');
			await expect(t.locator('table').first()).toContainText('Ana');
			await expect(t.locator('.questions')).toContainText(
				question.promptHtml.replace(/<[^>]+>/g, '').slice(0, 30)
			);

			// Wrong recovery codes count the same on both: five through A and B in turn, then both refuse.
			const g = await guessing.newPage();
			for (let i = 0; i < 5; i++) await wrongCode(g, i % 2 ? b : a, `WRONG-CODE-${i}`);
			for (const server of [a, b]) {
				await wrongCode(g, server, 'ONE-MORE-TRY');
				await expect(g.getByRole('alert')).toContainText('Too many wrong codes');
			}
		} finally {
			await teaching.close();
			await learning.close();
			await guessing.close();
		}
	});

	test('one server killed under load loses no answer either server confirmed', async () => {
		test.setTimeout(90_000);
		const confirmed = new Map<string, number>();
		const stop = { now: false };
		const clients = Array.from({ length: 40 }, () => answering([a, b], stop, confirmed));
		try {
			await new Promise((resolve) => setTimeout(resolve, 2000));
			await killServer(servers[0]!, 'SIGKILL');
			await new Promise((resolve) => setTimeout(resolve, 1000));
			servers[0] = await startServer(ports[0]!, database);
			await new Promise((resolve) => setTimeout(resolve, 1000));
		} finally {
			stop.now = true;
			await Promise.all(clients);
		}
		const stored = await admin(async (client) => {
			const { rows } = await client.query<{ id: string; n: string }>(
				`select learner_id as id, count(*) as n from ${schema}.attempts group by learner_id`
			);
			return new Map(rows.map((row) => [row.id, Number(row.n)]));
		});
		const total = [...confirmed.values()].reduce((sum, n) => sum + n, 0);
		expect(total).toBeGreaterThan(100);
		for (const [learner, n] of confirmed)
			expect(stored.get(learner) ?? 0).toBeGreaterThanOrEqual(n);
		console.log(`confirmed ${total} answers through two servers, one killed; all stored`);
	});
});

async function wrongCode(page: Page, server: string, code: string) {
	await page.goto(`${server}/progress`);
	await page.getByLabel('Have a code from another device?').fill(code);
	await page.getByRole('button', { name: 'Continue that progress' }).click();
	await expect(page.getByRole('alert')).toBeVisible();
}
