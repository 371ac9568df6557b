import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { module, sectionPage } from './content';
import { killServer, startServer } from './server';

// Every kind of response the server sends, each with the headers that keep it from being
// sniffed, framed or leaking the page address to other sites.
test('every response carries the security headers', async ({ request, baseURL }) => {
	const casePage = sectionPage(module.cases[0]!, module.cases[0]!.sections[0]!);
	const html = await (await request.get(casePage)).text();
	const script = /import\("([^"]+\.js)"\)/.exec(html)![1]!;
	const style = /<link href="([^"]+\.css)"/.exec(html)![1]!;
	const responses = {
		page: await request.get(casePage),
		'page data': await request.get(`${casePage}/__data.json`),
		script: await request.get(new URL(script, `http://x${casePage}`).pathname),
		style: await request.get(new URL(style, `http://x${casePage}`).pathname),
		'static file': await request.get('/robots.txt'),
		'not found': await request.get('/no/such/page'),
		'refused answer': await request.post(`/${module.slug}/answer`, {
			headers: { accept: 'application/json', origin: baseURL! },
			form: { question: 'nope' }
		}),
		'progress data': await request.get('/progress/data'),
		'progress CSV': await request.get('/progress/data.csv')
	};
	for (const [name, response] of Object.entries(responses)) {
		const headers = response.headers();
		expect(headers['x-content-type-options'], name).toBe('nosniff');
		expect(headers['referrer-policy'], name).toBe('same-origin');
		expect(headers['content-security-policy'], name).toContain("frame-ancestors 'none'");
	}
	expect(responses['refused answer'].status()).toBe(400);
	expect(responses.script.status()).toBe(200);
	const policy = responses.page.headers()['content-security-policy']!;
	// inline script only by hash: no 'unsafe-inline', no nonce
	expect(policy).toMatch(/script-src 'self'( 'sha256-[^']+')*;/);
});

// Headers travel uncompressed over HTTP/1.1: a page's preloads are in its <head> already, and
// repeating them in a Link header would add some 3 KB to every page a phone loads.
test('pages send their preloads once, in the document, not again as headers', async ({
	request
}) => {
	for (const path of [sectionPage(module.cases[0]!, module.cases[0]!.sections[0]!), '/']) {
		for (const visit of ['first', 'repeat']) {
			const response = await request.get(path);
			const headers = response.headers();
			expect(headers.link, `${path}, ${visit} visit`).toBeUndefined();
			const bytes = Object.entries(headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0);
			expect(bytes, `${path}, ${visit} visit`).toBeLessThan(1500);
			const preloads = (await response.text()).match(/<link rel="modulepreload"[^>]*>/g) ?? [];
			expect(preloads.length, path).toBeGreaterThan(0);
			// The page is whole without its scripts: none of them is needed for it to paint.
			for (const tag of preloads) expect(tag).toContain('fetchpriority="low"');
		}
	}
});

/** A page as a client sees it; sent whole (kept), a page has a length, compressed on the fly none. */
async function seen(request: APIRequestContext, path: string) {
	const varying = ['date', 'content-length', 'transfer-encoding', 'connection', 'keep-alive'];
	const response = await request.get(path, { headers: { 'accept-encoding': 'br' } });
	const all = response.headers();
	return {
		status: response.status(),
		kept: 'content-length' in all,
		headers: Object.fromEntries(Object.entries(all).filter(([name]) => !varying.includes(name))),
		body: await response.text()
	};
}

// A page kept for every reader is sent again, to readers without a cookie, before the framework
// handles the request: it must be the page the framework made, with the same headers.
test('a page kept for every reader is sent again as it was made, headers and all', async ({
	playwright,
	baseURL
}) => {
	const request = await playwright.request.newContext({ baseURL });
	try {
		for (const path of [
			'/',
			sectionPage(module.cases[0]!, module.cases[0]!.sections[0]!),
			`/${module.slug}/compare`
		]) {
			const made = await seen(request, path);
			// Kept and compressed off the main thread in a moment: from then on it is sent as kept.
			await expect
				.poll(async () => (await seen(request, path)).kept, { timeout: 10_000 })
				.toBe(true);
			const kept = await seen(request, path);
			expect(kept.status, path).toBe(200);
			expect(kept.headers, path).toEqual(made.headers);
			expect(kept.body, path).toBe(made.body);
		}
	} finally {
		await request.dispose();
	}
});

// So is a learner's page, kept for the present state of their answers: until they answer again.
test("a learner's page is sent again as it was made, until their answers change", async ({
	playwright,
	baseURL
}) => {
	const section = module.cases[0]!.sections.find(
		(s) => s.questions.filter((q) => q.kind === 'single').length >= 2
	)!;
	const [first, second] = section.questions.filter((q) => q.kind === 'single');
	if (first?.kind !== 'single' || second?.kind !== 'single') throw new Error('kinds');
	const path = sectionPage(module.cases[0]!, section);
	const request = await playwright.request.newContext({ baseURL });
	const answer = async (questionId: string, choice: string) =>
		expect(
			(
				await request.post(`/${module.slug}/answer`, {
					form: { question: questionId, choice },
					headers: { origin: baseURL!, accept: 'application/json' }
				})
			).status()
		).toBe(200);
	const result = (id: string) => `id="q-${id}-result"`;
	try {
		await answer(first.id, first.options[0]!.id);
		const made = await seen(request, path);
		expect(made.body).toContain(result(first.id));
		expect(made.body).not.toContain(result(second.id));
		await expect.poll(async () => (await seen(request, path)).kept, { timeout: 10_000 }).toBe(true);
		const kept = await seen(request, path);
		expect(kept.status).toBe(200);
		expect(kept.headers).toEqual(made.headers);
		expect(kept.headers['cache-control']).toBe('private, no-store');
		expect(kept.body).toBe(made.body);
		// A new answer makes a new page: the one kept before is never sent again.
		await answer(second.id, second.options[0]!.id);
		for (let i = 0; i < 3; i++)
			expect((await seen(request, path)).body).toContain(result(second.id));
	} finally {
		await request.dispose();
	}
});

test('a page made for one learner or teacher is kept by no cache; a reader’s page may be', async ({
	browser,
	baseURL
}) => {
	const page = sectionPage(module.cases[0]!, module.cases[0]!.sections[0]!);
	const context = await browser.newContext();
	try {
		const reader = await context.request.get(page);
		expect(reader.headers()['cache-control']).toBeUndefined();
		await context.request.post(`/${module.slug}/review?/settings`, {
			headers: { origin: baseURL! },
			form: { load: 'light' }
		});
		for (const path of [page, '/progress', `/${module.slug}/review`, '/join']) {
			const learner = await context.request.get(path);
			expect(learner.headers()['cache-control'], path).toBe('private, no-store');
		}
	} finally {
		await context.close();
	}
});

test('served on https, every response asks browsers to keep to https', async () => {
	const port = 4179;
	const server = await startServer(
		port,
		join(mkdtempSync(join(tmpdir(), 'parallels-https-')), 'https.sqlite'),
		{ ORIGIN: 'https://parallels.example.org' }
	);
	try {
		for (const path of ['/', '/robots.txt', '/no/such/page'])
			expect(
				(await fetch(`http://127.0.0.1:${port}${path}`)).headers.get('strict-transport-security'),
				path
			).toBe('max-age=31536000');
	} finally {
		await killServer(server);
	}
	// Served on plain http (as here), none: it would lock a local server out of http.
	expect(
		(await fetch('http://127.0.0.1:4173/')).headers.get('strict-transport-security')
	).toBeNull();
});
