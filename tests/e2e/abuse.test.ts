import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from '@playwright/test';
import { allPages, answer, module, sectionPage } from './content';
import { killServer, startServer } from './server';
import { teacher } from './teachers';

// What a hostile client can make the server do, measured on a server of its own.
const port = 4178;
const base = `http://127.0.0.1:${port}`;

/** The server's resident memory, in MB. */
function residentMb(pid: number): number {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	return Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024;
}

/** The `n`th spelling of `text` with some of its letters percent-encoded. */
function spelling(text: string, n: number): string {
	return [...text].map((c, i) => ((n >> i) & 1 ? `%${c.charCodeAt(0).toString(16)}` : c)).join('');
}

async function median(times: number): Promise<number> {
	const list: number[] = [];
	for (let i = 0; i < times; i++) {
		const started = performance.now();
		expect((await fetch(`${base}/${module.slug}`)).status).toBe(200);
		list.push(performance.now() - started);
	}
	return list.sort((a, b) => a - b)[Math.floor(times / 2)]!;
}

test('3,000 spellings of one address are one page: memory stays bounded and pages stay quick', async () => {
	test.setTimeout(120_000);
	const server = await startServer(
		port,
		join(mkdtempSync(join(tmpdir(), 'parallels-abuse-')), 'abuse.sqlite')
	);
	try {
		const c = module.cases[0]!;
		const page = `/${module.slug}/${c.slug}`;
		expect((await fetch(base + page)).status).toBe(200);
		const before = residentMb(server.pid!);
		const quick = await median(9);
		let next = 1;
		const statuses = new Map<number, number>();
		await Promise.all(
			Array.from({ length: 16 }, async () => {
				while (next <= 3000) {
					const n = next++;
					const response = await fetch(`${base}/${module.slug}/${spelling(c.slug, n)}`, {
						headers: { 'accept-encoding': 'br, gzip' }
					});
					await response.arrayBuffer();
					statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
				}
			})
		);
		expect(statuses.get(200)).toBe(3000);
		// An address that names nothing is a 404, and is not kept either.
		expect((await fetch(`${base}/${module.slug}/${spelling('no-such-case', 5)}`)).status).toBe(404);
		const after = residentMb(server.pid!);
		const slow = await median(9);
		console.log(
			`3,000 spellings: memory ${before.toFixed(0)} MB before, ${after.toFixed(0)} MB after; a page ${quick.toFixed(1)} ms before, ${slow.toFixed(1)} ms after`
		);
		expect(after - before).toBeLessThan(100);
		expect(slow).toBeLessThan(Math.max(50, quick * 3));
	} finally {
		await killServer(server);
	}
});

test('told to stop while pages wait to be compressed, the server stops at once', async () => {
	test.setTimeout(60_000);
	const server = await startServer(
		port,
		join(mkdtempSync(join(tmpdir(), 'parallels-abuse-')), 'abuse.sqlite')
	);
	// Every page at once, each new to the cache, so that each queues its compression.
	const pages = allPages();
	await Promise.all(
		pages.map(async (path) => {
			const response = await fetch(base + path, { headers: { 'accept-encoding': 'br' } });
			await response.arrayBuffer();
		})
	);
	const started = performance.now();
	await killServer(server, 'SIGTERM');
	const took = performance.now() - started;
	console.log(`${pages.length} new pages, then told to stop: stopped in ${took.toFixed(0)} ms`);
	expect(took).toBeLessThan(1500);
});

/** Every form action of every page, read from the routes, so that a new one is tested too. */
function everyAction(): { route: string; action: string }[] {
	const found: { route: string; action: string }[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name === '+page.server.ts') {
				const source = readFileSync(path, 'utf8');
				const block = /export const actions = \{([\s\S]*)\n\};/.exec(source)?.[1];
				if (!block) continue;
				const route = dirname(path).slice('src/routes'.length) || '/';
				for (const [, action] of block.matchAll(/^\t(\w+): async/gm))
					found.push({ route, action: action! });
			}
		}
	};
	walk('src/routes');
	return found;
}

test('no action or endpoint sends anyone to another site, whatever its address and fields', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(60_000);
	const actions = everyAction();
	expect(actions.length).toBeGreaterThan(10);
	const hostile = ['%2F%2Fevil.example', '%2F%5Cevil.example', '..%2F..%2F%2Fevil.example'];
	const { context: teaching } = await teacher(browser, baseURL!);
	const learning = await browser.newContext();
	const fields = {
		load: 'light',
		code: 'AAAA-BBBB',
		name: 'x',
		next: '//evil.example',
		redirectTo: '//evil.example',
		question: module.cases[0]!.sections[0]!.questions[0]!.id,
		choice: '//evil.example'
	};
	try {
		let sent = 0;
		for (const context of [learning, teaching]) {
			// A page's default action is its page's address; `?/default` is refused as a mistake.
			const at = (route: string, action: string) =>
				action === 'default' ? route : `${route}?/${action}`;
			const targets = [
				...actions.flatMap(({ route, action }) =>
					hostile.map((value) => at(route.replace(/\[[^\]]+\]/g, value), action))
				),
				...actions.map(({ route, action }) =>
					at(route.replace(/\[module\]/g, module.slug), action)
				),
				'/join?/default',
				...hostile.flatMap((value) => [`/${value}/answer`, `/${value}/flag`])
			];
			for (const target of targets) {
				const response = await context.request.post(target, {
					headers: { origin: baseURL! },
					form: fields,
					maxRedirects: 0
				});
				sent += 1;
				expect(response.status(), target).toBeLessThan(500);
				const location = response.headers()['location'];
				if (location)
					expect(new URL(location, baseURL).origin, `${target} → ${location}`).toBe(
						new URL(baseURL!).origin
					);
			}
		}
		expect(sent).toBeGreaterThan(50);
	} finally {
		await teaching.close();
		await learning.close();
	}
});

test('a database that cannot be used stops the server at start, saying why', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'parallels-nodb-'));
	writeFileSync(join(dir, 'a-file'), '');
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			PORT: '4180',
			HOST: '127.0.0.1',
			DATABASE_PATH: join(dir, 'a-file', 'parallels.sqlite')
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr!.on('data', (chunk) => (stderr += chunk));
	const code = await new Promise((resolve) => child.once('exit', resolve));
	expect(code).toBe(1);
	expect(stderr).toContain(
		`Parallels cannot start: it cannot write its database at ${join(dir, 'a-file', 'parallels.sqlite')}, because the database file’s folder cannot be used.`
	);
});

test('when the database cannot be written, the learner is told the answer was not saved, and nothing half-written stays', async ({
	browser
}) => {
	test.setTimeout(60_000);
	const port = 4177;
	const at = `http://127.0.0.1:${port}`;
	const file = join(mkdtempSync(join(tmpdir(), 'parallels-fault-')), 'fault.sqlite');
	const server = await startServer(port, file);
	const context = await browser.newContext({ baseURL: at });
	const wal = `${file}-wal`;
	const frozen = () => execFileSync('chattr', ['+i', wal]);
	const thawed = () => execFileSync('chattr', ['-i', wal]);
	try {
		const page = await context.newPage();
		const section = module.cases[0]!.sections[0]!;
		const [first, second] = section.questions.filter((q) => q.kind === 'single');
		await page.goto(sectionPage(module.cases[0]!, section));
		await answer(page, first!, true);
		await expect(page.locator(`#q-${first!.id}-result`)).toHaveText('Right');
		try {
			frozen(); // the file can no longer be written: as a failing disk would do
		} catch {
			test.skip(true, 'chattr is not available here to make the database unwritable');
		}
		await answer(page, second!, true);
		await expect(page.locator(`#q-${second!.id}-error`)).toHaveText(
			'Your answer was not saved, because the database file cannot be written just now. Nothing of it was kept: try again in a while, and if it goes on, tell whoever runs this site.'
		);
		await expect(page.locator(`#q-${second!.id}-result`)).toHaveCount(0);
		const health = await context.request.get('/health');
		expect(health.status()).toBe(503);
		expect(await health.json()).toEqual({
			ok: false,
			problem: 'the database file cannot be written just now'
		});
		thawed();
		expect((await context.request.get('/health')).status()).toBe(200);
		const data = await (await context.request.get('/progress/data')).json();
		expect(data.attempts.map((a: { question: string }) => a.question)).toEqual([first!.id]);
		await answer(page, second!, true);
		await expect(page.locator(`#q-${second!.id}-result`)).toHaveText('Right');
	} finally {
		try {
			thawed();
		} catch {
			// not frozen
		}
		await context.close();
		await killServer(server);
	}
});

test('a learner id the client made up is nobody: the first answer gets an id the server made', async ({
	browser,
	baseURL
}) => {
	const made = 'AAAAAAAAAAAAAAAAAAAAAAAA';
	const context = await browser.newContext();
	try {
		await context.addCookies([{ name: 'parallels_learner', value: made, url: baseURL! }]);
		const page = await context.newPage();
		const section = module.cases[0]!.sections[0]!;
		const question = section.questions.find((q) => q.kind === 'single')!;
		await page.goto(sectionPage(module.cases[0]!, section));
		await answer(page, question, true);
		await expect(page.locator(`#q-${question.id}-result`)).toHaveText('Right');
		const cookie = (await context.cookies()).find((c) => c.name === 'parallels_learner')!;
		expect(cookie.value).not.toBe(made);
		expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{24}$/);
		const data = await (await context.request.get('/progress/data')).json();
		expect(data.attempts.map((a: { question: string }) => a.question)).toEqual([question.id]);
		// The made-up id holds nothing.
		const other = await browser.newContext();
		await other.addCookies([{ name: 'parallels_learner', value: made, url: baseURL! }]);
		expect((await (await other.request.get('/progress/data')).json()).attempts).toEqual([]);
		await other.close();
	} finally {
		await context.close();
	}
});

test('one learner answering by the thousand is held back, with a clear message; others are not', async () => {
	const port = 4175;
	const at = `http://127.0.0.1:${port}`;
	const server = await startServer(
		port,
		join(mkdtempSync(join(tmpdir(), 'parallels-rate-')), 'rate.sqlite')
	);
	try {
		const question = module.cases[0]!.sections[0]!.questions.find((q) => q.kind === 'single')!;
		if (question.kind !== 'single') throw new Error('kind');
		const send = (cookie = '') =>
			fetch(`${at}/${module.slug}/answer`, {
				method: 'POST',
				headers: {
					origin: at,
					cookie,
					'x-sveltekit-action': 'true',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: new URLSearchParams({ question: question.id, choice: question.options[0]!.id })
			});
		const first = await send();
		const cookie = first.headers.get('set-cookie')!.split(';')[0]!;
		const statuses: number[] = [];
		let message = '';
		for (let i = 0; i < 60; i++) {
			const response = await send(cookie);
			statuses.push(response.status);
			if (response.status === 429) message = await response.text();
			else await response.arrayBuffer();
		}
		// The first thirty or so go through; the rest are refused until the learner slows down.
		expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(28);
		expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(25);
		expect(message).toContain('faster than anyone reads');
		// Another learner answers as usual meanwhile.
		expect((await send()).status).toBe(200);
		const data = await (await fetch(`${at}/progress/data`, { headers: { cookie } })).json();
		expect(data.attempts.length).toBe(1 + statuses.filter((s) => s === 200).length);
	} finally {
		await killServer(server);
	}
});

test('behind a proxy that names the client, wrong codes count per network, not for everyone at once', async () => {
	test.setTimeout(60_000);
	const port = 4174;
	const at = `http://127.0.0.1:${port}`;
	const server = await startServer(
		port,
		join(mkdtempSync(join(tmpdir(), 'parallels-proxy-')), 'proxy.sqlite'),
		{ ADDRESS_HEADER: 'x-forwarded-for', XFF_DEPTH: '1' }
	);
	try {
		// Each try from a browser of its own (no cookie kept): only the network's ceiling applies.
		const tryCode = async (from: string, n: number) =>
			(
				await fetch(`${at}/progress?/recover`, {
					method: 'POST',
					headers: {
						origin: at,
						'x-forwarded-for': from,
						'x-sveltekit-action': 'true',
						'content-type': 'application/x-www-form-urlencoded'
					},
					body: new URLSearchParams({ code: `WRONG-${n}` })
				})
			).status;
		const school = '203.0.113.7';
		const statuses: number[] = [];
		for (let n = 0; n < 101; n++) statuses.push(await tryCode(school, n));
		expect(statuses.slice(0, 100).every((s) => s === 400)).toBe(true);
		expect(statuses[100]).toBe(429);
		// Another network, through the same proxy, is not held back by that one.
		expect(await tryCode('198.51.100.20', 1)).toBe(400);
	} finally {
		await killServer(server);
	}
});
